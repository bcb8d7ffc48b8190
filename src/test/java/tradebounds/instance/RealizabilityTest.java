package tradebounds.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tradebounds.check.WelfareEvaluator;
import tradebounds.instance.Realizability.Direction;
import tradebounds.instance.Realizability.NotRealizable;
import tradebounds.instance.Realizability.Obstacle;
import tradebounds.instance.Realizability.Realized;
import tradebounds.model.Rational;

/** Constructed accept and reject cases with hand-derived couplings; marginals read back through the evaluator. */
class RealizabilityTest {
    private static Rational r(long a, long b) {
        return Rational.of(a, b);
    }

    /** A law from alternating value, mass pairs. */
    private static Marginal law(Rational... valueMass) {
        List<Rational> v = new ArrayList<>();
        List<Rational> m = new ArrayList<>();
        for (int i = 0; i < valueMass.length; i += 2) {
            v.add(valueMass[i]);
            m.add(valueMass[i + 1]);
        }
        return new Marginal(v, m);
    }

    private static TreeMap<Rational, Rational> merged(Marginal m) {
        TreeMap<Rational, Rational> t = new TreeMap<>();
        for (int i = 0; i < m.size(); i++) {
            if (!m.masses().get(i).isZero()) {
                t.merge(m.values().get(i), m.masses().get(i), Rational::add);
            }
        }
        return t;
    }

    private static void assertMarginalsEqual(List<Marginal> laws, Distribution d) {
        for (int q = 0; q < laws.size(); q++) {
            assertEquals(merged(laws.get(q)), merged(WelfareEvaluator.marginal(d, q)), "unit " + (q + 1));
        }
    }

    @Test
    void sellerCouplingByHand() {
        // L1 = {0: 1/2, 2: 1/2}, L2 = {1: 1/3, 2: 1/3, 3: 1/3}. F1 = 1/2, 1/2, 1, 1 and F2 = 0, 1/3, 2/3, 1 at
        // x = 0, 1, 2, 3, so F1 >= F2. Cuts 1/3, 1/2, 2/3, 1 give the quantile pairs
        // (0,1) on (0,1/3], (0,2) on (1/3,1/2], (2,2) on (1/2,2/3], (2,3) on (2/3,1].
        List<Marginal> laws = List.of(law(Rational.ZERO, r(1, 2), Rational.of(2), r(1, 2)),
                law(Rational.ONE, r(1, 3), Rational.of(2), r(1, 3), Rational.of(3), r(1, 3)));
        Realized out = assertInstanceOf(Realized.class, Realizability.decide(laws, Direction.NONDECREASING));
        List<Atom> expected = List.of(new Atom(r(1, 3), List.of(Rational.ZERO, Rational.ONE)),
                new Atom(r(1, 6), List.of(Rational.ZERO, Rational.of(2))),
                new Atom(r(1, 6), List.of(Rational.of(2), Rational.of(2))),
                new Atom(r(1, 3), List.of(Rational.of(2), Rational.of(3))));
        assertEquals(expected, out.distribution().atoms());
        assertMarginalsEqual(laws, out.distribution());
    }

    @Test
    void buyerCouplingByHand() {
        // v^(1) = 2; v^(2) in {1, 2} evenly; v^(3) in {0, 1} evenly: F1 <= F2 <= F3 everywhere.
        // Cuts 1/2, 1: (2, 1, 0) on (0, 1/2] and (2, 2, 1) on (1/2, 1].
        List<Marginal> laws = List.of(law(Rational.of(2), Rational.ONE),
                law(Rational.ONE, r(1, 2), Rational.of(2), r(1, 2)),
                law(Rational.ZERO, r(1, 2), Rational.ONE, r(1, 2)));
        Realized out = assertInstanceOf(Realized.class, Realizability.decide(laws, Direction.NONINCREASING));
        assertEquals(List.of(new Atom(r(1, 2), List.of(Rational.of(2), Rational.ONE, Rational.ZERO)),
                new Atom(r(1, 2), List.of(Rational.of(2), Rational.of(2), Rational.ONE))), out.distribution().atoms());
        // the same laws are not a seller's: F1(1) = 0 < F2(1) = 1/2
        NotRealizable no = assertInstanceOf(NotRealizable.class, Realizability.decide(laws, Direction.NONDECREASING));
        assertEquals(Obstacle.DOMINANCE, no.obstacle());
        assertEquals(1, no.unit());
        assertEquals(Rational.ONE, no.where());
    }

