package tradebounds.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tradebounds.check.DualBound;
import tradebounds.check.PointCheck;
import tradebounds.family.fixedprice.program.Qcp42Builder;
import tradebounds.model.Feature;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * The conformance suite every adapter runs (MathOptInterface's {@code MOI.Test}): one five-line test class per
 * adapter implements this interface. Every test first asks the capabilities whether it applies; none is
 * overridden to expect failure. Feasibility and objective are judged by the exact measures of {@code check},
 * never by comparing doubles.
 */
public interface SolverAdapterContract {
    SolverAdapter adapter();

    default Capabilities capabilities() {
        return adapter().capabilities();
    }

    /** Allowed exact violation and relative objective error; looser only for first-order and NLP solvers. */
    default double tolerance() {
        return 1e-7;
    }

    default SolveOptions options() {
        return SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(10));
    }

    /** The solver name each registry id must carry in its version string. */
    Map<String, String> NAMES = Map.of("glop", "glop", "pdlp", "pdlp", "highs", "highs", "clp", "clp",
            "scip", "scip", "ojalgo", "ojalgo", "cmath", "commons math", "scripted", "scripted");

    private SolveResult solveValid(Model model, SolveOptions options) {
        SolveResult r = adapter().solve(model, options);
        assertEquals(List.of(), ResultValidator.breaches(model, r), () -> "contract breach on " + model.name());
        assertEquals(adapter().id(), r.adapterId());
        return r;
    }

    private void assertOptimal(ContractModels.Case c, SolveResult r) {
        assertEquals(Termination.OPTIMAL, r.termination(), () -> c + ": " + r.rawStatus());
        double[] x = r.point().orElseThrow();
        PointCheck.Violation v = PointCheck.maxViolation(c.model(), x);
        assertTrue(v.amount().toDouble() <= tolerance(), () -> c + ": violation " + v.amount().toDisplay() + " at " + v.where());
        Rational[] exact = new Rational[x.length];
        for (int j = 0; j < x.length; j++) {
            exact[j] = Rational.ofDouble(x[j]);
        }
        double gap = PointCheck.objectiveValue(c.model(), exact).subtract(c.optimum()).abs().toDouble();
        double scale = 1 + Math.abs(c.optimum().toDouble());
        assertTrue(gap <= tolerance() * scale, () -> c + ": objective at point is off by " + gap);
        r.objective().ifPresent(o -> assertTrue(Math.abs(o - c.optimum().toDouble()) <= tolerance() * scale,
                () -> c + ": reported objective " + o + ", expected " + c.optimum()));
    }

    @Test
    default void identityNamesItsOwnSolverAndNoOther() {
        assumeTrue(capabilities() != null);
        String version = adapter().solverVersion().toLowerCase(Locale.ROOT);
        String own = NAMES.get(adapter().id());
        assertTrue(own != null && version.contains(own), () -> adapter().id() + " reports '" + version + "'");
        for (String other : Set.of("glop", "pdlp", "highs", "clp", "scip", "ojalgo", "commons math")) {
            if (!other.equals(own)) {
                assertFalse(version.contains(other), () -> adapter().id() + " reports '" + version + "'");
            }
        }
    }

    @Test
    default void linearOptimaMatchExactValues() {
        assumeTrue(capabilities().accepts(Feature.LINEAR_ROWS));
        for (ContractModels.Case c : ContractModels.linearOptimal()) {
            assertOptimal(c, solveValid(c.model(), options()));
        }
    }

    @Test
    default void presolveOffGivesTheSameOptimum() {
        assumeTrue(capabilities().accepts(Feature.LINEAR_ROWS));
        for (ContractModels.Case c : ContractModels.linearOptimal()) {
            assertOptimal(c, solveValid(c.model(), options().withPresolve(false)));
        }
    }

    @Test
    default void trustedDualsGiveATightSafeBound() {
        assumeTrue(capabilities().accepts(Feature.LINEAR_ROWS));
        for (ContractModels.Case c : ContractModels.linearOptimal()) {
            SolveResult r = solveValid(c.model(), options());
            assumeTrue(r.dualTrust() == DualTrust.TRUSTED || r.dualTrust() == DualTrust.APPROXIMATE);
            Optional<Rational> bound = DualBound.bound(ContractModels.boxed(c.model(), Rational.of(1000)),
                    r.duals().orElseThrow());
            assertTrue(bound.isPresent(), () -> c + ": duals lean on an infinite row bound");
            double gap = bound.get().subtract(c.optimum()).abs().toDouble();
            assertTrue(gap <= tolerance() * (1 + Math.abs(c.optimum().toDouble())),
                    () -> c + ": safe bound " + bound.get().toDisplay() + " vs optimum " + c.optimum());
        }
    }

    @Test
    default void infeasibleTwinsAreNotCalledFeasible() {
        assumeTrue(capabilities().accepts(Feature.LINEAR_ROWS));
        for (ContractModels.Case c : ContractModels.linearInfeasible()) {
            assertInfeasible(c, solveValid(c.model(), options()));
        }
    }

    /**
     * Whether the adapter reports unboundedness at all. False only where the bridge hides it (OR-Tools maps
     * PDLP's DUAL_INFEASIBLE to NOT_SOLVED); such an adapter still runs {@link #unboundedTwinsGetNoValue}.
     */
    default boolean reportsUnboundedness() {
        return true;
    }

    @Test
    default void unboundedTwinsGetNoValue() {
        assumeTrue(capabilities().accepts(Feature.LINEAR_ROWS));
        for (ContractModels.Case c : ContractModels.linearUnbounded()) {
            SolveResult r = solveValid(c.model(), options());
            assertFalse(Set.of(Termination.OPTIMAL, Termination.LOCALLY_SOLVED, Termination.INFEASIBLE)
                    .contains(r.termination()), () -> c + ": " + r.termination() + " (" + r.rawStatus() + ")");
        }
    }

    @Test
    default void unboundedTwinsAreReportedUnbounded() {
        assumeTrue(capabilities().accepts(Feature.LINEAR_ROWS) && reportsUnboundedness());
        for (ContractModels.Case c : ContractModels.linearUnbounded()) {
            SolveResult r = solveValid(c.model(), options());
            assertTrue(Set.of(Termination.UNBOUNDED, Termination.INFEASIBLE_OR_UNBOUNDED).contains(r.termination()),
                    () -> c + ": " + r.termination() + " (" + r.rawStatus() + ")");
        }
    }

    private void assertInfeasible(ContractModels.Case c, SolveResult r) {
        assertTrue(Set.of(Termination.INFEASIBLE, Termination.INFEASIBLE_OR_UNBOUNDED).contains(r.termination()),
                () -> c + ": " + r.termination() + " (" + r.rawStatus() + ")");
        r.duals().ifPresent(y -> assertTrue(InfeasibilityRay.proving(c.model(), y).isPresent(),
                () -> c + ": duals of an infeasible model must be a verified Farkas ray"));
    }

    @Test
    default void bilinearRowOptimum() {
        assumeTrue(capabilities().accepts(Feature.BILINEAR_ROWS));
        ContractModels.Case c = ContractModels.bilinearRowOptimal();
        assertOptimal(c, solveValid(c.model(), options()));
    }

    @Test
    default void bilinearObjectiveOptimum() {
        assumeTrue(capabilities().accepts(Feature.BILINEAR_OBJECTIVE));
        ContractModels.Case c = ContractModels.bilinearObjectiveOptimal();
        assertOptimal(c, solveValid(c.model(), options()));
    }

    @Test
    default void bilinearTwins() {
        assumeTrue(capabilities().accepts(Feature.BILINEAR_ROWS));
        ContractModels.Case inf = ContractModels.bilinearRowInfeasible();
        assertInfeasible(inf, solveValid(inf.model(), options()));
        ContractModels.Case unb = ContractModels.bilinearRowUnbounded();
        SolveResult r = solveValid(unb.model(), options().withTimeLimit(Duration.ofSeconds(3)));
        assertTrue(Set.of(Termination.UNBOUNDED, Termination.INFEASIBLE_OR_UNBOUNDED, Termination.LIMIT)
                .contains(r.termination()), () -> unb + ": " + r.termination() + " (" + r.rawStatus() + ")");
    }

    @Test
    default void refusesBilinearRowsNamingItselfAndTheFeature() {
        assumeTrue(!capabilities().accepts(Feature.BILINEAR_ROWS));
        UnsupportedModelException e = assertThrows(UnsupportedModelException.class,
                () -> adapter().solve(ContractModels.bilinearRowOptimal().model(), options()));
        assertTrue(e.getMessage().contains(adapter().id()) && e.getMessage().contains("BILINEAR_ROWS"), e::getMessage);
    }

    @Test
    default void refusesBilinearObjectiveNamingItselfAndTheFeature() {
        assumeTrue(!capabilities().accepts(Feature.BILINEAR_OBJECTIVE));
        UnsupportedModelException e = assertThrows(UnsupportedModelException.class,
                () -> adapter().solve(ContractModels.bilinearObjectiveOptimal().model(), options()));
        assertTrue(e.getMessage().contains(adapter().id()) && e.getMessage().contains("BILINEAR_OBJECTIVE"),
                e::getMessage);
    }

    /** A real program (4.2) with three prices under a short limit: any answer must keep the contract. */
    @Test
    default void realProgramUnderAShortLimitKeepsTheContract() {
        assumeTrue(capabilities().accepts(Feature.BILINEAR_ROWS));
        Model m = Qcp42Builder.build(List.of(Rational.ZERO, Rational.of(1, 2), Rational.of(2)));
        SolveResult r = solveValid(m, options().withTimeLimit(Duration.ofSeconds(2)));
        r.point().ifPresent(x -> assertTrue(PointCheck.maxViolation(m, x).amount().toDouble() <= 1e-4,
                () -> "violation " + PointCheck.maxViolation(m, x)));
    }
}
