package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tradebounds.check.PointCheck;
import tradebounds.compare.Assessment;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.Qcp41Relaxation;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.Termination;

/**
 * Measured here: Commons Math's SimplexSolver calls the RLT relaxation of (4.1) with the 32 prices of Prop 4.1
 * INFEASIBLE. It is feasible: the point below is checked exactly. The tool must expose the contradiction.
 */
@Tag("known-defect")
class CommonsMathDefectTest {
    @Test
    void aWrongInfeasibleIsContradictedAndFlagged() {
        List<Rational> prices = PriceList.prop41();
        Model relax = Qcp41Relaxation.build(prices);
        int n = prices.size();
        // Seller all at p_1 = 0, buyer 999/1000 at 0 and 1/1000 at p_n = 1000: opt = 1/1000 * 1000 = 1, and each row
        // sw_t with 2 <= t <= n-1 equals s_1 b_n (1000 - 0) = 1, so r = 1; y = s b' is the product (the lift).
        Rational[] x = new Rational[relax.variableCount()];
        java.util.Arrays.fill(x, Rational.ZERO);
        x[0] = Rational.ONE;
        x[n] = Rational.of(999, 1000);
        x[2 * n - 1] = Rational.of(1, 1000);
        x[2 * n] = Rational.ONE;
        x[2 * n + 1] = Rational.of(999, 1000);
        x[2 * n + 1 + (n - 1)] = Rational.of(1, 1000);
        assertTrue(PointCheck.maxViolation(relax, x).feasible(), PointCheck.maxViolation(relax, x).toString());

        SolveResult cmath = AdapterRegistry.get("cmath").solve(relax,
                SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(20)));
        SolveResult glop = AdapterRegistry.get("glop").solve(relax, SolveOptions.defaults());
        assertEquals(Termination.OPTIMAL, glop.termination());
        if (cmath.termination() == Termination.INFEASIBLE) {
            String verdict = CompareCommand.agreement(List.of(Assessment.of(relax, glop), Assessment.of(relax, cmath)));
            assertTrue(verdict.contains("disagreement: cmath reports INFEASIBLE"), verdict);
        } else if (cmath.termination() == Termination.OPTIMAL) {
            // If a later Commons Math gets it right, its point must be as good as GLOP's.
            assertTrue(Math.abs(cmath.objective().get() - glop.objective().get()) < 1e-6);
        }
    }
}
