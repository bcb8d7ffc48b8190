package tradebounds.solve.commonsmath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import tradebounds.model.Feature;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;
import tradebounds.model.Sense;
import tradebounds.solve.Capabilities;
import tradebounds.solve.DualTrust;
import tradebounds.solve.FeasibilityClaim;
import tradebounds.solve.Limit;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.SolverAdapter;
import tradebounds.solve.Termination;
import tradebounds.solve.UnsupportedModelException;

/**
 * Commons Math 3.6.1's dense two-phase {@code SimplexSolver}: a third, textbook LP implementation. Linear rows
 * only; no duals (the solver exposes none).
 *
 * <p>When every variable has a finite lower bound, x = lo + x' with x' &gt;= 0 and only upper bounds become rows.
 * Otherwise all variables are declared free ({@code NonNegativeConstraint(false)}) and every finite bound becomes a
 * row. Measured here: on the RLT relaxation of (4.1) with prices {0, 0.3, 0.5, 0.7, 1.25, 1000}, the free form
 * returned OPTIMAL with objective 1.3e-12 at a point violating row rlt_mass_hh by 0.0057 (tighter tolerances turned
 * it into INFEASIBLE), while the shifted form agrees with GLOP (8.7364e-4); the true optimum is GLOP's, as its
 * exact safe dual bound shows. A ranged row becomes two rows. The
 * solver has no clock, so the time limit is turned into a pivot budget of {@link #PIVOTS_PER_SECOND} per
 * second: a budget, not a timer, reported honestly as LIMIT/ITERATION. Its expected outcomes arrive as
 * exceptions and are turned into results here. The presolve flag is ignored (there is no presolve).
 */
public final class CommonsMathAdapter implements SolverAdapter {
    /** A rough rate for the tiny dense tableaux this adapter is meant for. */
    public static final long PIVOTS_PER_SECOND = 10_000;

    private static final Capabilities CAPABILITIES =
            new Capabilities(EnumSet.of(Feature.LINEAR_ROWS), false, false, false);

    @Override
    public String id() {
        return "cmath";
    }

    @Override
    public String solverVersion() {
        String v = SimplexSolver.class.getPackage().getImplementationVersion();
        return "Commons Math SimplexSolver " + (v == null ? "(version not in manifest)" : v);
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public SolveResult solve(Model model, SolveOptions options) {
        UnsupportedModelException.requireAccepted(id(), CAPABILITIES, model);
        return solve(model, iterationBudget(options.timeLimit()));
    }

    static int iterationBudget(Duration limit) {
        long pivots = Math.max(1L, limit.toMillis()) * PIVOTS_PER_SECOND / 1000L;
        return (int) Math.max(10L, Math.min(Integer.MAX_VALUE, pivots));
    }

    /** Solves with an explicit pivot budget; package-visible so the iteration limit can be tested directly. */
    SolveResult solve(Model model, int maxIterations) {
        UnsupportedModelException.requireAccepted(id(), CAPABILITIES, model);
        int n = model.variableCount();
        // With every lower bound finite, x = lo + x' with x' >= 0 keeps lower bounds out of the tableau and avoids
        // Commons Math's single shared "negative part" column, which misbehaves on these programs (see below).
        boolean shift = model.variables().stream().allMatch(v -> v.bound().lo() != null);
        Rational[] lo = new Rational[n];
        for (int j = 0; j < n; j++) {
            lo[j] = shift ? model.variables().get(j).bound().lo() : Rational.ZERO;
        }
        double[] cost = new double[n];
        Rational objShift = model.objective().expr().constant();
        for (LinearTerm t : model.objective().expr().linear()) {
            cost[t.var()] += t.coef().toDouble();
            objShift = objShift.add(t.coef().multiply(lo[t.var()]));
        }
        LinearObjectiveFunction f = new LinearObjectiveFunction(cost, objShift.toDouble());
        List<LinearConstraint> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] unit = new double[n];
            unit[j] = 1.0;
            var b = model.variables().get(j).bound();
            addRanged(rows, unit, shift ? null : b.lo(), b.hi(), lo[j]);
        }
        for (Row row : model.rows()) {
            double[] a = new double[n];
            Rational rowShift = row.expr().constant();
            for (LinearTerm t : row.expr().linear()) {
                a[t.var()] += t.coef().toDouble();
                rowShift = rowShift.add(t.coef().multiply(lo[t.var()]));
            }
            addRanged(rows, a, row.bound().lo(), row.bound().hi(), rowShift);
        }
        GoalType goal = model.objective().sense() == Sense.MAXIMIZE ? GoalType.MAXIMIZE : GoalType.MINIMIZE;
        long start = System.nanoTime();
        try {
            PointValuePair p = new SimplexSolver().optimize(new MaxIter(maxIterations), f,
                    new LinearConstraintSet(rows), goal, new NonNegativeConstraint(shift));
            double[] x = p.getPoint();
            for (int j = 0; j < n; j++) {
                x[j] += lo[j].toDouble();
            }
            return result(Termination.OPTIMAL, Optional.empty(), FeasibilityClaim.FEASIBLE, Optional.of(x),
                    Optional.of(p.getValue()), "optimal", start);
        } catch (NoFeasibleSolutionException e) {
            return result(Termination.INFEASIBLE, Optional.empty(), FeasibilityClaim.INFEASIBLE, Optional.empty(),
                    Optional.empty(), "NoFeasibleSolutionException", start);
        } catch (UnboundedSolutionException e) {
            return result(Termination.UNBOUNDED, Optional.empty(), FeasibilityClaim.UNDETERMINED, Optional.empty(),
                    Optional.empty(), "UnboundedSolutionException", start);
        } catch (TooManyIterationsException e) {
            return result(Termination.LIMIT, Optional.of(Limit.ITERATION), FeasibilityClaim.UNDETERMINED,
                    Optional.empty(), Optional.empty(), "TooManyIterationsException (" + maxIterations + " pivots)", start);
        }
    }

    private SolveResult result(Termination t, Optional<Limit> limit, FeasibilityClaim primal, Optional<double[]> point,
                               Optional<Double> objective, String raw, long start) {
        return new SolveResult(id(), solverVersion(), t, limit, primal, FeasibilityClaim.UNDETERMINED, point,
                Optional.empty(), DualTrust.NONE, objective, Optional.empty(), raw,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static void addRanged(List<LinearConstraint> rows, double[] a, Rational lo, Rational hi, Rational shift) {
        if (lo != null && hi != null && lo.equals(hi)) {
            rows.add(new LinearConstraint(a, Relationship.EQ, lo.subtract(shift).toDouble()));
            return;
        }
        if (lo != null) {
            rows.add(new LinearConstraint(a, Relationship.GEQ, lo.subtract(shift).toDouble()));
        }
        if (hi != null) {
            rows.add(new LinearConstraint(a, Relationship.LEQ, hi.subtract(shift).toDouble()));
        }
    }
}
