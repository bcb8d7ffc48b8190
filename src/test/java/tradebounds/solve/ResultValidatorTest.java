package tradebounds.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

class ResultValidatorTest {
    private final Model model = ContractModels.lpMin(Rational.ZERO, Sense.MINIMIZE, false);

    private static SolveResult result(Termination t, Optional<Limit> limit, FeasibilityClaim primal, double[] point,
                                      double[] duals, DualTrust trust, Double objective) {
        return new SolveResult("x", "x 1", t, limit, primal, FeasibilityClaim.UNDETERMINED, Optional.ofNullable(point),
                Optional.ofNullable(duals), trust, Optional.ofNullable(objective), Optional.empty(), "raw", Duration.ZERO);
    }

    private List<String> breaches(SolveResult r) {
        return ResultValidator.breaches(model, r);
    }

    @Test
    void aWellFormedOptimumHasNoBreach() {
        assertEquals(List.of(), breaches(result(Termination.OPTIMAL, Optional.empty(), FeasibilityClaim.FEASIBLE,
                new double[] {0.5, 1.5}, new double[] {1.75, 0.45}, DualTrust.TRUSTED, 3.05)));
    }

    @Test
    void optimalWithoutAPointIsABreach() {
        assertTrue(breaches(result(Termination.OPTIMAL, Optional.empty(), FeasibilityClaim.FEASIBLE, null, null,
                DualTrust.NONE, null)).stream().anyMatch(b -> b.contains("without a point")));
    }

    @Test
    void wrongLengthsAndNonFiniteValuesAreBreaches() {
        List<String> b = breaches(result(Termination.OPTIMAL, Optional.empty(), FeasibilityClaim.FEASIBLE,
                new double[] {0.5}, new double[] {Double.NaN, 0, 0}, DualTrust.TRUSTED, 3.05));
        assertTrue(b.stream().anyMatch(s -> s.startsWith("point has 1 values")), b::toString);
        assertTrue(b.stream().anyMatch(s -> s.startsWith("duals has 3 values")), b::toString);
        assertTrue(b.stream().anyMatch(s -> s.contains("is NaN")), b::toString);
        List<String> inf = breaches(result(Termination.OPTIMAL, Optional.empty(), FeasibilityClaim.FEASIBLE,
                new double[] {0.5, Double.POSITIVE_INFINITY}, null, DualTrust.NONE, 3.05));
        assertTrue(inf.stream().anyMatch(s -> s.contains("point[1] is Infinity")), inf::toString);
    }

    @Test
    void limitWithAPointNeedsAFeasibleClaim() {
        assertEquals(List.of(), breaches(result(Termination.LIMIT, Optional.of(Limit.TIME), FeasibilityClaim.FEASIBLE,
                new double[] {1, 1}, null, DualTrust.NONE, 3.5)));
        assertEquals(1, breaches(result(Termination.LIMIT, Optional.of(Limit.TIME), FeasibilityClaim.UNDETERMINED,
                new double[] {1, 1}, null, DualTrust.NONE, null)).size());
    }

    @Test
    void infeasibleWithAPointAndDualsWithoutTrustAreBreaches() {
        List<String> b = breaches(result(Termination.INFEASIBLE, Optional.empty(), FeasibilityClaim.FEASIBLE,
                new double[] {1, 1}, new double[] {1, 0}, DualTrust.NONE, null));
        assertTrue(b.contains("INFEASIBLE with a point"), b::toString);
        assertTrue(b.contains("INFEASIBLE with primal claim FEASIBLE"), b::toString);
        assertTrue(b.stream().anyMatch(s -> s.startsWith("duals present=true")), b::toString);
    }

    @Test
    void objectiveWithoutAPointIsABreach() {
        assertTrue(breaches(result(Termination.OTHER_ERROR, Optional.empty(), FeasibilityClaim.UNDETERMINED, null,
                null, DualTrust.NONE, 1.0)).contains("objective without a point"));
    }
}
