package tradebounds.family.fixedprice.guarantee;

import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.TreeCertificate;
import tradebounds.check.TreeChecks;
import tradebounds.engine.bnb.Box;
import tradebounds.engine.bnb.Decision;
import tradebounds.engine.bnb.NodeEvaluator;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopDirect;

/**
 * The node of the seller-eliminated branch and bound for (4.1): on a box of survival coordinates y, find
 * multipliers (lambda on the rows (a_t), mu on the OPT row, order weights w) that make every seller vertex's
 * Lagrangian value negative on the whole box, by the linear program
 *
 * <pre>
 *   max delta  s.t.  sum_t lambda_t = 1,  lambda, mu, w &gt;= 0,
 *     u+_{ik} - u-_{ik} = a_{ik}(lambda, mu, w)                      (coefficient of y_k in G_i, for all i, k)
 *     delta + c sum_k (hi_k u+_{ik} - lo_k u-_{ik}) - mu &lt;= c p_i - r   (all i, c in {1, C})
 * </pre>
 *
 * (the box maximum of a linear function, dualised; {@link TreeChecks} states the algebra). GLOP solves it in
 * doubles; the multipliers are rounded to dyadic rationals and the leaf is kept only if the exact check of
 * {@link TreeChecks#leafFailure} passes, so a rounding never reaches a certificate. Otherwise the box is split
 * on the coordinate that costs the binding vertices most, weighted by the LP's duals: the width times the
 * coefficient's magnitude.
 */
final class NodeLp implements NodeEvaluator<TreeCertificate.Leaf>, CountsSolves {
    /** Options of the node LP and the split rule (the ablations of the benchmark). */
    record Settings(boolean orderWeights, SplitRule split, int denominatorBits, double muCap, boolean warmStart,
                    int slopes) {
        Settings(boolean orderWeights, SplitRule split, int denominatorBits, double muCap, boolean warmStart) {
            this(orderWeights, split, denominatorBits, muCap, warmStart, 0);
        }

        static Settings defaults() {
            return new Settings(true, SplitRule.WEIGHTED_WIDTH, 24, 1000, true);
        }

        /** The same settings with lambda affine in this many coordinates where constant multipliers fail. */
        Settings withSlopes(int k) {
            return new Settings(orderWeights, split, denominatorBits, muCap, warmStart, k);
        }
    }

    /** How the split coordinate is chosen. */
    enum SplitRule {
        /** The largest dual-weighted width times coefficient (the default). */
        WEIGHTED_WIDTH,
        /** The widest coordinate of the tightened box (the naive baseline). */
        WIDEST
    }

    private final List<Rational> prices;
    private final double[] p;
    private final Rational r;
    private final double rd;
    private final Rational cap;
    private final double capd;
    private final Settings settings;
    private GlopDirect lp;
    private long lpSolves;

    NodeLp(List<Rational> prices, Rational r, Settings settings) {
        this.prices = List.copyOf(prices);
        this.p = prices.stream().mapToDouble(Rational::toDouble).toArray();
        this.r = r;
        this.rd = r.toDouble();
        this.cap = Rational.ONE.add(Rational.ONE.divide(prices.get(prices.size() - 1)));
        this.capd = cap.toDouble();
        this.settings = settings;
    }

    /** The root box: y_1 in [1, C], every other y_k in [0, C]. */
    Box root() {
        int n = prices.size();
        Rational[] lo = new Rational[n];
        Rational[] hi = new Rational[n];
        for (int k = 0; k < n; k++) {
            lo[k] = k == 0 ? Rational.ONE : Rational.ZERO;
            hi[k] = cap;
        }
        return new Box(lo, hi);
    }

    private long buildNanos;
    private long solveNanos;
    private long exactNanos;

    @Override
    public long[] profile() {
        return new long[] {buildNanos, solveNanos, exactNanos, affineTried, affineClosed, affineNanos};
    }

    @Override
    public long lpSolves() {
        return lpSolves;
    }

    @Override
    public NodeEvaluator<TreeCertificate.Leaf> forThread() {
        return new NodeLp(prices, r, settings);
    }

    @Override
    public Box tighten(Box box) {
        Rational[] lo = box.lo().clone();
        Rational[] hi = box.hi().clone();
        TreeChecks.tighten(lo, hi);
        return new Box(lo, hi);
    }

