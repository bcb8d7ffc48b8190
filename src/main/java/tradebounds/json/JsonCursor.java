package tradebounds.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A value together with the file it came from and its path from the root ({@code seller[2].prob}), so that every
 * type or content error a caller finds can be reported as {@code file: field: detail} without threading the path
 * by hand.
 */
public final class JsonCursor {
    private final String file;
    private final String path;
    private final JsonValue value;

    private JsonCursor(String file, String path, JsonValue value) {
        this.file = file;
        this.path = path;
        this.value = value;
    }

    public static JsonCursor root(String file, JsonValue value) {
        return new JsonCursor(file, "", value);
    }

    public String file() {
        return file;
    }

    /** The path from the root, "" for the root itself. */
    public String path() {
        return path;
    }

    public JsonValue value() {
        return value;
    }

    /** An error about this value, to be thrown by the caller. */
    public InputException error(String detail) {
        return InputException.atField(file, path, detail);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The required member {@code key} of this object. */
    public JsonCursor field(String key) throws InputException {
        JsonValue.Obj obj = object();
        JsonValue v = obj.members().get(key);
        if (v == null) {
            throw InputException.atField(file, child(key), "missing field");
        }
        return new JsonCursor(file, child(key), v);
    }

    public boolean has(String key) throws InputException {
        return object().members().containsKey(key);
    }

    /** Rejects members outside {@code allowed}, so that a misspelt key is an error rather than silently ignored. */
    public void onlyFields(Set<String> allowed) throws InputException {
        for (String key : object().members().keySet()) {
            if (!allowed.contains(key)) {
                throw InputException.atField(file, child(key), "unknown field (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** The elements of this array, each with its indexed path. */
    public List<JsonCursor> elements() throws InputException {
        if (!(value instanceof JsonValue.Arr arr)) {
            throw wrongType("an array");
        }
        List<JsonCursor> out = new ArrayList<>();
        for (int i = 0; i < arr.elements().size(); i++) {
            out.add(new JsonCursor(file, path + "[" + i + "]", arr.elements().get(i)));
        }
        return out;
    }

    public String string() throws InputException {
        if (!(value instanceof JsonValue.Str s)) {
            throw wrongType("a string");
        }
        return s.value();
    }

    public boolean bool() throws InputException {
        if (!(value instanceof JsonValue.Bool b)) {
            throw wrongType("a boolean");
        }
        return b.value();
    }

    /** A JSON integer (no fraction, no exponent) within [min, max]. */
    public int integer(int min, int max) throws InputException {
        if (!(value instanceof JsonValue.Num n)) {
            throw wrongType("an integer");
        }
        if (!n.text().matches("-?[0-9]+")) {
            throw error("must be an integer, got " + n.text());
        }
        BigInteger v = new BigInteger(n.text());
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error("must be between " + min + " and " + max + ", got " + n.text());
        }
        return v.intValueExact();
    }

    private JsonValue.Obj object() throws InputException {
        if (!(value instanceof JsonValue.Obj obj)) {
            throw wrongType("an object");
        }
        return obj;
    }

    private InputException wrongType(String expected) {
        return error("must be " + expected + ", got " + article(value.typeName()));
    }

    private static String article(String type) {
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
