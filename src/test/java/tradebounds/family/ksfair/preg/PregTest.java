package tradebounds.family.ksfair.preg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tradebounds.engine.interval.Interval;

class PregTest {
    @Test
    void gammaIsMinOfAlphaAndTruncatedShare() {
        // H=1, M=2, L=0.5, alpha=0.8: S = 3.5, (H+M)/(S+1) = 3/4.5 = 2/3 < 0.8, objective = (H+M)/S = 6/7
        assertEquals(2.0 / 3, PregFormulas.dGamma(1, 2, 0.5, 0.8), 1e-12);
        assertEquals(6.0 / 7, PregFormulas.dObjective(1, 2, 0.5, 0.8), 1e-12);
        // M=10, L=0: (H+M)/(S+1) = 11/12 > 0.8, objective = 0.8 (1 + 1/11)
        assertEquals(0.8 * 12 / 11, PregFormulas.dObjective(1, 10, 0, 0.8), 1e-12);
    }

    @Test
    void printedLowerBoundOfLExceedsItsUpperBound() {
        // q=1/2, alpha=0.8, v0=0.3: L_lo = 0.8/0.5 ln 2 = 1.6 ln 2, L_hi = ln 2 (0.3 + 1) - 0.5
        assertEquals(1.6 * Math.log(2), PregFormulas.dLLower(0.8, 0.5), 1e-12);
        assertEquals(1.3 * Math.log(2) - 0.5, PregFormulas.dLUpper(0.8, 0.5, 0.3), 1e-12);
        assertTrue(PregFormulas.dLLower(0.8, 0.5) > PregFormulas.dLUpper(0.8, 0.5, 0.3));
    }

    @Test
    void degenerateCornerOfCell3IsBelowTarget() {
        // q_m=0.018, alpha=0.76, q = q_lo = 0.25368, v0=0 (hand): M = ln(q/q_m)/(1-q_m) - 0.24 = 2.4542,
        // L_hi = 0.76 ln(1/q)/(1-q) - 0.76 = 0.6369, value = (1+M)/(1+M+L) = 3.4542/4.0911 = 0.8443
        assertEquals(0.8443, PregFormulas.dInner(0.018, 0.76, 0.25368, 0), 1e-4);
    }

    @Test
    void rewrittenBoxBoundEnclosesThePrintedProgram() {
        PregCell cell = new PregCell("0.05", "0.3", "0.7");
        double[][] pts = {{0.1, 0.3, 0.4}, {0.2, 0.9, 0.95}, {0.06, 0.01, 0.0}, {0.25, 0.5, 1.0}};
        for (double[] p : pts) {
            double qm = p[0];
            double qLo = qm + 0.3 * (1 - qm);
            double q = qLo + p[1] * (1 - qLo);
            double v0 = p[2] * (1 - 0.3 * (1 - qm) / (q - qm));
            double printed = PregFormulas.dInner(qm, 0.7, q, v0);
            Interval tiny = new Interval(BigDecimal.valueOf(p[1]), BigDecimal.valueOf(p[1]));
            double bound = cell.lowerBound(Interval.point(BigDecimal.valueOf(qm)), tiny,
                    Interval.point(BigDecimal.valueOf(p[2]))).orElseThrow().doubleValue();
            assertEquals(printed, bound, 1e-9);
        }
    }

    @Test
    void tinyCellIsProvedAgainstALowTargetAndRefutedAgainstTheHandCorner() {
        // min(alpha (S+1)/S, (1+M)/S) > 1/2 needs only L < 1 + M; true on [0.3, 0.31] at alpha = 0.66
        PregCell cell = new PregCell("0.3", "0.31", "0.66");
        var proved = PregBranchAndBound.run(cell, new BigDecimal("0.5"), 1000, 10_000);
        assertEquals(PregBranchAndBound.Decision.PROVED, proved.outcome());
        var refuted = PregBranchAndBound.run(new PregCell("0.017", "0.018", "0.76"), PregAudit.TARGET, 1000, 10_000);
        assertEquals(PregBranchAndBound.Decision.REFUTED, refuted.outcome());
        Interval v = refuted.point().orElseThrow().value();
        assertTrue(v.hi().compareTo(PregAudit.TARGET) < 0);
        assertTrue(v.lo().doubleValue() > 0.8443 - 1e-3, "cell minimum is the hand corner value 0.8443");
    }
}
