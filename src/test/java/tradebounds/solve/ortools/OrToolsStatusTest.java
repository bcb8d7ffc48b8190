package tradebounds.solve.ortools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.linearsolver.MPSolverResponseStatus;
import org.junit.jupiter.api.Test;
import tradebounds.solve.Limit;
import tradebounds.solve.Termination;

/** OR-Tools' enum_consistency_test in spirit: every native status maps, and limits come exactly with LIMIT. */
class OrToolsStatusTest {
    @Test
    void everyResponseStatusMaps() {
        for (MPSolverResponseStatus s : MPSolverResponseStatus.values()) {
            for (boolean timeRanOut : new boolean[] {false, true}) {
                OrToolsStatus.Mapping m = OrToolsStatus.map(s, "", timeRanOut);
                assertEquals(m.termination() == Termination.LIMIT, m.limit().isPresent(), s::toString);
            }
        }
    }

    @Test
    void foldedStatusesAreUnfoldedWhereTheTextSaysSo() {
        assertEquals(Termination.INFEASIBLE_OR_UNBOUNDED, OrToolsStatus.map(MPSolverResponseStatus.MPSOLVER_INFEASIBLE,
                "The model may actually be unbounded: HiGHS returned kUnboundedOrInfeasible", false).termination());
        assertEquals(Termination.INFEASIBLE,
                OrToolsStatus.map(MPSolverResponseStatus.MPSOLVER_INFEASIBLE, "", false).termination());
    }

    @Test
    void feasibleIsALimitNeverOptimal() {
        assertEquals(Limit.TIME,
                OrToolsStatus.map(MPSolverResponseStatus.MPSOLVER_FEASIBLE, "", true).limit().orElseThrow());
        assertEquals(Limit.OTHER,
                OrToolsStatus.map(MPSolverResponseStatus.MPSOLVER_FEASIBLE, "", false).limit().orElseThrow());
        assertEquals(Termination.OTHER_ERROR,
                OrToolsStatus.map(MPSolverResponseStatus.MPSOLVER_NOT_SOLVED, "", false).termination());
    }

    @Test
    void brokenRequestsAreMarked() {
        for (MPSolverResponseStatus s : new MPSolverResponseStatus[] {
                MPSolverResponseStatus.MPSOLVER_MODEL_INVALID_SOLVER_PARAMETERS,
                MPSolverResponseStatus.MPSOLVER_SOLVER_TYPE_UNAVAILABLE,
                MPSolverResponseStatus.MPSOLVER_INCOMPATIBLE_OPTIONS}) {
            assertTrue(OrToolsStatus.map(s, "", false).bridgeBroken(), s::toString);
        }
    }
}
