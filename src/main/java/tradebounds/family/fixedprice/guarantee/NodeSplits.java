package tradebounds.family.fixedprice.guarantee;

import java.math.BigInteger;
import tradebounds.cert.TreeCertificate;
import tradebounds.engine.bnb.Decision;
import tradebounds.model.Rational;

/** What the (4.1) and (5.1) node LPs share: the split rule and the rounding of multipliers to dyadics. */
final class NodeSplits {
    private NodeSplits() {
    }

    /**
     * The split of a box that no multiplier closed: the coordinate with the largest dual-weighted width times
     * coefficient (the binding vertices' loss from the box's width), or the widest one when the LP gave nothing
     * or the rule is WIDEST; at its midpoint. Coordinates come in blocks of n (one block per unit); the duals and
     * coefficients are indexed by seller variable v = q n + i. A Stop when every coordinate is below 1e-15 wide.
     *
     * @param pi1   duals of the vertex rows c = 1, or null when the LP failed
     * @param piC   duals of the vertex rows c = C
     * @param a     a[v][k]: the coefficient of coordinate k of v's unit in v's box maximum
     * @param bound the LP's margin, reported with the split
     */
    static Decision<TreeCertificate.Leaf> split(Rational[] lo, Rational[] hi, double[] l, double[] h, int n,
                                                NodeLp.SplitRule rule, double[] pi1, double[] piC, double[][] a,
                                                double capd, double bound, String stop) {
        int best = -1;
        double bestScore = 0;
        for (int c = 0; c < lo.length; c++) {
            double width = h[c] - l[c];
            if (!(width > 1e-15) || lo[c].compareTo(hi[c]) >= 0) {
                continue;
            }
            double score = width;
            if (pi1 != null && rule == NodeLp.SplitRule.WEIGHTED_WIDTH) {
                int q = c / n;
                int k = c % n;
                score = 0;
                for (int i = 0; i < n; i++) {
                    int v = q * n + i;
                    double weight = Math.abs(pi1[v]) + capd * Math.abs(piC[v]);
                    if (weight > 0) {
                        score += weight * Math.abs(a[v][k]) * width;
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best < 0) {
            for (int c = 0; c < lo.length; c++) {
                double width = h[c] - l[c];
                if (width > 1e-15 && lo[c].compareTo(hi[c]) < 0 && (best < 0 || width > h[best] - l[best])) {
                    best = c;
                }
            }
        }
        if (best < 0) {
            return new Decision.Stop<>(stop);
        }
        Rational mid = lo[best].add(hi[best]).divide(Rational.of(2));
        return new Decision.Split<>(best, mid, bound);
    }

    /** x rounded to a multiple of 2^-bits; zero for x &lt;= 0 (negative rounding noise of the LP is dropped). */
    static Rational dyadic(double x, int bits) {
        if (!(x > 0)) {
            return Rational.ZERO;
        }
        long scaled = Math.round(Math.scalb(x, bits));
        if (scaled <= 0) {
            return Rational.ZERO;
        }
        return Rational.of(BigInteger.valueOf(scaled), BigInteger.ONE.shiftLeft(bits));
    }

    /**
     * Coefficient of mu in a_ik, the coefficient of y_k in seller vertex i's G_i (0-based): beta_ik - beta_i,k-1
     * with beta_ij = mu max(p_i, p_j) - ... (FORMAT.md section 5). Shared by the (4.1), (5.1) and affine node LPs.
     */
    static double muCoefficient(double[] p, int i, int k) {
        return Math.max(p[i], p[k]) - (k == 0 ? 0 : Math.max(p[i], p[k - 1]));
    }

    /**
     * Coefficient of lambda_t in a_ik (0-based): lambda_t for i &lt; t &lt; k enters beta_k with -(p_k - p_i) and
     * beta_{k-1} with -(p_{k-1} - p_i) when t &lt; k - 1; zero outside i &lt; t &lt; k.
     */
    static double lambdaCoefficient(double[] p, int i, int k, int t) {
        if (!(t > i && t < k)) {
            return 0;
        }
        double c = -(p[k] - p[i]);
        if (t < k - 1) {
            c += p[k - 1] - p[i];
        }
        return c;
    }
}
