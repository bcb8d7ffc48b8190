package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPModelRequest;
import java.util.EnumSet;
import tradebounds.model.Feature;
import tradebounds.solve.Capabilities;
import tradebounds.solve.DualTrust;
import tradebounds.solve.SolveOptions;

/**
 * PDLP, OR-Tools' first-order primal-dual hybrid gradient LP method. Linear rows only.
 *
 * <p>It stops at relative tolerances near 1e-4 by default, so its "optimal" points violate rows by that much
 * and its duals are APPROXIMATE: worth something only through a safe bound. The presolve flag is ignored:
 * PDLP's own optional presolve ({@code presolve_options.use_glop}) is off by default and stays off, so the
 * answer stays PDLP's. On INFEASIBLE it returns an iterate (dropped) and a dual ray, kept only if verified.
 */
public final class PdlpAdapter extends OrToolsAdapter {
    public PdlpAdapter() {
        super("pdlp", MPModelRequest.SolverType.PDLP_LINEAR_PROGRAMMING,
                new Capabilities(EnumSet.of(Feature.LINEAR_ROWS), false, false, true), DualTrust.APPROXIMATE);
    }

    /** MPSolver reports only "PDLP Solver"; the OR-Tools version pins the code. */
    @Override
    protected String describeVersion() {
        return NativeLibrary.reportedVersion("PDLP") + " (OR-Tools " + NativeLibrary.orToolsVersion() + ")";
    }

    @Override
    protected String solverSpecificParameters(SolveOptions options) {
        return "";
    }
}
