package tradebounds.cli;

import java.util.List;
import java.util.Map;
import tradebounds.json.JsonWriter;

/** Serialises maps, lists, strings, numbers and booleans for {@code --json} output. Exact values go as strings. */
final class JsonOut {
    private JsonOut() {
    }

    static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object v, int depth) {
        String pad = "  ".repeat(depth + 1);
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map<?, ?> m) {
            sb.append("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "\n" : ",\n").append(pad).append(JsonWriter.quote(e.getKey().toString())).append(": ");
                write(sb, e.getValue(), depth + 1);
                first = false;
            }
            sb.append(first ? "}" : "\n" + "  ".repeat(depth) + "}");
        } else if (v instanceof List<?> l) {
            sb.append("[");
            boolean first = true;
            for (Object o : l) {
                sb.append(first ? "\n" : ",\n").append(pad);
                write(sb, o, depth + 1);
                first = false;
            }
            sb.append(first ? "]" : "\n" + "  ".repeat(depth) + "]");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof Double d) {
            sb.append(Double.isFinite(d) ? d.toString() : "null");
        } else {
            sb.append(JsonWriter.quote(v.toString()));
        }
    }
}
