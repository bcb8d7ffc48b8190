package tradebounds.family.ksfair.preg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tradebounds.family.ksfair.preg.PregAuxiliaryAudit.Point;
import tradebounds.family.ksfair.preg.PregAuxiliaryAudit.Row;
import tradebounds.family.ksfair.preg.PregAuxiliaryAudit.Verdict;

/**
 * Item 5b: every auxiliary bound of P_REG against quadrature under the proof's sandwich curves. The hand point
 * q_m = 0.1, alpha = 0.8, q = 0.5, v0 = 0.3 is feasible (q_lo = 0.28, v0 &lt;= 0.55); there the tangent at q is
 * R(u) = 1.3 - u, which reaches 1 at u = 0.3, and every expectation below is integrated by hand.
 */
class PregAuxiliaryAuditTest {
    private static final Point HAND = new Point(0.1, 0.8, 0.5, 0.3);
    private static Map<String, Row> rows;

    @BeforeAll
    static void audit() {
        rows = PregAuxiliaryAudit.audit(PregAuxiliaryAudit.randomPoints(400, 2024)).stream()
                .collect(Collectors.toMap(Row::symbol, Function.identity()));
    }

    @Test
    void lawQuadratureReproducesTheUniformLaw() {
        // U[0,1]: R(u) = u(1-u), v(u) = 1-u; E[v] = 1/2, E[v 1{v < 1/2}] = 1/8, E[v 1{1/4 <= v < 1/2}] = 3/32
        RevenueCurveLaw uniform = RevenueCurveLaw.of(new double[] {0, 1}, List.of(u -> u * (1 - u)));
        assertEquals(0.5, uniform.truncatedMean(0, Double.POSITIVE_INFINITY), 1e-13);
        assertEquals(0.125, uniform.truncatedMean(0, 0.5), 1e-13);
        assertEquals(3.0 / 32, uniform.truncatedMean(0.25, 0.5), 1e-13);
        assertEquals(0.5, uniform.quantileOf(0.5), 1e-14);
    }

    @Test
    void q0IsWhereTheTangentReachesMonopolyRevenue() {
        // printed: 1 - (1 - 0.3)(1 - 0.5)/(0.8 - 0.3) = 0.3; tangent 1.3 - u = 1 at u = 0.3
        assertEquals(0.3, PregFormulas.dQ0(0.8, 0.5, 0.3), 1e-15);
        assertEquals(0.3, PregAuxiliaryAudit.tangentTop(HAND), 1e-14);
        assertEquals(Verdict.MATCHES, rows.get("q_0").verdict(), rows.get("q_0").line());
        assertTrue(rows.get("q_0").maxRelError() < 1e-12);
        // and against the definition q + (1 - alpha)/R'(q) on concrete concave curves
        assertTrue(PregAuxiliaryAudit.concreteLaws(100, 7).q0Error() < 1e-12);
    }

    @Test
    void hLowerIsTheAtomAtTheMonopolyReserveAndHUpperIsInfinite() {
        // R_1 = u/q_m: mass q_m at value 1/q_m, so H = 1; R_2 = 1: integral of 1/u over [eps, q_m] = ln(q_m/eps)
        assertEquals(1.0, PregAuxiliaryAudit.lowerLaw(HAND).truncatedMean(10, Double.POSITIVE_INFINITY), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY,
                PregAuxiliaryAudit.upperLaw(HAND).truncatedMean(10, Double.POSITIVE_INFINITY));
        for (double eps : new double[] {1e-6, 1e-12}) {
            assertEquals(Math.log(0.1 / eps), PregAuxiliaryAudit.upperLaw(HAND).quantileIntegral(eps, 0.1), 1e-10);
        }
        assertEquals(Verdict.MATCHES, rows.get("H_lo").verdict(), rows.get("H_lo").line());
        assertEquals(Verdict.MATCHES, rows.get("H_hi").verdict(), rows.get("H_hi").line());
    }

    @Test
    void mLowerIsTheChordBindingAtQmAndQNotThePrintedChord() {
        // chord through (0.1, 1), (0.5, 0.8): R = 1.05 - u/2, integral of R/u over [0.1, 0.5] = 1.05 ln 5 - 0.2
        double hand = 1.05 * Math.log(5) - 0.2;
        assertEquals(hand, PregAuxiliaryAudit.lowerLaw(HAND).truncatedMean(0.8 / 0.5, 10), 1e-12);
        assertEquals(hand, PregFormulas.dMLower(0.1, 0.8, 0.5), 1e-14);
        assertEquals(Verdict.MATCHES, rows.get("M_lo").verdict(), rows.get("M_lo").line());
        // as printed, R = (u - 0.1)/0.4 * 0.2 + 0.8 = 0.75 + u/2 (0.8 at q_m, 1 at q): 0.75 ln 5 + 0.2
        double printedCurve = 0.75 * Math.log(5) + 0.2;
        assertEquals(printedCurve, PregAuxiliaryAudit.printedLowerMCurveIntegral(HAND), 1e-12);
        assertTrue(Math.abs(printedCurve - hand) > 0.05); // 1.4071 vs 1.4899
    }

