package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPModelRequest;
import java.util.EnumSet;
import tradebounds.model.Feature;
import tradebounds.solve.Capabilities;
import tradebounds.solve.DualTrust;
import tradebounds.solve.SolveOptions;

/**
 * HiGHS through OR-Tools 9.15. Linear rows only; presolve off is {@code presolve=off}.
 *
 * <p>Known defect: OR-Tools' {@code HighsSolveProto} fills {@code dual_value} with HiGHS's
 * {@code row_value}, the row activities Ax, not the row duals. Measured on lp_min (min 11/5 x + 13/10 y,
 * x + y &gt;= 2, -1 &lt;= x - y &lt;= 1), where the true duals are (7/4, 9/20): HiGHS returns (2, -1), the
 * activities at (1/2, 3/2). They are kept as KNOWN_DEFECT so the comparison can show them, and a safe-bound
 * test shows they fail.
 *
 * <p>Also: {@code MPSolver.createSolver("HIGHS").solverVersion()} reports "PDLP Solver", so the version is
 * built here. HiGHS writes a banner to stdout on every solve that output flags do not silence ({@code NativeStdout}
 * moves it to stderr). Its
 * "infeasible or unbounded" arrives as MPSOLVER_INFEASIBLE with a status text that {@link OrToolsStatus}
 * reads.
 */
public final class HighsAdapter extends OrToolsAdapter {
    public HighsAdapter() {
        super("highs", MPModelRequest.SolverType.HIGHS_LINEAR_PROGRAMMING,
                new Capabilities(EnumSet.of(Feature.LINEAR_ROWS), false, false, true), DualTrust.KNOWN_DEFECT);
    }

    @Override
    protected String describeVersion() {
        return "HiGHS (OR-Tools " + NativeLibrary.orToolsVersion() + ")";
    }

    @Override
    protected String solverSpecificParameters(SolveOptions options) {
        return options.presolve() ? "" : "presolve=off";
    }
}
