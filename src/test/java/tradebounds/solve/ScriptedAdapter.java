package tradebounds.solve;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tradebounds.model.Feature;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * A solver with no native library that returns scripted answers (MathOptInterface's MockOptimizer), so the
 * whole contract and the validator can run without OR-Tools. By default it answers every ContractModels case
 * correctly; {@link #script} replaces an answer, e.g. with a broken one for a detection test.
 */
public final class ScriptedAdapter implements SolverAdapter {
    private final Map<Model, SolveResult> answers = new HashMap<>();

    public ScriptedAdapter() {
        for (ContractModels.Case c : ContractModels.linearOptimal()) {
            script(c.model(), optimal(c.model(), c.point(), c.duals(), c.optimum()));
        }
        for (ContractModels.Case c : ContractModels.linearInfeasible()) {
            script(c.model(), answer(Termination.INFEASIBLE, FeasibilityClaim.INFEASIBLE, null, null, null));
        }
        // cover - cap: 2 - 1 > 0 on the zero objective, a Farkas ray that InfeasibilityRay must accept.
        Model withCap = ContractModels.linearInfeasible().get(0).model();
        script(withCap, answer(Termination.INFEASIBLE, FeasibilityClaim.INFEASIBLE, null, new double[] {1, 0, -1}, null));
        for (ContractModels.Case c : ContractModels.linearUnbounded()) {
            script(c.model(), answer(Termination.UNBOUNDED, FeasibilityClaim.UNDETERMINED, null, null, null));
        }
        for (ContractModels.Case c : new ContractModels.Case[] {ContractModels.bilinearRowOptimal(),
                ContractModels.bilinearObjectiveOptimal()}) {
            script(c.model(), optimal(c.model(), c.point(), null, c.optimum()));
        }
        script(ContractModels.bilinearRowInfeasible().model(),
                answer(Termination.INFEASIBLE, FeasibilityClaim.INFEASIBLE, null, null, null));
        script(ContractModels.bilinearRowUnbounded().model(),
                answer(Termination.UNBOUNDED, FeasibilityClaim.UNDETERMINED, null, null, null));
    }

    public ScriptedAdapter script(Model model, SolveResult answer) {
        answers.put(model, answer);
        return this;
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public String solverVersion() {
        return "scripted answers 1";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(EnumSet.allOf(Feature.class), true, true, false);
    }

    /** Unscripted models get OTHER_ERROR, never an exception: only the failure kinds may throw. */
    @Override
    public SolveResult solve(Model model, SolveOptions options) {
        UnsupportedModelException.requireAccepted(id(), capabilities(), model);
        SolveResult r = answers.get(model);
        return r != null ? r : answer(Termination.OTHER_ERROR, FeasibilityClaim.UNDETERMINED, null, null, null);
    }

    static SolveResult optimal(Model model, Rational[] point, Rational[] duals, Rational optimum) {
        return answer(Termination.OPTIMAL, FeasibilityClaim.FEASIBLE, doubles(point), doubles(duals), optimum.toDouble());
    }

    static SolveResult answer(Termination t, FeasibilityClaim primal, double[] point, double[] duals, Double objective) {
        return new SolveResult("scripted", "scripted answers 1", t,
                t == Termination.LIMIT ? Optional.of(Limit.OTHER) : Optional.empty(), primal,
                duals == null ? FeasibilityClaim.UNDETERMINED : FeasibilityClaim.FEASIBLE, Optional.ofNullable(point),
                Optional.ofNullable(duals), duals == null ? DualTrust.NONE : DualTrust.TRUSTED,
                Optional.ofNullable(objective), Optional.empty(), t.name(), Duration.ZERO);
    }

    private static double[] doubles(Rational[] v) {
        if (v == null) {
            return null;
        }
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i].toDouble();
        }
        return d;
    }
}
