package tradebounds.family.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;

/** The pieces, against values computed by hand. */
class PiecesTest {
    private static Rational q(String s) {
        return Rational.parse(s);
    }

    /*
     * Geometric law on 0..3 (1/2, 1/4, 1/8, 1/8): iota_j = 1 * S_{j+1}/f_j = (1/2)/(1/2), (1/4)/(1/4), (1/8)/(1/8) = 1.
     * Equal revenue on 1, 2, 4, 8: iota = 1, 2, 4; psi = 0, 0, 0, 8 (regular and anti-MHR, not MHR).
     * Uniform on 1..4: iota = 3, 2, 1 (MHR, not anti-MHR); psi = -2, 0, 2, 4.
     */
    @Test
    void classTests() {
        ParetoInstance geo = ParetoInstance.of(1, 1, new String[] {"0", "1", "2", "3"},
                new String[] {"1/2", "1/4", "1/8", "1/8"});
        assertArrayEquals(new Rational[] {q("1"), q("1"), q("1")}, LawClass.iota(geo));
        assertTrue(LawClass.mhr(geo) && LawClass.antiMhr(geo) && LawClass.regular(geo));
        ParetoInstance er = ParetoInstance.of(1, 1, new String[] {"1", "2", "4", "8"},
                new String[] {"1/2", "1/4", "1/8", "1/8"});
        assertArrayEquals(new Rational[] {q("0"), q("0"), q("0"), q("8")}, LawClass.psi(er));
        assertTrue(LawClass.antiMhr(er) && LawClass.regular(er));
        assertFalse(LawClass.mhr(er));
        ParetoInstance un = ParetoInstance.of(1, 1, new String[] {"1", "2", "3", "4"},
                new String[] {"1/4", "1/4", "1/4", "1/4"});
        assertArrayEquals(new Rational[] {q("-2"), q("0"), q("2"), q("4")}, LawClass.psi(un));
        assertTrue(LawClass.mhr(un));
        assertFalse(LawClass.antiMhr(un));
        // lowest monopoly price of the equal-revenue law: v S = 1 at every value, the lowest is 1 (index 0)
        assertEquals(0, LawClass.lowestMonopoly(er));
    }

    /*
     * Two buyers, v in {1, 2} w.p. 1/2: second-price allocation x_2 = (1 - 1/4)/(2 * 1/2) = 3/4,
     * x_1 = (1 - 3/4)/(2 * 1/2) = 1/4; pooling both values: x = (1 - 0)/(2 * 1) = 1/2 each.
     * Two units among three buyers, v in {0, 1} w.p. 1/2: E[min(2, Bin(3, 1/2))] = 3/8 + 2 * 3/8 + 2 * 1/8 = 11/8.
     */
    @Test
    void allocationsAndBorderSides() {
        ParetoInstance in = ParetoInstance.of(2, 1, new String[] {"1", "2"}, new String[] {"1/2", "1/2"});
        assertArrayEquals(new Rational[] {q("1/4"), q("3/4")}, MechanismLp.pooledAllocation(in, 0, new int[] {0, 1}));
        assertArrayEquals(new Rational[] {q("1/2"), q("1/2")}, MechanismLp.pooledAllocation(in, 0, new int[] {0, 0}));
        assertEquals(q("11/8"), MechanismLp.expectedMin(3, 2, q("1/2")));
        assertEquals(q("7/8"), MechanismLp.expectedMin(3, 1, q("1/2")));
        // first best with values {0, 1}: E[number of 1s among the two best] = E[min(2, Bin(3, 1/2))] = 11/8
        assertEquals(q("11/8"), MechanismLp.firstBest(ParetoInstance.of(3, 2, new String[] {"0", "1"},
                new String[] {"1/2", "1/2"})));
    }

    /* The exact simplex alone reproduces the hand values of HandCheckedTest.twoBuyersTwoValues. */
    @Test
    void exactSimplexOnTheHandCase() {
        ParetoInstance in = ParetoInstance.of(2, 1, new String[] {"1", "2"}, new String[] {"1/2", "1/2"});
        Rational[] x = ExactSimplex.solve(MechanismLp.weighted(in, Reading.PRINTED, Rational.ONE, Rational.ZERO, null));
        assertEquals(q("3/2"), MechanismLp.revenue(in).evaluate(x));
        x = ExactSimplex.solve(MechanismLp.weighted(in, Reading.PRINTED, Rational.ZERO, Rational.ONE, null));
        assertEquals(q("3/2"), MechanismLp.surplus(in).evaluate(x));
        x = ExactSimplex.solve(MechanismLp.weighted(in, Reading.FORMULA2, Rational.ZERO, Rational.ONE, null));
        assertEquals(q("3/4"), MechanismLp.surplus(in).evaluate(x));
        x = ExactSimplex.solve(MechanismLp.weighted(in, Reading.PRINTED, Rational.ONE, Rational.ONE, null));
        assertEquals(q("7/4"), MechanismLp.revenue(in).evaluate(x).add(MechanismLp.surplus(in).evaluate(x)));
    }
}
