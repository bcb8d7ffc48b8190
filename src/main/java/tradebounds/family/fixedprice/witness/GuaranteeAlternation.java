package tradebounds.family.fixedprice.witness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tradebounds.model.BilinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Row;
import tradebounds.model.Sense;
import tradebounds.solve.ortools.GlopDirect;

/**
 * Alternating linear programs for the guarantee programs (4.1), (5.1) and symmetric (5.1) with k = 2, in doubles.
 * Untrusted: what it returns is a floating candidate, made exact by a repair and judged by the checker.
 *
 * <p>Why alternation works on these programs: every bilinear term of (4.1) and (5.1) is s_i(q) b_j(q), a seller mass
 * times a buyer mass, and no row couples two seller (or two buyer) masses nonlinearly; so with the buyer masses
 * fixed the program is a linear program in the seller masses and r, and vice versa. On the diagonal of Cor. 5.1
 * with k = 2 (b(1) = s(2), b(2) = s(1)) the same holds for the blocks {s(1), b(2)} and {s(2), b(1)}: the diagonal
 * rows stay inside a block and every product s_i(q) b_j(q) has one factor in each. The constructor checks this
 * property on the model itself (every bilinear term must join block A to block B), so a block split that does not
 * linearise the program is refused rather than silently mis-solved. Each half-step is an exact LP over its block
 * (and r), so r never increases along a descent.
 *
 * <p>Margins: the {@code opt} row is required with {@value #MARGIN} to spare and the mean rows ({@code *_mean*})
 * with the same strict margin, so that rounding the masses to 14 decimals in the repair cannot break them; this
 * costs about 1e-9 in r. The dominance rows get no margin (some are forced tight, e.g. at the head mass 1); the
 * repair restores them by running maxima of cumulative sums. The {@code opt} row is elastic (a slack priced
 * {@value #ELASTIC}) so that a poor start does not make a half-step infeasible; a final point with positive slack
 * is not returned as feasible.
 */
public final class GuaranteeAlternation implements AutoCloseable {
    static final double MARGIN = 1e-9;
    static final double ELASTIC = 100;

    /** A point reached by a descent: model variable order, its r, and whether the opt row held with margin. */
    public record Point(double[] x, double r, boolean feasible) {
    }

    private final WitnessSearchProgram prog;
    private final boolean[] inA;
    private final boolean[] inB;
    private final int rVar;
    private final double[] margin;
    private final GlopDirect lp = new GlopDirect();

