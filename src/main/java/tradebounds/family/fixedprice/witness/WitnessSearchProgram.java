package tradebounds.family.fixedprice.witness;

import java.util.List;
import tradebounds.model.BilinearTerm;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Row;
import tradebounds.model.Sense;
import tradebounds.model.Variable;

/**
 * A floating copy of an exact model with at most bilinear rows, for the search only: row values, gradients,
 * the exact second-order remainder of a step, and the exact-penalty merit
 * {@code objective(x) + mu * sum_rows violation(x)}.
 *
 * <p>Nothing here is specific to program (4.2): any minimisation model whose rows are linear or bilinear (the
 * k-unit program (6.1) included) compiles. When the objective is a single variable {@code min r} that enters
 * rows linearly only (an epigraph variable), {@link #tightenObjective} moves it to the least value the rows
 * allow, which is how the merit sees {@code max_t sw_t} rather than a stale r.
 */
final class WitnessSearchProgram {
    private final Model model;
    private final int vars;
    private final double[] lower;
    private final double[] upper;
    private final double[] objective;
    private final int objectiveVariable;
    private final FloatRow[] rows;

    /** One row lo &lt;= constant + lin + bil &lt;= hi in doubles; infinite ends are absent ends. */
    record FloatRow(String name, double constant, int[] linVar, double[] linCoef, int[] bilFirst, int[] bilSecond,
                    double[] bilCoef, double lo, double hi) {
        boolean bilinear() {
            return bilCoef.length > 0;
        }

        double value(double[] x) {
            double v = constant;
            for (int k = 0; k < linVar.length; k++) {
                v += linCoef[k] * x[linVar[k]];
            }
            for (int k = 0; k < bilCoef.length; k++) {
                v += bilCoef[k] * x[bilFirst[k]] * x[bilSecond[k]];
            }
            return v;
        }

        /** Adds the gradient at x into {@code out} (dense, model variable order). */
        void gradient(double[] x, double[] out) {
            for (int k = 0; k < linVar.length; k++) {
                out[linVar[k]] += linCoef[k];
            }
            for (int k = 0; k < bilCoef.length; k++) {
                out[bilFirst[k]] += bilCoef[k] * x[bilSecond[k]];
                out[bilSecond[k]] += bilCoef[k] * x[bilFirst[k]];
            }
        }

        /** The exact remainder value(x + d) - value(x) - gradient(x).d of a bilinear row: sum c d_a d_b. */
        double remainder(double[] d) {
            double v = 0;
            for (int k = 0; k < bilCoef.length; k++) {
                v += bilCoef[k] * d[bilFirst[k]] * d[bilSecond[k]];
            }
            return v;
        }

        double violation(double v) {
            return Math.max(0, Math.max(lo - v, v - hi));
        }
    }

    WitnessSearchProgram(Model model) {
        if (model.objective().sense() != Sense.MINIMIZE || !model.objective().expr().isLinear()) {
            throw new IllegalArgumentException("the witness search minimises a linear objective");
        }
        this.model = model;
        this.vars = model.variableCount();
        this.lower = new double[vars];
        this.upper = new double[vars];
        for (int k = 0; k < vars; k++) {
            Variable v = model.variables().get(k);
            lower[k] = v.bound().lower().map(r -> r.toDouble()).orElse(Double.NEGATIVE_INFINITY);
            upper[k] = v.bound().upper().map(r -> r.toDouble()).orElse(Double.POSITIVE_INFINITY);
        }
        this.objective = new double[vars];
        for (LinearTerm t : model.objective().expr().linear()) {
            objective[t.var()] += t.coef().toDouble();
        }
        List<LinearTerm> obj = model.objective().expr().linear();
        int epigraph = obj.size() == 1 && obj.get(0).coef().signum() > 0 ? obj.get(0).var() : -1;
        this.rows = new FloatRow[model.rows().size()];
        for (int i = 0; i < rows.length; i++) {
            Row row = model.rows().get(i);
            rows[i] = compile(row);
            for (BilinearTerm t : row.expr().bilinear()) {
                if (t.first() == epigraph || t.second() == epigraph) {
                    epigraph = -1;
                }
            }
        }
        this.objectiveVariable = epigraph;
    }

    private static FloatRow compile(Row row) {
        List<LinearTerm> lin = row.expr().linear();
        List<BilinearTerm> bil = row.expr().bilinear();
        int[] lv = new int[lin.size()];
        double[] lc = new double[lin.size()];
        for (int k = 0; k < lv.length; k++) {
            lv[k] = lin.get(k).var();
            lc[k] = lin.get(k).coef().toDouble();
        }
        int[] bf = new int[bil.size()];
        int[] bs = new int[bil.size()];
        double[] bc = new double[bil.size()];
        for (int k = 0; k < bf.length; k++) {
            bf[k] = bil.get(k).first();
            bs[k] = bil.get(k).second();
            bc[k] = bil.get(k).coef().toDouble();
        }
        double lo = row.bound().lower().map(r -> r.toDouble()).orElse(Double.NEGATIVE_INFINITY);
        double hi = row.bound().upper().map(r -> r.toDouble()).orElse(Double.POSITIVE_INFINITY);
        return new FloatRow(row.name(), row.expr().constant().toDouble(), lv, lc, bf, bs, bc, lo, hi);
    }

    Model model() {
        return model;
    }

    int variableCount() {
        return vars;
    }

    double lower(int k) {
        return lower[k];
    }

    double upper(int k) {
        return upper[k];
    }

    double objectiveCoef(int k) {
        return objective[k];
    }

    /** The epigraph variable r of {@code min r}, or -1 if the objective has another form. */
    int objectiveVariable() {
        return objectiveVariable;
    }

    FloatRow[] rows() {
        return rows;
    }

    double objectiveValue(double[] x) {
        double v = model.objective().expr().constant().toDouble();
        for (int k = 0; k < vars; k++) {
            v += objective[k] * x[k];
        }
        return v;
    }

    double totalViolation(double[] x) {
        double v = 0;
        for (FloatRow row : rows) {
            v += row.violation(row.value(x));
        }
        return v;
    }

    double merit(double[] x, double mu) {
        return objectiveValue(x) + mu * totalViolation(x);
    }

    /** Clips x into the variable bounds. */
    void project(double[] x) {
        for (int k = 0; k < vars; k++) {
            x[k] = Math.min(upper[k], Math.max(lower[k], x[k]));
        }
    }

    /**
     * Sets the epigraph variable to the least value within its bounds that every row bounding it from below
     * allows at the other coordinates of x. Never raises the merit when mu &gt;= 1.
     */
    void tightenObjective(double[] x) {
        int r = objectiveVariable;
        if (r < 0) {
            return;
        }
        double need = lower[r];
        for (FloatRow row : rows) {
            double a = 0;
            for (int k = 0; k < row.linVar().length; k++) {
                if (row.linVar()[k] == r) {
                    a += row.linCoef()[k];
                }
            }
            if (a == 0) {
                continue;
            }
            double rest = row.value(x) - a * x[r];
            if (a < 0 && row.hi() < Double.POSITIVE_INFINITY) {
                need = Math.max(need, (rest - row.hi()) / -a);
            } else if (a > 0 && row.lo() > Double.NEGATIVE_INFINITY) {
                need = Math.max(need, (row.lo() - rest) / a);
            }
        }
        x[r] = Math.min(upper[r], need);
    }
}
