package tradebounds.family.ksfair.pmhr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tradebounds.family.ksfair.PaperExamples;
import tradebounds.family.ksfair.pmhr.PmhrFormulas.Variant;

class PmhrExplorerTest {
    @Test
    void atRmOneTheProgramValueIsOneAtAlphaHOverHPlusOne() {
        // r_m = 1: M = L = 0, objective min(alpha (1 + 1/H), 1), maximised at alpha = H/(H+1) with value 1
        double[] a = PmhrExplorer.programAt(Variant.PRINTED, 1, 1.5);
        assertEquals(0.6, a[0], 1e-9);
        assertEquals(1, a[1], 1e-9);
    }

    @Test
    void printedProgramNearItsMinimumIsAboveThePublishedConstant() {
        // Theorem 5.7 claims C >= 0.913; the grid estimate of the printed program's minimum sits at r_m ~ 2.6, H = 1
        double[] a = PmhrExplorer.programAt(Variant.PRINTED, 2.6, 1);
        assertTrue(a[1] >= 0.913 && a[1] < 0.915, "value " + a[1]);
    }

    @Test
    void correctedProgramAtExample53IsItsKsFairRatio() {
        // Example 5.3 (F = 1 - e^(-v/e), atom 1/e at e) has r_m = e and H = 1, and at r_m = e the sandwich collapses
        // (p_lo = p_hi, v0_max = 0, M_lo = corrected M_hi): the only feasible point is Example 5.3 itself, so the
        // corrected program's value there is that example's KS-fair ratio (94.347%, enclosed in PaperExamples)
        double ratio = PaperExamples.example53().value().mid();
        double[] corrected = PmhrExplorer.programAt(Variant.CORRECTED, Math.E, 1);
        assertEquals(ratio, corrected[1], 1e-6);
        // the printed M_hi overstates M there, so the printed program is strictly lower
        double[] printed = PmhrExplorer.programAt(Variant.PRINTED, Math.E, 1);
        assertTrue(printed[1] < ratio - 0.01, "printed " + printed[1]);
    }
}
