package tradebounds.family.fixedprice.witness;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Optional;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.SolverAdapter;
import tradebounds.solve.Termination;

/**
 * The trust-region LP of one sequential-LP step, built as an exact {@link Model} and solved through a
 * {@link SolverAdapter}.
 *
 * <p>At the current point x, in scaled step variables u (x' = x + delta * scale .* u):
 * <pre>
 * min  sum_k c_k scale_k u_k + mu * sum(slacks)
 *      (lo_i - g_i(x) - e_i)/delta &lt;= grad g_i(x) . (scale .* u) + lower_i - upper_i &lt;= (hi_i - g_i(x) - e_i)/delta
 *      -1 &lt;= u_k &lt;= 1 (except the epigraph variable), and x' within the variable bounds
 * </pre>
 * Bilinear rows are elastic (nonnegative slacks lower_i, upper_i, priced mu); linear rows are hard, their
 * linearisation being exact. {@code e_i} is zero on a plain step and, on a second-order correction, the exact
 * bilinear remainder of the rejected step. Working in scaled steps keeps every LP coefficient and bound of order
 * one, so the LP solver's absolute tolerances stay meaningful when delta is small. LP data are rounded to 12
 * significant digits: a step need not be exact, only the final repaired point.
 */
final class WitnessSearchStepLp {
    private static final MathContext DIGITS = new MathContext(12);
    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = POWERS[k - 1] * 10;
        }
    }

    private WitnessSearchStepLp() {
    }

    /** A trial point and the merit the linear model predicts for it. */
    record Step(double[] point, double predictedMerit) {
    }

    static Optional<Step> solve(WitnessSearchProgram prog, double[] x, double[] scale, double delta, double mu,
                                double[] remainders, SolverAdapter lp, SolveOptions options) {
        int n = prog.variableCount();
        int epi = prog.objectiveVariable();
        ModelBuilder m = new ModelBuilder("witness-step");
        for (int k = 0; k < n; k++) {
            double step = delta * scale[k];
            double lo = (prog.lower(k) - x[k]) / step;
            double hi = (prog.upper(k) - x[k]) / step;
            if (k != epi) {
                lo = Math.max(-1, lo);
                hi = Math.min(1, hi);
            }
            m.addVariable("u" + k, bound(Math.min(lo, 0), Math.max(hi, 0)));
        }
        var rows = prog.rows();
        int[] lowerSlack = new int[rows.length];
        int[] upperSlack = new int[rows.length];
        Expr.Builder obj = Expr.builder();
        for (int k = 0; k < n; k++) {
            if (prog.objectiveCoef(k) != 0) {
                obj.add(k, decimal(prog.objectiveCoef(k) * scale[k]));
            }
        }
        Rational price = decimal(mu);
        for (int i = 0; i < rows.length; i++) {
            var row = rows[i];
            lowerSlack[i] = -1;
            upperSlack[i] = -1;
            if (row.bilinear() && row.lo() > Double.NEGATIVE_INFINITY) {
                lowerSlack[i] = m.addVariable("lower_" + row.name(), Bound.nonNegative());
                obj.add(lowerSlack[i], price);
            }
            if (row.bilinear() && row.hi() < Double.POSITIVE_INFINITY) {
                upperSlack[i] = m.addVariable("upper_" + row.name(), Bound.nonNegative());
                obj.add(upperSlack[i], price);
            }
        }
        m.objective(Sense.MINIMIZE, obj.build());
        double[] grad = new double[n];
        for (int i = 0; i < rows.length; i++) {
            var row = rows[i];
            Arrays.fill(grad, 0);
            row.gradient(x, grad);
            Expr.Builder e = Expr.builder();
            for (int k = 0; k < n; k++) {
                if (grad[k] != 0) {
                    e.add(k, decimal(grad[k] * scale[k]));
                }
            }
            if (lowerSlack[i] >= 0) {
                e.add(lowerSlack[i], Rational.ONE);
            }
            if (upperSlack[i] >= 0) {
                e.add(upperSlack[i], Rational.ONE.negate());
            }
            double shift = row.value(x) + (remainders == null ? 0 : remainders[i]);
            double lo = (row.lo() - shift) / delta;
            double hi = (row.hi() - shift) / delta;
            m.addRow("lin_" + row.name(), e.build(), bound(lo, Math.max(lo, hi)));
        }
        Model model = m.build();
        SolveResult res = lp.solve(model, options);
        if (res.termination() != Termination.OPTIMAL || res.point().isEmpty()) {
            return Optional.empty();
        }
        double[] u = res.point().get();
        double[] next = new double[n];
        double predicted = prog.objectiveValue(x);
        for (int k = 0; k < n; k++) {
            double uk = k == epi ? u[k] : Math.max(-1, Math.min(1, u[k]));
            next[k] = x[k] + delta * scale[k] * uk;
            predicted += delta * prog.objectiveCoef(k) * scale[k] * uk;
        }
        for (int i = 0; i < rows.length; i++) {
            predicted += mu * delta * (slack(u, lowerSlack[i]) + slack(u, upperSlack[i]));
        }
        return Optional.of(new Step(next, predicted));
    }

    private static double slack(double[] u, int index) {
        return index < 0 ? 0 : Math.max(0, u[index]);
    }

    private static Bound bound(double lo, double hi) {
        Rational l = Double.isInfinite(lo) ? null : decimal(lo);
        Rational h = Double.isInfinite(hi) ? null : decimal(hi);
        if (l != null && h != null && l.compareTo(h) > 0) {
            h = l;
        }
        return new Bound(l, h);
    }

    /** v rounded to about 12 significant digits, exactly as a decimal rational. */
    static Rational decimal(double v) {
        if (v == 0) {
            return Rational.ZERO;
        }
        int shift = 11 - (int) Math.floor(Math.log10(Math.abs(v)));
        if (shift < 0 || shift > 18) {
            return Rational.of(new BigDecimal(v, DIGITS));
        }
        return Rational.of(Math.round(v * POWERS[shift]), POWERS[shift]);
    }

}
