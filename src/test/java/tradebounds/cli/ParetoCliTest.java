package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import tradebounds.family.ksfair.OfferMechanisms;
import tradebounds.family.ksfair.ZeroSeller;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.family.pareto.ExactLp;
import tradebounds.family.pareto.Frontier;
import tradebounds.family.pareto.ParetoInstance;
import tradebounds.family.pareto.Reading;
import tradebounds.family.pareto.Solutions;
import tradebounds.model.Rational;

/**
 * The {@code "pareto-iid"} kind through the CLI (bad input, eval), and, in this neutral package that may name both
 * families, the n = 1 agreement with the bilateral seed-000 tools on the same law with a zero-value seller: Pi*,
 * U*, the seed-000 weighted LP's optimum along every edge normal of the seed-001 frontier (so the two frontiers
 * have the same supporting lines: the same polygon), the KS solution's welfare (ZeroSeller's KS-fair GFT optimum,
 * which lies on the frontier) and the maximum of Pi U (ZeroSeller's NSW).
 */
class ParetoCliTest {
    @TempDir
    Path dir;

    private Path file(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    private static final String LAW = "\"law\":[{\"value\":\"1\",\"prob\":\"1/2\"},{\"value\":\"2\",\"prob\":\"1/2\"}]";

    @Test
    void badInstancesAreOneLineUsageErrors() throws IOException {
        String[][] cases = {
            {"{\"kind\":\"pareto-iid\",\"buyers\":2,\"units\":1,\"law\":[{\"value\":\"1\",\"prob\":\"1/2\"},"
                + "{\"value\":\"2\",\"prob\":\"1/3\"}]}", "law: probabilities sum to 5/6, not 1"},
            {"{\"kind\":\"pareto-iid\",\"buyers\":2,\"units\":1,\"law\":[{\"value\":\"-1\",\"prob\":\"1/2\"},"
                + "{\"value\":\"2\",\"prob\":\"1/2\"}]}", "law[0].value: must be >= 0"},
            {"{\"kind\":\"pareto-iid\",\"buyers\":2,\"units\":3," + LAW + "}", "units: must be <= buyers (2)"},
            {"{\"kind\":\"pareto-iid\",\"buyers\":2,\"units\":0," + LAW + "}", "units: must be >= 1"}};
        int i = 0;
        for (String[] c : cases) {
            Path bad = file("bad" + (i++) + ".json", c[0]);
            CliRun r = CliRun.of("eval", bad.toString());
            assertEquals(Main.USAGE, r.code(), r.err());
            assertTrue(r.err().startsWith("tradebounds eval: " + bad + ": " + c[1]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void badContinuousInstancesAreOneLineUsageErrors() throws IOException {
        String head = "{\"kind\":\"pareto-continuous\",\"buyers\":2,\"units\":1,";
        String[][] cases = {
            {head + "\"law\":\"exponential\",\"rate\":\"1\",\"top\":\"4\",\"atoms\":9,\"rounding\":\"up\"}",
                "rounding: \"up\" needs a bounded support"},
            {head + "\"law\":\"exponential\",\"rate\":\"-1\",\"top\":\"4\",\"atoms\":9,\"rounding\":\"down\"}",
                "rate: must be > 0"},
            {head + "\"law\":\"uniform\",\"lo\":\"-1\",\"hi\":\"1\",\"atoms\":9,\"rounding\":\"down\"}",
                "lo: must be >= 0"},
            {head + "\"law\":\"uniform\",\"lo\":\"1\",\"hi\":\"1\",\"atoms\":9,\"rounding\":\"down\"}",
                "hi: must exceed lo"},
            {head + "\"law\":\"equal-revenue\",\"top\":\"1\",\"atoms\":9,\"rounding\":\"down\"}",
                "top: must exceed the support's lower end 1"},
            {head + "\"law\":\"lognormal\",\"atoms\":9,\"rounding\":\"down\"}", "law: must be one of"},
            {head + "\"law\":\"triangular\",\"top\":\"3\",\"atoms\":1,\"rounding\":\"down\"}", "atoms: "},
            {head + "\"law\":\"triangular\",\"top\":\"3\",\"rate\":\"1\",\"atoms\":4,\"rounding\":\"down\"}",
                "rate: "},
            {head + "\"law\":\"triangular\",\"top\":\"3\",\"atoms\":4,\"rounding\":\"sideways\"}", "rounding: "},
            {head + "\"law\":\"triangular\",\"top\":\"3\",\"atoms\":4,\"rounding\":\"down\",\"denominator\":1}",
                "denominator: must be in [2, 10^12]"},
            {"{\"kind\":\"pareto-continuous\",\"buyers\":2,\"units\":3,\"law\":\"example4.2\",\"atoms\":4,"
                + "\"rounding\":\"down\"}", "units: must be <= buyers (2)"},
            {"{\"kind\":\"pareto-continuous\",\"buyers\":1,\"units\":1,\"law\":\"example4.2\",\"atoms\":4,"
                + "\"rounding\":\"down\"}", "buyers: example4.2 needs n >= 2"}};
        int i = 0;
        for (String[] c : cases) {
            Path bad = file("badc" + (i++) + ".json", c[0]);
            CliRun r = CliRun.of("eval", bad.toString());
            assertEquals(Main.USAGE, r.code(), r.err());
            assertTrue(r.err().startsWith("tradebounds eval: " + bad + ": " + c[1]), c[1] + " vs " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    /* The shipped exponential instance: 9 atoms 0, 1/2, ..., 4 rounded down; E[min(X, 4)] rounded down is the OPT. */
    @Test
    void continuousInstanceEvaluates() throws IOException {
        CliRun r = CliRun.of("eval", "--json", "instances/pareto/uniform-two-buyers-up.json");
        assertEquals(Main.OK, r.code(), r.err());
        // U[0,1] up onto 1/4, 1/2, 3/4, 1: E[max of two] = (1 + 2*3 + 3*5 + 4*7)/64 = 50/64 = 25/32 >= 2/3
        assertTrue(r.out().replaceAll("\\s", "").contains("\"firstBest\":\"25/32\""), r.out());
    }

    @Test
    void evalPrintsTheFrontierAndTheSolutions() throws IOException {
        Path f = file("ok.json", "{\"kind\":\"pareto-iid\",\"buyers\":2,\"units\":1," + LAW + "}");
        CliRun r = CliRun.of("eval", "--json", f.toString());
        assertEquals(Main.OK, r.code(), r.err());
        String out = r.out().replaceAll("\\s", "");
        // hand values of HandCheckedTest.twoBuyersTwoValues (printed class)
        assertTrue(out.contains("\"piStar\":\"3/2\"") && out.contains("\"uStar\":\"3/2\""), r.out());
        assertTrue(out.contains("\"firstBest\":\"7/4\""), r.out());
        assertTrue(out.contains("\"solution\":\"KS\",\"pi\":\"7/8\",\"u\":\"7/8\""), r.out());
        assertTrue(out.contains("\"readingsDiffer\":true"), r.out());
        CliRun text = CliRun.of("eval", f.toString());
        assertEquals(Main.OK, text.code(), text.err());
        assertTrue(text.out().contains("cross-side Nash") && text.out().contains("second-price auction"), text.out());
    }

    /* The frontier LPs through solve: max Pi + 2U = 3 (edge normal of the printed frontier), U* (formula (2)) = 3/4. */
    @Test
    void solveTakesTheFrontierLps() throws IOException {
        Path f = file("ok2.json", "{\"kind\":\"pareto-iid\",\"buyers\":2,\"units\":1," + LAW + "}");
        CliRun r = CliRun.of("solve", "--solver", "glop", "--program", "pareto-weighted", "--instance", f.toString(),
                "--weights", "1,2");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("OPTIMAL") && r.out().contains("3.000000000"), r.out());
        CliRun g = CliRun.of("solve", "--solver", "glop", "--program", "pareto-weighted-formula2", "--instance",
                f.toString(), "--weights", "0,1");
        assertEquals(Main.OK, g.code(), g.err());
        assertTrue(g.out().contains("0.7500000000"), g.out());
        CliRun bad = CliRun.of("solve", "--solver", "glop", "--program", "pareto-weighted", "--instance", f.toString());
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains("needs --weights"), bad.err());
    }

    private static final String[][][] LAWS = {
        {{"1", "3"}, {"1/2", "1/2"}},
        {{"0", "1", "2", "4"}, {"1/4", "1/4", "1/4", "1/4"}},
        {{"1/2", "1", "3", "5"}, {"1/10", "2/5", "3/10", "1/5"}},
        {{"0", "3", "4", "10"}, {"1/3", "1/6", "1/3", "1/6"}}};

    @Test
    @Tag("slow")
    void oneBuyerAgreesWithTheBilateralTools() {
        for (String[][] law : LAWS) {
            ParetoInstance in = ParetoInstance.of(1, 1, law[0], law[1]);
            List<Rational> v = new ArrayList<>(in.values());
            DiscreteTrade t = DiscreteTrade.zeroValueSeller(v, in.probs());
            Frontier f = Frontier.trace(in, Reading.PRINTED, ExactLp.temporary("glop"));
            String what = String.join(",", law[0]);
            assertEquals(OfferMechanisms.sellerOffer(t).seller(), f.piStar(), what);
            assertEquals(OfferMechanisms.buyerOffer(t).buyer(), f.uStar(), what);
            for (Frontier.Edge e : f.edges()) {
                CertifiedValue c = GridCertifier.certify(KsFairPrograms.weighted(t, e.wPi(), e.wU()), "glop",
                        dir.resolve("w" + what.hashCode() + "-" + e.wPi().hashCode() + ".cert"));
                assertTrue(c.exact(), what);
                assertEquals(e.value(), c.value().get(), what + " edge normal " + e.wPi() + "," + e.wU());
            }
            Solutions.Located ks = Solutions.ks(f);
            assertEquals(ZeroSeller.ksFairGft(t).exact().orElseThrow(), ks.welfare(), what);
            Solutions.Located cross = Solutions.crossNash(f);
            assertEquals(ZeroSeller.nsw(t).exact().orElseThrow(), cross.objective(), what);
            assertEquals(cross.objective(), Solutions.nash(f).objective(), what);
        }
    }
}