    @Override
    public Decision<TreeCertificate.Leaf> evaluate(Box box) {
        Rational[] lo = box.lo().clone();
        Rational[] hi = box.hi().clone();
        if (TreeChecks.tighten(lo, hi) >= 0) {
            return new Decision.Empty<>();
        }
        int n = p.length;
        double[] l = new double[n];
        double[] h = new double[n];
        for (int k = 0; k < n; k++) {
            l[k] = lo[k].toDouble();
            h[k] = hi[k].toDouble();
        }
        Solution s = solve(l, h);
        if (s != null && s.delta > 0) {
            long t0 = System.nanoTime();
            TreeCertificate.Leaf leaf = rounded(s);
            boolean closes = TreeChecks.leafFailure(leaf, prices, r, cap, lo, hi) == null;
            exactNanos += System.nanoTime() - t0;
            if (closes) {
                return new Decision.Close<>(leaf);
            }
        }
        if (settings.slopes() > 0 && s != null && s.delta > -AFFINE_GATE) {
            TreeCertificate.Leaf affine = affine(s, lo, hi, l, h);
            if (affine != null) {
                return new Decision.Close<>(affine);
            }
        }
        return split(s, lo, hi, l, h);
    }

    /**
     * The affine LP is tried only where the constant LP's margin is above -AFFINE_GATE: an affine leaf recovers
     * the first-order loss of a box, not more. Measured on the printed 32 prices at r = 0.71 (1,098 affine LPs):
     * of the boxes with margin below -0.01, 1 in 284 closed; above it, 331 of 814. Each failed try costs about
     * three constant node LPs.
     */
    static final double AFFINE_GATE = 0.01;

    private AffineLp affineLp;
    private long affineTried;
    private long affineClosed;
    private long affineNanos;

