package tradebounds.family.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;

/** Small cases computed by hand (derivations in the comments); every value is exact. */
class HandCheckedTest {
    private static Rational q(String s) {
        return Rational.parse(s);
    }

    private static void point(Frontier.Point p, String pi, String u) {
        assertEquals(q(pi), p.pi(), "Pi");
        assertEquals(q(u), p.u(), "U");
    }

    /*
     * One buyer, v in {1, 3} with mass 1/2 each, one unit. Variables x1 <= x2 in [0, 1], u1, u2;
     * Pi = (x1 - u1)/2 + (3 x2 - u2)/2, U = (u1 + u2)/2, BIC 2 x1 <= u2 - u1 <= 2 x2.
     * Posted prices: 3 gives (Pi, U) = (3/2, 0); 1 gives (1, 1); a price below 1 (u1 = x1, allowed in the printed
     * class) gives (0, 2). Welfare <= E[v] = 2.
     * Printed class: Pi* = 3/2 (Pi <= (3/2) x2 - u1/2 ... via u2 >= u1 + 2 x1), U* = 2 (price 0), vertices
     * (3/2, 0), (1, 1), (0, 2); edge 1 has normal (1, 1/2): Pi + U/2 = x1/2 + 3 x2/2 - u1/4 - u2/4
     * <= 3 x2/2 - u1/2 <= 3/2, attained at both ends; edge 2 is welfare = 2.
     * KS: g = Pi/(3/2) - U/2 is 1, 1/6, -1 at the vertices, so KS is on edge 2 at t = (1/6)/(7/6) = 1/7:
     * (6/7, 8/7), welfare 2. Nash = cross-side Nash (n = 1): Pi U on edge 2 (Pi + U = 2) peaks at (1, 1), on edge 1
     * (Pi = 3/2 - s/2, U = s) the stationary s = 3/2 is outside [0, 1]: (1, 1), product 1, welfare 2.
     * Formula (2) (u1 = 0): price 0 is gone, U* = 1, frontier (3/2, 0)-(1, 1); KS: g = 1 - 4t/3 on it, t = 3/4:
     * (9/8, 3/4), welfare 15/8 = (15/16) OPT. Cross-side Nash: (3/2 - s/2) s increasing on [0, 1]: (1, 1).
     */
    @Test
    void oneBuyerTwoValues() {
        ParetoInstance in = ParetoInstance.of(1, 1, new String[] {"1", "3"}, new String[] {"1/2", "1/2"});
        assertEquals(q("2"), MechanismLp.firstBest(in));
        Frontier f = Frontier.trace(in, Reading.PRINTED, ExactLp.temporary("glop"));
        assertEquals(q("3/2"), f.piStar());
        assertEquals(q("2"), f.uStar());
        assertEquals(q("2"), f.welfareStar());
        List<Frontier.Point> p = f.points();
        assertEquals(3, p.size());
        point(p.get(0), "3/2", "0");
        point(p.get(1), "1", "1");
        point(p.get(2), "0", "2");
        Solutions.Located ks = Solutions.ks(f);
        assertEquals(q("6/7"), ks.pi());
        assertEquals(q("8/7"), ks.u());
        Solutions.Located nash = Solutions.nash(f);
        assertEquals(q("1"), nash.pi());
        assertEquals(q("1"), nash.u());
        assertEquals(q("1"), nash.objective());
        Solutions.Located cross = Solutions.crossNash(f);
        assertEquals(q("1"), cross.pi());
        assertEquals(q("1"), cross.u());

        Frontier g = Frontier.trace(in, Reading.FORMULA2, ExactLp.temporary("glop"));
        assertEquals(q("3/2"), g.piStar());
        assertEquals(q("1"), g.uStar());
        assertEquals(2, g.points().size());
        point(g.points().get(0), "3/2", "0");
        point(g.points().get(1), "1", "1");
        Solutions.Located ks2 = Solutions.ks(g);
        assertEquals(q("9/8"), ks2.pi());
        assertEquals(q("3/4"), ks2.u());
        assertEquals(q("15/16"), ks2.welfare().divide(MechanismLp.firstBest(in)));
        point2(Solutions.crossNash(g), "1", "1");
    }

