package tradebounds.solve;

import java.time.Duration;
import java.util.Optional;

/**
 * A candidate answer: doubles, untrusted, and a type the checker does not accept.
 *
 * @param adapterId     registry id of the adapter that produced it (e.g. "glop")
 * @param solverVersion the solver's own name and version
 * @param termination   why the solver stopped
 * @param limit         present iff termination is LIMIT
 * @param primalClaim   what the solver claims of {@code point}
 * @param dualClaim     what the solver claims of {@code duals}
 * @param point         primal values in model variable order
 * @param duals         row multipliers in model row order, as the solver returned them; read them only through
 *                      {@code dualTrust}. Sign convention (after the adapter normalises it): the y of
 *                      {@code check.DualBound}, i.e. for MINIMIZE y &gt;= 0 on an active lower row bound and
 *                      y &lt;= 0 on an active upper one. With termination INFEASIBLE, duals (if present) are a
 *                      Farkas ray already verified exactly by {@link InfeasibilityRay}, in the same convention
 * @param dualTrust     whether {@code duals} are believed to be real multipliers
 * @param objective     the solver's objective value, if any
 * @param bestBound     the solver's claimed dual bound, if any
 * @param rawStatus     the native status text, for diagnosis
 * @param elapsed       wall time of the solve call
 */
public record SolveResult(String adapterId, String solverVersion, Termination termination, Optional<Limit> limit,
                          FeasibilityClaim primalClaim, FeasibilityClaim dualClaim, Optional<double[]> point,
                          Optional<double[]> duals, DualTrust dualTrust, Optional<Double> objective, Optional<Double> bestBound,
                          String rawStatus, Duration elapsed) {
    public SolveResult {
        if (limit.isPresent() != (termination == Termination.LIMIT)) {
            throw new IllegalArgumentException("limit must be present iff termination is LIMIT");
        }
    }

    public boolean hasPoint() {
        return point.isPresent();
    }
}
