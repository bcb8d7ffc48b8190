package tradebounds.family.ksfair.pmhr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tradebounds.family.ksfair.pmhr.PmhrAuxiliaryAudit.Point;
import tradebounds.family.ksfair.pmhr.PmhrCoverProgram.Evaluator;
import tradebounds.family.ksfair.pmhr.PmhrFormulas.Variant;

/** The LET program is the paper's program: its double evaluation agrees with the printed formulas at points. */
class PmhrCoverProgramTest {
    private static final Set<String> OPS = Set.of("add", "sub", "mul", "div", "neg", "pos", "min", "max", "log",
            "log1p", "exp", "exprel", "logrel", "share");

    private static double rel(double a, double b) {
        return Math.abs(a - b) / Math.max(1, Math.abs(b));
    }

    @Test
    void onlyFormatOpsAndEveryNameDefinedBeforeUse() {
        for (Variant v : Variant.values()) {
            for (String line : PmhrCoverProgram.letLines(v)) {
                String[] f = line.split(" ");
                assertTrue(OPS.contains(f[1]), line);
            }
            // the Evaluator rejects redefinitions and parses every unknown argument as a number
            Evaluator.of(v);
            String text = PmhrCoverProgram.programText(v);
            assertTrue(text.contains("GOAL goal\n") && text.contains("FEASIBLE 2\ng1\ng2\n"), text);
        }
    }

    @Test
    void letProgramAgreesWithPrintedFormulasAtRandomFeasiblePoints() {
        Random rnd = new Random(11);
        for (Variant variant : Variant.values()) {
            Evaluator ev = Evaluator.of(variant);
            for (int i = 0; i < 3000; i++) {
                Point x = PmhrAuxiliaryAudit.randomPoint(rnd, 1.02, 0.3, 0.97);
                double h = 1 + rnd.nextDouble();
                double t = PmhrCoverProgram.tOf(x.rm(), x.alpha(), x.p());
                double w = PmhrCoverProgram.wOf(x.rm(), x.alpha(), x.p(), x.v0());
                assertTrue(t >= 0 && t <= 1 && w >= -1e-9 && w <= 1 + 1e-9, x + " t=" + t + " w=" + w);
                Map<String, Double> v = ev.values(x.alpha(), x.alpha(), x.rm(), h, t, w);
                String at = x + " H=" + h;
                assertTrue(v.get("g1") >= -1e-12 && v.get("g2") >= -1e-12, at);
                assertEquals(x.p(), v.get("p"), 1e-12, at);
                assertEquals(x.a(), v.get("A"), 1e-12, at);
                assertEquals(x.p() - x.v0(), v.get("pv"), 1e-8, at);
                assertEquals(PmhrFormulas.v1(x.rm(), x.alpha(), x.p(), x.v0()), v.get("p") + v.get("d1"), 1e-7, at);
                assertTrue(rel(v.get("Mhi"), variant.mUpper(x.rm(), x.alpha(), x.p(), x.v0())) < 1e-7, at);
                assertTrue(rel(v.get("Mlo"), PmhrFormulas.mLower(x.rm(), x.alpha(), x.p())) < 1e-9, at);
                assertTrue(rel(v.get("Lhi"), PmhrFormulas.lUpper(x.alpha(), x.p(), x.v0())) < 1e-9, at);
                double printed = PmhrFormulas.inner(variant, x.rm(), h, h, x.alpha(), x.p(), x.v0());
                assertEquals(printed, v.get("goal"), 1e-8, at);
            }
        }
    }

    @Test
    void infeasiblePricesFailAFeasibleLine() {
        Evaluator ev = Evaluator.of(Variant.PRINTED);
        Random rnd = new Random(12);
        for (int i = 0; i < 2000; i++) {
            double rm = 1.02 + (Math.E - 1.02) * rnd.nextDouble();
            double a = 0.3 + 0.67 * rnd.nextDouble();
            double t = rnd.nextDouble();
            double p = a + t * (rm - a);
            boolean printedFeasible = p >= PmhrFormulas.pLower(rm, a) && p <= PmhrFormulas.pUpper(rm, a);
            Map<String, Double> v = ev.values(a, a, rm, 1, t, 0.5);
            boolean coverFeasible = v.get("g1") >= 0 && v.get("g2") >= 0;
            if (Math.abs(p - PmhrFormulas.pLower(rm, a)) > 1e-9 && Math.abs(p - PmhrFormulas.pUpper(rm, a)) > 1e-9) {
                assertEquals(printedFeasible, coverFeasible, "rm=" + rm + " a=" + a + " p=" + p);
            }
        }
    }

    @Test
    void alphaIsAffineInH() {
        Map<String, Double> v = Evaluator.of(Variant.PRINTED).values(0.6, 0.8, 2, 1.25, 0.5, 0.5);
        assertEquals(0.65, v.get("alpha"), 1e-15);
    }

    @Test
    void removableSingularitiesTakeTheirLimits() {
        for (Variant variant : Variant.values()) {
            Evaluator ev = Evaluator.of(variant);
            // r_m = 1 forces p = alpha and M = L = 0 (all mass at 1): the goal is min(alpha + alpha/H, 1)
            Map<String, Double> v = ev.values(0.6, 0.6, 1, 1.5, 0, 0.3);
            assertEquals(0, v.get("g2"), 0);
            assertEquals(0, v.get("Mhi"), 1e-15);
            assertEquals(0, v.get("Mlo"), 1e-15);
            assertEquals(0, v.get("Lhi"), 0);
            assertEquals(Math.min(0.6 + 0.6 / 1.5, 1), v.get("goal"), 1e-15);
        }
        // the corner p = tangent bound, v0 = v0_max (w = 1): Phi is the tangent at r_m on [p, r_m]; the printed
        // M_hi's limit along v0 = v0_max (v1 = r_m) is r_m (r_m alpha/p - 1) - 1 + alpha, the corrected one is
        // e^(1-p/r_m) - 2 + alpha = r_m alpha/p - 2 + alpha
        double rm = 2.5;
        double a = 0.7;
        double p = PmhrFormulas.pTangentBound(rm, a);
        double t = PmhrCoverProgram.tOf(rm, a, p);
        Map<String, Double> pr = Evaluator.of(Variant.PRINTED).values(a, a, rm, 1, t, 1);
        assertEquals(rm * (rm * a / p - 1) - 1 + a, pr.get("Mhi"), 1e-9);
        Map<String, Double> co = Evaluator.of(Variant.CORRECTED).values(a, a, rm, 1, t, 1);
        assertEquals(rm * a / p - 2 + a, co.get("Mhi"), 1e-9);
        // and the printed formula approaches the same value along v0 = v0_max
        double pIn = p + 1e-7;
        double mhi = PmhrFormulas.mUpper(rm, a, pIn, PmhrFormulas.v0Upper(rm, a, pIn));
        assertEquals(rm * (rm * a / p - 1) - 1 + a, mhi, 1e-5);
    }

    @Test
    void correctedMHiEqualsMLoAtV0Max() {
        // at v0 = v0_max the tangent at p is the chord to r_m, so both M curves are that chord
        Evaluator ev = Evaluator.of(Variant.CORRECTED);
        double p = (PmhrFormulas.pLower(2.2, 0.7) + PmhrFormulas.pUpper(2.2, 0.7)) / 2;
        Map<String, Double> v = ev.values(0.7, 0.7, 2.2, 1, PmhrCoverProgram.tOf(2.2, 0.7, p), 1);
        assertTrue(v.get("g1") > 0 && v.get("g2") > 0);
        assertEquals(v.get("Mlo"), v.get("Mhi"), 1e-12);
    }
}