    private static void point2(Solutions.Located s, String pi, String u) {
        assertEquals(q(pi), s.pi(), s.name() + " Pi");
        assertEquals(q(u), s.u(), s.name() + " U");
    }

    /*
     * Two buyers, v in {1, 2} with mass 1/2 each, one unit. Pi = x1 + 2 x2 - u1 - u2, U = u1 + u2 (n f_j = 1).
     * Border: upper set {2}: x2 <= 1 - (1/2)^2 = 3/4; all: x1 + x2 <= 1. BIC: x1 <= u2 - u1 <= x2.
     * OPT = E[max] = 1 + Pr[max = 2] = 7/4 (second-price allocation x = (1/4, 3/4)).
     * Formula (2), u1 = 0: Pi <= 2 x2 - (u2 - x1) - ... = at most 2 x2 <= 3/2 with u2 = x1, so Pi* = 3/2 and the
     * buyers' best at Pi* is x1 = 1/4: A = (3/2, 1/4) (second-price allocation, Myerson payments: the top type pays
     * 3/2 ex post when she beats a low type). U* = max u2 <= x2 <= 3/4, and then Pi = x1 + 3/4 <= 1: B = (1, 3/4).
     * Both have welfare 7/4 = OPT, so the frontier is the segment A-B. KS: U = Pi/2 on Pi + U = 7/4: (7/6, 7/12).
     * Cross-side Nash: Pi U on the segment peaks at Pi = 7/8 < 1, so at B = (1, 3/4). Nash: Pi U^2 with
     * Pi = 7/4 - U peaks at U = 7/6 > 3/4, so also B; Pi (U/2)^2 = 9/64.
     * Printed class, u1 in [0, x1]: Pi* = 3/2 (Pi <= 2 x2 - 2 u1), A as before. U <= 2 x1 + x2 with x1 <= x2,
     * x1 + x2 <= 1: U* = 3/2 at x = (1/2, 1/2) (random allocation at price 0), B = (0, 3/2). The second-price
     * allocation with the largest rents u1 = 1/4, u2 = 5/4 gives C = (1/2, 5/4). Edge A-C is welfare = 7/4;
     * edge C-B has normal (1, 2): Pi + 2U = WEL + U <= 3 x1 + 3 x2 <= 3, met by C and B.
     * KS: Pi* = U* so Pi = U = 7/8 on A-C. Cross-side Nash: also (7/8, 7/8) (Pi U = 49/64; on C-B,
     * (1 - t)(5 + t)/8 decreases). Nash: Pi U^2 on A-C peaks at U = 7/6 in [1/4, 5/4]: (7/12, 7/6), objective
     * Pi (U/2)^2 = 343/1728; on C-B it decreases from C (25/32 < 343/432 for Pi U^2).
     */
    @Test
    void twoBuyersTwoValues() {
        ParetoInstance in = ParetoInstance.of(2, 1, new String[] {"1", "2"}, new String[] {"1/2", "1/2"});
        assertEquals(q("7/4"), MechanismLp.firstBest(in));
        Frontier g = Frontier.trace(in, Reading.FORMULA2, ExactLp.temporary("glop"));
        assertEquals(q("3/2"), g.piStar());
        assertEquals(q("3/4"), g.uStar());
        assertEquals(q("7/4"), g.welfareStar());
        assertEquals(2, g.points().size());
        point(g.points().get(0), "3/2", "1/4");
        point(g.points().get(1), "1", "3/4");
        point2(Solutions.ks(g), "7/6", "7/12");
        point2(Solutions.crossNash(g), "1", "3/4");
        Solutions.Located nash = Solutions.nash(g);
        point2(nash, "1", "3/4");
        assertEquals(q("9/64"), nash.objective());

        Frontier f = Frontier.trace(in, Reading.PRINTED, ExactLp.temporary("glop"));
        assertEquals(q("3/2"), f.piStar());
        assertEquals(q("3/2"), f.uStar());
        assertEquals(3, f.points().size());
        point(f.points().get(0), "3/2", "1/4");
        point(f.points().get(1), "1/2", "5/4");
        point(f.points().get(2), "0", "3/2");
        point2(Solutions.ks(f), "7/8", "7/8");
        point2(Solutions.crossNash(f), "7/8", "7/8");
        Solutions.Located n2 = Solutions.nash(f);
        point2(n2, "7/12", "7/6");
        assertEquals(q("343/1728"), n2.objective());
    }