    @Test
    void mUpperIsFlatThenTheTangentNotThePrintedSlope() {
        // R_2 = 1 on [0.1, 0.3], 1.3 - u on [0.3, 0.5]: ln 3 + 1.3 ln(5/3) - 0.2
        double hand = Math.log(3) + 1.3 * Math.log(5.0 / 3) - 0.2;
        assertEquals(hand, PregAuxiliaryAudit.upperLaw(HAND).truncatedMean(0.8 / 0.5, 10), 1e-12);
        assertEquals(hand, PregFormulas.dMUpper(0.1, 0.8, 0.5, 0.3), 1e-14);
        assertEquals(Verdict.MATCHES, rows.get("M_hi").verdict(), rows.get("M_hi").line());
        // as printed, min{1, (u - 0.1)/0.2 * 0.2 + 0.8} = min{1, u + 0.7}: 0.7 ln 3 + 0.2 on [0.1, 0.3], ln(5/3) after
        double printedCurve = 0.7 * Math.log(3) + 0.2 + Math.log(5.0 / 3);
        assertEquals(printedCurve, PregAuxiliaryAudit.printedUpperMCurveIntegral(HAND), 1e-12);
        assertTrue(Math.abs(printedCurve - hand) > 0.05); // 1.4797 vs 1.5627
    }

    @Test
    void printedLLowerLacksMinusAlphaAndTheCorrectedFormMatches() {
        // R_1 = 1.6 (1 - u) on [0.5, 1]: integral of R/u = 1.6 (ln 2 - 1/2)
        double hand = 1.6 * (Math.log(2) - 0.5);
        assertEquals(hand, PregAuxiliaryAudit.lowerLaw(HAND).truncatedMean(0, 0.8 / 0.5), 1e-12);
        assertEquals(hand + 0.8, PregFormulas.dLLower(0.8, 0.5), 1e-14);
        assertEquals(hand, PregAuxiliaryAudit.correctedLLower(0.8, 0.5), 1e-14);
        Row r = rows.get("L_lo");
        assertEquals(Verdict.DOES_NOT_MATCH, r.verdict(), r.line());
        assertTrue(r.maxRelError() > 1, r.line());
        assertTrue(r.correctedError() < PregAuxiliaryAudit.AGREE, r.line());
        // on concrete regular laws the printed L_lo is above the true L every time: not a lower bound
        PregAuxiliaryAudit.ConcreteCheck c = PregAuxiliaryAudit.concreteLaws(100, 7);
        assertEquals(c.laws(), c.printedLLowerAbove());
    }

    @Test
    void lUpperIsTheTangentDownToV0() {
        // 1.3 - u on [0.5, 1]: 1.3 ln 2 - 0.5
        double hand = 1.3 * Math.log(2) - 0.5;
        assertEquals(hand, PregAuxiliaryAudit.upperLaw(HAND).truncatedMean(0, 0.8 / 0.5), 1e-12);
        assertEquals(hand, PregFormulas.dLUpper(0.8, 0.5, 0.3), 1e-14);
        assertEquals(Verdict.MATCHES, rows.get("L_hi").verdict(), rows.get("L_hi").line());
    }

    @Test
    void intendedBoundsSandwichConcreteRegularLawsAndThePrintedChordDoesNot() {
        PregAuxiliaryAudit.ConcreteCheck c = PregAuxiliaryAudit.concreteLaws(100, 11);
        assertTrue(c.worstM() >= -1e-12, c.toString());
        assertTrue(c.worstL() >= -1e-12, c.toString());
        // the printed lower chord for M ends at 1 > alpha = R(q): it lies above R there
        assertEquals(c.laws(), c.printedChordAbove());
    }

    @Test
    void summaryNamesTheOneMismatch() {
        String s = PregAuxiliaryAudit.summary(List.copyOf(rows.values()), 400);
        assertTrue(s.contains("L_lo does NOT match"), s);
        assertTrue(s.contains("alpha ln(1/q)/(1-q) - alpha"), s);
    }
}
