package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.family.ksfair.KsFairCertifier;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * The {@code "bilateral"} instance kind through the CLI. Hand values for the example file (zero-value seller, buyer
 * uniform on {1, 2}): OPT_FB = OPT_SB = E[v] = 3/2; Pi* = max(1 * 1, 2 * 1/2) = 1; U* = 3/2 (price 0); every KS-fair
 * mechanism has Pi = (2/3) U, and Pi + U &lt;= 3/2 is attained by the constant price 3/5, so the KS-fair GFT optimum
 * is 3/2 and the seller-optimal KS-fair utility is 3/5; the equitable optimum (price 3/4) has GFT 3/2.
 */
class KsFairInstanceCliTest {
    private static final String EXAMPLE = "instances/ksfair/zero-seller-buyer-1-2.json";

    @TempDir
    Path dir;

    private static CliRun run(String... argv) {
        return CliRun.of(argv);
    }

    private static Model model(String... argv) {
        return ProgramOption.resolve(new Args("solve", argv, 0, Set.of(), ProgramOption.KEYS), "solve");
    }

    @Test
    void theLpsOnTheExampleFileHaveTheHandValuesExactly() {
        Map<String, Rational> hand = Map.of("ksfair-opt-sb", Rational.of(3, 2), "ksfair-pi-star", Rational.ONE,
                "ksfair-u-star", Rational.of(3, 2), "ksfair-gft", Rational.of(3, 2), "ksfair-seller-optimal",
                Rational.of(3, 5), "ksfair-equitable", Rational.of(3, 2));
        for (Map.Entry<String, Rational> e : hand.entrySet()) {
            CertifiedValue v = KsFairCertifier.certify(model("--program", e.getKey(), "--instance", EXAMPLE),
                    dir.resolve(e.getKey()));
            assertTrue(v.proved(), e.getKey());
            assertEquals(e.getValue(), v.value().orElseThrow(), e.getKey());
        }
    }

    @Test
    void solveAndEvalRunOnTheFile() {
        CliRun s = run("solve", "--solver", "glop", "--program", "ksfair-gft", "--instance", EXAMPLE);
        assertEquals(Main.OK, s.code(), s.err());
        assertTrue(s.out().contains("OPTIMAL") && s.out().contains("1.500000000"), s.out());
        CliRun e = run("eval", "--json", EXAMPLE);
        assertEquals(Main.OK, e.code(), e.err());
        assertTrue(e.out().contains("\"OPT_FB\": \"3/2\"") || e.out().contains("\"OPT_FB\":\"3/2\""), e.out());
        assertTrue(e.out().contains("\"Pi* (SOM)\": \"1\"") || e.out().contains("\"Pi* (SOM)\":\"1\""), e.out());
        assertTrue(e.out().contains("KS-fair optimum GFT (zero-value seller)"), e.out());
    }

    @Test
    void badFilesAndOptionsAreOneLineUsageErrors() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"kind\":\"bilateral\",\"units\":1,\"seller\":[{\"value\":\"0\",\"prob\":\"1\"}],"
                + "\"buyer\":[{\"value\":\"1\",\"prob\":\"1/2\"},{\"value\":\"2\",\"prob\":\"1/3\"}]}");
        for (String[] argv : new String[][] {{"eval", bad.toString()},
            {"solve", "--solver", "glop", "--program", "ksfair-gft", "--instance", bad.toString()}}) {
            CliRun r = run(argv);
            assertEquals(Main.USAGE, r.code());
            assertEquals("tradebounds " + argv[0] + ": " + bad + ": buyer: probabilities sum to 5/6, not 1\n", r.err());
        }
        CliRun noFile = run("solve", "--solver", "glop", "--program", "ksfair-gft");
        assertEquals(Main.USAGE, noFile.code());
        assertTrue(noFile.err().contains("needs --instance FILE"), noFile.err());
        CliRun notLp = run("solve", "--solver", "glop", "--program", "ksfair-p-reg", "--instance", EXAMPLE);
        assertEquals(Main.USAGE, notLp.code());
        CliRun prices = run("solve", "--solver", "glop", "--program", "ksfair-gft", "--instance", EXAMPLE, "--prices",
                "prop41");
        assertEquals(Main.USAGE, prices.code());
        assertFalse(prices.err().strip().contains("\n"), prices.err());
    }
}
