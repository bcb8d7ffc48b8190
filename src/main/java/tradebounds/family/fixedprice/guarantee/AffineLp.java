package tradebounds.family.fixedprice.guarantee;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.TreeCertificate;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopDirect;

/**
 * The node LP of (4.1) with lambda affine in a few coordinates K of the box (FORMAT.md section 5.2): lambda_t(y) =
 * lambda_t + sum_{m in K} s_tm (y_m - c_m), c the box's midpoint, sum_t s_tm = 0 (so Lambda stays 1), mu and the
 * order weights constant. Why: a constant-multiplier leaf loses O(width) against the pointwise optimum, an
 * affine one O(width^2), so near r* far fewer boxes close (measured on an 8-price list: 4,825 boxes with
 * constant multipliers, 1,217 with slopes in 3 coordinates and 619 in all 8, at r = 0.679, r* = 0.67965).
 *
 * <pre>
 *   max delta  s.t.  sum_t lambda_t = 1, sum_t s_tm = 0, g_tm &gt;= |s_tm|, lambda_t &gt;= sum_m g_tm h_m,
 *     u+_ik - u-_ik = a_ik(lambda, mu, w) + [k = k_m] sum_t S_itm s_tm     (the linear part's coefficients)
 *     z_ikm &gt;= +-sum_t A_iktm s_tm   (only + when k = k_m: d_k^2 &gt;= 0)   (the quadratic remainder)
 *     delta + c [sum_k (hi_k u+ - lo_k u-) - sum_m c_m sum_t S_itm s_tm + sum_{k,m} h_k h_m z_ikm] - mu
 *         &lt;= c p_i - r                                                   (all i, c in {1, C})
 * </pre>
 *
 * with A_iktm the coefficient of lambda_t in a_ik and S_itm = sum_k A_iktm c_k. K and the box change only
 * coefficients: the model is built once per thread and warm-started); the answer is rounded
 * and kept only if the checker's affine leaf test passes. By default the z rows (n^2 K of them) are replaced by
 * the looser partial-sum bound of {@link #remainderBound}: on the printed 32 prices at r = 0.70 (one thread) the
 * tree grew from 653 to 713 boxes but the run took 57 s instead of 298 s.
 */
final class AffineLp {
    private final double[] p;
    private final double rd;
    private final double capd;
    private final boolean orderWeights;
    private final double muCap;
    private final int n;
    /** Exact remainder (one variable per vertex, slope and coordinate) or the partial-sum bound (the default). */
    private final boolean exactRemainder;

    AffineLp(double[] p, double r, double capd, boolean orderWeights, double muCap) {
        this(p, r, capd, orderWeights, muCap, false);
    }

    /** @param exactRemainder one remainder variable per vertex, slope and coordinate (the ablation; slow) */
    AffineLp(double[] p, double r, double capd, boolean orderWeights, double muCap, boolean exactRemainder) {
        this.exactRemainder = exactRemainder;
        this.p = p;
        this.n = p.length;
        this.rd = r;
        this.capd = capd;
        this.orderWeights = orderWeights;
        this.muCap = muCap;
    }

    private double muCoef(int i, int k) {
        return NodeSplits.muCoefficient(p, i, k);
    }

    private double lamCoef(int i, int k, int t) {
        return NodeSplits.lambdaCoefficient(p, i, k, t);
    }

    /** Handles of the model, built once (per thread and slope count); only coefficients and bounds change. */
    private GlopDirect lp;
    private int nk = -1;
    private int[] lam;
    private int mu;
    private int delta;
    private int[][] sl;
    private int[][] g;
    private int[] nonneg;
    private int[][] w;
    private int[] row1;
    private int[] rowC;
    private int[][] up;
    private int[][] um;
    private int[][] e;
    /** z[i][m][k] and its two rows (k &gt;= i + 2), -1 elsewhere. */
    private int[][][] z;
    private int[][][] zPlus;
    private int[][][] zMinus;
    /** pAbs[t][m] &gt;= |s_1m + ... + s_tm| (0-based t), the partial sums of the slopes (partial-sum bound only). */
    private int[][] pAbs;
    /** The coordinates the slopes were attached to at the previous solve (their e-row entries are reset). */
    private int[] previous;