    private static ParetoInstance law(ContinuousLaw.Kind k, String a, String b, String top, int atoms,
                                      ContinuousLaw.Rounding r, int n) {
        return ContinuousLaw.discretise(new ContinuousLaw.Spec(k, a == null ? null : q(a), b == null ? null : q(b),
                top == null ? null : q(top), atoms, r, 10000), n, 1);
    }

    private static void atoms(ParetoInstance in, String... valueMass) {
        assertEquals(valueMass.length / 2, in.types(), in.toString());
        for (int j = 0; j < in.types(); j++) {
            assertEquals(q(valueMass[2 * j]), in.v(j), "value " + j);
            assertEquals(q(valueMass[2 * j + 1]), in.f(j), "mass " + j);
        }
    }

    /*
     * The continuous laws discretised by hand (ContinuousLaw), with the continuous Pi* and OPT for one buyer to show
     * the documented direction (down: discrete <= continuous; up: discrete >= continuous).
     * U[0,1], up, 2 atoms: cells (0, 1/2], (1/2, 1] -> {1/2: 1/2, 1: 1/2}. One buyer: Pi* = max(1/2 * 1, 1 * 1/2) = 1/2
     *   >= 1/4 (continuous, price 1/2); OPT = E[v] = 3/4 >= 1/2; U* (printed) = OPT = 3/4.
     *   Two buyers: the law of twoBuyersTwoValues scaled by 1/2, so OPT = 7/8 >= 2/3 (E[max of two U[0,1]]) and
     *   Pi* = 3/4 >= 5/12 (Myerson, reserve 1/2).
     * U[0,1], down, 3 atoms: grid 0, 1/2, 1; Pr[X < 1/2] = 1/2 at 0, Pr[X < 1] = 1 at 1/2, nothing left for 1
     *   -> {0: 1/2, 1/2: 1/2}; one buyer: Pi* = 1/4 <= 1/4, OPT = 1/4 <= 1/2.
     * Exp(1), top 1, down, 2 atoms: Pr[X < 1] = 1 - 1/e = 0.63212... rounded UP to 0.6322 at 0, the tail 0.3678 at 1;
     *   one buyer: Pi* = 0.3678 <= 1/e = 0.36787... (continuous, price 1), OPT = 0.3678 <= 1.
     * Equal revenue F = 1 - 1/v, top 2, down, 2 atoms: Pr[X < 2] = 1/2 at 1, 1/2 at 2; one buyer Pi* = 1 (every
     *   price in [1, 2] earns 1, as for the continuous law), OPT = 3/2.
     * Triangular F = 1 - 1/(v+1), top 1, down, 2 atoms: Pr[X < 1] = 1/2 at 0, 1/2 at 1; Pi* = 1/2 <= 1 (the
     *   continuous revenue p/(p+1) tends to 1), OPT = 1/2.
     * Example 4.2, n = 16: K^2 = ln(16)/4 = ln 2, so the atom at K has mass e^{-K^2} = 1/2 = 16^{-1/4}. Down, 2 atoms:
     *   K rounded down to 0.832554 (K = 0.8325546...), Pr[X < 0.832554] = 0.4999995 rounded up to 1/2:
     *   {0: 1/2, 0.832554: 1/2}. Up, 1 atom: everything on K rounded up, 0.832555.
     */
    @Test
    void continuousLawsDiscretisedByHand() {
        ContinuousLaw.Rounding down = ContinuousLaw.Rounding.DOWN;
        ContinuousLaw.Rounding up = ContinuousLaw.Rounding.UP;
        ParetoInstance u = law(ContinuousLaw.Kind.UNIFORM, "0", "1", null, 2, up, 1);
        atoms(u, "1/2", "1/2", "1", "1/2");
        Frontier f = Frontier.trace(u, Reading.PRINTED, ExactLp.temporary("glop"));
        assertEquals(q("1/2"), f.piStar());
        assertEquals(q("3/4"), f.uStar());
        assertEquals(q("3/4"), MechanismLp.firstBest(u));
        ParetoInstance u2 = u.with(2, 1);
        assertEquals(q("7/8"), MechanismLp.firstBest(u2));
        assertEquals(q("3/4"), Frontier.trace(u2, Reading.PRINTED, ExactLp.temporary("glop")).piStar());

        ParetoInstance ud = law(ContinuousLaw.Kind.UNIFORM, "0", "1", null, 3, down, 1);
        atoms(ud, "0", "1/2", "1/2", "1/2");
        assertEquals(q("1/4"), Frontier.trace(ud, Reading.PRINTED, ExactLp.temporary("glop")).piStar());
        assertEquals(q("1/4"), MechanismLp.firstBest(ud));

        ParetoInstance e = law(ContinuousLaw.Kind.EXPONENTIAL, "1", null, "1", 2, down, 1);
        atoms(e, "0", "0.6322", "1", "0.3678");
        Rational pe = Frontier.trace(e, Reading.PRINTED, ExactLp.temporary("glop")).piStar();
        assertEquals(q("0.3678"), pe);
        assertTrue(pe.toDouble() <= 1 / Math.E);

        ParetoInstance er = law(ContinuousLaw.Kind.EQUAL_REVENUE, null, null, "2", 2, down, 1);
        atoms(er, "1", "1/2", "2", "1/2");
        assertEquals(q("1"), Frontier.trace(er, Reading.PRINTED, ExactLp.temporary("glop")).piStar());
        assertEquals(q("3/2"), MechanismLp.firstBest(er));

        atoms(law(ContinuousLaw.Kind.TRIANGULAR, null, null, "1", 2, down, 1), "0", "1/2", "1", "1/2");

        atoms(law(ContinuousLaw.Kind.EXAMPLE42, null, null, null, 2, down, 16), "0", "1/2", "0.832554", "1/2");
        atoms(law(ContinuousLaw.Kind.EXAMPLE42, null, null, null, 1, up, 16), "0.832555", "1");
    }

