package tradebounds.solve.ortools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.ContractModels;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.Termination;

class GlopSmokeTest {
    @Test
    void solvesTheMinModel() {
        SolveResult r = new GlopAdapter().solve(ContractModels.lpMin(Rational.ZERO, Sense.MINIMIZE, false),
                SolveOptions.defaults());
        System.out.println(r.rawStatus() + " " + java.util.Arrays.toString(r.point().orElseThrow()) + " "
                + java.util.Arrays.toString(r.duals().orElseThrow()));
        assertEquals(Termination.OPTIMAL, r.termination());
        assertArrayEquals(new double[] {0.5, 1.5}, r.point().orElseThrow(), 1e-9);
        assertArrayEquals(new double[] {1.75, 0.45}, r.duals().orElseThrow(), 1e-9);
    }
}