    /**
     * @param model a minimisation model {@code min r} with linear and bilinear rows
     * @param inA   the variables of block A (seller side)
     * @param inB   the variables of block B (buyer side); the rest (r) is free in both half-steps
     */
    public GuaranteeAlternation(Model model, boolean[] inA, boolean[] inB) {
        this.prog = new WitnessSearchProgram(model);
        if (prog.objectiveVariable() < 0 || model.objective().sense() != Sense.MINIMIZE) {
            throw new IllegalArgumentException("alternation needs min r with r an epigraph variable");
        }
        this.inA = inA.clone();
        this.inB = inB.clone();
        this.rVar = prog.objectiveVariable();
        for (Row row : model.rows()) {
            for (BilinearTerm t : row.expr().bilinear()) {
                boolean ab = inA[t.first()] && inB[t.second()] || inB[t.first()] && inA[t.second()];
                if (!ab) {
                    throw new IllegalArgumentException("row " + row.name() + ": product of "
                            + model.variables().get(t.first()).name() + " and " + model.variables().get(t.second())
                            .name() + " is not between the two blocks");
                }
            }
        }
        WitnessSearchProgram.FloatRow[] rows = prog.rows();
        margin = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String name = rows[i].name();
            margin[i] = name.equals("opt") || name.contains("_mean") ? MARGIN : 0;
        }
    }

    /** The model's blocks by variable name: s* in A, b* in B (programs (4.1) and (5.1)). */
    public static boolean[][] sellerBuyerBlocks(Model model) {
        int n = model.variableCount();
        boolean[][] ab = new boolean[2][n];
        for (int k = 0; k < n; k++) {
            String name = model.variables().get(k).name();
            ab[0][k] = name.startsWith("s");
            ab[1][k] = name.startsWith("b");
        }
        return ab;
    }

    /**
     * Blocks of symmetric (5.1) with k = 2: A = {s(1), b(2)}, B = {s(2), b(1)}. The diagonal rows b(2) = s(1) and
     * b(1) = s(2) stay inside a block.
     */
    public static boolean[][] diagonalBlocks(Model model) {
        int n = model.variableCount();
        boolean[][] ab = new boolean[2][n];
        for (int k = 0; k < n; k++) {
            String name = model.variables().get(k).name();
            if (name.equals("r")) {
                continue;
            }
            int q = Integer.parseInt(name.substring(name.indexOf('_') + 1));
            boolean seller = name.startsWith("s");
            boolean a = seller ? q == 1 : q == 2;
            ab[0][k] = a;
            ab[1][k] = !a;
        }
        return ab;
    }

    int variableCount() {
        return prog.variableCount();
    }

    WitnessSearchProgram program() {
        return prog;
    }

    /**
     * Moves block {@code side} (0 = A, 1 = B) of {@code target} onto the rows that involve that block only (its
     * own pmf, mean and dominance rows), at least L1 distance; the other coordinates are kept. Null if the LP fails.
     */
    double[] project(double[] target, int side) {
        boolean[] mine = side == 0 ? inA : inB;
        lp.clear();
        int n = prog.variableCount();
        int[] col = new int[n];
        Arrays.fill(col, -1);
        List<int[]> dev = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (mine[k]) {
                col[k] = lp.variable(Math.max(0, prog.lower(k)), prog.upper(k));
                int plus = lp.variable(0, Double.POSITIVE_INFINITY);
                int minus = lp.variable(0, Double.POSITIVE_INFINITY);
                int row = lp.row(target[k], target[k]);
                lp.coefficient(row, col[k], 1);
                lp.coefficient(row, plus, -1);
                lp.coefficient(row, minus, 1);
                lp.objective(plus, 1, false);
                lp.objective(minus, 1, false);
                dev.add(new int[] {k, col[k]});
            }
        }
        WitnessSearchProgram.FloatRow[] rows = prog.rows();
        for (int i = 0; i < rows.length; i++) {
            WitnessSearchProgram.FloatRow row = rows[i];
            if (row.bilinear()) {
                continue;
            }
            boolean own = row.linVar().length > 0;
            for (int v : row.linVar()) {
                own &= mine[v];
            }
            if (!own) {
                continue;
            }
            int r = lp.row(lo(row, i) - row.constant(), hi(row, i) - row.constant());
            for (int t = 0; t < row.linVar().length; t++) {
                lp.coefficient(r, col[row.linVar()[t]], row.linCoef()[t]);
            }
        }
        if (lp.solve(20) != GlopDirect.Status.OPTIMAL) {
            return null;
        }
        double[] x = target.clone();
        for (int[] d : dev) {
            x[d[0]] = Math.max(0, lp.value(d[1]));
        }
        return x;
    }

    private double lo(WitnessSearchProgram.FloatRow row, int i) {
        return row.lo() == Double.NEGATIVE_INFINITY ? row.lo() : row.lo() + margin[i];
    }

    private double hi(WitnessSearchProgram.FloatRow row, int i) {
        double h = row.hi() == Double.POSITIVE_INFINITY ? row.hi() : row.hi() - margin[i];
        return row.lo() == row.hi() ? row.hi() : h;
    }

    /**
     * One half-step: block {@code fixedSide} (0 = A, 1 = B) fixed at x, LP min r over the other block and r.
     * Returns the new point (r set to the least value the rows allow) or null if the LP fails.
     */
    double[] half(double[] x, int fixedSide) {
        boolean[] fixed = fixedSide == 0 ? inA : inB;
        int n = prog.variableCount();
        lp.clear();
        int[] col = new int[n];
        Arrays.fill(col, -1);
        for (int k = 0; k < n; k++) {
            if (!fixed[k]) {
                double up = k == rVar ? 10 : prog.upper(k);
                col[k] = lp.variable(k == rVar ? -10 : prog.lower(k), up);
            }
        }
        int slack = lp.variable(0, Double.POSITIVE_INFINITY);
        lp.objective(col[rVar], 1, false);
        lp.objective(slack, ELASTIC, false);
        WitnessSearchProgram.FloatRow[] rows = prog.rows();
        double[] coef = new double[n];
        for (int i = 0; i < rows.length; i++) {
            WitnessSearchProgram.FloatRow row = rows[i];
            Arrays.fill(coef, 0);
            double constant = row.constant();
            boolean any = false;
            for (int t = 0; t < row.linVar().length; t++) {
                int v = row.linVar()[t];
                if (fixed[v]) {
                    constant += row.linCoef()[t] * x[v];
                } else {
                    coef[v] += row.linCoef()[t];
                    any = true;
                }
            }
            for (int t = 0; t < row.bilCoef().length; t++) {
                int a = row.bilFirst()[t];
                int b = row.bilSecond()[t];
                // exactly one factor is fixed (checked in the constructor)
                if (fixed[a]) {
                    coef[b] += row.bilCoef()[t] * x[a];
                } else {
                    coef[a] += row.bilCoef()[t] * x[b];
                }
                any = true;
            }
            if (!any) {
                continue;
            }
            int r = lp.row(lo(row, i) - constant, hi(row, i) - constant);
            for (int k = 0; k < n; k++) {
                if (coef[k] != 0) {
                    lp.coefficient(r, col[k], coef[k]);
                }
            }
            if (row.name().equals("opt")) {
                lp.coefficient(r, slack, 1);
            }
        }
        if (lp.solve(20) != GlopDirect.Status.OPTIMAL) {
            return null;
        }
        double[] y = x.clone();
        for (int k = 0; k < n; k++) {
            if (col[k] >= 0) {
                y[k] = k == rVar ? lp.value(col[k]) : Math.max(0, lp.value(col[k]));
            }
        }
        y[rVar] = 0;
        y[rVar] = welfare(y);
        return y;
    }

    /** max over the rows bounding r from below, at x: the least feasible r for these masses. */
    double welfare(double[] x) {
        double[] y = x.clone();
        y[rVar] = 0;
        double need = Double.NEGATIVE_INFINITY;
        for (WitnessSearchProgram.FloatRow row : prog.rows()) {
            double a = 0;
            for (int t = 0; t < row.linVar().length; t++) {
                if (row.linVar()[t] == rVar) {
                    a += row.linCoef()[t];
                }
            }
            if (a < 0 && row.hi() < Double.POSITIVE_INFINITY) {
                need = Math.max(need, (row.value(y) - row.hi()) / -a);
            }
        }
        return need;
    }

    /** Value of the opt row at x (for the margin test). */
    double opt(double[] x) {
        for (WitnessSearchProgram.FloatRow row : prog.rows()) {
            if (row.name().equals("opt")) {
                return row.value(x);
            }
        }
        return Double.NaN;
    }

    /**
     * Alternates half-steps (B fixed first, so the start's block B must satisfy its own rows, see
     * {@link #project}) until r improves by less than {@code tol} over a full round or {@code maxRounds} pass.
     */
    public Point descend(double[] start, int maxRounds, double tol) {
        return descend(start, 1, maxRounds, tol);
    }

    /** As {@link #descend(double[], int, double)}, fixing block {@code firstFixed} (0 = A, 1 = B) first. */
    public Point descend(double[] start, int firstFixed, int maxRounds, double tol) {
        double[] x = start.clone();
        double last = Double.POSITIVE_INFINITY;
        Point best = null;
        for (int round = 0; round < maxRounds; round++) {
            double[] y = half(x, firstFixed);
            if (y == null) {
                break;
            }
            double[] z = half(y, 1 - firstFixed);
            if (z == null) {
                break;
            }
            x = z;
            boolean ok = opt(x) >= 1 + MARGIN / 2;
            Point p = new Point(x.clone(), x[rVar], ok);
            if (ok && (best == null || p.r() < best.r())) {
                best = p;
            }
            if (ok && last - x[rVar] < tol) {
                break;
            }
            last = ok ? x[rVar] : Double.POSITIVE_INFINITY;
        }
        return best;
    }

    int rIndex() {
        return rVar;
    }

    @Override
    public void close() {
        lp.close();
    }
}
