package tradebounds.check;

import java.util.Optional;
import tradebounds.model.Bound;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;
import tradebounds.model.Sense;

/**
 * A safe objective bound from arbitrary row multipliers (Neumaier and Shcherbina 2004), computed exactly.
 *
 * <p>For min c'x + c0 subject to lo &lt;= Ax &lt;= hi and l &lt;= x &lt;= u, and any y, let d = c - A'y. Then for every
 * feasible x, c'x + c0 = y'Ax + d'x + c0 &gt;= c0 + sum_r (y_r &gt; 0 ? y_r lo_r : y_r hi_r)
 * + sum_j (d_j &gt; 0 ? d_j l_j : d_j u_j). The bound is valid for every y; it is useful only when y is close to a
 * true dual. A needed infinite end makes the bound -inf (empty). For max problems the same holds with the
 * objective negated, giving an upper bound. Linear models only.
 */
public final class DualBound {
    private DualBound() {
    }

    /**
     * A bound on the optimum valid whatever y is: a lower bound for MINIMIZE, an upper bound for MAXIMIZE.
     * Empty when a multiplier leans on an infinite end.
     *
     * @param y multipliers in row order, with the sign convention of the MINIMIZE form; for a MAXIMIZE model
     *          pass the multipliers of the model as stated and they are applied to the negated objective
     */
    public static Optional<Rational> bound(Model model, Rational[] y) {
        if (!model.isLinear()) {
            throw new IllegalArgumentException("safe dual bounds are defined for linear models only");
        }
        if (y.length != model.rows().size()) {
            throw new IllegalArgumentException("dual has " + y.length + " values, model has "
                    + model.rows().size() + " rows");
        }
        boolean max = model.objective().sense() == Sense.MAXIMIZE;
        int n = model.variableCount();
        Rational[] d = new Rational[n];
        java.util.Arrays.fill(d, Rational.ZERO);
        for (LinearTerm t : model.objective().expr().linear()) {
            d[t.var()] = d[t.var()].add(max ? t.coef().negate() : t.coef());
        }
        Rational sum = max ? model.objective().expr().constant().negate() : model.objective().expr().constant();
        for (int r = 0; r < y.length; r++) {
            Rational yr = max ? y[r].negate() : y[r];
            if (yr.isZero()) {
                continue;
            }
            Row row = model.rows().get(r);
            Bound b = shifted(row);
            Rational end = yr.signum() > 0 ? b.lo() : b.hi();
            if (end == null) {
                return Optional.empty();
            }
            sum = sum.add(yr.multiply(end));
            for (LinearTerm t : row.expr().linear()) {
                d[t.var()] = d[t.var()].subtract(yr.multiply(t.coef()));
            }
        }
        for (int j = 0; j < n; j++) {
            if (d[j].isZero()) {
                continue;
            }
            Bound b = model.variables().get(j).bound();
            Rational end = d[j].signum() > 0 ? b.lo() : b.hi();
            if (end == null) {
                return Optional.empty();
            }
            sum = sum.add(d[j].multiply(end));
        }
        return Optional.of(max ? sum.negate() : sum);
    }

    /** Row bounds moved by the row's constant, so the row reads lo' &lt;= (linear part) &lt;= hi'. */
    private static Bound shifted(Row row) {
        Rational c = row.expr().constant();
        Rational lo = row.bound().lo() == null ? null : row.bound().lo().subtract(c);
        Rational hi = row.bound().hi() == null ? null : row.bound().hi().subtract(c);
        return new Bound(lo, hi);
    }

    public static Optional<Rational> bound(Model model, double[] y) {
        Rational[] exact = new Rational[y.length];
        for (int i = 0; i < y.length; i++) {
            exact[i] = Rational.ofDouble(y[i]);
        }
        return bound(model, exact);
    }
}
