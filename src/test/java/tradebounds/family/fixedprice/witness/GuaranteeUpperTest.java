package tradebounds.family.fixedprice.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateReader;
import tradebounds.check.Checker;
import tradebounds.check.PointCheck;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.check.Reason;
import tradebounds.check.Rejected;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.claims.ProgramMatch;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * The stored feasible points of the guarantee programs (5.1) and symmetric (5.1) (upper ends of the brackets of
 * Prop 5.2 and Cor 5.1), their corrupted twins, the exact (5.1) repair on a hand-checked case, and the search on a
 * 3-price list whose optimum is known by hand.
 */
class GuaranteeUpperTest {
    private static final Path PROP52 = Path.of("certificates/fixedprice/gdk-prop5.2-upper.cert.gz");
    private static final Path COR51K2 = Path.of("certificates/fixedprice/gdk-cor5.1-k2-upper.cert.gz");
    private static final Path COR51K3 = Path.of("certificates/fixedprice/gdk-cor5.1-k3-upper.cert.gz");

    private static Rational proved(Path p) {
        return assertInstanceOf(Proved.class, Checker.check(p), p.toString()).value(Quantity.OBJECTIVE).orElseThrow();
    }

    /** The registry's program for the claim, and the stored certificate's program: equal term by term. */
    private static void sameProgramAsTheRegistry(Path cert, String claimFile) throws Exception {
        Claim c = ClaimRegistry.read(Path.of(claimFile));
        Model expected = ProgramCatalog.build(c.programId(), ProgramCatalog.prices(c.priceSpec()), c.units());
        Certificate read = CertificateReader.read(cert);
        assertEquals(Optional.empty(), ProgramMatch.firstDifference(expected, read.program().orElseThrow().model()));
        assertEquals(cert.toString(), c.method().get("upper"));
    }

    @Test
    void prop52PointIsAFeasiblePointOfThePrintedProgramBetweenTheKnownBounds() throws Exception {
        sameProgramAsTheRegistry(PROP52, "claims/fixedprice/gdk-prop5.2.json");
        Rational r = proved(PROP52);
        // Below 0.65 it would refute Prop 5.2 as printed (r_2 >= 0.65); it does not.
        assertTrue(r.compareTo(Rational.parse("0.65")) > 0, r.toDisplay());
        // The stored tree proves (5.1) infeasible at r = 0.60: a feasible point below would expose a bug.
        assertTrue(r.compareTo(Rational.parse("0.60")) > 0, r.toDisplay());
        // By Prop 5.1, M with these prices guarantees r_2, so r_2 <= r_2* <= 0.7291 (Table 1's k = 2 hardness).
        assertTrue(r.compareTo(Rational.parse("0.7291")) < 0, r.toDisplay());
    }

    @Test
    void aHandPointOfProp52sProgramHasRatioExactly066() throws Exception {
        // Prices a = 0.32 < b = 0.34 are consecutive in Prop 5.2's list. Unit 1: seller at 0, buyer at b; unit 2:
        // seller at a, buyer at 0 plus m = b/1000 at p_n = 1000 (buyer means b and 1000 m = b are equal).
        // By hand: opt = b + a + 1000 m = 0.34 + 0.32 + 0.34 = 1; sw_t = mean s(2) + (unit 1's trade if 0 < p_t < b)
        // + (unit 2's trade if a < p_t < 1000), and no price lies strictly between a and b, so sw_t = 0.32 + 0.34
        // for 0 < p_t <= a and 0.32 + (1000 - 0.32) m < 0.66 above: max_t sw_t = 0.66 = 33/50.
        Claim c = ClaimRegistry.read(Path.of("claims/fixedprice/gdk-prop5.2.json"));
        List<Rational> prices = ProgramCatalog.prices(c.priceSpec());
        Model m = ProgramCatalog.build("qcp51", prices, 2);
        int a = prices.indexOf(Rational.parse("0.32")) + 1;
        int b = prices.indexOf(Rational.parse("0.34")) + 1;
        assertEquals(a + 1, b);
        Rational[] x = new Rational[m.variableCount()];
        java.util.Arrays.fill(x, Rational.ZERO);
        x[m.indexOf("s1_1")] = Rational.ONE;
        x[m.indexOf("b" + b + "_1")] = Rational.ONE;
        x[m.indexOf("s" + a + "_2")] = Rational.ONE;
        x[m.indexOf("b1_2")] = Rational.ONE;
        x[m.indexOf("b39_2")] = Rational.parse("0.34").divide(Rational.of(1000));
        x[m.indexOf("r")] = Rational.of(33, 50);
        assertTrue(PointCheck.maxViolation(m, x).feasible(), PointCheck.maxViolation(m, x).toString());
        x[m.indexOf("r")] = Rational.of(33, 50).subtract(Rational.of(1, 1_000_000_000));
        assertTrue(!PointCheck.maxViolation(m, x).feasible());
        // The stored point is at least as good as this hand point.
        assertTrue(proved(PROP52).compareTo(Rational.of(33, 50)) <= 0);
    }

