package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPModelRequest;
import java.util.EnumSet;
import tradebounds.model.Feature;
import tradebounds.solve.Capabilities;
import tradebounds.solve.DualTrust;
import tradebounds.solve.SolveOptions;

/**
 * SCIP (spatial branch and bound) through OR-Tools: the one bundled solver that takes bilinear rows and a
 * bilinear objective, and claims global optimality. No duals (NONE). Presolve off is
 * {@code presolving/maxrounds = 0}.
 *
 * <p>Known defect: SCIP's "optimal" points satisfy rows only to its feasibility tolerance (1e-6), so the
 * exact violation measure of a returned point is often &gt; 0 (about 8e-7 on the bilinear_row contract model).
 * Its claimed bound ({@code bestBound}) is likewise a floating claim. SCIP's "infeasible or unbounded" arrives
 * as MPSOLVER_INFEASIBLE with a status text that {@link OrToolsStatus} reads.
 */
public final class ScipAdapter extends OrToolsAdapter {
    public ScipAdapter() {
        super("scip", MPModelRequest.SolverType.SCIP_MIXED_INTEGER_PROGRAMMING,
                new Capabilities(EnumSet.of(Feature.LINEAR_ROWS, Feature.BILINEAR_ROWS, Feature.BILINEAR_OBJECTIVE),
                        false, true, true), DualTrust.NONE);
    }

    @Override
    protected String describeVersion() {
        return NativeLibrary.reportedVersion("SCIP");
    }

    @Override
    protected String solverSpecificParameters(SolveOptions options) {
        return options.presolve() ? "" : "presolving/maxrounds = 0";
    }
}