    /**
     * Slopes in the coordinates that the split rule ranks highest (the binding vertices' loss from the width):
     * the same coordinates a split would cut, so an affine leaf replaces the splits that would follow.
     */
    private TreeCertificate.Leaf affine(Solution s, Rational[] lo, Rational[] hi, double[] l, double[] h) {
        int n = p.length;
        double[] score = new double[n];
        for (int k = 0; k < n; k++) {
            double width = h[k] - l[k];
            if (!(width > 1e-12)) {
                score[k] = -1;
                continue;
            }
            for (int i = 0; i < n; i++) {
                score[k] += (Math.abs(s.pi1[i]) + capd * Math.abs(s.piC[i])) * Math.abs(s.a[i][k]) * width;
            }
            score[k] += 1e-9 * width;
        }
        int count = Math.min(settings.slopes(), n);
        int[] ks = new int[count];
        int found = 0;
        for (int m = 0; m < count; m++) {
            int best = -1;
            for (int k = 0; k < n; k++) {
                if (score[k] > 0 && (best < 0 || score[k] > score[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            ks[found++] = best;
            score[best] = -1;
        }
        if (found == 0) {
            return null;
        }
        // The warm-started model has a fixed number of slope slots: fill them with other coordinates (the LP may
        // leave their slopes zero).
        for (int k = 0; k < n && found < count; k++) {
            final int kk = k;
            if (java.util.stream.IntStream.range(0, found).noneMatch(j -> ks[j] == kk)) {
                ks[found++] = k;
            }
        }
        java.util.Arrays.sort(ks);
        affineTried++;
        lpSolves++;
        long t0 = System.nanoTime();
        if (affineLp == null) {
            affineLp = new AffineLp(p, rd, capd, settings.orderWeights(), settings.muCap());
        }
        TreeCertificate.Leaf leaf = affineLp.solve(l, h, ks, settings.denominatorBits());
        solveNanos += System.nanoTime() - t0;
        affineNanos += System.nanoTime() - t0;
        if (leaf == null) {
            return null;
        }
        long t1 = System.nanoTime();
        boolean closes = TreeChecks.leafFailure(leaf, prices, r, cap, lo, hi) == null;
        exactNanos += System.nanoTime() - t1;
        if (closes) {
            affineClosed++;
            return leaf;
        }
        return null;
    }

    private Decision<TreeCertificate.Leaf> split(Solution s, Rational[] lo, Rational[] hi, double[] l, double[] h) {
        return NodeSplits.split(lo, hi, l, h, p.length, settings.split(), s == null ? null : s.pi1,
                s == null ? null : s.piC, s == null ? null : s.a, capd, s == null ? Double.NEGATIVE_INFINITY : s.delta,
                "a box of width below 1e-15 is not closed at r = " + r + ": (4.1) is "
                    + "probably feasible there (y = " + java.util.Arrays.toString(l) + ")");
    }

    /** The LP's answer in doubles: multipliers, the coefficient rows and the duals of the vertex rows. */
    private record Solution(double delta, double[] lambda, double mu, double[][] w, double[][] a, double[] pi1,
                            double[] piC) {
    }

    /** Column and row handles of the node LP, built once per thread; only the box coefficients change. */
    private int[] lam;
    private int mu;
    private int delta;
    private int[][] up;
    private int[][] um;
    private int[][] w;
    private int[] row1;
    private int[] rowC;

    private void build() {
        int n = p.length;
        lp = new GlopDirect();
        if (settings.warmStart()) {
            // Presolve would discard the previous basis; the node LPs differ only in 4n^2 coefficients.
            lp.parameters("use_preprocessing: false");
        }
        lam = new int[n];
        for (int t = 0; t < n; t++) {
            lam[t] = lp.variable(0, 1);
        }
        mu = lp.variable(0, settings.muCap());
        delta = lp.variable(-1e3, 1);
        int sum = lp.row(1, 1);
        for (int t = 0; t < n; t++) {
            lp.coefficient(sum, lam[t], 1);
        }
        up = new int[n][n];
        um = new int[n][n];
        w = settings.orderWeights() ? new int[n][n - 1] : null;
        row1 = new int[n];
        rowC = new int[n];
        for (int i = 0; i < n; i++) {
            if (w != null) {
                for (int k = 0; k < n - 1; k++) {
                    w[i][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                }
            }
            row1[i] = lp.row(Double.NEGATIVE_INFINITY, p[i] - rd);
            rowC[i] = lp.row(Double.NEGATIVE_INFINITY, capd * p[i] - rd);
            lp.coefficient(row1[i], delta, 1);
            lp.coefficient(rowC[i], delta, 1);
            lp.coefficient(row1[i], mu, -1);
            lp.coefficient(rowC[i], mu, -1);
            for (int k = 0; k < n; k++) {
                // Coefficient of y_{k+1} in G_{i+1}: a = beta_k - beta_{k-1} (+ w_k - w_{k-1}); 0-based here.
                double muCoef = NodeSplits.muCoefficient(p, i, k);
                boolean structural = muCoef != 0 || k > i + 1 || w != null;
                if (!structural) {
                    up[i][k] = -1;
                    continue;
                }
                up[i][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                um[i][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                int e = lp.row(0, 0);
                lp.coefficient(e, up[i][k], 1);
                lp.coefficient(e, um[i][k], -1);
                lp.coefficient(e, mu, -muCoef);
                for (int t = i + 1; t < k; t++) {
                    double c = NodeSplits.lambdaCoefficient(p, i, k, t);
                    if (c != 0) {
                        lp.coefficient(e, lam[t], -c);
                    }
                }
                if (w != null) {
                    if (k < n - 1) {
                        lp.coefficient(e, w[i][k], -1);
                    }
                    if (k > 0) {
                        lp.coefficient(e, w[i][k - 1], 1);
                    }
                }
            }
        }
        lp.objective(delta, 1, true);
    }

    private Solution solve(double[] lo, double[] hi) {
        int n = p.length;
        long buildStart = System.nanoTime();
        if (lp == null || !settings.warmStart()) {
            if (lp != null) {
                lp.close();
            }
            build();
        }
        lpSolves++;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                if (up[i][k] < 0) {
                    continue;
                }
                lp.coefficient(row1[i], up[i][k], hi[k]);
                lp.coefficient(row1[i], um[i][k], -lo[k]);
                lp.coefficient(rowC[i], up[i][k], capd * hi[k]);
                lp.coefficient(rowC[i], um[i][k], -capd * lo[k]);
            }
        }
        buildNanos += System.nanoTime() - buildStart;
        long t0 = System.nanoTime();
        GlopDirect.Status status = lp.solve(30);
        solveNanos += System.nanoTime() - t0;
        if (status != GlopDirect.Status.OPTIMAL) {
            return null;
        }
        double[] lamv = new double[n];
        for (int t = 0; t < n; t++) {
            lamv[t] = lp.value(lam[t]);
        }
        double[][] wv = new double[n][];
        double[][] av = new double[n][n];
        double[] pi1 = new double[n];
        double[] piC = new double[n];
        for (int i = 0; i < n; i++) {
            if (w != null) {
                wv[i] = new double[n - 1];
                for (int k = 0; k < n - 1; k++) {
                    wv[i][k] = lp.value(w[i][k]);
                }
            }
            for (int k = 0; k < n; k++) {
                if (up[i][k] >= 0) {
                    av[i][k] = lp.value(up[i][k]) - lp.value(um[i][k]);
                }
            }
            pi1[i] = lp.dual(row1[i]);
            piC[i] = lp.dual(rowC[i]);
        }
        return new Solution(lp.value(delta), lamv, lp.value(mu), wv, av, pi1, piC);
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
        if (s.w != null) {
            for (int i = 0; i < n; i++) {
                if (s.w[i] == null) {
                    continue;
                }
                for (int k = 0; k < n - 1; k++) {
                    Rational v = dyadic(s.w[i][k]);
                    if (v.signum() > 0) {
                        wi.add(new int[] {i + 1, k + 1});
                        wv.add(v);
                    }
                }
            }
        }
        return LeafText.leaf(dyadic(s.mu), li, lv, wi, wv);
    }

    private Rational dyadic(double x) {
        return NodeSplits.dyadic(x, settings.denominatorBits());
    }
}