    @Test
    void prop41PointImprovesTheOldOneAndStaysAboveThePublishedBound() throws Exception {
        Path p41 = Path.of("certificates/fixedprice/gdk-prop4.1-upper.cert");
        Certificate read = CertificateReader.read(p41);
        assertEquals(Optional.empty(), ProgramMatch.firstDifference(ProgramCatalog.build("qcp41",
                ProgramCatalog.prices("prop41")), read.program().orElseThrow().model()));
        Rational r = proved(p41);
        // Below the point stored before this search (0.7302082511, quoted as 0.730209 in the docs) ...
        assertTrue(r.compareTo(Rational.parse("0.7302082511")) < 0, r.toDisplay());
        // ... and above Prop 4.1's published r_1 >= 0.7292 (below it would refute Prop 4.1) and the stored tree's
        // proved 0.715 (below it would expose a bug).
        assertTrue(r.compareTo(Rational.parse("0.7292")) > 0, r.toDisplay());
        assertTrue(r.compareTo(Rational.parse("0.715")) > 0, r.toDisplay());
    }

    @Test
    void cor51PointsAreFeasiblePointsOfTheSymmetricProgramBetweenTheKnownBounds() throws Exception {
        sameProgramAsTheRegistry(COR51K2, "claims/fixedprice/gdk-cor5.1-k2.json");
        sameProgramAsTheRegistry(COR51K3, "claims/fixedprice/gdk-cor5.1-k3.json");
        Rational k2 = proved(COR51K2);
        Rational k3 = proved(COR51K3);
        // Above the published guarantees (0.749, 0.76): no refutation of Cor 5.1.
        assertTrue(k2.compareTo(Rational.parse("0.749")) > 0, k2.toDisplay());
        assertTrue(k3.compareTo(Rational.parse("0.76")) > 0, k3.toDisplay());
        // The symmetric optimum is a symmetric guarantee, so it cannot exceed the symmetric hardness of
        // Cor 6.1 (0.8372 for k = 2, 0.8483 for k = 3).
        assertTrue(k2.compareTo(Rational.parse("0.8372")) < 0, k2.toDisplay());
        assertTrue(k3.compareTo(Rational.parse("0.8483")) < 0, k3.toDisplay());
    }

    // ---- corrupted twins ----

    private static String gunzip(Path p) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The SOL line of variable {@code name}. */
    private static String solLine(String text, String name) {
        String sol = text.substring(text.indexOf("\nSOL "));
        return sol.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
    }

    private static Rational value(String text, String name) {
        return Rational.parse(solLine(text, name).substring(name.length() + 1));
    }

    private static String set(String text, String name, Rational v) {
        String sol = "\nSOL ";
        int at = text.indexOf(sol);
        String head = text.substring(0, at);
        String tail = text.substring(at).replace("\n" + solLine(text, name) + "\n", "\n" + name + " " + v + "\n");
        return head + tail;
    }

