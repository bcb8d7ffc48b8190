package tradebounds.family.fixedprice.guarantee;

import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.TreeCertificate;
import tradebounds.check.MultiUnitLeaves;
import tradebounds.check.TreeChecks;
import tradebounds.engine.bnb.Box;
import tradebounds.engine.bnb.Decision;
import tradebounds.engine.bnb.NodeEvaluator;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopDirect;

/**
 * The node of the branch and bound for (5.1) with k units: on a box of the buyers' survival coordinates
 * y_t(q), find lambda (rows (a_t)), mu (OPT row), nu (the seller rows E, D, P) and order weights w that make the
 * Lagrangian's maximum over the seller polytope negative on the whole box ({@link MultiUnitLeaves} states the
 * algebra). The linear program:
 *
 * <pre>
 *   max delta  s.t.  sum_t lambda_t = 1,  lambda, mu, nu, rho, w &gt;= 0,
 *     u+_{vck} - u-_{vck} = c a_{vk}(lambda, mu, w) + gamma_{qk}(rho)   (v = (q, i), c in {1, C})
 *     -c p_i - c g_{iq}(nu) + sum_k (hi u+ - lo u-) &lt;= z_q             (all i, q, c)
 *     r - mu + sum_q (nu_{P_q} + rho_{BH_q}) + sum_q z_q + delta &lt;= 0
 * </pre>
 *
 * As for (4.1) ({@link NodeLp}), GLOP solves it warm-started in doubles; the multipliers are rounded to dyadics
 * and a leaf is kept only if the exact test passes; otherwise the box is split where the binding rows lose most.
 */
final class NodeLp51 implements NodeEvaluator<TreeCertificate.Leaf>, CountsSolves {
    private final List<Rational> prices;
    private final int units;
    private final double[] p;
    private final Rational r;
    private final double rd;
    private final Rational cap;
    private final double capd;
    private final NodeLp.Settings settings;
    /** Cor 5.1's program: (5.1) on the diagonal b_j(q) = s_j(k-q+1), whose rows the leaves weight by kappa. */
    private final boolean symmetric;
    private GlopDirect lp;
    private long lpSolves;
    /** The status of the last LP that did not end OPTIMAL (for the stop message). */
    private String lastStatus;

    NodeLp51(List<Rational> prices, int units, Rational r, NodeLp.Settings settings) {
        this(prices, units, r, settings, false);
    }

    NodeLp51(List<Rational> prices, int units, Rational r, NodeLp.Settings settings, boolean symmetric) {
        this.symmetric = symmetric;
        this.prices = List.copyOf(prices);
        this.units = units;
        this.p = prices.stream().mapToDouble(Rational::toDouble).toArray();
        this.r = r;
        this.rd = r.toDouble();
        this.cap = Rational.ONE.add(Rational.ONE.divide(prices.get(prices.size() - 1)));
        this.capd = cap.toDouble();
        this.settings = settings;
    }

    /** The root box: for every unit, y_1(q) in [1, C] and every other y_t(q) in [0, C]. */
    Box root() {
        int n = prices.size();
        Rational[] lo = new Rational[units * n];
        Rational[] hi = new Rational[units * n];
        for (int k = 0; k < lo.length; k++) {
            lo[k] = k % n == 0 ? Rational.ONE : Rational.ZERO;
            hi[k] = cap;
        }
        return new Box(lo, hi);
    }

    @Override
    public long lpSolves() {
        return lpSolves;
    }

    private long solveNanos;
    private long exactNanos;

    @Override
    public long[] profile() {
        return new long[] {0, solveNanos, exactNanos, 0, 0, 0};
    }

    @Override
    public NodeEvaluator<TreeCertificate.Leaf> forThread() {
        return new NodeLp51(prices, units, r, settings, symmetric);
    }

