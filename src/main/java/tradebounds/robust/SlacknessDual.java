package tradebounds.robust;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tradebounds.model.Bound;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;
import tradebounds.model.Sense;

/**
 * Exact row multipliers that meet a given exact feasible point, found from floating duals by complementary
 * slackness. Why this exists: on degenerate LPs (program (d) of {@code programs.robust} from 50 cells up) the
 * floating duals classify reduced costs and multipliers ambiguously, and {@link ExactCrossover#dual} returns
 * multipliers of the wrong sign on a one-sided row, so the safe bound is infinite. Here the exact point decides
 * the structure instead of a tolerance:
 * <ul>
 *   <li>a row that is not tight at x gets multiplier 0, and so does one whose floating multiplier is ~0;</li>
 *   <li>a variable strictly inside its bounds at x gets reduced cost exactly 0, and so does one whose floating
 *       reduced cost is ~0;</li>
 *   <li>the other multipliers solve those equations exactly. A multiplier of the wrong sign for the end its row
 *       sits at is then pinned to 0, a reduced cost of the wrong sign for the end its variable sits at adds its
 *       equation, and the system is solved again (at most {@link #ROUNDS} times).</li>
 * </ul>
 * If the result is sign-consistent, every term of the safe bound {@code check.DualBound} meets x's objective, so
 * the bound equals it exactly. Nothing here is trusted: the checker recomputes the bound from the multipliers.
 */
final class SlacknessDual {
    static final int ROUNDS = 30;

    private SlacknessDual() {
    }

    /** Multipliers in {@code DualBound}'s convention (as the model states its sense). */
    static Rational[] at(Model model, Rational[] x, double[] y) {
        boolean max = model.objective().sense() == Sense.MAXIMIZE;
        int rows = model.rows().size();
        int n = model.variableCount();
        // side[r]: +1 tight at lo only, -1 at hi only, 2 both (equality), 0 slack. Multipliers here are of the
        // MINIMIZE form (negated for a max model), so +1 needs yr >= 0 and -1 needs yr <= 0.
        int[] side = new int[rows];
        boolean[] unknown = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            Row row = model.rows().get(r);
            Rational act = row.expr().evaluate(x);
            boolean lo = row.bound().lo() != null && act.equals(row.bound().lo());
            boolean hi = row.bound().hi() != null && act.equals(row.bound().hi());
            side[r] = lo && hi ? 2 : lo ? 1 : hi ? -1 : 0;
            unknown[r] = side[r] != 0 && Math.abs(y[r]) > ExactCrossover.TOL;
        }
        Rational[] c = new Rational[n];
        Arrays.fill(c, Rational.ZERO);
        for (LinearTerm t : model.objective().expr().linear()) {
            c[t.var()] = c[t.var()].add(max ? t.coef().negate() : t.coef());
        }
        double[] dFloat = new double[n];
        for (int j = 0; j < n; j++) {
            dFloat[j] = c[j].toDouble();
        }
        for (int r = 0; r < rows; r++) {
            double yr = max ? -y[r] : y[r];
            for (LinearTerm t : model.rows().get(r).expr().linear()) {
                dFloat[t.var()] -= t.coef().toDouble() * yr;
            }
        }
        // varSide[j]: +1 at lower bound (needs d >= 0), -1 at upper (d <= 0), 2 fixed, 0 interior (d = 0).
        int[] varSide = new int[n];
        boolean[] equation = new boolean[n];
        for (int j = 0; j < n; j++) {
            Bound b = model.variables().get(j).bound();
            boolean lo = b.lo() != null && x[j].equals(b.lo());
            boolean hi = b.hi() != null && x[j].equals(b.hi());
            varSide[j] = lo && hi ? 2 : lo ? 1 : hi ? -1 : 0;
            equation[j] = varSide[j] == 0 || Math.abs(dFloat[j]) <= ExactCrossover.TOL;
        }
        Rational[] yr = new Rational[rows];
        for (int round = 0; round < ROUNDS; round++) {
            for (int r = 0; r < rows; r++) {
                yr[r] = unknown[r] ? ExactCrossover.nice(max ? -y[r] : y[r]) : Rational.ZERO;
            }
            solve(model, c, unknown, equation, yr);
            boolean changed = false;
            for (int r = 0; r < rows; r++) {
                if (unknown[r] && (side[r] == 1 && yr[r].signum() < 0 || side[r] == -1 && yr[r].signum() > 0)) {
                    unknown[r] = false;
                    changed = true;
                }
            }
            Rational[] d = reducedCosts(model, c, yr);
            for (int j = 0; j < n; j++) {
                boolean wrong = varSide[j] == 0 && !d[j].isZero() || varSide[j] == 1 && d[j].signum() < 0
                        || varSide[j] == -1 && d[j].signum() > 0;
                if (wrong && !equation[j]) {
                    equation[j] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        Rational[] out = new Rational[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = unknown[r] ? (max ? yr[r].negate() : yr[r]) : Rational.ZERO;
        }
        return out;
    }

    /** Solves sum_r A_rj yr_r = c_j over the unknown multipliers, for every column j marked as an equation. */
    private static void solve(Model model, Rational[] c, boolean[] unknown, boolean[] equation, Rational[] yr) {
        Map<Integer, Map<Integer, Rational>> columns = new HashMap<>();
        for (int r = 0; r < yr.length; r++) {
            if (!unknown[r]) {
                continue;
            }
            for (LinearTerm t : model.rows().get(r).expr().linear()) {
                if (equation[t.var()]) {
                    columns.computeIfAbsent(t.var(), k -> new HashMap<>()).merge(r, t.coef(), Rational::add);
                }
            }
        }
        SparseExactSolver s = new SparseExactSolver();
        for (int j = 0; j < c.length; j++) {
            if (equation[j]) {
                s.add(columns.getOrDefault(j, Map.of()), c[j]);
            }
        }
        s.solve(yr);
    }

    private static Rational[] reducedCosts(Model model, Rational[] c, Rational[] yr) {
        Rational[] d = c.clone();
        for (int r = 0; r < yr.length; r++) {
            if (yr[r].isZero()) {
                continue;
            }
            for (LinearTerm t : model.rows().get(r).expr().linear()) {
                d[t.var()] = d[t.var()].subtract(yr[r].multiply(t.coef()));
            }
        }
        return d;
    }
}
