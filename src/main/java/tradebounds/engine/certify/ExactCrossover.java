package tradebounds.engine.certify;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import tradebounds.model.Bound;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * Turns a floating-point vertex (point and row duals from a simplex adapter) into exact rationals by re-solving
 * its active set exactly, the way a crossover would:
 * <ul>
 *   <li>primal: variables within {@link #TOL} of a bound are fixed there, rows within TOL of an end are held at
 *       that end, and the remaining variables solve those equalities exactly ({@link SparseExactSolver});</li>
 *   <li>dual: multipliers within TOL of 0 are 0, every variable whose reduced cost is within TOL of 0 gets reduced
 *       cost exactly 0, and the remaining multipliers solve those equalities exactly.</li>
 * </ul>
 * Nothing here is trusted: the point goes through {@code PointCheck}, the multipliers through the safe
 * {@code DualBound}, and both through the certificate checker. On a transportation basis (a spanning forest of
 * the bipartite graph) the primal system is solved by leaf elimination, which is the exact vertex structure of
 * transportation polytopes; the dual system is the tree of potentials a_i + b_j = w_ij.
 */
public final class ExactCrossover {
    /** Distance under which a double counts as sitting on a bound, an end, or zero. */
    public static final double TOL = 1e-9;

    private ExactCrossover() {
    }

    /** The end of {@code b} (lo first) that {@code value} sits on within {@link #TOL}, or null when neither. */
    public static Rational activeEnd(Bound b, double value) {
        if (b.lo() != null && Math.abs(value - b.lo().toDouble()) <= TOL) {
            return b.lo();
        }
        return b.hi() != null && Math.abs(value - b.hi().toDouble()) <= TOL ? b.hi() : null;
    }

    public static Rational[] primal(Model model, double[] x) {
        int n = model.variableCount();
        Rational[] exact = new Rational[n];
        boolean[] unknown = new boolean[n];
        for (int j = 0; j < n; j++) {
            exact[j] = activeEnd(model.variables().get(j).bound(), x[j]);
            if (exact[j] == null) {
                exact[j] = nice(x[j]);
                unknown[j] = true;
            }
        }
        SparseExactSolver s = new SparseExactSolver();
        for (Row row : model.rows()) {
            Rational end = activeEnd(row.bound(), row.expr().evaluate(x));
            if (end == null) {
                continue;
            }
            Rational r = end.subtract(row.expr().constant());
            Map<Integer, Rational> coefs = new HashMap<>();
            for (LinearTerm t : row.expr().linear()) {
                if (unknown[t.var()]) {
                    coefs.merge(t.var(), t.coef(), Rational::add);
                } else {
                    r = r.subtract(t.coef().multiply(exact[t.var()]));
                }
            }
            s.add(coefs, r);
        }
        s.solve(exact);
        return exact;
    }

    /** Multipliers in {@code check.DualBound}'s convention (c = A'y + d for both senses). */
    public static Rational[] dual(Model model, double[] y) {
        int rows = model.rows().size();
        int n = model.variableCount();
        double[] d = new double[n];
        for (LinearTerm t : model.objective().expr().linear()) {
            d[t.var()] += t.coef().toDouble();
        }
        for (int r = 0; r < rows; r++) {
            for (LinearTerm t : model.rows().get(r).expr().linear()) {
                d[t.var()] -= t.coef().toDouble() * y[r];
            }
        }
        Rational[] exact = new Rational[rows];
        boolean[] unknown = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            unknown[r] = Math.abs(y[r]) > TOL;
            exact[r] = unknown[r] ? nice(y[r]) : Rational.ZERO;
        }
        // Column-wise view of A restricted to unknown multipliers: c_j = sum_r A_rj y_r for reduced-cost-0 columns.
        Map<Integer, Map<Integer, Rational>> columns = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            if (!unknown[r]) {
                continue;
            }
            for (LinearTerm t : model.rows().get(r).expr().linear()) {
                if (Math.abs(d[t.var()]) <= TOL) {
                    columns.computeIfAbsent(t.var(), k -> new HashMap<>()).merge(r, t.coef(), Rational::add);
                }
            }
        }
        Rational[] c = new Rational[n];
        java.util.Arrays.fill(c, Rational.ZERO);
        for (LinearTerm t : model.objective().expr().linear()) {
            c[t.var()] = c[t.var()].add(t.coef());
        }
        SparseExactSolver s = new SparseExactSolver();
        for (int j = 0; j < n; j++) {
            if (Math.abs(d[j]) <= TOL) {
                s.add(columns.getOrDefault(j, Map.of()), c[j]);
            }
        }
        s.solve(exact);
        return exact;
    }

    /** The simplest rational within 1e-13 of a double (continued fractions), or its exact dyadic value. */
    static Rational nice(double v) {
        if (v == 0) {
            return Rational.ZERO;
        }
        double target = v;
        BigInteger h0 = BigInteger.ONE;
        BigInteger h1 = BigInteger.ZERO;
        BigInteger k0 = BigInteger.ZERO;
        BigInteger k1 = BigInteger.ONE;
        double f = Math.abs(v);
        for (int it = 0; it < 40; it++) {
            double a = Math.floor(f);
            BigInteger ai = BigInteger.valueOf((long) a);
            BigInteger h = ai.multiply(h0).add(h1);
            BigInteger k = ai.multiply(k0).add(k1);
            h1 = h0;
            h0 = h;
            k1 = k0;
            k0 = k;
            double approx = h.doubleValue() / k.doubleValue();
            if (Math.abs(approx - Math.abs(target)) <= 1e-13 * Math.max(1, Math.abs(target))) {
                Rational r = Rational.of(h, k);
                return v < 0 ? r.negate() : r;
            }
            double frac = f - a;
            if (frac < 1e-300) {
                break;
            }
            f = 1 / frac;
        }
        return Rational.ofDouble(v);
    }
}