    @Override
    public Box tighten(Box box) {
        Rational[] lo = box.lo().clone();
        Rational[] hi = box.hi().clone();
        TreeChecks.tighten(lo, hi, prices.size());
        return new Box(lo, hi);
    }

    @Override
    public Decision<TreeCertificate.Leaf> evaluate(Box box) {
        Rational[] lo = box.lo().clone();
        Rational[] hi = box.hi().clone();
        int n = p.length;
        if (TreeChecks.tighten(lo, hi, n) >= 0) {
            return new Decision.Empty<>();
        }
        double[] l = new double[lo.length];
        double[] h = new double[lo.length];
        for (int k = 0; k < lo.length; k++) {
            l[k] = lo[k].toDouble();
            h[k] = hi[k].toDouble();
        }
        Solution s = solve(l, h);
        if (s != null && s.delta > 0) {
            TreeCertificate.Leaf leaf = rounded(s);
            long t0 = System.nanoTime();
            boolean closes = MultiUnitLeaves.leafFailure(leaf, prices, r, cap, units, lo, hi) == null;
            exactNanos += System.nanoTime() - t0;
            if (closes) {
                return new Decision.Close<>(leaf);
            }
        }
        return split(s, lo, hi, l, h);
    }

    private Decision<TreeCertificate.Leaf> split(Solution s, Rational[] lo, Rational[] hi, double[] l, double[] h) {
        return NodeSplits.split(lo, hi, l, h, p.length, settings.split(), s == null ? null : s.pi1,
                s == null ? null : s.piC, s == null ? null : s.a, capd, s == null ? Double.NEGATIVE_INFINITY : s.delta,
                "a box of width below 1e-15 is not closed at r = " + r + ": (5.1) is "
                    + "probably feasible there (y = " + java.util.Arrays.toString(l) + ", LP margin "
                    + (s == null ? "none, GLOP " + lastStatus : s.delta) + ")");
    }

    /** The LP's answer in doubles; a, pi1, piC are indexed by the seller variable v = q n + i (0-based). */
    private record Solution(double delta, double[] lambda, double mu, double[] nuE, double[][] nuD, double[] nuP,
                            double[] rhoE, double[][] rhoD, double[] rhoH, double[][] w, double[][] a, double[] pi1,
                            double[] piC, double[][] kappa) {
    }

    private int[] lam;
    private int mu;
    private int delta;
    private int[] nuE;
    private int[][] nuD;
    private int[] nuP;
    private int[] z;
    private int[] rhoE;
    private int[][] rhoD;
    private int[] rhoH;
    /** kappa[q][j] (1-based): the weight of the diagonal row s_j(q) = b_j(k-q+1), any sign; null unless symmetric. */
    private int[][] kappa;
    /**
     * Split variables [v][0][k] of a + gamma for the vertex e_i. The vertex C e_i is bounded by C times its box
     * maximum plus (C - 1) times that of -gamma_q (split once per unit in gup, gum): C a + gamma = C (a + gamma) -
     * (C - 1) gamma. That is never below the exact maximum the checker computes, and it halves the LP (one split
     * per vertex instead of two; about 22,000 columns instead of 43,000 for k = 2 and 52 prices).
     */
    private int[][][] up;
    private int[][][] um;
    private int[][] gup;
    private int[][] gum;
    private int[][] w;
    private int[] row1;
    private int[] rowC;

    private void build() {
        build(settings.warmStart());
    }

