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
 * with A_iktm the coefficient of lambda_t in a_ik and S_itm = sum_k A_iktm c_k. Built cold for each box (K and
 * the box change the structure); the answer is rounded and kept only if the checker's affine leaf test passes.
 */
final class AffineLp {
    private final double[] p;
    private final double rd;
    private final double capd;
    private final boolean orderWeights;
    private final double muCap;
    private final int n;

    AffineLp(double[] p, double r, double capd, boolean orderWeights, double muCap) {
        this.p = p;
        this.n = p.length;
        this.rd = r;
        this.capd = capd;
        this.orderWeights = orderWeights;
        this.muCap = muCap;
    }

    /** Coefficient of mu in a_ik (0-based). */
    private double muCoef(int i, int k) {
        return Math.max(p[i], p[k]) - (k == 0 ? 0 : Math.max(p[i], p[k - 1]));
    }

    /** Coefficient of lambda_t in a_ik (0-based): nonzero only for i &lt; t &lt; k. */
    private double lamCoef(int i, int k, int t) {
        if (!(t > i && t < k)) {
            return 0;
        }
        double c = -(p[k] - p[i]);
        if (t < k - 1) {
            c += p[k - 1] - p[i];
        }
        return c;
    }

    /**
     * The leaf this LP finds on the box lo..hi (tightened, doubles) with slopes in coordinates ks (0-based), or
     * null when its margin is not positive. Multipliers rounded outward-safe: lambda up and slopes toward zero to
     * 2^-bits (so lambda(y) &gt;= 0 survives the rounding), mu and w to nearest.
     */
    TreeCertificate.Leaf solve(double[] lo, double[] hi, int[] ks, int bits) {
        double[] mid = new double[n];
        double[] half = new double[n];
        for (int k = 0; k < n; k++) {
            mid[k] = 0.5 * (lo[k] + hi[k]);
            half[k] = 0.5 * (hi[k] - lo[k]);
        }
        int nk = ks.length;
        try (GlopDirect lp = new GlopDirect()) {
            int[] lam = new int[n];
            for (int t = 0; t < n; t++) {
                lam[t] = lp.variable(0, 1);
            }
            int mu = lp.variable(0, muCap);
            int delta = lp.variable(-1e3, 1);
            int sum = lp.row(1, 1);
            for (int t = 0; t < n; t++) {
                lp.coefficient(sum, lam[t], 1);
            }
            int[][] sl = new int[n][nk];
            int[][] g = new int[n][nk];
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
            for (int t = 0; t < n; t++) {
                int nonneg = lp.row(0, Double.POSITIVE_INFINITY);
                lp.coefficient(nonneg, lam[t], 1);
                for (int m = 0; m < nk; m++) {
                    lp.coefficient(nonneg, g[t][m], -half[ks[m]]);
                }
            }
            int[][] w = orderWeights ? new int[n][n - 1] : null;
            for (int i = 0; i < n; i++) {
                if (w != null) {
                    for (int k = 0; k < n - 1; k++) {
                        w[i][k] = lp.variable(0, Double.POSITIVE_INFINITY);
                    }
                }
                int row1 = lp.row(Double.NEGATIVE_INFINITY, p[i] - rd);
                int rowC = lp.row(Double.NEGATIVE_INFINITY, capd * p[i] - rd);
                for (int row : new int[] {row1, rowC}) {
                    lp.coefficient(row, delta, 1);
                    lp.coefficient(row, mu, -1);
                }
                double[] sCoef = new double[n];
                for (int t = i + 1; t < n; t++) {
                    for (int j = t + 1; j < n; j++) {
                        sCoef[t] += lamCoef(i, j, t) * mid[j];
                    }
                }
                for (int k = 0; k < n; k++) {
                    int up = lp.variable(0, Double.POSITIVE_INFINITY);
                    int um = lp.variable(0, Double.POSITIVE_INFINITY);
                    int e = lp.row(0, 0);
                    lp.coefficient(e, up, 1);
                    lp.coefficient(e, um, -1);
                    lp.coefficient(e, mu, -muCoef(i, k));
                    for (int t = i + 1; t < k; t++) {
                        double c = lamCoef(i, k, t);
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
                    for (int m = 0; m < nk; m++) {
                        if (ks[m] == k) {
                            for (int t = 0; t < n; t++) {
                                if (sCoef[t] != 0) {
                                    lp.coefficient(e, sl[t][m], -sCoef[t]);
                                }
                            }
                        }
                    }
                    lp.coefficient(row1, up, hi[k]);
                    lp.coefficient(row1, um, -lo[k]);
                    lp.coefficient(rowC, up, capd * hi[k]);
                    lp.coefficient(rowC, um, -capd * lo[k]);
                }
                for (int m = 0; m < nk; m++) {
                    for (int t = 0; t < n; t++) {
                        double c0 = -sCoef[t] * mid[ks[m]];
                        if (c0 != 0) {
                            lp.coefficient(row1, sl[t][m], c0);
                            lp.coefficient(rowC, sl[t][m], capd * c0);
                        }
                    }
                    for (int k = i + 2; k < n; k++) {
                        double hh = half[k] * half[ks[m]];
                        if (!(hh > 0)) {
                            continue;
                        }
                        int z = lp.variable(0, Double.POSITIVE_INFINITY);
                        int r1 = lp.row(0, Double.POSITIVE_INFINITY);
                        lp.coefficient(r1, z, 1);
                        int r2 = k == ks[m] ? -1 : lp.row(0, Double.POSITIVE_INFINITY);
                        if (r2 >= 0) {
                            lp.coefficient(r2, z, 1);
                        }
                        for (int t = i + 1; t < k; t++) {
                            double c = lamCoef(i, k, t);
                            if (c != 0) {
                                lp.coefficient(r1, sl[t][m], -c);
                                if (r2 >= 0) {
                                    lp.coefficient(r2, sl[t][m], c);
                                }
                            }
                        }
                        lp.coefficient(row1, z, hh);
                        lp.coefficient(rowC, z, capd * hh);
                    }
                }
            }
            lp.objective(delta, 1, true);
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
