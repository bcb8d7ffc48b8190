package tradebounds.family.pareto;

import java.util.ArrayList;
import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;
import tradebounds.model.Sense;

/**
 * A dense two-phase simplex in exact rationals with Bland's rule (so it terminates), for the small mechanism LPs
 * whose floating solutions do not cross over exactly (Example 4.2 at n &gt;= 8: the Border right-hand sides
 * 1 - (1 - S_j)^n of the low values differ by 1e-15 and less, and the optimal allocations of those values are
 * 1e-6 small, below every solver's tolerance). Every variable needs a finite lower bound. Untrusted like any
 * solver: its point
 * and its dual (the same simplex on {@code engine.certify.LpDual}'s dual model) go into an lp-optimum certificate
 * the checker replays.
 */
final class ExactSimplex {
    private ExactSimplex() {
    }

    /** An exact optimal point of a linear model, or null when infeasible or unbounded. */
    static Rational[] solve(Model model) {
        int n = model.variableCount();
        List<Rational[]> rows = new ArrayList<>();
        List<Integer> senses = new ArrayList<>(); // -1: <=, 0: =, 1: >=
        List<Rational> rhs = new ArrayList<>();
        Rational[] lo = new Rational[n];
        for (int j = 0; j < n; j++) {
            Bound b = model.variables().get(j).bound();
            if (b.lo() == null) {
                throw new IllegalArgumentException("ExactSimplex needs finite lower bounds");
            }
            lo[j] = b.lo();
            if (b.hi() != null) {
                Rational[] a = zeros(n);
                a[j] = Rational.ONE;
                rows.add(a);
                senses.add(b.hi().equals(b.lo()) ? 0 : -1);
                rhs.add(b.hi().subtract(b.lo()));
            }
        }
        for (Row row : model.rows()) {
            Rational[] a = zeros(n);
            Rational shift = row.expr().constant();
            for (LinearTerm t : row.expr().linear()) {
                a[t.var()] = a[t.var()].add(t.coef());
                shift = shift.add(t.coef().multiply(lo[t.var()]));
            }
            Bound b = row.bound();
            if (b.lo() != null && b.hi() != null && b.lo().equals(b.hi())) {
                rows.add(a);
                senses.add(0);
                rhs.add(b.lo().subtract(shift));
                continue;
            }
            if (b.lo() != null) {
                rows.add(a);
                senses.add(1);
                rhs.add(b.lo().subtract(shift));
            }
            if (b.hi() != null) {
                rows.add(a.clone());
                senses.add(-1);
                rhs.add(b.hi().subtract(shift));
            }
        }
        Rational[] c = zeros(n);
        boolean max = model.objective().sense() == Sense.MAXIMIZE;
        for (LinearTerm t : model.objective().expr().linear()) {
            c[t.var()] = c[t.var()].add(max ? t.coef() : t.coef().negate());
        }
        Rational[] xs = maximize(rows, senses, rhs, c, n);
        if (xs == null) {
            return null;
        }
        Rational[] x = new Rational[n];
        for (int j = 0; j < n; j++) {
            x[j] = lo[j].add(xs[j]);
        }
        return x;
    }

    private static Rational[] zeros(int n) {
        Rational[] a = new Rational[n];
        java.util.Arrays.fill(a, Rational.ZERO);
        return a;
    }