    private void build(int slopes) {
        if (lp != null) {
            lp.close();
        }
        nk = slopes;
        lp = new GlopDirect();
        // Presolve would discard the previous basis; consecutive boxes change only coefficients.
        lp.parameters("use_preprocessing: false");
        lam = new int[n];
        for (int t = 0; t < n; t++) {
            lam[t] = lp.variable(0, 1);
        }
        mu = lp.variable(0, muCap);
        delta = lp.variable(-1e3, 1);
        int sum = lp.row(1, 1);
        for (int t = 0; t < n; t++) {
            lp.coefficient(sum, lam[t], 1);
        }
        sl = new int[n][nk];
        g = new int[n][nk];
        for (int m = 0; m < nk; m++) {
            int zero = lp.row(0, 0);
            for (int t = 0; t < n; t++) {
                sl[t][m] = lp.variable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
                g[t][m] = lp.variable(0, Double.POSITIVE_INFINITY);
                lp.coefficient(zero, sl[t][m], 1);
                int a = lp.row(0, Double.POSITIVE_INFINITY);
                lp.coefficient(a, g[t][m], 1);
                lp.coefficient(a, sl[t][m], -1);
                int b = lp.row(0, Double.POSITIVE_INFINITY);
                lp.coefficient(b, g[t][m], 1);
                lp.coefficient(b, sl[t][m], 1);
            }
        }
        nonneg = new int[n];
        for (int t = 0; t < n; t++) {
            nonneg[t] = lp.row(0, Double.POSITIVE_INFINITY);
            lp.coefficient(nonneg[t], lam[t], 1);
        }
        w = orderWeights ? new int[n][n - 1] : null;
        row1 = new int[n];
        rowC = new int[n];
        up = new int[n][n];
        um = new int[n][n];
        e = new int[n][n];
        z = new int[n][nk][n];
        zPlus = new int[n][nk][n];
        zMinus = new int[n][nk][n];
        for (int i = 0; i < n; i++) {
            if (w != null) {
                for (int k = 0; k < n - 1; k++) {
                    w[i][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                }
            }
            row1[i] = lp.row(Double.NEGATIVE_INFINITY, p[i] - rd);
            rowC[i] = lp.row(Double.NEGATIVE_INFINITY, capd * p[i] - rd);
            for (int row : new int[] {row1[i], rowC[i]}) {
                lp.coefficient(row, delta, 1);
                lp.coefficient(row, mu, -1);
            }
            for (int k = 0; k < n; k++) {
                up[i][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                um[i][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                e[i][k] = lp.row(0, 0);
                lp.coefficient(e[i][k], up[i][k], 1);
                lp.coefficient(e[i][k], um[i][k], -1);
                lp.coefficient(e[i][k], mu, -muCoef(i, k));
                for (int t = i + 1; t < k; t++) {
                    double c = lamCoef(i, k, t);
                    if (c != 0) {
                        lp.coefficient(e[i][k], lam[t], -c);
                    }
                }
                if (w != null) {
                    if (k < n - 1) {
                        lp.coefficient(e[i][k], w[i][k], -1);
                    }
                    if (k > 0) {
                        lp.coefficient(e[i][k], w[i][k - 1], 1);
                    }
                }
            }
            for (int m = 0; m < nk; m++) {
                java.util.Arrays.fill(z[i][m], -1);
                for (int k = i + 2; k < n && exactRemainder; k++) {
                    z[i][m][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                    zPlus[i][m][k] = lp.row(0, Double.POSITIVE_INFINITY);
                    zMinus[i][m][k] = lp.row(0, Double.POSITIVE_INFINITY);
                    lp.coefficient(zPlus[i][m][k], z[i][m][k], 1);
                    lp.coefficient(zMinus[i][m][k], z[i][m][k], 1);
                    for (int t = i + 1; t < k; t++) {
                        double c = lamCoef(i, k, t);
                        if (c != 0) {
                            lp.coefficient(zPlus[i][m][k], sl[t][m], -c);
                            lp.coefficient(zMinus[i][m][k], sl[t][m], c);
                        }
                    }
                }
            }
        }
        if (!exactRemainder) {
            pAbs = new int[n][nk];
            for (int m = 0; m < nk; m++) {
                for (int t = 0; t < n; t++) {
                    pAbs[t][m] = lp.variable(0, Double.POSITIVE_INFINITY);
                    int plus = lp.row(0, Double.POSITIVE_INFINITY);
                    int minus = lp.row(0, Double.POSITIVE_INFINITY);
                    lp.coefficient(plus, pAbs[t][m], 1);
                    lp.coefficient(minus, pAbs[t][m], 1);
                    for (int u = 0; u <= t; u++) {
                        lp.coefficient(plus, sl[u][m], -1);
                        lp.coefficient(minus, sl[u][m], 1);
                    }
                }
            }
        }
        lp.objective(delta, 1, true);
        previous = null;
    }

    /**
     * The leaf this LP finds on the box lo..hi (tightened, doubles) with slopes in coordinates ks (0-based,
     * distinct), or null when its margin is not positive. Multipliers rounded outward-safe: lambda up and slopes
     * toward zero to 2^-bits (so lambda(y) &gt;= 0 survives the rounding), mu and w to nearest.
     */
    TreeCertificate.Leaf solve(double[] lo, double[] hi, int[] ks, int bits) {
        if (lp == null || ks.length != nk) {
            build(ks.length);
        }
        double[] mid = new double[n];
        double[] half = new double[n];
        for (int k = 0; k < n; k++) {
            mid[k] = 0.5 * (lo[k] + hi[k]);
            half[k] = 0.5 * (hi[k] - lo[k]);
        }
        for (int t = 0; t < n; t++) {
            for (int m = 0; m < nk; m++) {
                lp.coefficient(nonneg[t], g[t][m], -half[ks[m]]);
            }
        }
        for (int i = 0; i < n; i++) {
            double[] sCoef = new double[n];
            for (int t = i + 1; t < n; t++) {
                for (int j = t + 1; j < n; j++) {
                    sCoef[t] += lamCoef(i, j, t) * mid[j];
                }
            }
            for (int k = 0; k < n; k++) {
                lp.coefficient(row1[i], up[i][k], hi[k]);
                lp.coefficient(row1[i], um[i][k], -lo[k]);
                lp.coefficient(rowC[i], up[i][k], capd * hi[k]);
                lp.coefficient(rowC[i], um[i][k], -capd * lo[k]);
            }
            for (int m = 0; m < nk; m++) {
                if (previous != null && previous[m] != ks[m]) {
                    for (int t = 0; t < n; t++) {
                        lp.coefficient(e[i][previous[m]], sl[t][m], 0);
                    }
                }
                for (int t = 0; t < n; t++) {
                    lp.coefficient(e[i][ks[m]], sl[t][m], -sCoef[t]);
                    double c0 = -sCoef[t] * mid[ks[m]];
                    lp.coefficient(row1[i], sl[t][m], c0);
                    lp.coefficient(rowC[i], sl[t][m], capd * c0);
                }
                if (!exactRemainder) {
                    remainderBound(i, m, half[ks[m]], half);
                }
                for (int k = i + 2; k < n && exactRemainder; k++) {
                    double hh = half[k] * half[ks[m]];
                    lp.coefficient(row1[i], z[i][m][k], hh);
                    lp.coefficient(rowC[i], z[i][m][k], capd * hh);
                    // d_k^2 >= 0: on the diagonal only z >= A is needed, the other row is switched off
                    lp.bounds(zMinus[i][m][k], k == ks[m] ? Double.NEGATIVE_INFINITY : 0, Double.POSITIVE_INFINITY);
                }
            }
        }
        previous = ks.clone();
        if (lp.solve(60) != GlopDirect.Status.OPTIMAL || !(lp.value(delta) > 0)) {
            return null;
        }
        List<Integer> li = new ArrayList<>();
        List<Rational> lv = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Rational v = up(lp.value(lam[t]), bits);
            if (v.signum() > 0) {
                li.add(t + 1);
                lv.add(v);
            }
        }
        List<int[]> wi = new ArrayList<>();
        List<Rational> wv = new ArrayList<>();
        if (w != null) {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n - 1; k++) {
                    Rational v = NodeSplits.dyadic(lp.value(w[i][k]), bits);
                    if (v.signum() > 0) {
                        wi.add(new int[] {i + 1, k + 1});
                        wv.add(v);
                    }
                }
            }
        }
        TreeCertificate.Leaf plain = LeafText.leaf(NodeSplits.dyadic(lp.value(mu), bits), li, lv, wi, wv);
        TreeCertificate.Slope[] slopes = new TreeCertificate.Slope[nk];
        for (int m = 0; m < nk; m++) {
            List<Integer> si = new ArrayList<>();
            List<Rational> sv = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                Rational v = towardZero(lp.value(sl[t][m]), bits);
                if (v.signum() != 0) {
                    si.add(t + 1);
                    sv.add(v);
                }
            }
            slopes[m] = new TreeCertificate.Slope(ks[m] + 1, si.stream().mapToInt(Integer::intValue).toArray(),
                    sv.toArray(new Rational[0]));
        }
        return new TreeCertificate.Leaf(0, plain.mu(), plain.lambdaIndex(), plain.lambda(), plain.weightVertex(),
                plain.weightRow(), plain.weight(), new TreeCertificate.SideRow[0], new Rational[0], slopes);
    }

