package tradebounds.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser: one value, no comments, no trailing commas, no leading zeros, no duplicate keys,
 * no raw control characters in strings, no unpaired surrogates. A leading byte order mark is ignored, as
 * section 8.1 permits. Every error is an {@link InputException} at the 1-based line and column of the offending
 * character.
 */
public final class JsonReader {
    /** Deep enough for any file we read, shallow enough that a hostile file cannot overflow the stack. */
    static final int MAX_DEPTH = 256;

    private final String text;
    private final String file;
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonReader(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /** Reads a UTF-8 file; the file name in errors is {@code file.toString()}. */
    public static JsonValue read(Path file) throws IOException, InputException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InputException.atField(file.toString(), "", "not valid UTF-8");
        }
        return parse(text, file.toString());
    }

    /** Parses {@code text}; {@code file} only names the source in errors. */
    public static JsonValue parse(String text, String file) throws InputException {
        JsonReader r = new JsonReader(text, file);
        if (text.startsWith("\uFEFF")) {
            r.pos = 1;
            r.lineStart = 1;
        }
        r.skipWhitespace();
        JsonValue v = r.value(0);
        r.skipWhitespace();
        if (r.pos < text.length()) {
            throw r.error("unexpected " + r.describe() + " after the top-level value");
        }
        return v;
    }

    private JsonValue value(int depth) throws InputException {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        int l = line;
        int col = column();
        switch (c) {
            case '{':
                return object(depth, l, col);
            case '[':
                return array(depth, l, col);
            case '"':
                return new JsonValue.Str(string(), l, col);
            case 't':
                literal("true");
                return new JsonValue.Bool(true, l, col);
            case 'f':
                literal("false");
                return new JsonValue.Bool(false, l, col);
            case 'n':
                literal("null");
                return new JsonValue.Null(l, col);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return new JsonValue.Num(number(), l, col);
                }
                throw error("unexpected " + describe() + ", expected a value");
        }
    }

    private JsonValue object(int depth, int l, int col) throws InputException {
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek('}')) {
            pos++;
            return new JsonValue.Obj(members, l, col);
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) {
                throw error("expected a string key, found " + describe());
            }
            int keyLine = line;
            int keyCol = column();
            String key = string();
            if (members.containsKey(key)) {
                throw InputException.atPosition(file, keyLine, keyCol, "duplicate key \"" + key + "\"");
            }
            skipWhitespace();
            expect(':', "after object key");
            skipWhitespace();
            members.put(key, value(depth + 1));
            skipWhitespace();
            if (peek(',')) {
                pos++;
            } else if (peek('}')) {
                pos++;
                return new JsonValue.Obj(members, l, col);
            } else {
                throw error("expected ',' or '}' in object, found " + describe());
            }
        }
    }

    private JsonValue array(int depth, int l, int col) throws InputException {
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peek(']')) {
            pos++;
            return new JsonValue.Arr(elements, l, col);
        }
        while (true) {
            skipWhitespace();
            elements.add(value(depth + 1));
            skipWhitespace();
            if (peek(',')) {
                pos++;
            } else if (peek(']')) {
                pos++;
                return new JsonValue.Arr(elements, l, col);
            } else {
                throw error("expected ',' or ']' in array, found " + describe());
            }
        }
    }

    private String string() throws InputException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("raw control character U+" + String.format("%04X", (int) c) + " in string");
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw error("unterminated escape");
            }
            char e = text.charAt(pos);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    char u = hex4();
                    if (Character.isHighSurrogate(u)) {
                        if (!text.startsWith("\\u", pos + 1)) {
                            throw error("unpaired surrogate \\u" + String.format("%04X", (int) u));
                        }
                        pos += 2;
                        char low = hex4();
                        if (!Character.isLowSurrogate(low)) {
                            throw error("unpaired surrogate \\u" + String.format("%04X", (int) u));
                        }
                        sb.append(u).append(low);
                    } else if (Character.isLowSurrogate(u)) {
                        throw error("unpaired surrogate \\u" + String.format("%04X", (int) u));
                    } else {
                        sb.append(u);
                    }
                }
                default -> throw error("invalid escape \\" + e);
            }
            pos++;
        }
    }

    /** Reads the four hex digits after {@code pos} (which is at 'u'), leaving {@code pos} on the last digit. */
    private char hex4() throws InputException {
        int v = 0;
        for (int i = 1; i <= 4; i++) {
            int d = pos + i < text.length() ? Character.digit(text.charAt(pos + i), 16) : -1;
            if (d < 0) {
                pos += i;
                throw error("\\u needs four hex digits");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private String number() throws InputException {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        if (peek('0')) {
            pos++;
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                throw error("leading zero in number");
            }
        } else {
            digits("a digit");
        }
        if (peek('.')) {
            pos++;
            digits("a digit after '.'");
        }
        if (peek('e') || peek('E')) {
            pos++;
            if (peek('+') || peek('-')) {
                pos++;
            }
            digits("a digit in the exponent");
        }
        return text.substring(start, pos);
    }

    private void digits(String what) throws InputException {
        if (pos >= text.length() || text.charAt(pos) < '0' || text.charAt(pos) > '9') {
            throw error("expected " + what + ", found " + describe());
        }
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
    }

    private void literal(String word) throws InputException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe() + ", expected a value");
        }
        pos += word.length();
    }

    private void expect(char c, String where) throws InputException {
        if (!peek(c)) {
            throw error("expected '" + c + "' " + where + ", found " + describe());
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private String describe() {
        if (pos >= text.length()) {
            return "end of input";
        }
        char c = text.charAt(pos);
        return c < 0x20 || c > 0x7e ? "character U+" + String.format("%04X", (int) c) : "'" + c + "'";
    }

    private InputException error(String detail) {
        return InputException.atPosition(file, line, column(), detail);
    }
}
