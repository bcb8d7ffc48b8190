package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/** Hand-computed cases, and a differential test against {@link BruteForceWelfare}; no expected value here was copied from the evaluator's output. */
class WelfareEvaluatorTest {
    private static Rational r(String s) {
        return Rational.parse(s);
    }

    /** Atoms from alternating (prob, "v1,v2,...") pairs. */
    private static Distribution dist(String... probAndValues) {
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < probAndValues.length; i += 2) {
            List<Rational> vs = new ArrayList<>();
            for (String v : probAndValues[i + 1].split(",")) {
                vs.add(r(v));
            }
            atoms.add(new Atom(r(probAndValues[i]), vs));
        }
        return new Distribution(atoms);
    }

    private static FixedPriceInstance single(Distribution s, Distribution b) {
        return new FixedPriceInstance(1, s, b);
    }

    @Test
    void sellerZeroBuyerOne() {
        // OPT = max(0, 1) = 1. For 0 <= p <= 1 the pair trades: SW = 0 + (1 - 0) = 1; above 1 nothing trades: SW = E[S] = 0.
        WelfareEvaluator e = new WelfareEvaluator(single(dist("1", "0"), dist("1", "1")));
        assertEquals(r("1"), e.opt());
        assertEquals(r("1"), e.welfare(r("0")));
        assertEquals(r("1"), e.welfare(r("1")));
        assertEquals(r("0"), e.welfare(r("11/10")));
        assertEquals(new WelfareEvaluator.BestPrice(r("1"), r("1")), e.bestPrice());
        // Basic price p_1 = 0 gives price OPT * 0 = 0, which already trades: the first of the tied prices is kept.
        assertEquals(new WelfareEvaluator.BestPrice(r("0"), r("1")), e.mechanism(PriceList.prop41()));
    }

    @Test
    void sellerMassAtZeroAndATenth() {
        // S = 0 or 1/10, B = 1/10 or 3, each pair w.p. 1/4.
        // OPT = (1/10 + 3 + 1/10 + 3)/4 = 31/20.  E[S] = 1/20.
        // Gains (v - w) per pair and where they trade: (0,1/10): 1/10 on [0,1/10]; (0,3): 3 on [0,3];
        // (1/10,1/10): 0 at 1/10; (1/10,3): 29/10 on [1/10,3].
        // p in [0,1/10): 1/20 + (1/10 + 3)/4 = 33/40;  p = 1/10: 1/20 + 6/4 = 31/20;
        // p in (1/10,3]: 1/20 + (3 + 29/10)/4 = 61/40;  p > 3: 1/20.
        WelfareEvaluator e = new WelfareEvaluator(single(dist("1/2", "0", "1/2", "1/10"), dist("1/2", "1/10", "1/2", "3")));
        assertEquals(r("31/20"), e.opt());
        assertEquals(r("33/40"), e.welfare(r("1/20")));
        assertEquals(r("31/20"), e.welfare(r("1/10")));
        assertEquals(r("61/40"), e.welfare(r("3")));
        assertEquals(r("1/20"), e.welfare(r("301/100")));
        assertEquals(new WelfareEvaluator.BestPrice(r("1/10"), r("31/20")), e.bestPrice());
        // Mechanism prices (31/20) p_t: p_1 = 0 gives 33/40; p_2 = 0.12 gives 0.186 in (1/10, 3]: 61/40, and no
        // p_t hits 1/10 / (31/20) = 0.0645...; 1.25 gives 1.9375 (still 61/40); 1000 gives 1550 (1/20).
        assertEquals(new WelfareEvaluator.BestPrice(r("0.186"), r("61/40")), e.mechanism(PriceList.prop41()));
    }

    @Test
    void tieRuleTradesAtEqualValues() {
        // S = 0 or 1, B = 1 or 2, each pair w.p. 1/4; E[S] = 1/2; OPT = (1 + 2 + 1 + 2)/4 = 3/2.
        // (0,1) gains 1 on [0,1]; (0,2) gains 2 on [0,2]; (1,1) gains 0 at 1; (1,2) gains 1 on [1,2].
        // Only p = 1 has S <= p <= B for all three gaining pairs: SW(1) = 1/2 + (1 + 2 + 1)/4 = 3/2.
        // With a strict rule S < p < B the supremum would be 5/4: so this case fails if ties are broken wrongly.
        WelfareEvaluator e = new WelfareEvaluator(single(dist("1/2", "0", "1/2", "1"), dist("1/2", "1", "1/2", "2")));
        assertEquals(r("3/2"), e.opt());
        assertEquals(r("5/4"), e.welfare(r("99/100")));
        assertEquals(r("3/2"), e.welfare(r("1")));
        assertEquals(r("5/4"), e.welfare(r("101/100")));
        assertEquals(r("5/4"), e.welfare(r("2")));
        assertEquals(r("1/2"), e.welfare(r("201/100")));
        assertEquals(new WelfareEvaluator.BestPrice(r("1"), r("3/2")), e.bestPrice());
        // (3/2) p_t = 1 needs p_t = 2/3, which is not a basic price (0.66, 0.68): M gets only 5/4, at price 0.
        assertEquals(new WelfareEvaluator.BestPrice(r("0"), r("5/4")), e.mechanism(PriceList.prop41()));
        assertEquals(new WelfareEvaluator.BestPrice(r("1"), r("3/2")), e.mechanism(List.of(r("0"), r("2/3"))));
    }

    @Test
    void twoUnits() {
        // Seller w~ = (0, 1) surely; buyer v^ = (2, 3/2) or (1, 1/2), each w.p. 1/2.  E[w~(1) + w~(2)] = 1.
        // OPT = E max(0, v^(1)) + E max(1, v^(2)) = (2 + 1)/2 + (3/2 + 1)/2 = 3/2 + 5/4 = 11/4.
        // Unit 1 (seller 0) gains v^(1) when p <= v^(1): 3/2 for p <= 1, 1 for p in (1, 2], 0 above.
        // Unit 2 (seller 1) trades only for p >= 1, with the buyer (3/2) for p <= 3/2: gain (3/2 - 1)/2 = 1/4;
        // the buyer (1/2) never meets p >= 1.  SW(1/2) = 5/2, SW(1) = 11/4, SW(5/4) = 9/4, SW(7/4) = 2, SW(3) = 1.
        FixedPriceInstance inst = new FixedPriceInstance(2, dist("1", "0,1"), dist("1/2", "2,3/2", "1/2", "1,1/2"));
        WelfareEvaluator e = new WelfareEvaluator(inst);
        assertEquals(r("11/4"), e.opt());
        assertEquals(r("5/2"), e.welfare(r("1/2")));
        assertEquals(r("11/4"), e.welfare(r("1")));
        assertEquals(r("9/4"), e.welfare(r("5/4")));
        assertEquals(r("2"), e.welfare(r("7/4")));
        assertEquals(r("1"), e.welfare(r("3")));
        assertEquals(new WelfareEvaluator.BestPrice(r("1"), r("11/4")), e.bestPrice());
        // (11/4) p_t = 1 needs p_t = 4/11 (between 0.36 and 0.38): the paper's list gets 5/2 at price 0.
        assertEquals(new WelfareEvaluator.BestPrice(r("0"), r("5/2")), e.mechanism(PriceList.prop41()));
        assertEquals(new WelfareEvaluator.BestPrice(r("1"), r("11/4")), e.mechanism(List.of(r("0"), r("4/11"))));
    }

    @Test
    void zeroMassAtomsAndDuplicatesChangeNothing() {
        // Same law as sellerZeroBuyerOne, written with a zero-mass atom at 5 and the buyer split into two halves.
        WelfareEvaluator e = new WelfareEvaluator(single(dist("1", "0", "0", "5"), dist("1/2", "1", "1/2", "1", "0", "7")));
        assertEquals(r("1"), e.opt());
        assertEquals(new WelfareEvaluator.BestPrice(r("1"), r("1")), e.bestPrice());
        assertEquals(r("0"), e.welfare(r("6")), "the zero-mass buyer at 7 trades with nobody that counts");
    }

    // ---- differential test against the brute force ----

    private static final Rational[] POOL = {r("0"), r("1/4"), r("1/3"), r("1/2"), r("2/3"), r("1"), r("3/2"), r("2"),
        r("3"), r("5"), r("12")};

    private static FixedPriceInstance random(Random rnd, int units) {
        return new FixedPriceInstance(units, randomSide(rnd, units, true), randomSide(rnd, units, false));
    }

    private static Distribution randomSide(Random rnd, int units, boolean seller) {
        int n = 1 + rnd.nextInt(5);
        int[] weights = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = rnd.nextInt(4); // zero masses on purpose
            total += weights[i];
        }
        if (total == 0) {
            weights[0] = 1;
            total = 1;
        }
        List<Atom> atoms = new ArrayList<>();
        // A narrow slice of the pool makes equal seller and buyer values, and equal atoms, common.
        int lo = rnd.nextInt(POOL.length);
        int width = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            List<Rational> vs = new ArrayList<>();
            for (int q = 0; q < units; q++) {
                vs.add(POOL[Math.min(POOL.length - 1, lo + rnd.nextInt(width))]);
            }
            vs.sort(seller ? null : java.util.Comparator.reverseOrder());
            atoms.add(new Atom(Rational.of(weights[i], total), vs));
        }
        return new Distribution(atoms);
    }

    /** Basic prices that land exactly on atom values after scaling by OPT, so ties at M's prices get exercised. */
    private static List<Rational> hittingPrices(FixedPriceInstance inst, Rational opt, Random rnd) {
        TreeSet<Rational> ps = new TreeSet<>();
        ps.add(Rational.ZERO);
        for (Atom a : inst.buyer().atoms()) {
            if (rnd.nextBoolean()) {
                ps.add(a.values().get(rnd.nextInt(inst.units())).divide(opt));
            }
        }
        for (Atom a : inst.seller().atoms()) {
            if (rnd.nextBoolean()) {
                ps.add(a.values().get(0).divide(opt));
            }
        }
        return new ArrayList<>(ps);
    }

    @Test
    void agreesWithBruteForceOnRandomSmallInstances() {
        Random rnd = new Random(20240611L);
        int checked = 0;
        for (int trial = 0; trial < 900; trial++) {
            int units = 1 + trial % 3;
            FixedPriceInstance inst = random(rnd, units);
            WelfareEvaluator e = new WelfareEvaluator(inst);
            BruteForceWelfare brute = new BruteForceWelfare(inst);
            String what = "trial " + trial + ": " + inst;
            Rational opt = brute.opt();
            assertEquals(opt, e.opt(), what);
            for (Rational p : brute.denseCandidates()) {
                assertEquals(brute.welfare(p), e.welfare(p), what + " at p = " + p);
            }
            Rational sup = brute.supWelfare();
            WelfareEvaluator.BestPrice best = e.bestPrice();
            assertEquals(sup, best.welfare(), what);
            assertEquals(sup, brute.welfare(best.price()), what + ": the reported price must attain the sup");
            assertEquals(smallestBuyerValueAttaining(inst, brute, sup), best.price(), what);
            checkMechanism(inst, e, brute, opt, PriceList.prop41(), what);
            checkMechanism(inst, e, brute, opt, hittingPrices(inst, opt, rnd), what);
            checked++;
        }
        assertEquals(900, checked);
    }

    private static Rational smallestBuyerValueAttaining(FixedPriceInstance inst, BruteForceWelfare brute, Rational sup) {
        TreeSet<Rational> values = new TreeSet<>();
        for (Atom a : inst.buyer().atoms()) {
            if (!a.prob().isZero()) {
                values.addAll(a.values());
            }
        }
        for (Rational v : values) {
            if (brute.welfare(v).equals(sup)) {
                return v;
            }
        }
        throw new AssertionError("no buyer value attains the supremum " + sup + " of " + inst);
    }

    /** M's welfare is the best of SW(OPT p_t); the reported price is OPT p_t for the first t that attains it. */
    private static void checkMechanism(FixedPriceInstance inst, WelfareEvaluator e, BruteForceWelfare brute, Rational opt,
            List<Rational> basic, String what) {
        Rational bestW = null;
        Rational bestP = null;
        for (Rational p : basic) {
            Rational w = brute.welfare(opt.multiply(p));
            if (bestW == null || w.compareTo(bestW) > 0) {
                bestW = w;
                bestP = opt.multiply(p);
            }
        }
        WelfareEvaluator.BestPrice m = e.mechanism(basic);
        assertEquals(bestW, m.welfare(), what + " basic " + basic);
        assertEquals(bestP, m.price(), what + " basic " + basic);
        assertTrue(m.welfare().compareTo(e.bestPrice().welfare()) <= 0, "M is a fixed price, so at most the best one");
    }

    @Test
    void agreesWithBruteForceOnAMidSizeInstance() {
        Random rnd = new Random(5);
        for (int units = 1; units <= 2; units++) {
            List<Atom> s = new ArrayList<>();
            List<Atom> b = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                s.add(atom(rnd, units, true, 60));
                b.add(atom(rnd, units, false, 60));
            }
            FixedPriceInstance inst = new FixedPriceInstance(units, new Distribution(s), new Distribution(b));
            WelfareEvaluator e = new WelfareEvaluator(inst);
            BruteForceWelfare brute = new BruteForceWelfare(inst);
            assertEquals(brute.opt(), e.opt());
            assertEquals(brute.supWelfare(), e.bestPrice().welfare());
            checkMechanism(inst, e, brute, brute.opt(), PriceList.prop41(), "mid-size k=" + units);
        }
    }

    private static Atom atom(Random rnd, int units, boolean seller, int n) {
        List<Rational> vs = new ArrayList<>();
        for (int q = 0; q < units; q++) {
            vs.add(Rational.of(rnd.nextInt(40), 8));
        }
        vs.sort(seller ? null : java.util.Comparator.reverseOrder());
        return new Atom(Rational.of(1, n), vs);
    }

    /** Not timed (benchmarks are separate): shows that 2 * 10^4 atoms per side is routine, which O(N^2) would not be. */
    @Test
    void largeInstanceRuns() {
        Random rnd = new Random(11);
        int n = 20_000;
        List<Atom> s = new ArrayList<>();
        List<Atom> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(Atom.single(Rational.of(rnd.nextInt(1_000_000), 1000), Rational.of(1, n)));
            b.add(Atom.single(Rational.of(rnd.nextInt(3_000_000), 1000), Rational.of(1, n)));
        }
        WelfareEvaluator e = new WelfareEvaluator(new FixedPriceInstance(1, new Distribution(s), new Distribution(b)));
        Rational opt = e.opt();
        WelfareEvaluator.BestPrice best = e.bestPrice();
        WelfareEvaluator.BestPrice m = e.mechanism(PriceList.prop41());
        assertTrue(m.welfare().compareTo(best.welfare()) <= 0);
        assertTrue(best.welfare().compareTo(opt) <= 0);
    }
}