    private static Rejected rejected(String text) {
        return assertInstanceOf(Rejected.class, Checker.check(text, "twin.cert"));
    }

    /** The variable s{i}_{q} (or b) of largest value in unit q. */
    private static String heaviest(String text, String side, int q, int n) {
        String best = null;
        for (int i = 1; i <= n; i++) {
            String v = side + i + "_" + q;
            if (best == null || value(text, v).compareTo(value(text, best)) > 0) {
                best = v;
            }
        }
        return best;
    }

    @Test
    void prop52TwinsAreRejected() throws IOException {
        String good = gunzip(PROP52);
        assertInstanceOf(Proved.class, Checker.check(good, "good.cert"));
        // 1/1000 more seller mass in unit 2 at its heaviest price below p_n: the head row (<= 1) and the welfare
        // rows (mean of s(2) up) cannot both still hold at the stored r.
        String s = heaviest(good, "s", 2, 38);
        assertEquals(Reason.ROW_VIOLATED, rejected(set(good, s, value(good, s).add(Rational.of(1, 1000))))
                .reason());
        // r lowered by 1e-9 below max_t sw_t: the binding welfare row breaks.
        assertEquals(Reason.ROW_VIOLATED, rejected(set(good, "r", value(good, "r")
                .subtract(Rational.of(1, 1_000_000_000)))).reason());
        // The claim moved down to the published 0.65: the point's objective does not imply it.
        String low = good.replaceAll("CLAIM objective <= \\S+", "CLAIM objective <= 13/20");
        assertEquals(Reason.OBJECTIVE_ABOVE_CLAIM, rejected(low).reason());
    }

    @Test
    void cor51TwinWithABrokenDiagonalIsRejected() throws IOException {
        String good = gunzip(COR51K2);
        assertInstanceOf(Proved.class, Checker.check(good, "good.cert"));
        // Move 1/1000 of b(1)'s heaviest atom one price up: unit 1's buyer mass is kept, but b_j(1) = s_j(2)
        // breaks by 1/1000 at two prices (rows diag{j}_1), more than any welfare row can move (<= 1/1000 * 1/50).
        String b = heaviest(good, "b", 1, 50);
        int j = Integer.parseInt(b.substring(1, b.indexOf('_')));
        String up = "b" + (j + 1) + "_1";
        Rational d = Rational.of(1, 1000);
        Rejected r = rejected(set(set(good, b, value(good, b).subtract(d)), up, value(good, up).add(d)));
        assertEquals(Reason.ROW_VIOLATED, r.reason(), r.toString());
        assertTrue(r.toString().contains("diag"), r.toString());
    }

    @Test
    void aPointOfOtherPricesDoesNotCountForTheRow() throws Exception {
        // The audit counts a stored point only if its program is the registry's; with p_2 = 0.03 instead of 0.02
        // the builder's program differs (the sw and opt coefficients of p_2 change).
        Claim c = ClaimRegistry.read(Path.of("claims/fixedprice/gdk-prop5.2.json"));
        List<Rational> prices = new ArrayList<>(ProgramCatalog.prices(c.priceSpec()));
        prices.set(1, Rational.parse("0.03"));
        Model other = ProgramCatalog.build("qcp51", prices, 2);
        Certificate read = CertificateReader.read(PROP52);
        assertTrue(ProgramMatch.firstDifference(other, read.program().orElseThrow().model()).isPresent());
    }

    // ---- the repair and the search on a hand-sized list ----

    /** Prices 0, 1/2, 2 (n = 3, mass cap 1 + 1/2). */
    private static final List<Rational> TOY = List.of(Rational.ZERO, Rational.of(1, 2), Rational.of(2));

