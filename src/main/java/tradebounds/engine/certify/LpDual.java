package tradebounds.engine.certify;

import java.util.ArrayList;
import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Row;
import tradebounds.model.Sense;

/**
 * The LP dual of a linear model, built exactly, so that a solver's <em>primal</em> point of it (which crosses over
 * exactly far more reliably than a solver's duals: on (d) at 50 cells no adapter's duals did, with presolve) can
 * be read back as row multipliers of the original for {@code check.DualBound}.
 *
 * <p>In {@code DualBound}'s minimisation form (objective c, negated for a MAXIMIZE model, constant c0; rows
 * lo &lt;= A x + k &lt;= hi; bounds l &lt;= x &lt;= u) the dual is
 * <pre>  max c0 + sum_r ((lo_r - k_r) yp_r - (hi_r - k_r) ym_r) + sum_j (l_j dp_j - u_j dm_j)
 *   col_j:  sum_r A_rj (yp_r - ym_r) + dp_j - dm_j = c_j,   yp, ym, dp, dm &gt;= 0,</pre>
 * with yp_r only when lo_r is finite, ym_r only when hi_r is, and likewise dp_j, dm_j: exactly the terms the safe
 * bound can use. Its value equals the original's (min form) optimum. Untrusted: the multipliers it yields are
 * judged by {@code DualBound} and the checker, so an error here can only weaken a bound, never fake one.
 */
public final class LpDual {
    private final Model original;
    private final Model dual;
    /** For each original row, the dual variable of its lower end (yp) and of its upper end (ym), or -1. */
    private final int[] lowerEnd;
    private final int[] upperEnd;

    private LpDual(Model original, Model dual, int[] lowerEnd, int[] upperEnd) {
        this.original = original;
        this.dual = dual;
        this.lowerEnd = lowerEnd;
        this.upperEnd = upperEnd;
    }

    public static LpDual of(Model m) {
        if (!m.isLinear()) {
            throw new IllegalArgumentException("LP duals are built for linear models only");
        }
        boolean max = m.objective().sense() == Sense.MAXIMIZE;
        int n = m.variableCount();
        ModelBuilder b = new ModelBuilder(m.name() + "-lp-dual");
        List<Expr.Builder> columns = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            columns.add(Expr.builder());
        }
        Expr.Builder objective = Expr.builder();
        int rows = m.rows().size();
        int[] lowerEnd = new int[rows];
        int[] upperEnd = new int[rows];
        for (int r = 0; r < rows; r++) {
            Row row = m.rows().get(r);
            Rational k = row.expr().constant();
            lowerEnd[r] = -1;
            upperEnd[r] = -1;
            if (row.bound().lo() != null) {
                lowerEnd[r] = b.addVariable("yp_" + row.name(), Bound.nonNegative());
                objective.add(lowerEnd[r], row.bound().lo().subtract(k));
            }
            if (row.bound().hi() != null) {
                upperEnd[r] = b.addVariable("ym_" + row.name(), Bound.nonNegative());
                objective.add(upperEnd[r], row.bound().hi().subtract(k).negate());
            }
            for (LinearTerm t : row.expr().linear()) {
                if (lowerEnd[r] >= 0) {
                    columns.get(t.var()).add(lowerEnd[r], t.coef());
                }
                if (upperEnd[r] >= 0) {
                    columns.get(t.var()).add(upperEnd[r], t.coef().negate());
                }
            }
        }
        Rational[] c = new Rational[n];
        java.util.Arrays.fill(c, Rational.ZERO);
        for (LinearTerm t : m.objective().expr().linear()) {
            c[t.var()] = c[t.var()].add(max ? t.coef().negate() : t.coef());
        }
        for (int j = 0; j < n; j++) {
            Bound bj = m.variables().get(j).bound();
            String name = m.variables().get(j).name();
            if (bj.lo() != null) {
                int dp = b.addVariable("dp_" + name, Bound.nonNegative());
                columns.get(j).add(dp, Rational.ONE);
                objective.add(dp, bj.lo());
            }
            if (bj.hi() != null) {
                int dm = b.addVariable("dm_" + name, Bound.nonNegative());
                columns.get(j).add(dm, Rational.ONE.negate());
                objective.add(dm, bj.hi().negate());
            }
            b.addRow("col_" + name, columns.get(j).build(), Bound.exactly(c[j]));
        }
        Rational c0 = m.objective().expr().constant();
        b.objective(Sense.MAXIMIZE, objective.constant(max ? c0.negate() : c0).build());
        b.provenance("program", "LP dual of " + m.name());
        return new LpDual(m, b.build(), lowerEnd, upperEnd);
    }

    public Model model() {
        return dual;
    }

    /** A point of the dual model as row multipliers of the original, in {@code DualBound}'s convention. */
    public Rational[] multipliers(Rational[] dualPoint) {
        boolean max = original.objective().sense() == Sense.MAXIMIZE;
        Rational[] y = new Rational[lowerEnd.length];
        for (int r = 0; r < y.length; r++) {
            Rational v = Rational.ZERO;
            if (lowerEnd[r] >= 0) {
                v = v.add(dualPoint[lowerEnd[r]]);
            }
            if (upperEnd[r] >= 0) {
                v = v.subtract(dualPoint[upperEnd[r]]);
            }
            // DualBound negates the stated multipliers of a MAXIMIZE model before use.
            y[r] = max ? v.negate() : v;
        }
        return y;
    }
}
