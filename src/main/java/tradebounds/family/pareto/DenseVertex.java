package tradebounds.family.pareto;

import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.certify.ExactCrossover;
import tradebounds.model.Bound;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * An exact vertex from a floating one, by dense Gauss-Jordan elimination over the active set: variables within
 * {@link #TOL} of a bound are fixed there, rows within TOL of an end are equations, and a maximal independent set of
 * those equations is solved exactly (pivot: the largest coefficient in floating point; an equation that reduces to
 * 0 = c is dropped). Used when {@code engine.certify.ExactCrossover} leaves a pooled allocation (several equal x_j
 * held by one Border row) at its rounded value. Untrusted: the point goes through the checker like any other.
 * The mechanism LPs have at most a few dozen variables, so dense is cheap.
 */
final class DenseVertex {
    /** The same tolerance as the crossover's, whose active-set test this shares. */
    static final double TOL = ExactCrossover.TOL;

    private DenseVertex() {
    }

    /**
     * Solves, and when the exact point violates a row (two near-identical active rows, e.g. two Border rows whose
     * right-hand sides differ by 1e-15, and the looser one was taken), solves again with the violated rows first.
     */
    static Rational[] solve(Model model, double[] x) {
        java.util.LinkedHashSet<String> first = new java.util.LinkedHashSet<>();
        Rational[] p = solve(model, x, first);
        for (int attempt = 0; attempt < 8; attempt++) {
            tradebounds.check.PointCheck.Violation v = tradebounds.check.PointCheck.maxViolation(model, p);
            if (v.feasible() || !first.add(v.where().startsWith("row ") ? v.where().substring(4) : v.where())) {
                break;
            }
            p = solve(model, x, first);
        }
        return p;
    }

    private static Rational[] solve(Model model, double[] x, java.util.Set<String> first) {
        int n = model.variableCount();
        Rational[] exact = new Rational[n];
        boolean[] unknown = new boolean[n];
        for (int j = 0; j < n; j++) {
            exact[j] = ExactCrossover.activeEnd(model.variables().get(j).bound(), x[j]);
            if (exact[j] == null) {
                exact[j] = Rational.ofDouble(x[j]);
                unknown[j] = true;
            }
        }
        List<Rational[]> pivots = new ArrayList<>();
        List<Integer> pivotCol = new ArrayList<>();
        List<Row> order = new ArrayList<>();
        for (Row row : model.rows()) {
            if (first.contains(row.name())) {
                order.add(row);
            }
        }
        for (Row row : model.rows()) {
            if (!first.contains(row.name())) {
                order.add(row);
            }
        }
        for (Row row : order) {
            Rational end = ExactCrossover.activeEnd(row.bound(), row.expr().evaluate(x));
            if (end == null) {
                continue;
            }
            Rational[] eq = new Rational[n + 1];
            java.util.Arrays.fill(eq, Rational.ZERO);
            Rational rhs = end.subtract(row.expr().constant());
            for (LinearTerm t : row.expr().linear()) {
                if (unknown[t.var()]) {
                    eq[t.var()] = eq[t.var()].add(t.coef());
                } else {
                    rhs = rhs.subtract(t.coef().multiply(exact[t.var()]));
                }
            }
            eq[n] = rhs;
            for (int p = 0; p < pivots.size(); p++) {
                int c = pivotCol.get(p);
                if (!eq[c].isZero()) {
                    Rational f = eq[c];
                    Rational[] pr = pivots.get(p);
                    for (int j = 0; j <= n; j++) {
                        if (!pr[j].isZero()) {
                            eq[j] = eq[j].subtract(f.multiply(pr[j]));
                        }
                    }
                }
            }
            int best = -1;
            double mag = 0;
            for (int j = 0; j < n; j++) {
                if (!eq[j].isZero() && Math.abs(eq[j].toDouble()) > mag) {
                    mag = Math.abs(eq[j].toDouble());
                    best = j;
                }
            }
            if (best < 0) {
                continue;
            }
            Rational inv = Rational.ONE.divide(eq[best]);
            for (int j = 0; j <= n; j++) {
                eq[j] = eq[j].multiply(inv);
            }
            for (Rational[] pr : pivots) {
                if (!pr[best].isZero()) {
                    Rational f = pr[best];
                    for (int j = 0; j <= n; j++) {
                        if (!eq[j].isZero()) {
                            pr[j] = pr[j].subtract(f.multiply(eq[j]));
                        }
                    }
                }
            }
            pivots.add(eq);
            pivotCol.add(best);
        }
        boolean[] isPivot = new boolean[n];
        for (int c : pivotCol) {
            isPivot[c] = true;
        }
        // Unknowns no active row pins (a degenerate vertex: e.g. x_1 when v_1 = 0) keep their floating value, or
        // else 0 or an end of their bound, whichever first gives a feasible point.
        Rational[] best = null;
        for (int strategy = 0; strategy < 3; strategy++) {
            Rational[] trial = exact.clone();
            for (int j = 0; j < n; j++) {
                if (unknown[j] && !isPivot[j]) {
                    Bound b = model.variables().get(j).bound();
                    Rational z = strategy == 0 ? trial[j] : strategy == 1 ? Rational.ZERO
                            : b.lo() != null ? b.lo() : b.hi() != null ? b.hi() : Rational.ZERO;
                    if (b.lo() != null && z.compareTo(b.lo()) < 0) {
                        z = b.lo();
                    }
                    if (b.hi() != null && z.compareTo(b.hi()) > 0) {
                        z = b.hi();
                    }
                    trial[j] = z;
                }
            }
            for (int p = 0; p < pivots.size(); p++) {
                Rational[] pr = pivots.get(p);
                Rational v = pr[n];
                for (int j = 0; j < n; j++) {
                    if (j != pivotCol.get(p) && !pr[j].isZero() && unknown[j] && !isPivot[j]) {
                        v = v.subtract(pr[j].multiply(trial[j]));
                    }
                }
                trial[pivotCol.get(p)] = v;
            }
            if (best == null) {
                best = trial;
            }
            if (tradebounds.check.PointCheck.maxViolation(model, trial).feasible()) {
                return trial;
            }
        }
        exact = best;
        return exact;
    }
}
