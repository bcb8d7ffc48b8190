package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors naming file and field, --json shapes. */
class CliTest {
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

    private static void assertOneLineError(CliRun r, String... fragments) {
        assertEquals(Main.USAGE, r.code(), r.err());
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), "one line: " + line);
        for (String f : fragments) {
            assertTrue(line.contains(f), "'" + line + "' should contain '" + f + "'");
        }
    }

    private static final String GOOD = "{\"kind\":\"fixed-price\",\"units\":1,"
            + "\"seller\":[{\"values\":[\"0\"],\"prob\":\"1/2\"},{\"values\":[\"1/10\"],\"prob\":\"1/2\"}],"
            + "\"buyer\":[{\"values\":[\"1/10\"],\"prob\":\"1/2\"},{\"values\":[\"3\"],\"prob\":\"1/2\"}]}";

    @Test
    void checkBudgetIsExplicit() {
        String toy = "certificates/examples/interval-cover-toy.cert";
        // the toy's numbers need a few hundred bits: 10 is too few, so the outcome is UNCHECKED (exit 3), never PROVED
        CliRun small = run("check", "--total-bits", "10", toy);
        assertEquals(3, small.code(), small.out());
        assertTrue(small.out().contains("BUDGET_EXCEEDED"), small.out());
        assertEquals(Main.OK, run("check", "--total-bits", "100000", toy).code());
        assertEquals(2, run("check", "--total-bits", "0", toy).code());
    }

    @Test
    void evalComputesAHandCheckedInstance() throws IOException {
        // Seller {0, 1/10}, buyer {1/10, 3}, each w.p. 1/2. OPT = E max(S,B) = (1/10 + 3 + 1/10 + 3)/4 = 31/20.
        // At p = 1/10 every pair with S <= 1/10 <= B trades (all four), so SW = OPT and the ratio is 1.
        CliRun r = run("eval", "--json", file("i.json", GOOD).toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"opt\": \"31/20\""), r.out());
        assertTrue(r.out().contains("\"bestPrice\": \"1/10\""), r.out());
        assertTrue(r.out().contains("\"ratio\": \"1\""), r.out());
    }

    @Test
    void evalMechanismWithBadBasicPricesIsWorseThanTheBestPrice() throws IOException {
        // Basic prices {0, 1000}: M tries prices 0 and 1000 * 31/20. At 0 only the seller at 0 trades, with every
        // buyer: SW = E[S] + 1/2 (1/2 (1/10) + 1/2 (3)) = 1/20 + 31/40 = 33/40; at 1550 nothing trades.
        CliRun r = run("eval", "--json", "--basic-prices", "0,1000", file("i.json", GOOD).toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"welfare\": \"33/40\""), r.out());
    }

    @Test
    void malformedJsonNamesFileAndPosition() throws IOException {
        Path p = file("bad.json", "{\"kind\": \"fixed-price\",\n \"units\": 1,, }");
        assertOneLineError(run("eval", p.toString()), "bad.json:2:");
    }

    @Test
    void nonRationalStringNamesTheField() throws IOException {
        Path p = file("nr.json", GOOD.replace("\"1/10\"],\"prob\":\"1/2\"},{\"values\":[\"3\"]",
                "\"abc\"],\"prob\":\"1/2\"},{\"values\":[\"3\"]"));
        assertOneLineError(run("eval", p.toString()), "nr.json", "buyer[0].values[0]", "abc");
    }

    @Test
    void negativeAndUnnormalisedMassesAreRejected() throws IOException {
        Path neg = file("neg.json", GOOD.replace("{\"values\":[\"0\"],\"prob\":\"1/2\"}",
                "{\"values\":[\"0\"],\"prob\":\"-1/2\"}"));
        assertOneLineError(run("eval", neg.toString()), "neg.json", "seller[0].prob");
        Path sum = file("sum.json", GOOD.replace("{\"values\":[\"0\"],\"prob\":\"1/2\"}",
                "{\"values\":[\"0\"],\"prob\":\"1/3\"}"));
        assertOneLineError(run("eval", sum.toString()), "sum.json", "seller");
    }

    @Test
    void nonMonotoneMarginalsAreRejected() throws IOException {
        // A seller's marginal decrements must be nondecreasing: (1/2, 1/4) is not.
        Path p = file("mono.json", "{\"kind\":\"fixed-price\",\"units\":2,"
                + "\"seller\":[{\"values\":[\"1/2\",\"1/4\"],\"prob\":\"1\"}],"
                + "\"buyer\":[{\"values\":[\"1\",\"1\"],\"prob\":\"1\"}]}");
        assertOneLineError(run("eval", p.toString()), "mono.json", "seller[0].values");
    }

    @Test
    void unknownSolverSubcommandAndOptionAreUsageErrors() {
        assertOneLineError(run("solve", "--solver", "gurobi", "--program", "qcp42", "--prices", "0,1"), "gurobi");
        assertOneLineError(run("frobnicate"), "frobnicate");
        assertOneLineError(run("eval", "--colour", "x.json"), "--colour");
        assertOneLineError(run("solve", "--solver", "glop", "--program", "qcp99", "--prices", "0,1"), "qcp99");
        assertOneLineError(run("solve", "--solver", "glop", "--program", "qcp42", "--prices", "0,x/2"), "x/2");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String c : Main.commands().keySet()) {
            CliRun r = run(c, "--help");
            assertEquals(Main.OK, r.code());
            assertTrue(r.out().startsWith("usage: tradebounds " + c), r.out());
        }
    }

    @Test
    void checkRejectsACorruptedCertificateWithExitOne() throws IOException {
        String good = Files.readString(Path.of("certificates/examples/lp-optimum-toy.cert"));
        assertEquals(Main.OK, run("check", file("good.cert", good).toString()).code());
        // Raise the claimed lower bound past the optimum 5/4: the dual cannot support it.
        Path bad = file("bad.cert", good.replace("CLAIM objective >= 5/4", "CLAIM objective >= 13/10"));
        CliRun r = run("check", bad.toString());
        assertEquals(Main.REJECTED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("bad.cert:"), r.err());
    }

    @Test
    void auditJsonHasTheDocumentedKeys() {
        CliRun r = run("audit", "--json", "--only", "caiwu-thm3.1-lower");
        assertEquals(Main.OK, r.code(), r.err());
        for (String key : new String[] {"claim", "source", "published", "direction", "regenerated", "verdict",
            "certificate", "seconds"}) {
            assertTrue(r.out().contains("\"" + key + "\":"), key + " in " + r.out());
        }
        assertTrue(r.out().contains("\"verdict\": \"OPEN\""), r.out());
    }

    @Test
    void compareRunsEveryLinearAdapterOnATinyRelaxation() {
        CliRun r = run("compare", "--json", "--program", "qcp41-rlt", "--prices", "0,1/2,1", "--time-limit", "5");
        assertEquals(Main.OK, r.code(), r.err());
        for (String id : new String[] {"glop", "clp", "highs", "pdlp", "scip", "ojalgo", "cmath"}) {
            assertTrue(r.out().contains("\"solver\": \"" + id + "\""), id + " in " + r.out());
        }
    }
}
