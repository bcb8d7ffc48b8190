package tradebounds.solve;

import java.util.Optional;
import tradebounds.check.DualBound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.Objective;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * Decides exactly whether row multipliers y are a Farkas ray, i.e. prove a linear model infeasible.
 *
 * <p>With the objective replaced by 0 and the sense by MINIMIZE, {@link DualBound} gives for every y a valid
 * lower bound on 0 over the feasible set; a bound &gt; 0 therefore proves the set empty. Solvers disagree on the
 * sign of a ray (and on whether a max model flips it), so both y and -y are tried; the one returned is the one
 * that proves, in DualBound's MINIMIZE convention.
 */
public final class InfeasibilityRay {
    private InfeasibilityRay() {
    }

    /** The proving orientation of y, or empty if neither y nor -y proves infeasibility (or the model is not linear). */
    public static Optional<double[]> proving(Model model, double[] y) {
        if (!model.isLinear() || y.length != model.rows().size()) {
            return Optional.empty();
        }
        for (double v : y) {
            if (!Double.isFinite(v)) {
                return Optional.empty();
            }
        }
        Model feasibility = new Model(model.name(), model.variables(), model.rows(),
                new Objective(Sense.MINIMIZE, Expr.zero()), model.provenance());
        if (proves(feasibility, y)) {
            return Optional.of(y.clone());
        }
        double[] flipped = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            flipped[i] = -y[i];
        }
        return proves(feasibility, flipped) ? Optional.of(flipped) : Optional.empty();
    }

    /** The exact infeasibility margin DualBound gives for y on the zero-objective model, if finite. */
    public static Optional<Rational> margin(Model model, double[] y) {
        Model feasibility = new Model(model.name(), model.variables(), model.rows(),
                new Objective(Sense.MINIMIZE, Expr.zero()), model.provenance());
        return DualBound.bound(feasibility, y);
    }

    private static boolean proves(Model feasibility, double[] y) {
        Optional<Rational> b = DualBound.bound(feasibility, y);
        return b.isPresent() && b.get().signum() > 0;
    }
}
