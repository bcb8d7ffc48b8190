package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPModelRequest;
import java.util.EnumSet;
import tradebounds.model.Feature;
import tradebounds.solve.Capabilities;
import tradebounds.solve.DualTrust;
import tradebounds.solve.SolveOptions;

/**
 * GLOP, Google's primal/dual simplex, through OR-Tools. Linear rows only. Duals at OPTIMAL are simplex
 * multipliers (TRUSTED, still checked through a safe bound).
 *
 * <p>Presolve off is {@code use_preprocessing:false}. Only then does GLOP return a Farkas ray as
 * {@code dual_value} for an infeasible model (with presolve it returns zeros). GLOP's MPSOLVER_INFEASIBLE also
 * covers its INFEASIBLE_OR_UNBOUNDED, so without a verified ray the adapter reports INFEASIBLE_OR_UNBOUNDED.
 */
public final class GlopAdapter extends OrToolsAdapter {
    public GlopAdapter() {
        super("glop", MPModelRequest.SolverType.GLOP_LINEAR_PROGRAMMING,
                new Capabilities(EnumSet.of(Feature.LINEAR_ROWS), true, false, true), DualTrust.TRUSTED);
    }

    @Override
    protected String describeVersion() {
        return NativeLibrary.reportedVersion("GLOP");
    }

    @Override
    protected String solverSpecificParameters(SolveOptions options) {
        return options.presolve() ? "" : "use_preprocessing:false";
    }

    @Override
    protected boolean infeasibleMayMeanUnbounded() {
        return true;
    }
}
