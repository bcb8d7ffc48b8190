package tradebounds.check;

import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * The exact violation measure: the largest amount by which an exact point leaves a variable bound or a row.
 * This is the one measure used by the checker, by {@code compare} and by the adapter conformance tests.
 */
public final class PointCheck {
    private PointCheck() {
    }

    /** Where the worst violation is, and how large it is (zero means exactly feasible). */
    public record Violation(String where, Rational amount) {
        public boolean feasible() {
            return amount.isZero();
        }
    }

    public static Violation maxViolation(Model model, Rational[] x) {
        if (x.length != model.variableCount()) {
            throw new IllegalArgumentException("point has " + x.length + " values, model has "
                    + model.variableCount() + " variables");
        }
        Violation worst = new Violation("none", Rational.ZERO);
        for (int j = 0; j < x.length; j++) {
            Rational v = model.variables().get(j).bound().violation(x[j]);
            if (v.compareTo(worst.amount()) > 0) {
                worst = new Violation("variable " + model.variables().get(j).name(), v);
            }
        }
        for (Row row : model.rows()) {
            Rational v = row.bound().violation(row.expr().evaluate(x));
            if (v.compareTo(worst.amount()) > 0) {
                worst = new Violation("row " + row.name(), v);
            }
        }
        return worst;
    }

    /** Exact violation of a floating candidate: each double is read as the exact dyadic rational it is. */
    public static Violation maxViolation(Model model, double[] x) {
        Rational[] exact = new Rational[x.length];
        for (int j = 0; j < x.length; j++) {
            exact[j] = Rational.ofDouble(x[j]);
        }
        return maxViolation(model, exact);
    }

    public static Rational objectiveValue(Model model, Rational[] x) {
        return model.objective().expr().evaluate(x);
    }
}
