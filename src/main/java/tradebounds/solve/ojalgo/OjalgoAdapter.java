package tradebounds.solve.ojalgo;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
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
 * ojAlgo 57.1's {@code ExpressionsBasedModel}: a pure-Java second opinion for LPs. Linear rows only.
 *
 * <p>Refused: bilinear rows (ojAlgo has no solver for quadratic constraints and throws
 * "No solver integration available") and bilinear objectives (ojAlgo's convex QP solver reports a nonconvex
 * QP as OPTIMAL at a stationary point: min xy on [-1,1]^2 comes back OPTIMAL 0 at (0,0), the true minimum is
 * -1). No duals: {@code getDualValues()} is keyed by ojAlgo's own rewritten constraints, drops rows it turned
 * into variable bounds (min -x - y/2, x &lt;= 3, x + y = 4 returns no entry for x &lt;= 3) and gives the equality
 * multiplier with the opposite sign, so they cannot be mapped back to model rows reliably. The time limit is
 * {@code options.time_abort} (milliseconds); the presolve flag is ignored (ojAlgo exposes no switch for it).
 */
public final class OjalgoAdapter implements SolverAdapter {
    private static final Capabilities CAPABILITIES =
            new Capabilities(EnumSet.of(Feature.LINEAR_ROWS), false, false, false);

    @Override
    public String id() {
        return "ojalgo";
    }

    @Override
    public String solverVersion() {
        String v = ExpressionsBasedModel.class.getPackage().getImplementationVersion();
        return "ojAlgo " + (v == null ? "(version not in manifest)" : v);
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public SolveResult solve(Model model, SolveOptions options) {
        UnsupportedModelException.requireAccepted(id(), CAPABILITIES, model);
        ExpressionsBasedModel ebm = new ExpressionsBasedModel();
        ebm.options.time_abort = Math.max(1L, options.timeLimit().toMillis());
        double[] cost = new double[model.variableCount()];
        for (LinearTerm t : model.objective().expr().linear()) {
            cost[t.var()] += t.coef().toDouble();
        }
        Variable[] vars = new Variable[model.variableCount()];
        for (int j = 0; j < vars.length; j++) {
            tradebounds.model.Variable v = model.variables().get(j);
            vars[j] = ebm.addVariable(v.name());
            if (v.bound().lo() != null) {
                vars[j].lower(v.bound().lo().toDouble());
            }
            if (v.bound().hi() != null) {
                vars[j].upper(v.bound().hi().toDouble());
            }
            if (cost[j] != 0.0) {
                vars[j].weight(cost[j]);
            }
        }
        for (Row row : model.rows()) {
            Expression e = ebm.addExpression(row.name());
            for (LinearTerm t : row.expr().linear()) {
                e.set(vars[t.var()], t.coef().toDouble());
            }
            Rational c = row.expr().constant();
            if (row.bound().lo() != null) {
                e.lower(row.bound().lo().subtract(c).toDouble());
            }
            if (row.bound().hi() != null) {
                e.upper(row.bound().hi().subtract(c).toDouble());
            }
        }
        long start = System.nanoTime();
        Optimisation.Result r;
        try {
            r = model.objective().sense() == Sense.MAXIMIZE ? ebm.maximise() : ebm.minimise();
        } catch (RuntimeException e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new SolveResult(id(), solverVersion(), Termination.OTHER_ERROR, Optional.empty(),
                    FeasibilityClaim.UNDETERMINED, FeasibilityClaim.UNDETERMINED, Optional.empty(), Optional.empty(),
                    DualTrust.NONE, Optional.empty(), Optional.empty(), "exception: " + e, elapsed);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        boolean timeRanOut = elapsed.toMillis() >= 0.9 * options.timeLimit().toMillis();
        Termination termination = termination(r.getState(), timeRanOut);
        Optional<Limit> limit = termination == Termination.LIMIT
                ? Optional.of(timeRanOut ? Limit.TIME : Limit.OTHER) : Optional.empty();
        Optional<double[]> point = Optional.empty();
        Optional<Double> objective = Optional.empty();
        boolean keepsPoint = termination == Termination.OPTIMAL || termination == Termination.LIMIT
                || termination == Termination.IMPRECISE;
        if (keepsPoint && r.count() == model.variableCount()) {
            double[] x = new double[model.variableCount()];
            for (int j = 0; j < x.length; j++) {
                x[j] = r.doubleValue(j);
            }
            point = Optional.of(x);
            objective = Optional.of(r.getValue() + model.objective().expr().constant().toDouble());
        }
        FeasibilityClaim primal = switch (termination) {
            case OPTIMAL -> FeasibilityClaim.FEASIBLE;
            case INFEASIBLE -> FeasibilityClaim.INFEASIBLE;
            case LIMIT -> point.isPresent() ? FeasibilityClaim.FEASIBLE : FeasibilityClaim.UNDETERMINED;
            default -> FeasibilityClaim.UNDETERMINED;
        };
        return new SolveResult(id(), solverVersion(), termination, limit, primal, FeasibilityClaim.UNDETERMINED, point,
                Optional.empty(), DualTrust.NONE, objective, Optional.empty(), r.getState().name(), elapsed);
    }

    /**
     * Total map of ojAlgo's states. FEASIBLE means "stopped with a feasible, unproven point" (a limit);
     * APPROXIMATE means the solver itself doubts its accuracy.
     */
    public static Termination termination(Optimisation.State state, boolean timeRanOut) {
        switch (state) {
            case OPTIMAL:
            case DISTINCT:
                return Termination.OPTIMAL;
            case FEASIBLE:
                return Termination.LIMIT;
            case APPROXIMATE:
                return Termination.IMPRECISE;
            case INFEASIBLE:
                return Termination.INFEASIBLE;
            case UNBOUNDED:
                return Termination.UNBOUNDED;
            case UNEXPLORED:
            case VALID:
                return timeRanOut ? Termination.LIMIT : Termination.OTHER_ERROR;
            case FAILED:
                return Termination.NUMERICAL_ERROR;
            case INVALID:
                return Termination.OTHER_ERROR;
            default:
                throw new IllegalStateException("unmapped ojAlgo state " + state);
        }
    }
}