    @Test
    void repairMakesAHandCheckedPointOf51ExactlyFeasible() {
        Model m = ProgramCatalog.build("qcp51", TOY, 2);
        MultiUnitLayout lay = new MultiUnitLayout(m, 3, 2);
        // Seller at 0 in both units; buyer 7/8 at 1/2 and 1/8 at 2 in both units. By hand: opt = 2 (7/8 * 1/2 +
        // 1/8 * 2) = 11/8 >= 1; only sw_2 has a pair straddling p_2 (seller 0, buyer 2): sw_2 = 2 * 1/8 * 2 = 1/2,
        // sw_1 = sw_3 = 0; the mean rows hold with equality and the dominance row F_1(2) >= F_2(1) is 1 >= 1.
        // Perturb as a solver would: seller mass of unit 1 short by 1e-12 (mass row and the tight dominance row
        // break), buyer top mass of unit 2 up by 1e-12 (mean b(1) >= mean b(2) breaks).
        double[] x = new double[m.variableCount()];
        for (int q = 0; q < 2; q++) {
            x[lay.sellerIndex[q][0]] = 1;
            x[lay.buyerIndex[q][1]] = 7.0 / 8;
            x[lay.buyerIndex[q][2]] = 1.0 / 8;
        }
        x[lay.sellerIndex[0][0]] = 1 - 1e-12;
        x[lay.buyerIndex[1][2]] = 1.0 / 8 + 1e-12;
        x[lay.r] = 0.5;
        assertTrue(!PointCheck.maxViolation(m, x).feasible());
        List<String> why = new ArrayList<>();
        Rational[] p = Guarantee51Repair.repair(m, TOY, 2, x, why::add).orElseThrow(() -> new AssertionError(why));
        assertTrue(PointCheck.maxViolation(m, p).feasible());
        // r is max_t sw_t of the repaired point, rounded up to 10 decimals: 1/2 up to the 1e-12 perturbation.
        Rational r = p[lay.r];
        assertTrue(r.compareTo(Rational.of(1, 2)) >= 0 && r.compareTo(Rational.parse("0.5000000001")) <= 0,
                r.toDisplay());
    }

    @Test
    void searchFindsTheHandOptimumOfAToyList() {
        // (5.1) on 0, 1/2, 2 with k = 2: seller at 0 and buyer at 1/2 in both units give opt = 2 * 1/2 = 1 and
        // no pair straddles any p_t strictly, so every sw_t = 0: the optimum is r_2 = 0. The search keeps opt
        // >= 1 + 1e-9, which costs at most a buyer mass of order 1e-9 at p_3 = 2 (sw_2 of order 1e-9).
        WitnessSearchResult res = GuaranteeUpperSearch.search("qcp51", TOY, 2, 1, Duration.ofSeconds(20), 20, null,
                s -> { });
        Rational r = res.ratio().orElseThrow();
        assertTrue(r.compareTo(Rational.parse("0.000001")) < 0, r.toDisplay());
        // The symmetric program (b(1) = s(2), b(2) = s(1)) on the same list: s(1) at 0 and s(2) at 1/2 give
        // opt = 1/2 + 1/2 = 1 and sw_t = mean s(1) + mean s(2) = 1/2 with no straddling pair; so its optimum is
        // at most 1/2. The search keeps opt >= 1 + 1e-9, which costs r of order 1e-9 here.
        WitnessSearchResult sym = GuaranteeUpperSearch.search("qcp51-sym", TOY, 2, 1, Duration.ofSeconds(20), 20,
                null, s -> { });
        Rational rs = sym.ratio().orElseThrow();
        assertTrue(rs.compareTo(Rational.parse("0.500001")) <= 0, rs.toDecimal(12, true).toPlainString());
    }

    @Test
    void blocksThatDoNotLineariseTheProgramAreRefused() {
        // The k = 2 diagonal split applied to k = 3 puts s(3) and b(3) (= s(1)) both in block B, so the products
        // s_i(3) b_j(3) would not be linear in either half-step; the constructor must refuse the split.
        Model m = ProgramCatalog.build("qcp51-sym", TOY, 3);
        boolean[][] blocks = GuaranteeAlternation.diagonalBlocks(m);
        assertThrows(IllegalArgumentException.class, () -> new GuaranteeAlternation(m, blocks[0], blocks[1]));
    }
}
