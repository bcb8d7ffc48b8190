package tradebounds.json;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes a {@link JsonValue} tree as RFC 8259 text that {@link JsonReader} reads back to an equal tree: objects
 * one member per line (diff-friendly for instance files), arrays of scalars on one line.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    /** The JSON string literal for {@code s}, quotes included. Non-ASCII passes through (the files are UTF-8). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        // A lone surrogate is escaped so the text still encodes to valid UTF-8.
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Pretty text with a final newline. */
    public static String write(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, 0, true);
        return sb.append('\n').toString();
    }

    /** Compact one-line text (for {@code --json} output on stdout). */
    public static String compact(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, 0, false);
        return sb.toString();
    }

    private static void write(JsonValue value, StringBuilder sb, int indent, boolean pretty) {
        if (value instanceof JsonValue.Obj obj) {
            if (obj.members().isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            Iterator<Map.Entry<String, JsonValue>> it = obj.members().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonValue> e = it.next();
                newline(sb, indent + 1, pretty);
                sb.append(quote(e.getKey())).append(pretty ? ": " : ":");
                write(e.getValue(), sb, indent + 1, pretty);
                if (it.hasNext()) {
                    sb.append(',');
                }
            }
            newline(sb, indent, pretty);
            sb.append('}');
        } else if (value instanceof JsonValue.Arr arr) {
            boolean flat = !pretty || arr.elements().stream()
                    .noneMatch(v -> v instanceof JsonValue.Obj || v instanceof JsonValue.Arr);
            sb.append('[');
            for (int i = 0; i < arr.elements().size(); i++) {
                if (i > 0) {
                    sb.append(flat && pretty ? ", " : ",");
                }
                if (!flat) {
                    newline(sb, indent + 1, pretty);
                }
                write(arr.elements().get(i), sb, indent + 1, pretty);
            }
            if (!flat && !arr.elements().isEmpty()) {
                newline(sb, indent, pretty);
            }
            sb.append(']');
        } else if (value instanceof JsonValue.Str s) {
            sb.append(quote(s.value()));
        } else if (value instanceof JsonValue.Num n) {
            sb.append(n.text());
        } else if (value instanceof JsonValue.Bool b) {
            sb.append(b.value());
        } else {
            sb.append("null");
        }
    }

    private static void newline(StringBuilder sb, int indent, boolean pretty) {
        if (pretty) {
            sb.append('\n').append("  ".repeat(indent));
        }
    }
}
