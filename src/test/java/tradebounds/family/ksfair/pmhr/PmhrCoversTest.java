package tradebounds.family.ksfair.pmhr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tradebounds.check.CoverEvaluator;
import tradebounds.check.Enclosure;
import tradebounds.family.ksfair.pmhr.PmhrFormulas.Variant;

/**
 * The checker's reading of the P_MHR LET program is the program's: at random points the checker's interval
 * evaluation (point boxes) encloses the double evaluator that PmhrCoverProgramTest compares with the printed
 * formulas. This is what catches an argument-order slip (e.g. in share) between the program and the checker.
 */
class PmhrCoversTest {
    @Test
    void checkerEvaluationEnclosesTheProgramAtPoints() {
        for (Variant variant : Variant.values()) {
            CoverEvaluator ev = new CoverEvaluator(PmhrCovers.program(variant));
            PmhrCoverProgram.Evaluator doubles = PmhrCoverProgram.Evaluator.of(variant);
            double[] lo = new double[ev.letCount()];
            double[] hi = new double[ev.letCount()];
            Arrays.fill(lo, Double.NEGATIVE_INFINITY);
            Arrays.fill(hi, Double.POSITIVE_INFINITY);
            Random rnd = new Random(5);
            int compared = 0;
            for (int i = 0; i < 6000; i++) {
                double a1 = 0.5 + 0.3 * rnd.nextDouble();
                double a2 = 0.5 + 0.3 * rnd.nextDouble();
                double rm = 1.01 + 1.7 * rnd.nextDouble();
                double h = 1 + rnd.nextDouble();
                double t = rnd.nextDouble();
                double w = rnd.nextDouble();
                double expected = doubles.goal(a1, a2, rm, h, t, w);
                CoverEvaluator.Result r = ev.evaluate(new Enclosure[] {Enclosure.point(a1), Enclosure.point(a2)},
                        new Enclosure[] {Enclosure.point(rm), Enclosure.point(h), Enclosure.point(t),
                            Enclosure.point(w)}, lo, hi);
                if (Double.isNaN(expected)) {
                    continue; // infeasible point (a FEASIBLE line below 0)
                }
                assertFalse(r.failed(), () -> r.failure());
                if (r.empty()) {
                    continue;
                }
                double tol = 1e-9;
                assertTrue(r.goal().lo() - tol <= expected && expected <= r.goal().hi() + tol,
                        variant + " at rm=" + rm + " H=" + h + " t=" + t + " w=" + w + ": doubles " + expected
                                + ", checker " + r.goal());
                compared++;
            }
            assertTrue(compared > 400, "only " + compared + " feasible points compared");
        }
    }
}
