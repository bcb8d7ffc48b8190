package tradebounds.solve.ortools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tradebounds.check.DualBound;
import tradebounds.check.PointCheck;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.ContractModels;
import tradebounds.solve.DualTrust;
import tradebounds.solve.InfeasibilityRay;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.Termination;

/** Each documented OR-Tools defect, asserted to be detected by the exact measures (not hidden). */
@Tag("known-defect")
class OrToolsKnownDefectTest {
    private static final SolveOptions OPTIONS = SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5));

    @Test
    void highsDualsAreRowActivitiesAndFailTheSafeBound() {
        Model m = ContractModels.lpMin(Rational.ZERO, Sense.MINIMIZE, false);
        SolveResult r = new HighsAdapter().solve(m, OPTIONS);
        assertEquals(Termination.OPTIMAL, r.termination());
        assertEquals(DualTrust.KNOWN_DEFECT, r.dualTrust());
        double[] x = r.point().orElseThrow();
        double[] activity = {x[0] + x[1], x[0] - x[1]};
        assertArrayEquals(activity, r.duals().orElseThrow(), 1e-9, "HiGHS duals are the row activities (2, -1)");
        Optional<Rational> bound = DualBound.bound(ContractModels.boxed(m, Rational.of(1000)), r.duals().orElseThrow());
        assertTrue(bound.isEmpty() || bound.get().subtract(Rational.of(61, 20)).abs().toDouble() > 1e-3,
                () -> "HiGHS duals unexpectedly certify: " + bound);
    }

    @Test
    void scipPointsAreMeasuredNotTrusted() {
        Model m = ContractModels.bilinearRowOptimal().model();
        SolveResult r = new ScipAdapter().solve(m, OPTIONS);
        assertEquals(Termination.OPTIMAL, r.termination());
        PointCheck.Violation v = PointCheck.maxViolation(m, r.point().orElseThrow());
        System.out.println("scip bilinear_row exact violation " + v.amount().toDisplay() + " at " + v.where());
        assertTrue(v.amount().toDouble() <= 1e-5, v::toString);
        if (!v.feasible()) {
            assertEquals("row product", v.where());
        }
    }

    /** A 12 x 12 LP with odd coefficients, big enough that PDLP stops on its relative tolerance, not exactly. */
    static Model denseLp() {
        ModelBuilder b = new ModelBuilder("dense_lp");
        int n = 12;
        for (int j = 0; j < n; j++) {
            b.addVariable("x" + j, Bound.between(Rational.ZERO, Rational.of(10)));
        }
        Expr.Builder obj = Expr.builder();
        for (int j = 0; j < n; j++) {
            obj.add(j, Rational.of(-(11 + 7 * j) % 13 - 1, 5));
        }
        b.objective(Sense.MINIMIZE, obj.build());
        for (int i = 0; i < n; i++) {
            Expr.Builder e = Expr.builder();
            for (int j = 0; j < n; j++) {
                e.add(j, Rational.of((i * 17 + j * 29) % 23 + 1, 10));
            }
            b.addRow("r" + i, e.build(), Bound.atMost(Rational.of(13 + i, 3)));
        }
        return b.build();
    }

    @Test
    void pdlpIsMeasuredLessAccurateThanGlop() {
        Model m = denseLp();
        SolveResult pdlp = new PdlpAdapter().solve(m, OPTIONS);
        SolveResult glop = new GlopAdapter().solve(m, OPTIONS);
        assertEquals(Termination.OPTIMAL, pdlp.termination());
        assertEquals(Termination.OPTIMAL, glop.termination());
        Rational vp = PointCheck.maxViolation(m, pdlp.point().orElseThrow()).amount();
        Rational vg = PointCheck.maxViolation(m, glop.point().orElseThrow()).amount();
        double objGap = Math.abs(m.objective().expr().evaluate(pdlp.point().get())
                - m.objective().expr().evaluate(glop.point().get()));
        System.out.println("dense_lp exact violation pdlp " + vp.toDisplay() + ", glop " + vg.toDisplay()
                + "; objective gap " + objGap);
        assertTrue(vp.signum() > 0, "PDLP's point is exactly feasible here; pick a harder model to show the defect");
        assertTrue(vp.toDouble() <= 1e-3 && objGap <= 1e-2, "PDLP beyond its documented accuracy");
        assertEquals(DualTrust.APPROXIMATE, pdlp.dualTrust());
    }

    @Test
    void glopGivesAVerifiedFarkasRayOnlyWithPresolveOff() {
        List<String> seen = new ArrayList<>();
        for (var c : ContractModels.linearInfeasible()) {
            SolveResult off = new GlopAdapter().solve(c.model(), OPTIONS.withPresolve(false));
            assertEquals(Termination.INFEASIBLE, off.termination(), c::toString);
            assertEquals(DualTrust.TRUSTED, off.dualTrust(), c::toString);
            Rational margin = InfeasibilityRay.margin(c.model(), off.duals().orElseThrow()).orElseThrow();
            assertTrue(margin.signum() > 0);
            SolveResult on = new GlopAdapter().solve(c.model(), OPTIONS);
            seen.add(c + ": presolve on -> " + on.termination() + " duals " + on.duals().isPresent()
                    + ", off -> margin " + margin.toDisplay());
        }
        System.out.println(seen);
    }
}
