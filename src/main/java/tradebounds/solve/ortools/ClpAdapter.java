package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPModelRequest;
import java.util.EnumSet;
import tradebounds.model.Feature;
import tradebounds.solve.Capabilities;
import tradebounds.solve.DualTrust;
import tradebounds.solve.SolveOptions;

/**
 * COIN-OR CLP (dual simplex) through OR-Tools. Linear rows only; duals at OPTIMAL TRUSTED.
 *
 * <p>The presolve flag is ignored: CLP is reached through OR-Tools' generic MPSolver path, whose
 * solver-specific parameter string CLP does not take, and {@code MPSolverParameters} are not reachable from
 * {@code solveWithProto}. CLP returns no ray for infeasible models through this path.
 */
public final class ClpAdapter extends OrToolsAdapter {
    public ClpAdapter() {
        super("clp", MPModelRequest.SolverType.CLP_LINEAR_PROGRAMMING,
                new Capabilities(EnumSet.of(Feature.LINEAR_ROWS), true, false, true), DualTrust.TRUSTED);
    }

    @Override
    protected String describeVersion() {
        return NativeLibrary.reportedVersion("CLP");
    }

    @Override
    protected String solverSpecificParameters(SolveOptions options) {
        return "";
    }
}
