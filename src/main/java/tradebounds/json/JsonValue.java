package tradebounds.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value (RFC 8259). Numbers keep their source text, so no digit is lost to a double before a
 * caller decides how to read it; objects keep member order for stable output.
 */
public sealed interface JsonValue {
    /** 1-based source line, or 0 for a value built in code. */
    int line();

    int column();

    /** The JSON type name used in error messages. */
    String typeName();

    record Obj(Map<String, JsonValue> members, int line, int column) implements JsonValue {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Obj(Map<String, JsonValue> members) {
            this(members, 0, 0);
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    record Arr(List<JsonValue> elements, int line, int column) implements JsonValue {
        public Arr {
            elements = List.copyOf(elements);
        }

        public Arr(List<JsonValue> elements) {
            this(elements, 0, 0);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    record Str(String value, int line, int column) implements JsonValue {
        public Str(String value) {
            this(value, 0, 0);
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    /** A number as written, already checked against the RFC 8259 grammar. */
    record Num(String text, int line, int column) implements JsonValue {
        public Num {
            if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw new IllegalArgumentException("not a JSON number: " + text);
            }
        }

        public Num(String text) {
            this(text, 0, 0);
        }

        @Override
        public String typeName() {
            return "number";
        }
    }

    record Bool(boolean value, int line, int column) implements JsonValue {
        public Bool(boolean value) {
            this(value, 0, 0);
        }

        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record Null(int line, int column) implements JsonValue {
        public Null() {
            this(0, 0);
        }

        @Override
        public String typeName() {
            return "null";
        }
    }
}
