package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPQuadraticConstraint;
import com.google.ortools.linearsolver.MPQuadraticObjective;
import com.google.ortools.linearsolver.MPVariableProto;
import com.google.ortools.linearsolver.PartialVariableAssignment;
import java.util.Arrays;
import java.util.Optional;
import tradebounds.model.BilinearTerm;
import tradebounds.model.Expr;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;
import tradebounds.model.Sense;
import tradebounds.model.Variable;

/**
 * The one translation from the exact {@link Model} to OR-Tools' {@code MPModelProto}.
 *
 * <p>Variables keep model order. Linear rows become {@code constraint} entries and bilinear rows become
 * {@code general_constraint.quadratic_constraint} entries, so the proto's row order differs from the model's
 * whenever both kinds are present; {@link Mapped#linearRowOf} is the way back. A row's constant is moved into
 * its bounds. The objective constant becomes {@code objective_offset}, bilinear objective terms become
 * {@code quadratic_objective}. Every rational is rounded to the nearest double here and nowhere else, which is
 * why candidates must be re-checked exactly.
 */
public final class MpModelMapper {
    private MpModelMapper() {
    }

    /**
     * The proto and the index of each model row among the proto's linear constraints.
     *
     * @param proto       the model as OR-Tools sees it
     * @param linearRowOf for model row r, its index in {@code proto.constraint}, or -1 if r is bilinear
     */
    public record Mapped(MPModelProto proto, int[] linearRowOf) {
        public int linearRowCount() {
            return proto.getConstraintCount();
        }
    }

    public static Mapped map(Model model, Optional<double[]> hint) {
        MPModelProto.Builder b = MPModelProto.newBuilder().setName(model.name())
                .setMaximize(model.objective().sense() == Sense.MAXIMIZE);
        Expr obj = model.objective().expr();
        double[] cost = new double[model.variableCount()];
        for (LinearTerm t : obj.linear()) {
            cost[t.var()] += t.coef().toDouble();
        }
        for (int j = 0; j < model.variableCount(); j++) {
            Variable v = model.variables().get(j);
            b.addVariable(MPVariableProto.newBuilder().setName(v.name())
                    .setLowerBound(lower(v.bound().lo(), Rational.ZERO))
                    .setUpperBound(upper(v.bound().hi(), Rational.ZERO))
                    .setObjectiveCoefficient(cost[j]));
        }
        if (!obj.constant().isZero()) {
            b.setObjectiveOffset(obj.constant().toDouble());
        }
        if (!obj.bilinear().isEmpty()) {
            MPQuadraticObjective.Builder q = MPQuadraticObjective.newBuilder();
            for (BilinearTerm t : obj.bilinear()) {
                q.addQvar1Index(t.first()).addQvar2Index(t.second()).addCoefficient(t.coef().toDouble());
            }
            b.setQuadraticObjective(q);
        }
        int[] linearRowOf = new int[model.rows().size()];
        Arrays.fill(linearRowOf, -1);
        int linear = 0;
        for (int r = 0; r < model.rows().size(); r++) {
            Row row = model.rows().get(r);
            Rational c = row.expr().constant();
            double lo = lower(row.bound().lo(), c);
            double hi = upper(row.bound().hi(), c);
            if (row.expr().isLinear()) {
                MPConstraintProto.Builder cb = b.addConstraintBuilder().setName(row.name())
                        .setLowerBound(lo).setUpperBound(hi);
                for (LinearTerm t : row.expr().linear()) {
                    cb.addVarIndex(t.var()).addCoefficient(t.coef().toDouble());
                }
                linearRowOf[r] = linear++;
            } else {
                MPQuadraticConstraint.Builder q = MPQuadraticConstraint.newBuilder()
                        .setLowerBound(lo).setUpperBound(hi);
                for (LinearTerm t : row.expr().linear()) {
                    q.addVarIndex(t.var()).addCoefficient(t.coef().toDouble());
                }
                for (BilinearTerm t : row.expr().bilinear()) {
                    q.addQvar1Index(t.first()).addQvar2Index(t.second()).addQcoefficient(t.coef().toDouble());
                }
                b.addGeneralConstraintBuilder().setName(row.name()).setQuadraticConstraint(q);
            }
        }
        hint.ifPresent(h -> {
            if (h.length != model.variableCount()) {
                throw new IllegalArgumentException("hint has " + h.length + " values, model has "
                        + model.variableCount() + " variables");
            }
            PartialVariableAssignment.Builder a = PartialVariableAssignment.newBuilder();
            for (int j = 0; j < h.length; j++) {
                a.addVarIndex(j).addVarValue(h[j]);
            }
            b.setSolutionHint(a);
        });
        return new Mapped(b.build(), linearRowOf);
    }

    /**
     * Solver duals (indexed by proto constraint) back in model row order; empty unless every model row is
     * linear and the solver returned one value per linear constraint.
     */
    public static Optional<double[]> dualsInModelOrder(Mapped mapped, java.util.List<Double> solverDuals) {
        int[] of = mapped.linearRowOf();
        if (solverDuals.size() != mapped.linearRowCount() || Arrays.stream(of).anyMatch(i -> i < 0)) {
            return Optional.empty();
        }
        double[] y = new double[of.length];
        for (int r = 0; r < of.length; r++) {
            y[r] = solverDuals.get(of[r]);
        }
        return Optional.of(y);
    }

    private static double lower(Rational lo, Rational shift) {
        return lo == null ? Double.NEGATIVE_INFINITY : lo.subtract(shift).toDouble();
    }

    private static double upper(Rational hi, Rational shift) {
        return hi == null ? Double.POSITIVE_INFINITY : hi.subtract(shift).toDouble();
    }
}