    /** Builds the node LP; without warm starts GLOP's presolve stays on (it also repairs a badly scaled basis). */
    private void build(boolean warm) {
        int n = p.length;
        int vars = units * n;
        lp = new GlopDirect();
        if (warm) {
            lp.parameters("use_preprocessing: false");
        }
        lam = new int[n];
        for (int t = 0; t < n; t++) {
            lam[t] = lp.variable(0, 1);
        }
        mu = lp.variable(0, settings.muCap());
        delta = lp.variable(-1e3, 1);
        double nuCap = settings.muCap() * 10;
        nuE = new int[units + 1];
        nuP = new int[units + 1];
        nuD = new int[units + 1][n + 1];
        for (int q = 1; q <= units; q++) {
            nuP[q] = lp.variable(0, nuCap);
            if (q < units) {
                nuE[q] = lp.variable(0, nuCap);
                for (int t = 2; t <= n - 1; t++) {
                    nuD[q][t] = lp.variable(0, nuCap);
                }
            }
        }
        rhoE = new int[units + 1];
        rhoH = new int[units + 1];
        rhoD = new int[units + 1][n + 1];
        for (int q = 1; q <= units; q++) {
            rhoH[q] = lp.variable(0, nuCap);
            if (q < units) {
                rhoE[q] = lp.variable(0, nuCap);
                for (int t = 2; t <= n - 1; t++) {
                    rhoD[q][t] = lp.variable(0, nuCap);
                }
            }
        }
        kappa = null;
        if (symmetric) {
            kappa = new int[units + 1][n + 1];
            for (int q = 1; q <= units; q++) {
                for (int j = 1; j <= n; j++) {
                    kappa[q][j] = lp.variable(-nuCap, nuCap);
                }
            }
        }
        z = new int[units + 1];
        int constant = lp.row(Double.NEGATIVE_INFINITY, -rd);
        lp.coefficient(constant, mu, -1);
        lp.coefficient(constant, delta, 1);
        for (int q = 1; q <= units; q++) {
            z[q] = lp.variable(-1e6, 1e6);
            lp.coefficient(constant, z[q], 1);
            lp.coefficient(constant, nuP[q], 1);
            lp.coefficient(constant, rhoH[q], 1);
        }
        int sum = lp.row(1, 1);
        for (int t = 0; t < n; t++) {
            lp.coefficient(sum, lam[t], 1);
        }
        up = new int[vars][1][n];
        um = new int[vars][1][n];
        // per unit: the split of -gamma_q (the buyer rows' gradient), shared by every vertex C e_i of the unit
        gup = new int[units + 1][n];
        gum = new int[units + 1][n];
        for (int q = 1; q <= units; q++) {
            for (int k = 0; k < n; k++) {
                gup[q][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                gum[q][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                int e = lp.row(0, 0);
                lp.coefficient(e, gup[q][k], 1);
                lp.coefficient(e, gum[q][k], -1);
                gamma(e, q, k, -1);
            }
        }
        w = settings.orderWeights() ? new int[vars][n - 1] : null;
        row1 = new int[vars];
        rowC = new int[vars];
        for (int q = 1; q <= units; q++) {
            for (int i = 0; i < n; i++) {
                int v = (q - 1) * n + i;
                if (w != null) {
                    for (int k = 0; k < n - 1; k++) {
                        w[v][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                    }
                }
                // c (-g_{iq}(nu) + sum_k (hi u+ - lo u-)) - z_q <= c p_i
                row1[v] = lp.row(Double.NEGATIVE_INFINITY, p[i]);
                rowC[v] = lp.row(Double.NEGATIVE_INFINITY, capd * p[i]);
                lp.coefficient(row1[v], z[q], -1);
                lp.coefficient(rowC[v], z[q], -1);
                int i1 = i + 1;
                if (q < units) {
                    lp.coefficient(row1[v], nuE[q], -p[i]);
                    lp.coefficient(rowC[v], nuE[q], -capd * p[i]);
                }
                if (q > 1) {
                    lp.coefficient(row1[v], nuE[q - 1], p[i]);
                    lp.coefficient(rowC[v], nuE[q - 1], capd * p[i]);
                }
                for (int t = 2; t <= n - 1; t++) {
                    if (q >= 2 && i1 <= t - 1) {
                        lp.coefficient(row1[v], nuD[q - 1][t], -1);
                        lp.coefficient(rowC[v], nuD[q - 1][t], -capd);
                    }
                    if (q <= units - 1 && i1 <= t) {
                        lp.coefficient(row1[v], nuD[q][t], 1);
                        lp.coefficient(rowC[v], nuD[q][t], capd);
                    }
                }
                if (i1 <= n - 1) {
                    lp.coefficient(row1[v], nuP[q], -1);
                    lp.coefficient(rowC[v], nuP[q], -capd);
                }
                if (kappa != null) {
                    // kappa s_i(q): g_{iq} -= kappa
                    lp.coefficient(row1[v], kappa[q][i1], 1);
                    lp.coefficient(rowC[v], kappa[q][i1], capd);
                }
                for (int c = 0; c < 1; c++) {
                    double scale = 1;
                    int vertexRow = row1[v];
                    for (int k = 0; k < n; k++) {
                        up[v][c][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                        um[v][c][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                        int e = lp.row(0, 0);
                        lp.coefficient(e, up[v][c][k], 1);
                        lp.coefficient(e, um[v][c][k], -1);
                        // - c a_{vk}: a = beta_k - beta_{k-1} (+ w_k - w_{k-1})
                        double muCoef = NodeSplits.muCoefficient(p, i, k);
                        if (muCoef != 0) {
                            lp.coefficient(e, mu, -scale * muCoef);
                        }
                        for (int t = i + 1; t < k; t++) {
                            double cf = NodeSplits.lambdaCoefficient(p, i, k, t);
                            if (cf != 0) {
                                lp.coefficient(e, lam[t], -scale * cf);
                            }
                        }
                        if (w != null) {
                            if (k < n - 1) {
                                lp.coefficient(e, w[v][k], -scale);
                            }
                            if (k > 0) {
                                lp.coefficient(e, w[v][k - 1], scale);
                            }
                        }
                        gamma(e, q, k, 1);
                        lp.coefficient(vertexRow, up[v][c][k], 1);
                        lp.coefficient(vertexRow, um[v][c][k], -1);
                        // the vertex C e_i: C (a + gamma) - (C - 1) gamma, each maximised over the box on its own
                        lp.coefficient(rowC[v], up[v][c][k], capd);
                        lp.coefficient(rowC[v], um[v][c][k], -capd);
                        lp.coefficient(rowC[v], gup[q][k], capd - 1);
                        lp.coefficient(rowC[v], gum[q][k], 1 - capd);
                    }
                }
            }
        }
        lp.objective(delta, 1, true);
    }


    /**
     * Writes -sign gamma_{qk} into row e: gamma_{qk} is the coefficient of y_{k+1}(q) in the weighted buyer rows
     * (and, symmetric, the diagonal rows). sign = 1 in a vertex split row (u+ - u- = a + gamma), -1 in the unit's
     * own split of -gamma.
     */
    private void gamma(int e, int q, int k, double sign) {
        int n = p.length;
        // - gamma_{qk}(rho): the buyer rows' coefficient of y_{k+1}(q)
        int t1 = k + 1;
        double step = p[k] - (k == 0 ? 0 : p[k - 1]);
        if (q < units && step != 0) {
            lp.coefficient(e, rhoE[q], sign * (-step));
        }
        if (q > 1 && step != 0) {
            lp.coefficient(e, rhoE[q - 1], sign * (step));
        }
        for (int t = 2; t <= n - 1; t++) {
            if (q < units) {
                double g = (t1 == 1 ? -1 : 0) + (t1 == t ? 1 : 0);
                if (g != 0) {
                    lp.coefficient(e, rhoD[q][t], sign * (-g));
                }
            }
            if (q > 1) {
                double g = (t1 == 1 ? 1 : 0) + (t1 == t + 1 ? -1 : 0);
                if (g != 0) {
                    lp.coefficient(e, rhoD[q - 1][t], sign * (-g));
                }
            }
        }
        if (kappa != null) {
            // -kappa_{q',j} (y_j(q) - y_{j+1}(q)) with q' = k - q + 1 enters gamma_q
            int mirror = units - q + 1;
            lp.coefficient(e, kappa[mirror][t1], sign * (1));
            if (t1 >= 2) {
                lp.coefficient(e, kappa[mirror][t1 - 1], sign * (-1));
            }
        }
        double h = (t1 == 1 ? -1 : 0) + (t1 == n ? 1 : 0);
        if (h != 0) {
            lp.coefficient(e, rhoH[q], sign * (-h));
        }
    }

    private Solution solve(double[] lo, double[] hi) {
        int n = p.length;
        int vars = units * n;
        if (lp == null || !settings.warmStart()) {
            if (lp != null) {
                lp.close();
            }
            build();
        }
        GlopDirect.Status status = null;
        for (int attempt = 0; attempt < 2 && status != GlopDirect.Status.OPTIMAL; attempt++) {
            if (attempt == 1) {
                // A warm start can end in a numerically troubled basis (GLOP reports ABNORMAL, typically on box
                // ends of 1e-13 next to a price of 1000); one cold rebuild with presolve, on the box with such
                // ends rounded outward to [0, 1e-10], decides the node. The float LP only proposes multipliers:
                // a slightly larger box costs nothing in soundness, the exact test decides.
                lp.close();
                build(false);
            }
            lpSolves++;
            for (int v = 0; v < vars; v++) {
                int base = (v / n) * n;
                int q = v / n + 1;
                for (int k = 0; k < n; k++) {
                    double l = lo[base + k];
                    double h = hi[base + k];
                    if (attempt == 1) {
                        l = l < 1e-10 ? 0 : l;
                        h = Math.max(h, 1e-10);
                    }
                    lp.coefficient(row1[v], up[v][0][k], h);
                    lp.coefficient(row1[v], um[v][0][k], -l);
                    lp.coefficient(rowC[v], up[v][0][k], capd * h);
                    lp.coefficient(rowC[v], um[v][0][k], -capd * l);
                    lp.coefficient(rowC[v], gup[q][k], (capd - 1) * h);
                    lp.coefficient(rowC[v], gum[q][k], -(capd - 1) * l);
                }
            }
            long t0 = System.nanoTime();
            status = lp.solve(60);
            solveNanos += System.nanoTime() - t0;
        }
        if (status != GlopDirect.Status.OPTIMAL) {
            lastStatus = lp.lastResult();
            return null;
        }
        double[] lamv = new double[n];
        for (int t = 0; t < n; t++) {
            lamv[t] = lp.value(lam[t]);
        }
        double[] eV = new double[units + 1];
        double[] pV = new double[units + 1];
        double[][] dV = new double[units + 1][n + 1];
        double[] bE = new double[units + 1];
        double[] bH = new double[units + 1];
        double[][] bD = new double[units + 1][n + 1];
        for (int q = 1; q <= units; q++) {
            pV[q] = lp.value(nuP[q]);
            bH[q] = lp.value(rhoH[q]);
            if (q < units) {
                eV[q] = lp.value(nuE[q]);
                bE[q] = lp.value(rhoE[q]);
                for (int t = 2; t <= n - 1; t++) {
                    dV[q][t] = lp.value(nuD[q][t]);
                    bD[q][t] = lp.value(rhoD[q][t]);
                }
            }
        }
        double[][] wv = new double[vars][];
        double[][] av = new double[vars][n];
        double[] pi1 = new double[vars];
        double[] piC = new double[vars];
        for (int v = 0; v < vars; v++) {
            if (w != null) {
                wv[v] = new double[n - 1];
                for (int k = 0; k < n - 1; k++) {
                    wv[v][k] = lp.value(w[v][k]);
                }
            }
            for (int k = 0; k < n; k++) {
                av[v][k] = lp.value(up[v][0][k]) - lp.value(um[v][0][k]);
            }
            pi1[v] = lp.dual(row1[v]);
            piC[v] = lp.dual(rowC[v]);
        }
        double[][] kv = null;
        if (kappa != null) {
            kv = new double[units + 1][n + 1];
            for (int q = 1; q <= units; q++) {
                for (int j = 1; j <= n; j++) {
                    kv[q][j] = lp.value(kappa[q][j]);
                }
            }
        }
        return new Solution(lp.value(delta), lamv, lp.value(mu), eV, dV, pV, bE, bD, bH, wv, av, pi1, piC, kv);
    }

    /** The LP's multipliers as dyadic rationals (negative rounding noise dropped), sparse. */
    private TreeCertificate.Leaf rounded(Solution s) {
        int n = p.length;
        List<Integer> li = new ArrayList<>();
        List<Rational> lv = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Rational v = dyadic(s.lambda[t]);
            if (v.signum() > 0) {
                li.add(t + 1);
                lv.add(v);
            }
        }
        List<int[]> wi = new ArrayList<>();
        List<Rational> wv = new ArrayList<>();
        if (s.w[0] != null) {
            for (int v = 0; v < s.w.length; v++) {
                for (int k = 0; k < n - 1; k++) {
                    Rational x = dyadic(s.w[v][k]);
                    if (x.signum() > 0) {
                        wi.add(new int[] {v + 1, k + 1});
                        wv.add(x);
                    }
                }
            }
        }
        List<TreeCertificate.SideRow> rows = new ArrayList<>();
        List<Rational> nus = new ArrayList<>();
        for (int q = 1; q <= units; q++) {
            if (q < units) {
                add(rows, nus, new TreeCertificate.SideRow(false, 'E', q, 0), s.nuE[q]);
                for (int t = 2; t <= n - 1; t++) {
                    add(rows, nus, new TreeCertificate.SideRow(false, 'D', q, t), s.nuD[q][t]);
                }
            }
            add(rows, nus, new TreeCertificate.SideRow(false, 'P', q, 0), s.nuP[q]);
        }
        for (int q = 1; q <= units; q++) {
            if (q < units) {
                add(rows, nus, new TreeCertificate.SideRow(true, 'E', q, 0), s.rhoE[q]);
                for (int t = 2; t <= n - 1; t++) {
                    add(rows, nus, new TreeCertificate.SideRow(true, 'D', q, t), s.rhoD[q][t]);
                }
            }
            add(rows, nus, new TreeCertificate.SideRow(true, 'H', q, 0), s.rhoH[q]);
        }
        if (s.kappa != null) {
            for (int q = 1; q <= units; q++) {
                for (int j = 1; j <= n; j++) {
                    // any sign: rounded to the nearest dyadic (the exact leaf test decides)
                    Rational v = Rational.of(java.math.BigInteger.valueOf(Math.round(Math.scalb(s.kappa[q][j],
                            settings.denominatorBits()))), java.math.BigInteger.ONE.shiftLeft(settings.denominatorBits()));
                    if (v.signum() != 0) {
                        rows.add(new TreeCertificate.SideRow(false, 'S', q, j));
                        nus.add(v);
                    }
                }
            }
        }
        TreeCertificate.Leaf plain = LeafText.leaf(dyadic(s.mu), li, lv, wi, wv);
        return new TreeCertificate.Leaf(0, plain.mu(), plain.lambdaIndex(), plain.lambda(), plain.weightVertex(),
                plain.weightRow(), plain.weight(), rows.toArray(new TreeCertificate.SideRow[0]),
                nus.toArray(new Rational[0]));
    }

    private void add(List<TreeCertificate.SideRow> rows, List<Rational> nus, TreeCertificate.SideRow row,
                     double value) {
        Rational v = dyadic(value);
        if (v.signum() > 0) {
            rows.add(row);
            nus.add(v);
        }
    }

    private Rational dyadic(double x) {
        return NodeSplits.dyadic(x, settings.denominatorBits());
    }
}
