package tradebounds.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
    private static JsonValue parse(String s) throws InputException {
        return JsonReader.parse(s, "t.json");
    }

    private static InputException fails(String s) {
        return assertThrows(InputException.class, () -> parse(s), s);
    }

    @Test
    void parsesEveryKindOfValue() throws InputException {
        JsonValue v = parse(" {\"a\": [1, -2.5e+3, true, false, null], \"b\": {\"c\": \"x\\ty\"}} ");
        JsonValue.Obj o = assertInstanceOf(JsonValue.Obj.class, v);
        assertEquals(List.of("a", "b"), List.copyOf(o.members().keySet()));
        JsonValue.Arr a = assertInstanceOf(JsonValue.Arr.class, o.members().get("a"));
        assertEquals("-2.5e+3", ((JsonValue.Num) a.elements().get(1)).text());
        assertEquals(true, ((JsonValue.Bool) a.elements().get(2)).value());
        assertInstanceOf(JsonValue.Null.class, a.elements().get(4));
        JsonValue.Obj b = (JsonValue.Obj) o.members().get("b");
        assertEquals("x\ty", ((JsonValue.Str) b.members().get("c")).value());
    }

    @Test
    void decodesAllEscapesAndSurrogatePairs() throws InputException {
        JsonValue v = parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\"");
        assertEquals("\" \\ / \b \f \n \r \t \u00e9 \ud83d\ude00", ((JsonValue.Str) v).value());
    }

    @Test
    void scalarsAtTopLevelAndBomAreAccepted() throws InputException {
        assertEquals("0", ((JsonValue.Num) parse("0")).text());
        assertEquals("x", ((JsonValue.Str) parse("\uFEFF\"x\"")).value());
        assertEquals(Map.of(), ((JsonValue.Obj) parse("{}")).members());
        assertEquals(List.of(), ((JsonValue.Arr) parse("[ ]")).elements());
    }

    @Test
    void errorsCarryLineAndColumn() {
        InputException e = fails("{\n  \"a\": 1,\n  \"b\" 2\n}");
        assertEquals(3, e.line());
        assertEquals(7, e.column());
        assertEquals("t.json:3:7: expected ':' after object key, found '2'", e.getMessage());
        InputException bad = fails("[1,\n\n   x]");
        assertEquals("t.json:3:4: unexpected 'x', expected a value", bad.getMessage());
    }

    @Test
    void rejectsWhatRfc8259Rejects() {
        for (String s : List.of("", "  ", "[1,]", "{\"a\":1,}", "01", "-", "1.", ".5", "1e", "+1", "[1 2]",
                "{\"a\" 1}", "{a:1}", "'x'", "\"abc", "\"a\nb\"", "\"\\x\"", "\"\\u12\"", "tru", "nul", "[1]]",
                "{} {}", "// c\n1", "NaN", "Infinity", "[", "{\"a\":1", "\"\\ud800\"", "\"\\udc00x\"",
                "\"\\ud800\\u0041\"")) {
            fails(s);
        }
    }

    @Test
    void rejectsDuplicateKeysAtTheSecondKey() {
        InputException e = fails("{\"a\": 1,\n \"a\": 2}");
        assertEquals("t.json:2:2: duplicate key \"a\"", e.getMessage());
    }

    @Test
    void rejectsHostileNestingWithoutStackOverflow() {
        InputException e = fails("[".repeat(100_000));
        assertTrue(e.detail().startsWith("nesting deeper than"), e.getMessage());
        String deep = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
        assertEquals(deep, JsonWriter.compact(assertDoesNotThrow(deep)));
    }

    private static JsonValue assertDoesNotThrow(String s) {
        try {
            return parse(s);
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cursorReportsFieldPaths() throws InputException {
        JsonCursor root = JsonCursor.root("inst.json",
                parse("{\"seller\": [{\"prob\": 1}, {\"prob\": \"1/2\", \"values\": [\"x\"]}], \"units\": 1.5}"));
        JsonCursor second = root.field("seller").elements().get(1);
        assertEquals("seller[1].values[0]", second.field("values").elements().get(0).path());
        InputException e = assertThrows(InputException.class,
                () -> root.field("seller").elements().get(0).field("prob").string());
        assertEquals("inst.json: seller[0].prob: must be a string, got a number", e.getMessage());
        assertEquals("seller[0].prob", e.field());
        InputException missing = assertThrows(InputException.class,
                () -> root.field("seller").elements().get(0).field("values"));
        assertEquals("inst.json: seller[0].values: missing field", missing.getMessage());
        InputException units = assertThrows(InputException.class, () -> root.field("units").integer(1, 10));
        assertEquals("inst.json: units: must be an integer, got 1.5", units.getMessage());
        InputException unknown = assertThrows(InputException.class, () -> root.onlyFields(Set.of("seller")));
        assertEquals("inst.json: units: unknown field (expected one of seller)", unknown.getMessage());
        InputException notArray = assertThrows(InputException.class, () -> root.field("units").elements());
        assertEquals("inst.json: units: must be an array, got a number", notArray.getMessage());
        assertEquals("inst.json: (document): must be a string, got an object",
                assertThrows(InputException.class, root::string).getMessage());
    }

    @Test
    void integerRangeIsChecked() throws InputException {
        JsonCursor big = JsonCursor.root("f", parse("99999999999999999999"));
        assertEquals("f: (document): must be between 1 and 1000, got 99999999999999999999",
                assertThrows(InputException.class, () -> big.integer(1, 1000)).getMessage());
        assertEquals(7, JsonCursor.root("f", parse("7")).integer(1, 1000));
    }
}
