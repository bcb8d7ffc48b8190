package tradebounds.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.Capabilities;
import tradebounds.solve.ContractModels;
import tradebounds.solve.DualTrust;
import tradebounds.solve.FeasibilityClaim;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.SolverAdapter;
import tradebounds.solve.Termination;

/** The suite runner on hand-checked LPs (ContractModels derives each optimum and its duals by hand). */
public class SuiteRunTest {
    /** The objective tolerances the adapters' contract tests state: PDLP stops near 1e-4, SCIP at 1e-6 rows. */
    public static final Map<String, Double> TOLERANCE = Map.of("pdlp", 1e-3, "scip", 1e-5);

    private static SuiteProgram program(String name, Model m) {
        return new SuiteProgram("test", name, "n=2", "hand-checked", () -> m);
    }

    @Test
    void everyAdapterReportingOptimalMatchesTheHandComputedOptimum() {
        Suite one = new Suite("test", Duration.ofSeconds(5), 1);
        ContractModels.Case min = ContractModels.linearOptimal().get(0);
        ContractModels.Case max = ContractModels.linearOptimal().get(2);
        assertEquals(Rational.of(61, 20), min.optimum());
        assertEquals(Rational.of(7), max.optimum());
        // lp_min boxed in [0, 100] (optimum unchanged): a safe bound from floating duals needs finite variable
        // bounds wherever the reduced-cost residual is not exactly zero (lp_max is boxed already).
        Model minBoxed = ContractModels.boxed(min.model(), Rational.of(100));
        SuiteRun.Result r = SuiteRun.run(one, List.of(program("lp_min", minBoxed), program("lp_max", max.model())),
                AdapterRegistry.all(), null);
        assertEquals(2 * AdapterRegistry.ids().size(), r.entries().size(), "every adapter takes an LP");
        for (SuiteRun.Entry e : r.entries()) {
            double want = (e.program().program().equals("lp_min") ? min : max).optimum().toDouble();
            assertEquals("OPTIMAL", e.status(), e.adapter() + " on " + e.program().program());
            double got = e.assessment().get().result().objective().get();
            double tol = TOLERANCE.getOrDefault(e.adapter(), 1e-7);
            assertTrue(Math.abs(got - want) <= tol * Math.max(1, Math.abs(want)),
                    e.adapter() + " on " + e.program().program() + ": " + got + " vs " + want);
            assertTrue(e.ratio().isPresent() && e.ratio().get() >= 1.0, e.adapter() + " ratio " + e.ratio());
            // GLOP's duals prove the optimum, so every objective sits at the proved bound within its tolerance.
            assertTrue(Math.abs(e.gap().orElseThrow().toDouble()) <= tol * Math.max(1, Math.abs(want)),
                    e.adapter() + " gap " + e.gap());
            assertTrue(r.versions().containsKey(e.adapter()));
        }
        assertEquals(1.0, r.entries().stream().filter(e -> e.program().program().equals("lp_min"))
                .mapToDouble(e -> e.ratio().get()).min().orElseThrow(), 1e-12, "the fastest row has ratio 1");
        // GLOP's and CLP's duals are the multipliers (7/4, 9/20) derived by hand: their safe bound meets the optimum.
        // HiGHS through OR-Tools 9.15 returns the row activities (2, -1) instead: no tight bound, and it says so.
        for (SuiteRun.Entry e : r.entries()) {
            String duals = e.assessment().get().dualsVerdict();
            switch (e.adapter()) {
                case "glop", "clp" -> assertEquals("tight", duals, e.adapter() + " on " + e.program().program());
                case "highs" -> assertTrue(!duals.startsWith("tight") && duals.endsWith("[known defect]"),
                        e.program().program() + ": " + duals);
                case "ojalgo", "cmath", "scip" -> assertEquals("none", duals, e.adapter());
                default -> { }
            }
        }
    }

    /** A fake solver that returns a fixed point, for the violation column. */
    private static SolverAdapter returning(double[] point, double objective) {
        return new SolverAdapter() {
            @Override
            public String id() {
                return "fixed";
            }

            @Override
            public String solverVersion() {
                return "fixed point 1";
            }

            @Override
            public Capabilities capabilities() {
                return new Capabilities(java.util.EnumSet.allOf(tradebounds.model.Feature.class), false, false, false);
            }

            @Override
            public SolveResult solve(Model model, SolveOptions options) {
                return new SolveResult("fixed", "fixed point 1", Termination.OPTIMAL, Optional.empty(),
                        FeasibilityClaim.FEASIBLE, FeasibilityClaim.UNDETERMINED, Optional.of(point.clone()),
                        Optional.empty(), DualTrust.NONE, Optional.of(objective), Optional.empty(), "OPTIMAL",
                        Duration.ZERO);
            }
        };
    }

    @Test
    void theViolationColumnIsZeroExactlyForAnExactlyFeasiblePoint() {
        Model m = ContractModels.linearOptimal().get(0).model();
        Suite one = new Suite("test", Duration.ofSeconds(1), 1);
        // (1/2, 3/2) is exactly representable and exactly on cover (x + y = 2) and on spread's lower end.
        SuiteRun.Entry exact = SuiteRun.run(one, List.of(program("lp_min", m)),
                List.of(returning(new double[] {0.5, 1.5}, 3.05)), null).entries().get(0);
        assertEquals(Rational.ZERO, exact.violation().orElseThrow());
        assertEquals("0", SuiteReport.cells(exact).get(SuiteReport.HEADER.indexOf("max violation (exact)")));
        // y lowered by 2^-20: cover's lower end 2 is missed by exactly 2^-20 (and spread's by the same).
        SuiteRun.Entry off = SuiteRun.run(one, List.of(program("lp_min", m)),
                List.of(returning(new double[] {0.5, 1.5 - 0x1p-20}, 3.05)), null).entries().get(0);
        assertEquals(Rational.of(1, 1 << 20), off.violation().orElseThrow());
        assertEquals("9.54e-07", SuiteReport.cells(off).get(SuiteReport.HEADER.indexOf("max violation (exact)")));
    }

    @Test
    void medianAndRatios() {
        assertEquals(2.0, SuiteRun.median(new double[] {3, 1, 2}));
        assertEquals(1.5, SuiteRun.median(new double[] {2, 1}));
        assertFalse(SuiteRun.violationText(Rational.of(1, 1_000_000_000)).equals("0"));
    }

    @Test
    void unknownSuiteNamesTheKnownOnes() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Suite.named("nightly"));
        assertEquals("unknown suite 'nightly' (known: quick, default)", e.getMessage());
    }
}
