package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * A thin, reusable GLOP linear program for inner loops (branch-and-bound node LPs), where building a
 * solver-neutral {@code Model} per node would cost more than the solve. Untrusted like every adapter: callers
 * turn its doubles into exact certificates and check them. One instance per thread.
 */
public final class GlopDirect implements AutoCloseable {
    /** What a solve returned, in the solver's own words reduced to what callers branch on. */
    public enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED, OTHER }

    private final MPSolver solver;
    private final List<MPVariable> variables = new ArrayList<>();
    private final List<MPConstraint> rows = new ArrayList<>();

    public GlopDirect() {
        NativeLibrary.ensureLoaded();
        solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("GLOP is not linked into this OR-Tools build");
        }
    }

    /** GLOP parameters in protobuf text format (e.g. {@code use_preprocessing: false} to keep warm starts). */
    public void parameters(String text) {
        if (!solver.setSolverSpecificParametersAsString(text)) {
            throw new IllegalArgumentException("GLOP rejected parameters: " + text);
        }
    }

    /** Forgets the model (variables, rows, objective). */
    public void clear() {
        solver.clear();
        variables.clear();
        rows.clear();
    }

    public int variable(double lo, double hi) {
        variables.add(solver.makeNumVar(lo, hi, "x" + variables.size()));
        return variables.size() - 1;
    }

    public int row(double lo, double hi) {
        rows.add(solver.makeConstraint(lo, hi, "r" + rows.size()));
        return rows.size() - 1;
    }

    /** Changes a row's bounds (a warm-started model switches rows on and off this way). */
    public void bounds(int row, double lo, double hi) {
        rows.get(row).setBounds(lo, hi);
    }

    public void coefficient(int row, int variable, double value) {
        rows.get(row).setCoefficient(variables.get(variable), value);
    }

    public void objective(int variable, double value, boolean maximize) {
        solver.objective().setCoefficient(variables.get(variable), value);
        if (maximize) {
            solver.objective().setMaximization();
        } else {
            solver.objective().setMinimization();
        }
    }

    public Status solve(double seconds) {
        solver.setTimeLimit((long) Math.ceil(seconds * 1000));
        // GLOP prints nothing on stdout, so no redirect (the shared one is a global lock, fatal to threads).
        MPSolver.ResultStatus s = solver.solve();
        lastResult = s.name();
        return switch (s) {
            case OPTIMAL -> Status.OPTIMAL;
            case INFEASIBLE -> Status.INFEASIBLE;
            case UNBOUNDED -> Status.UNBOUNDED;
            default -> Status.OTHER;
        };
    }

    private String lastResult = "NOT_SOLVED";

    /** OR-Tools' own name of the last result (ABNORMAL, FEASIBLE at a limit, ...), for diagnostics. */
    public String lastResult() {
        return lastResult;
    }

    public double value(int variable) {
        return variables.get(variable).solutionValue();
    }

    public double dual(int row) {
        return rows.get(row).dualValue();
    }

    public double objectiveValue() {
        return solver.objective().value();
    }

    @Override
    public void close() {
        solver.delete();
    }
}