    @Test
    void anUnboundedLawCannotBeRoundedUp() {
        IllegalArgumentException x = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> law(ContinuousLaw.Kind.EXPONENTIAL, "1", null, "4", 5, ContinuousLaw.Rounding.UP, 1));
        assertTrue(x.getMessage().contains("bounded"), x.getMessage());
    }

    /*
     * Thm E.1's posted-price ratio, one buyer, v in {1, 3} w.p. 1/2 (frontier (3/2, 0), (1, 1), (0, 2) above).
     * A posted price p in (1, 3] sells w.p. 1/2: (Pi, U) = (p/2, (3 - p)/2); p in [0, 1] always sells: (p, 2 - p).
     * For U in [0, 1]: p(U) = 3 - 2U, Pi_pp(U) = max(1 (price 1), 3/2 - U), and Pi*(U) = 3/2 - U/2; the ratio is
     * (3/2 - U)/(3/2 - U/2) on [0, 1/2] (decreasing) and 1/(3/2 - U/2) on [1/2, 1] (increasing): inf 1/(5/4) = 4/5
     * at U = 1/2. For U in [1, 2] both are 2 - U: ratio 1. The law passes the E.1 class test (one atom with
     * S < 1), so the discrete analogue already fails 0.8246: 4/5 < 0.8246.
     * Thm D.1, zero-value seller, buyer {0, 9/5} w.p. 6/11, 5/11: every price in (0, 9/5] sells w.p. 5/11, so the
     * frontier is the segment Pi + U = 9/11 from (9/11, 0) to (0, 9/11); Pi* = U* = 9/11, the Nash point (9/22, 9/22)
     * has welfare 9/11 = (1/2)(Pi* + U*).
     */
    @Test
    void oneBuyerAppendixRatios() {
        ParetoInstance in = ParetoInstance.of(1, 1, new String[] {"1", "3"}, new String[] {"1/2", "1/2"});
        assertTrue(OneBuyerChecks.quasiRegular(in));
        Frontier f = Frontier.trace(in, Reading.PRINTED, ExactLp.temporary("glop"));
        assertEquals(q("1"), OneBuyerChecks.postedPrice(in, q("1/2")));
        assertEquals(q("3/2"), OneBuyerChecks.postedPrice(in, q("0")));
        assertEquals(q("1/2"), OneBuyerChecks.postedPrice(in, q("3/2")));
        assertEquals(q("5/4"), OneBuyerChecks.frontierAt(f, q("1/2")));
        OneBuyerChecks.Ratio r = OneBuyerChecks.postedPriceRatio(in, f);
        assertEquals(q("4/5"), r.value());
        assertEquals(q("1/2"), r.at());

        ParetoInstance d = ParetoInstance.of(1, 1, new String[] {"0", "9/5"}, new String[] {"6/11", "5/11"});
        Frontier g = Frontier.trace(d, Reading.PRINTED, ExactLp.temporary("glop"));
        assertEquals(q("9/11"), g.piStar());
        assertEquals(q("9/11"), g.uStar());
        Solutions.Located nash = Solutions.nash(g);
        assertEquals(q("9/11"), nash.welfare());
        assertEquals(q("9/22"), nash.pi());
    }

    /*
     * The rounding direction of Pi* against continuous optima computed by hand (Myerson):
     * U[0,1], two buyers: reserve 1/2, Pi* = 2 int_{1/2}^1 (2v - 1) v dv = 5/12.
     * Exp(1), two buyers: psi(v) = v - 1, Pi* = 2 int_1^inf (v - 1)(1 - e^{-v}) e^{-v} dv = 2/e - 1/(2 e^2) = 0.66809...
     * Rounding down must not exceed these, rounding up must not fall below (exponential: down only, truncated at 4).
     */
    @Test
    void roundingDirectionOfPiStar() {
        ContinuousLaw.Rounding down = ContinuousLaw.Rounding.DOWN;
        ContinuousLaw.Rounding up = ContinuousLaw.Rounding.UP;
        Rational uniform = q("5/12");
        for (int atoms : new int[] {3, 6}) {
            ParetoInstance d = law(ContinuousLaw.Kind.UNIFORM, "0", "1", null, atoms, down, 2);
            ParetoInstance u = law(ContinuousLaw.Kind.UNIFORM, "0", "1", null, atoms, up, 2);
            assertTrue(Frontier.trace(d, Reading.PRINTED, ExactLp.temporary("glop")).piStar().compareTo(uniform) <= 0);
            assertTrue(Frontier.trace(u, Reading.PRINTED, ExactLp.temporary("glop")).piStar().compareTo(uniform) >= 0);
            assertTrue(MechanismLp.firstBest(d).compareTo(q("2/3")) <= 0);
            assertTrue(MechanismLp.firstBest(u).compareTo(q("2/3")) >= 0);
        }
        double exp = 2 / Math.E - 1 / (2 * Math.E * Math.E);
        ParetoInstance e = law(ContinuousLaw.Kind.EXPONENTIAL, "1", null, "4", 9, down, 2);
        double pe = Frontier.trace(e, Reading.PRINTED, ExactLp.temporary("glop")).piStar().toDouble();
        assertTrue(pe <= exp && pe > exp - 0.01, pe + " vs " + exp);
    }
}
