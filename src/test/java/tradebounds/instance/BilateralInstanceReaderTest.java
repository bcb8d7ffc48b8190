package tradebounds.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.json.InputException;
import tradebounds.model.Rational;

class BilateralInstanceReaderTest {
    private static final String GOOD = "{\"kind\":\"bilateral\",\"units\":1,"
            + "\"seller\":[{\"value\":\"1/4\",\"prob\":\"0.5\"},{\"value\":\"0\",\"prob\":\"1/2\"}],"
            + "\"buyer\":[{\"value\":\"1\",\"prob\":\"1/3\"},{\"value\":\"2\",\"prob\":\"2/3\"}]}";

    @TempDir
    Path dir;

    private static String error(String text) {
        String m = assertThrows(InputException.class, () -> BilateralInstanceReader.parse(text, "b.json")).getMessage();
        assertFalse(m.contains("\n"), m);
        return m;
    }

    @Test
    void readsAndSortsAtomsByValue() throws InputException {
        BilateralInstance b = BilateralInstanceReader.parse(GOOD, "b.json");
        assertEquals(List.of(Rational.ZERO, Rational.of(1, 4)), b.seller().values());
        assertEquals(List.of(Rational.of(1, 2), Rational.of(1, 2)), b.seller().masses());
        assertEquals(List.of(Rational.ONE, Rational.of(2)), b.buyer().values());
        assertEquals(List.of(Rational.of(1, 3), Rational.of(2, 3)), b.buyer().masses());
    }

    @Test
    void writeThenReadIsTheIdentity() throws IOException, InputException {
        BilateralInstance b = BilateralInstanceReader.parse(GOOD, "b.json");
        Path f = dir.resolve("sub").resolve("b.json");
        Files.createDirectories(f.getParent());
        InstanceWriter.write(b, f);
        assertEquals(b, BilateralInstanceReader.read(f));
        // nothing but the target is left behind by the atomic write
        try (var s = Files.list(f.getParent())) {
            assertEquals(List.of(f), s.toList());
        }
        assertEquals(InstanceWriter.toText(b), InstanceWriter.toText(BilateralInstanceReader.read(f)));
    }

    @Test
    void theExampleFileReads() throws IOException, InputException {
        BilateralInstance b = BilateralInstanceReader.read(Path.of("instances/ksfair/zero-seller-buyer-1-2.json"));
        assertEquals(List.of(Rational.ZERO), b.seller().values());
        assertEquals(List.of(Rational.ONE, Rational.of(2)), b.buyer().values());
    }

    @Test
    void everyBadInputIsOneLineNamingFileAndField() {
        assertEquals("b.json:1:2: expected a string key, found ','", error("{,}"));
        assertEquals("b.json: (document): must be an object, got an array", error("[1]"));
        assertEquals("b.json: buyer[1].value: not a rational: \"two\"", error(GOOD.replace("\"2\"", "\"two\"")));
        assertEquals("b.json: buyer[0].prob: must be a string holding an exact rational, got the JSON number 0.5"
                + " (write \"0.5\")", error(GOOD.replace("\"prob\":\"1/3\"", "\"prob\":0.5")));
        assertEquals("b.json: seller[1].value: must be >= 0, got -1", error(GOOD.replace("\"value\":\"0\"",
                "\"value\":\"-1\"")));
        assertEquals("b.json: buyer[0].prob: must be > 0, got -1/3", error(GOOD.replace("\"1/3\"", "\"-1/3\"")));
        assertEquals("b.json: buyer[0].prob: must be > 0, got 0 (drop the atom)", error(GOOD.replace("\"1/3\"",
                "\"0\"")));
        assertEquals("b.json: buyer: probabilities sum to 1/2, not 1", error(GOOD.replace("\"1/3\"", "\"1/6\"")
                .replace("\"2/3\"", "\"1/3\"")));
        assertEquals("b.json: buyer[1].value: duplicate value 1 (also at buyer[0].value; merge the atoms)",
                error(GOOD.replace("\"value\":\"2\"", "\"value\":\"1.0\"")));
        assertEquals("b.json: units: must be 1 for a bilateral instance (one item), got 2",
                error(GOOD.replace("\"units\":1", "\"units\":2")));
        assertEquals("b.json: kind: unknown kind \"fixed-price\" (expected \"bilateral\")",
                error(GOOD.replace("bilateral", "fixed-price")));
        assertEquals("b.json: seller: needs at least one atom", error(GOOD.replaceFirst("\\[\\{.*?\\}\\]", "[]")));
        assertEquals("b.json: buyer[0].values: unknown field (expected one of prob, value)",
                error(GOOD.replace("{\"value\":\"1\"", "{\"values\":\"1\"")));
    }
}