    /** max c x s.t. rows (sense) rhs, x &gt;= 0. */
    private static Rational[] maximize(List<Rational[]> rows, List<Integer> senses, List<Rational> rhs, Rational[] c,
                                       int n) {
        int m = rows.size();
        int slacks = 0;
        int arts = 0;
        for (int i = 0; i < m; i++) {
            int s = senses.get(i);
            if (rhs.get(i).signum() < 0) {
                s = -s;
            }
            if (s != 0) {
                slacks++;
            }
            if (s >= 0) {
                arts++;
            }
        }
        int cols = n + slacks + arts;
        Rational[][] t = new Rational[m + 1][cols + 1];
        for (Rational[] r : t) {
            java.util.Arrays.fill(r, Rational.ZERO);
        }
        int[] basis = new int[m];
        int sCol = n;
        int aCol = n + slacks;
        for (int i = 0; i < m; i++) {
            boolean neg = rhs.get(i).signum() < 0;
            int s = neg ? -senses.get(i) : senses.get(i);
            Rational[] a = rows.get(i);
            for (int j = 0; j < n; j++) {
                t[i][j] = neg ? a[j].negate() : a[j];
            }
            t[i][cols] = neg ? rhs.get(i).negate() : rhs.get(i);
            if (s == -1) {
                t[i][sCol] = Rational.ONE;
                basis[i] = sCol++;
            } else {
                if (s == 1) {
                    t[i][sCol++] = Rational.ONE.negate();
                }
                t[i][aCol] = Rational.ONE;
                basis[i] = aCol++;
            }
        }
        // Phase I: maximise -sum(artificials); objective row holds reduced costs (z_j - c_j form: we store -d).
        Rational[] phase1 = zeros(cols);
        for (int j = n + slacks; j < cols; j++) {
            phase1[j] = Rational.ONE.negate();
        }
        if (!run(t, basis, phase1, cols, cols)) {
            return null;
        }
        if (t[m][cols].signum() != 0) {
            return null; // infeasible
        }
        // Drive artificials out of the basis where possible.
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n + slacks) {
                for (int j = 0; j < n + slacks; j++) {
                    if (!t[i][j].isZero()) {
                        pivot(t, basis, i, j, cols);
                        break;
                    }
                }
            }
        }
        Rational[] phase2 = zeros(cols);
        System.arraycopy(c, 0, phase2, 0, n);
        if (!run(t, basis, phase2, cols, n + slacks)) {
            return null;
        }
        Rational[] x = zeros(n);
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = t[i][cols];
            }
        }
        return x;
    }

    /**
     * Simplex on tableau t with objective c (maximise); only columns &lt; allowed may enter. Row m gets the reduced
     * costs. Returns false when unbounded.
     */
    private static boolean run(Rational[][] t, int[] basis, Rational[] c, int cols, int allowed) {
        int m = basis.length;
        // objective row: r_j = c_B B^-1 A_j - c_j, value = c_B x_B
        for (int j = 0; j <= cols; j++) {
            Rational v = j < cols ? c[j].negate() : Rational.ZERO;
            for (int i = 0; i < m; i++) {
                if (!c[basis[i]].isZero() && !t[i][j].isZero()) {
                    v = v.add(c[basis[i]].multiply(t[i][j]));
                }
            }
            t[m][j] = v;
        }
        for (int iter = 0; iter < 100_000; iter++) {
            int enter = -1;
            for (int j = 0; j < allowed; j++) {
                if (t[m][j].signum() < 0) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                return true;
            }
            int leave = -1;
            Rational best = null;
            for (int i = 0; i < m; i++) {
                if (t[i][enter].signum() > 0) {
                    Rational ratio = t[i][cols].divide(t[i][enter]);
                    if (best == null || ratio.compareTo(best) < 0
                            || (ratio.compareTo(best) == 0 && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return false;
            }
            pivot(t, basis, leave, enter, cols);
        }
        throw new IllegalStateException("exact simplex: iteration limit");
    }

    private static void pivot(Rational[][] t, int[] basis, int r, int col, int cols) {
        Rational inv = Rational.ONE.divide(t[r][col]);
        for (int j = 0; j <= cols; j++) {
            if (!t[r][j].isZero()) {
                t[r][j] = t[r][j].multiply(inv);
            }
        }
        for (int i = 0; i < t.length; i++) {
            if (i != r && !t[i][col].isZero()) {
                Rational f = t[i][col];
                for (int j = 0; j <= cols; j++) {
                    if (!t[r][j].isZero()) {
                        t[i][j] = t[i][j].subtract(f.multiply(t[r][j]));
                    }
                }
            }
        }
        basis[r] = col;
    }
}