    @Test
    void crossingCdfsAreRejected() {
        // L1 = {0: 1/3, 2: 2/3}, L2 = {1: 1/2, 3: 1/2}: means 4/3 < 2, yet P(L1 <= 1) = 1/3 < P(L2 <= 1) = 1/2,
        // so no coupling has W1 <= W2 (it would need P(W1 <= 1) >= 1/2).
        List<Marginal> laws = List.of(law(Rational.ZERO, r(1, 3), Rational.of(2), r(2, 3)),
                law(Rational.ONE, r(1, 2), Rational.of(3), r(1, 2)));
        NotRealizable no = assertInstanceOf(NotRealizable.class, Realizability.decide(laws, Direction.NONDECREASING));
        assertEquals(Obstacle.DOMINANCE, no.obstacle());
        assertEquals(Rational.ONE, no.where());
        // nor are they a buyer's: that needs F1 <= F2, which fails already at x = 0
        NotRealizable buyer = assertInstanceOf(NotRealizable.class,
                Realizability.decide(laws, Direction.NONINCREASING));
        assertEquals(Rational.ZERO, buyer.where()); // F1(0) = 1/3 > F2(0) = 0
    }

    @Test
    void malformedLawsAreNotRealizable() {
        Marginal ok = law(Rational.ONE, Rational.ONE);
        assertEquals(Obstacle.MASS_NOT_ONE, ((NotRealizable) Realizability.decide(
                List.of(ok, law(Rational.ONE, r(3, 4))), Direction.NONDECREASING)).obstacle());
        assertEquals(Obstacle.NEGATIVE_MASS, ((NotRealizable) Realizability.decide(
                List.of(law(Rational.ZERO, r(-1, 2), Rational.ONE, r(3, 2))), Direction.NONDECREASING)).obstacle());
        assertEquals(Obstacle.NEGATIVE_VALUE, ((NotRealizable) Realizability.decide(
                List.of(law(Rational.of(-1), Rational.ONE)), Direction.NONINCREASING)).obstacle());
        // zero masses and repeated values are harmless
        Realized z = assertInstanceOf(Realized.class, Realizability.decide(List.of(
                law(Rational.ONE, r(1, 2), Rational.ONE, r(1, 2), Rational.of(7), Rational.ZERO)),
                Direction.NONDECREASING));
        assertEquals(List.of(new Atom(Rational.ONE, List.of(Rational.ONE))), z.distribution().atoms());
    }

    @Test
    void marginalsOfRandomMonotoneVectorsAreRealizedAndReproduced() {
        // Laws taken from random distributions over nondecreasing vectors are realizable by definition; the
        // realization must reproduce them. Reversing the coordinates gives a buyer's laws.
        SplittableRandom rnd = new SplittableRandom(7);
        for (int round = 0; round < 60; round++) {
            int k = 1 + rnd.nextInt(4);
            int atoms = 1 + rnd.nextInt(5);
            List<Atom> source = new ArrayList<>();
            long[] weights = new long[atoms];
            long total = 0;
            for (int a = 0; a < atoms; a++) {
                weights[a] = 1 + rnd.nextInt(9);
                total += weights[a];
            }
            for (int a = 0; a < atoms; a++) {
                List<Rational> v = new ArrayList<>();
                long x = rnd.nextInt(4);
                for (int q = 0; q < k; q++) {
                    x += rnd.nextInt(3);
                    v.add(Rational.of(x, 2));
                }
                source.add(new Atom(Rational.of(weights[a], total), v));
            }
            Distribution d = new Distribution(source);
            List<Marginal> seller = new ArrayList<>();
            List<Marginal> buyer = new ArrayList<>();
            for (int q = 0; q < k; q++) {
                seller.add(WelfareEvaluator.marginal(d, q));
                buyer.add(0, WelfareEvaluator.marginal(d, q));
            }
            Realizability.InstanceOutcome out = Realizability.decide(seller, buyer);
            FixedPriceInstance inst = out.instance(k).orElseThrow(() -> new AssertionError(out));
            assertMarginalsEqual(seller, inst.seller());
            assertMarginalsEqual(buyer, inst.buyer());
            assertTrue(inst.seller().atoms().size() <= seller.stream().mapToInt(Marginal::size).sum());
        }
    }
}