    /**
     * The quadratic remainder of vertex i in slope m without a variable per coordinate. The coefficient of d_k in
     * a_ik is A_ik = -(p_k - p_{k-1}) Q_{k-1} - (p_{k-1} - p_i) s_{k-1} with Q_j = s_{i+1} + ... + s_j (0 for
     * k &lt;= i + 1; 1-based in this comment), so |A_ik| &lt;= (p_k - p_{k-1}) (|P_{k-1}| + |P_i|) + (p_{k-1} - p_i)
     * |s_{k-1}|, P the partial sums from 1, and |A_{i,i+2}| = (p_{i+2} - p_i) |s_{i+1}|. Each |.| is an LP
     * variable (g and pAbs), so the bound sum_k |A_ik| h_k h_m is linear with coefficients set per box. It is
     * never below the checker's sum_k |A_ik| h_k h_m (or max(A, 0) h_k^2 on the diagonal), so a leaf the LP
     * accepts with margin is accepted there too; the exact variant (constructor flag) is tighter but
     * has n^2 K variables and made a node LP about 20 times slower on 32 prices.
     */
    private void remainderBound(int i, int m, double hm, double[] half) {
        double[] onG = new double[n];
        double[] onP = new double[n];
        for (int k = i + 2; k < n; k++) {
            double hk = half[k] * hm;
            if (k == i + 2) {
                onG[k - 1] += (p[k] - p[i]) * hk;
            } else {
                onG[k - 1] += (p[k - 1] - p[i]) * hk;
                onP[k - 1] += (p[k] - p[k - 1]) * hk;
                onP[i] += (p[k] - p[k - 1]) * hk;
            }
        }
        for (int t = 0; t < n; t++) {
            lp.coefficient(row1[i], g[t][m], onG[t]);
            lp.coefficient(rowC[i], g[t][m], capd * onG[t]);
            lp.coefficient(row1[i], pAbs[t][m], onP[t]);
            lp.coefficient(rowC[i], pAbs[t][m], capd * onP[t]);
        }
    }

    private static Rational up(double x, int bits) {
        if (!(x > 0)) {
            return Rational.ZERO;
        }
        return Rational.of(BigInteger.valueOf((long) Math.ceil(Math.scalb(x, bits))), BigInteger.ONE.shiftLeft(bits));
    }

    private static Rational towardZero(double x, int bits) {
        long v = (long) Math.scalb(x, bits);
        return v == 0 ? Rational.ZERO : Rational.of(BigInteger.valueOf(v), BigInteger.ONE.shiftLeft(bits));
    }
}
