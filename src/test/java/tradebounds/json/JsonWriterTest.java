package tradebounds.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void quotesEscapes() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001/\u00e9\"", JsonWriter.quote("a\"b\\c\n\t\u0001/\u00e9"));
        assertEquals("\"\\ud800x\"", JsonWriter.quote("\ud800x"));
        assertEquals("\"\ud83d\ude00\"", JsonWriter.quote("\ud83d\ude00"));
    }

    @Test
    void everyStringRoundTrips() throws InputException {
        Random rnd = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(12); i > 0; i--) {
                int kind = rnd.nextInt(4);
                sb.append(kind == 0 ? (char) rnd.nextInt(0x20) : kind == 1 ? "\"\\/".charAt(rnd.nextInt(3))
                        : kind == 2 ? (char) (0x20 + rnd.nextInt(0x60)) : (char) (0xa0 + rnd.nextInt(0x2000)));
            }
            String s = sb.toString();
            assertEquals(s, ((JsonValue.Str) JsonReader.parse(JsonWriter.quote(s), "q")).value());
        }
    }

    @Test
    void treesRoundTripPrettyAndCompact() throws InputException {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("kind", new JsonValue.Str("fixed-price"));
        m.put("units", new JsonValue.Num("2"));
        m.put("xs", new JsonValue.Arr(List.of(new JsonValue.Str("1/2"), new JsonValue.Null(), new JsonValue.Bool(false))));
        m.put("nested", new JsonValue.Arr(List.of(new JsonValue.Obj(Map.of("a", new JsonValue.Num("-1.5e3"))),
                new JsonValue.Arr(List.of()))));
        m.put("empty", new JsonValue.Obj(Map.of()));
        JsonValue tree = new JsonValue.Obj(m);
        String pretty = JsonWriter.write(tree);
        assertEquals("{\n  \"kind\": \"fixed-price\",\n  \"units\": 2,\n  \"xs\": [\"1/2\", null, false],\n"
                + "  \"nested\": [\n    {\n      \"a\": -1.5e3\n    },\n    []\n  ],\n  \"empty\": {}\n}\n", pretty);
        String compact = JsonWriter.compact(tree);
        assertEquals("{\"kind\":\"fixed-price\",\"units\":2,\"xs\":[\"1/2\",null,false],"
                + "\"nested\":[{\"a\":-1.5e3},[]],\"empty\":{}}", compact);
        assertEquals(compact, JsonWriter.compact(JsonReader.parse(pretty, "p")));
    }

    @Test
    void numberNodesMustHoldJsonNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new JsonValue.Num("1/2"));
        assertThrows(IllegalArgumentException.class, () -> new JsonValue.Num("NaN"));
    }
}
