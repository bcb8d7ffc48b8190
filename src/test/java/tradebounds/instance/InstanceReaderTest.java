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

class InstanceReaderTest {
    private static final String GOOD = "{\"kind\":\"fixed-price\",\"units\":1,"
            + "\"seller\":[{\"values\":[\"1/10\"],\"prob\":\"1/2\"},{\"values\":[\"0\"],\"prob\":\"0.5\"}],"
            + "\"buyer\":[{\"values\":[\"3\"],\"prob\":\"1/2\"},{\"values\":[\"1.25\"],\"prob\":\"1/2\"}]}";

    private static String twoUnits(String sellerValues, String buyerValues) {
        return "{\"kind\":\"fixed-price\",\"units\":2,\"seller\":[{\"values\":" + sellerValues + ",\"prob\":\"1\"}],"
                + "\"buyer\":[{\"values\":" + buyerValues + ",\"prob\":\"1\"}]}";
    }

    private static String error(String text) {
        return assertThrows(InputException.class, () -> InstanceReader.parse(text, "inst.json")).getMessage();
    }

    @Test
    void readsTheDocumentedFormat() throws InputException {
        FixedPriceInstance inst = InstanceReader.parse(GOOD, "inst.json");
        assertEquals(1, inst.units());
        assertEquals(Rational.of(1, 10), inst.seller().atoms().get(0).values().get(0));
        assertEquals(Rational.of(1, 2), inst.seller().atoms().get(1).prob());
        assertEquals(Rational.of(5, 4), inst.buyer().atoms().get(1).values().get(0));
        FixedPriceInstance two = InstanceReader.parse(twoUnits("[\"0\",\"1\"]", "[\"2\",\"2\"]"), "x");
        assertEquals(List.of(Rational.ZERO, Rational.ONE), two.seller().atoms().get(0).values());
    }

    @Test
    void errorsNameFileAndFieldOnOneLine() {
        assertEquals("inst.json: seller[1].values[0]: not a rational: \"abc\"",
                error(GOOD.replace("\"values\":[\"0\"]", "\"values\":[\"abc\"]")));
        assertEquals("inst.json: seller[0].prob: must be a string holding an exact rational, got the JSON number 0.5"
                + " (write \"0.5\")", error(GOOD.replace("\"prob\":\"1/2\"", "\"prob\":0.5")));
        assertEquals("inst.json: buyer[0].values[0]: must be a string holding an exact rational, got a null",
                error(GOOD.replace("[\"3\"]", "[null]")));
        assertEquals("inst.json: buyer[0].values[0]: must be a string holding an exact rational, got an object",
                error(GOOD.replace("[\"3\"]", "[{}]")));
        assertEquals("inst.json: kind: unknown kind \"k-fair\" (expected \"fixed-price\")",
                error(GOOD.replace("fixed-price", "k-fair")));
        assertEquals("inst.json: buyer: missing field",
                error(GOOD.substring(0, GOOD.indexOf(",\"buyer\"")) + "}"));
        assertEquals("inst.json: units: must be between 1 and 10000, got 0", error(GOOD.replace("\"units\":1", "\"units\":0")));
        assertEquals("inst.json: units: must be an integer, got 1.0", error(GOOD.replace("\"units\":1", "\"units\":1.0")));
        assertEquals("inst.json: units: must be an integer, got a string",
                error(GOOD.replace("\"units\":1", "\"units\":\"1\"")));
        assertEquals("inst.json: seller[0].values: has 1 entries, expected units = 2",
                error(GOOD.replace("\"units\":1", "\"units\":2")));
        assertEquals("inst.json: seller[0].prb: unknown field (expected one of prob, values)",
                error(GOOD.replace("\"prob\":\"1/2\"}", "\"prob\":\"1/2\",\"prb\":\"1\"}")));
        assertEquals("inst.json: buyer: needs at least one atom",
                error(GOOD.substring(0, GOOD.indexOf("\"buyer\":")) + "\"buyer\":[]}"));
        assertEquals("inst.json:1:10: unexpected '}', expected a value", error("{\"kind\": }"));
    }

    @Test
    void masksAndValuesMustBeNonnegativeAndSumToOne() {
        assertEquals("inst.json: seller[0].prob: must be >= 0, got -1/2",
                error(GOOD.replace("\"1/10\"],\"prob\":\"1/2\"", "\"1/10\"],\"prob\":\"-1/2\"")));
        assertEquals("inst.json: seller: probabilities sum to 3/5, not 1",
                error(GOOD.replace("\"prob\":\"0.5\"", "\"prob\":\"0.1\"")));
        assertEquals("inst.json: buyer: probabilities sum to 1000000001/1000000000, not 1",
                error(GOOD.replace("\"values\":[\"1.25\"],\"prob\":\"1/2\"", "\"values\":[\"1.25\"],\"prob\":\"0.500000001\"")));
        assertEquals("inst.json: buyer[1].values[0]: must be >= 0, got -5/4", error(GOOD.replace("\"1.25\"", "\"-1.25\"")));
    }

    @Test
    void marginalsMustBeMonotone() throws InputException {
        assertEquals("inst.json: seller[0].values[1]: seller marginal decrements must be nondecreasing, got 0 < values[0] = 1",
                error(twoUnits("[\"1\",\"0\"]", "[\"2\",\"1\"]")));
        assertEquals("inst.json: buyer[0].values[1]: buyer marginal increments must be nonincreasing, got 2 > values[0] = 1",
                error(twoUnits("[\"0\",\"1\"]", "[\"1\",\"2\"]")));
        InstanceReader.parse(twoUnits("[\"1\",\"1\"]", "[\"1\",\"1\"]"), "ties are allowed");
    }

    @Test
    void zeroMassAtomsAreAllowed() throws InputException {
        InstanceReader.parse(GOOD.replace("\"prob\":\"0.5\"", "\"prob\":\"0\"").replace("\"1/10\"],\"prob\":\"1/2\"",
                "\"1/10\"],\"prob\":\"1\""), "zero");
    }

    @Test
    void writerRoundTripsAtomically(@TempDir Path dir) throws IOException, InputException {
        FixedPriceInstance inst = InstanceReader.parse(twoUnits("[\"1/3\",\"7/2\"]", "[\"22/7\",\"0\"]"), "x");
        Path file = dir.resolve("inst.json");
        Files.writeString(file, "old contents");
        InstanceWriter.write(inst, file);
        assertEquals(inst, InstanceReader.read(file));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
        FixedPriceInstance one = InstanceReader.parse(GOOD, "inst.json");
        assertEquals(one, InstanceReader.parse(InstanceWriter.toText(one), "again"));
        assertFalse(InstanceWriter.toText(one).contains("0.5"), "canonical n/d text");
    }

    @Test
    void validateNamesTheSourceForInstancesBuiltInCode() {
        FixedPriceInstance bad = new FixedPriceInstance(1,
                new Distribution(List.of(Atom.single(Rational.ZERO, Rational.of(1, 2)))),
                new Distribution(List.of(Atom.single(Rational.ONE, Rational.ONE))));
        assertEquals("search: seller: probabilities sum to 1/2, not 1",
                assertThrows(InputException.class, () -> InstanceReader.validate(bad, "search")).getMessage());
    }
}
