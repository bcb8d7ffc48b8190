package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} on per-unit marginal laws ({@code kind: fixed-price-marginals}): realizability decided, the
 * realization evaluated, malformed laws one-line errors. Expected values are derived by hand in the comments.
 */
class EvalMarginalsTest {
    @TempDir
    Path dir;

    private static CliRun run(String... argv) {
        return CliRun.of(argv);
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static String atom(String value, String prob) {
        return "{\"value\":\"" + value + "\",\"prob\":\"" + prob + "\"}";
    }

    /*
     * Seller w~(1) ~ {0, 2} each 1/2, w~(2) = 2: w~(1) <=st w~(2), realized by (0,2) and (2,2).
     * Buyer v^(1) ~ {3/2, 3}, v^(2) ~ {1, 5/2}, each 1/2: v^(1) >=st v^(2), realized comonotonically by (3/2,1)
     * and (3,5/2). OPT: unit 1 E max(w,v) = (3/2+3+2+3)/4 = 19/8, unit 2 E max(2,v) = 9/4, total 37/8.
     * SW at the buyer values: p=1: 17/8 + 2 = 33/8; p=3/2: 33/8; p=5/2: unit 1 trades only at v=3 -> 2, unit 2
     * trades at v=5/2 -> 9/4, total 34/8; p=3: 2 + 2 = 32/8. Best p = 5/2, ratio (34/8)/(37/8) = 34/37.
     */
    private static final String REALIZABLE = "{\"kind\":\"fixed-price-marginals\",\"units\":2,"
            + "\"seller\":[[" + atom("0", "1/2") + "," + atom("2", "1/2") + "],[" + atom("2", "1") + "]],"
            + "\"buyer\":[[" + atom("3/2", "1/2") + "," + atom("3", "1/2") + "],[" + atom("1", "1/2") + ","
            + atom("5/2", "1/2") + "]]}";

    @Test
    void realizableLawsAreRealizedAndEvaluatedExactly() throws IOException {
        Path p = file("m.json", REALIZABLE);
        CliRun r = run("eval", p.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("realizable: yes"), r.out());
        assertTrue(r.out().contains("2 seller atoms, 2 buyer atoms"), r.out());
        CliRun j = run("eval", "--json", p.toString());
        assertTrue(j.out().contains("\"opt\": \"37/8\""), j.out());
        assertTrue(j.out().contains("\"bestPrice\": \"5/2\""), j.out());
        assertTrue(j.out().contains("\"ratio\": \"34/37\""), j.out());
    }

    @Test
    void sellerLawsOutOfDominanceOrderAreNotRealizable() throws IOException {
        // w~(1) = 2 surely but w~(2) is 0 with mass 1/2: a nondecreasing vector would need w~(2) >= 2.
        Path p = file("n.json", REALIZABLE.replace("[[" + atom("0", "1/2") + "," + atom("2", "1/2") + "],["
                + atom("2", "1") + "]]", "[[" + atom("2", "1") + "],[" + atom("0", "1/2") + "," + atom("2", "1/2")
                + "]]"));
        CliRun r = run("eval", p.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("realizable: no (seller units 1 and 2: DOMINANCE"), r.out());
    }

    @Test
    void buyerLawsOutOfDominanceOrderAreNotRealizable() throws IOException {
        // v^(2) = 3 surely exceeds v^(1) = 3/2 with mass 1/2: v^ would have to increase.
        Path p = file("b.json", REALIZABLE.replace("[" + atom("1", "1/2") + "," + atom("5/2", "1/2") + "]",
                "[" + atom("3", "1") + "]"));
        CliRun r = run("eval", "--json", p.toString());
        assertTrue(r.out().contains("\"realizable\": false"), r.out());
        assertTrue(r.out().contains("buyer units 1 and 2"), r.out());
    }

    @Test
    void malformedLawsAreOneLineErrorsNamingFileAndField() throws IOException {
        Path sum = file("sum.json", REALIZABLE.replace(atom("2", "1"), atom("2", "2/3")));
        assertOneLine(run("eval", sum.toString()), "sum.json", "seller[1]", "2/3");
        Path neg = file("neg.json", REALIZABLE.replace(atom("3", "1/2"), atom("-3", "1/2")));
        assertOneLine(run("eval", neg.toString()), "neg.json", "buyer[0][1].value");
        Path count = file("count.json", REALIZABLE.replace("\"units\":2", "\"units\":3"));
        assertOneLine(run("eval", count.toString()), "count.json", "seller", "units = 3");
        Path number = file("num.json", REALIZABLE.replace("\"value\":\"3\"", "\"value\":3"));
        assertOneLine(run("eval", number.toString()), "num.json", "buyer[0][1].value");
    }

    private static void assertOneLine(CliRun r, String... fragments) {
        assertEquals(Main.USAGE, r.code(), r.err());
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), line);
        for (String f : fragments) {
            assertTrue(line.contains(f), "'" + line + "' should contain '" + f + "'");
        }
    }
}
