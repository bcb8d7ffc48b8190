package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPSolverResponseStatus;
import java.util.Optional;
import tradebounds.solve.Limit;
import tradebounds.solve.Termination;

/**
 * The total map from {@code MPSolverResponseStatus} (plus the status text and whether the time limit ran out)
 * to {@link Termination}. OR-Tools folds several native states into one response status, so the mapping is
 * conservative:
 * <ul>
 * <li>HiGHS and SCIP report "infeasible or unbounded" as {@code MPSOLVER_INFEASIBLE} with a status text saying
 * "may actually be unbounded"; that text maps to {@link Termination#INFEASIBLE_OR_UNBOUNDED}.</li>
 * <li>{@code MPSOLVER_FEASIBLE} means a solver stopped early with a point (a limit), never "optimal".</li>
 * <li>{@code NOT_SOLVED} and {@code UNKNOWN_STATUS} are a time limit when the time ran out, else an error.</li>
 * <li>Statuses that can only come from a broken request (bad parameters, solver not linked in, incompatible
 * options) are marked {@code bridgeBroken}: the adapter throws {@code AdapterFailure} for them.</li>
 * </ul>
 */
public final class OrToolsStatus {
    private OrToolsStatus() {
    }

    /** The mapped termination; {@code limit} is present iff termination is LIMIT. */
    public record Mapping(Termination termination, Optional<Limit> limit, boolean bridgeBroken) {
        static Mapping of(Termination t) {
            return new Mapping(t, Optional.empty(), false);
        }

        static Mapping limit(Limit l) {
            return new Mapping(Termination.LIMIT, Optional.of(l), false);
        }

        static Mapping broken() {
            return new Mapping(Termination.OTHER_ERROR, Optional.empty(), true);
        }
    }

    static final String MAYBE_UNBOUNDED = "may actually be unbounded";

    public static Mapping map(MPSolverResponseStatus status, String statusText, boolean timeRanOut) {
        String text = statusText == null ? "" : statusText;
        switch (status) {
            case MPSOLVER_OPTIMAL:
                return Mapping.of(Termination.OPTIMAL);
            case MPSOLVER_FEASIBLE:
                return Mapping.limit(timeRanOut ? Limit.TIME : Limit.OTHER);
            case MPSOLVER_INFEASIBLE:
                return Mapping.of(text.contains(MAYBE_UNBOUNDED)
                        ? Termination.INFEASIBLE_OR_UNBOUNDED : Termination.INFEASIBLE);
            case MPSOLVER_UNBOUNDED:
                return Mapping.of(Termination.UNBOUNDED);
            case MPSOLVER_ABNORMAL:
                return Mapping.of(Termination.NUMERICAL_ERROR);
            case MPSOLVER_NOT_SOLVED:
            case MPSOLVER_UNKNOWN_STATUS:
                return timeRanOut ? Mapping.limit(Limit.TIME) : Mapping.of(Termination.OTHER_ERROR);
            case MPSOLVER_CANCELLED_BY_USER:
                return Mapping.limit(Limit.OTHER);
            case MPSOLVER_MODEL_IS_VALID:
            case MPSOLVER_MODEL_INVALID:
            case MPSOLVER_MODEL_INVALID_SOLUTION_HINT:
                return Mapping.of(Termination.OTHER_ERROR);
            case MPSOLVER_MODEL_INVALID_SOLVER_PARAMETERS:
            case MPSOLVER_SOLVER_TYPE_UNAVAILABLE:
            case MPSOLVER_INCOMPATIBLE_OPTIONS:
                return Mapping.broken();
            default:
                throw new IllegalStateException("unmapped MPSolverResponseStatus " + status);
        }
    }
}
