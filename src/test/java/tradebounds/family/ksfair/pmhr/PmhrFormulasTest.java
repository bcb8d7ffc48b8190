package tradebounds.family.ksfair.pmhr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tradebounds.family.ksfair.pmhr.PmhrAuxiliaryAudit.Point;

class PmhrFormulasTest {
    @Test
    void lambertW0AtKnownPoints() {
        assertEquals(-1, PmhrFormulas.lambertW0(-1 / Math.E), 1e-7);
        // (-ln 2) e^(-ln 2) = -ln(2)/2 and -ln 2 > -1: the principal branch
        assertEquals(-Math.log(2), PmhrFormulas.lambertW0(-Math.log(2) / 2), 1e-14);
        assertEquals(1, PmhrFormulas.lambertW0(Math.E), 1e-14);
        assertEquals(0, PmhrFormulas.lambertW0(0), 0);
    }

    @Test
    void pRangeEndsAtHandCheckedPoints() {
        // r_m = e: ln r_m = 1, so the chord p/e and the tangent 1 + p/e - 1 coincide and the range is one point
        double a = 0.7;
        assertEquals(PmhrFormulas.pTangentBound(Math.E, a), PmhrFormulas.pUpper(Math.E, a), 1e-12);
        // that point solves ln(p/a) = p/e
        double p = PmhrFormulas.pUpper(Math.E, a);
        assertEquals(Math.log(p / a), p / Math.E, 1e-12);
        // r_m = 1.2, alpha = 0.5: 1 - ln 1.2 - 0.5/1.2 = 0.4010 > 0, so the tangent bound is below alpha and
        // max{., alpha} = alpha is needed
        assertTrue(PmhrFormulas.pTangentBound(1.2, 0.5) < 0.5);
        assertEquals(0.5, PmhrFormulas.pLower(1.2, 0.5), 0);
        // r_m -> 1: the upper end tends to alpha
        assertEquals(0.6, PmhrFormulas.pUpper(1 + 1e-9, 0.6), 1e-8);
    }

    @Test
    void gammaIsMinOfAlphaAndTruncatedShare() {
        Random rnd = new Random(1);
        for (int i = 0; i < 1000; i++) {
            double h = 1 + rnd.nextDouble();
            double m = 3 * rnd.nextDouble();
            double l = 2 * rnd.nextDouble();
            double a = rnd.nextDouble();
            double s = h + m + l;
            assertEquals(Math.min(a, (h + m) / (s + 1)), PmhrFormulas.gamma(h, m, l, a), 1e-12);
            assertEquals(Math.min(a * (s + 1) / s, (h + m) / s), PmhrFormulas.objective(h, m, l, a), 1e-12);
        }
    }

    /** Lemma F.1 and the analogue for M and H, at random points. */
    @Test
    void objectiveDecreasesInLButIsNotMonotoneInMOrH() {
        Random rnd = new Random(2);
        for (int i = 0; i < 2000; i++) {
            double h = 1 + rnd.nextDouble();
            double m = 3 * rnd.nextDouble();
            double l = 2 * rnd.nextDouble();
            double a = rnd.nextDouble();
            double dl = 0.5 * rnd.nextDouble();
            assertTrue(PmhrFormulas.objective(h, m, l + dl, a) <= PmhrFormulas.objective(h, m, l, a) + 1e-15);
            // H and M enter only through H + M
            double dm = rnd.nextDouble() - 0.5;
            assertEquals(PmhrFormulas.objective(h + dm, m - dm, l, a), PmhrFormulas.objective(h, m, l, a), 1e-12);
        }
        // branch (H+M)/S increases in M: H=1, L=1, alpha=0.9: M=0 gives 1/2, M=1 gives 2/3
        assertEquals(0.5, PmhrFormulas.objective(1, 0, 1, 0.9), 1e-12);
        assertEquals(2.0 / 3, PmhrFormulas.objective(1, 1, 1, 0.9), 1e-12);
        // branch alpha(S+1)/S decreases in M: H=1, L=0, alpha=0.5: M=0 gives 1, M=1 gives 0.75
        assertEquals(1, PmhrFormulas.objective(1, 0, 0, 0.5), 1e-12);
        assertEquals(0.75, PmhrFormulas.objective(1, 1, 0, 0.5), 1e-12);
        // the same holds for H (only H + M matters), so H = 1 is not without loss of generality
        assertEquals(0.75, PmhrFormulas.objective(2, 0, 0, 0.5), 1e-12);
    }

    @Test
    void rangesAreOrderedOnTheFeasibleSet() {
        Random rnd = new Random(3);
        for (int i = 0; i < 2000; i++) {
            Point x = PmhrAuxiliaryAudit.randomPoint(rnd, 1.02, 0.2, 0.98);
            double lLo = PmhrFormulas.lLower(x.alpha(), x.p());
            double lHi = PmhrFormulas.lUpper(x.alpha(), x.p(), x.v0());
            assertTrue(lLo >= -1e-12 && lLo <= lHi + 1e-12, x.toString());
            // L_hi - L_lo = v0 (1 - (1 - alpha/p)/ln(p/alpha)), derived by hand
            assertEquals(x.v0() * (1 - (1 - x.alpha() / x.p()) / x.a()), lHi - lLo, 1e-10);
            double mLo = PmhrFormulas.mLower(x.rm(), x.alpha(), x.p());
            double mHiC = PmhrFormulas.mUpperCorrected(x.rm(), x.alpha(), x.p(), x.v0());
            double mHi = PmhrFormulas.mUpper(x.rm(), x.alpha(), x.p(), x.v0());
            assertTrue(mLo >= -1e-12 && mLo <= mHiC + 1e-9 && mHiC <= mHi + 1e-9, x.toString());
            double v1 = PmhrFormulas.v1(x.rm(), x.alpha(), x.p(), x.v0());
            assertTrue(v1 >= x.p() - 1e-9 && v1 <= x.rm() + 1e-9, x.toString());
        }
    }

    @Test
    void atVZeroTheTangentCurveIsTheChordSoLRangeCollapses() {
        assertEquals(PmhrFormulas.lLower(0.7, 1.3), PmhrFormulas.lUpper(0.7, 1.3, 0), 1e-14);
    }

    @Test
    void printedMHiOverstatesByTheFactorPOverAlphaToTheDPlusOne() {
        Random rnd = new Random(4);
        for (int i = 0; i < 500; i++) {
            Point x = PmhrAuxiliaryAudit.randomPoint(rnd, 1.05, 0.3, 0.97);
            double v1 = PmhrFormulas.v1(x.rm(), x.alpha(), x.p(), x.v0());
            double tail = Math.exp(1 - v1 / x.rm()) - 2 + x.alpha();
            double printed = PmhrFormulas.mUpper(x.rm(), x.alpha(), x.p(), x.v0()) - tail;
            double corrected = PmhrFormulas.mUpperCorrected(x.rm(), x.alpha(), x.p(), x.v0()) - tail;
            double d = (v1 - x.p()) / (x.p() - x.v0());
            if (corrected > 1e-6) {
                assertEquals(Math.pow(x.p() / x.alpha(), d + 1), printed / corrected, 1e-6 * printed / corrected);
            }
        }
    }
}
