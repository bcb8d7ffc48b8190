package tradebounds.solve.commonsmath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.ContractModels;
import tradebounds.solve.Limit;
import tradebounds.solve.ResultValidator;
import tradebounds.solve.SolveResult;
import tradebounds.solve.Termination;

class CommonsMathIterationLimitTest {
    @Test
    void anExhaustedPivotBudgetIsAnIterationLimit() {
        var model = ContractModels.lpMin(Rational.ZERO, Sense.MINIMIZE, false);
        SolveResult r = new CommonsMathAdapter().solve(model, 1);
        assertEquals(Termination.LIMIT, r.termination(), r.rawStatus());
        assertEquals(Limit.ITERATION, r.limit().orElseThrow());
        assertEquals(List.of(), ResultValidator.breaches(model, r));
    }

    @Test
    void theTimeLimitBecomesAPivotBudget() {
        assertEquals(10_000, CommonsMathAdapter.iterationBudget(Duration.ofSeconds(1)));
        assertEquals(10, CommonsMathAdapter.iterationBudget(Duration.ZERO));
        assertEquals(Integer.MAX_VALUE, CommonsMathAdapter.iterationBudget(Duration.ofDays(365 * 1000L)));
    }
}
