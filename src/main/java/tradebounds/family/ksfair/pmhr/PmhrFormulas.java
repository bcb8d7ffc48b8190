package tradebounds.family.ksfair.pmhr;

/**
 * The auxiliary quantities and objective of program P_MHR (Lemma 5.8 / D.1 of seed 000, Section 5.3 and App. D),
 * transcribed symbol by symbol from the printed text, in doubles. The monopoly revenue is normalised to 1, so the
 * buyer's cumulative hazard Phi is convex with Phi(v) &gt;= ln v, touching ln v at r_m: Phi(r_m) = ln r_m,
 * Phi'(r_m) = 1/r_m, and Phi(p) = ln(p/alpha) at the price p with revenue alpha. Below, A = ln(p/alpha),
 * B = ln r_m.
 *
 * <pre>
 *   Gamma = alpha - ( S/(S+1) (alpha - (H+M-alpha)/S) )^+,   S = H+M+L,   objective = Gamma + Gamma/S
 *   p    in [ max{-r_m W(-alpha/e), alpha},  -r_m W(-alpha B/r_m) / B ]
 *   v0   in [ 0, r_m - B (r_m - p)/(B - A) ]
 *   v1   = (1/r_m - A/(p-v0))^-1 (A - B + 1 - p A/(p-v0))
 *   H_lo = 1, H_hi = 2
 *   M_lo = (p r_m ln(alpha r_m/p))^-1 (r_m - p)(alpha r_m - p) - 1 + alpha
 *   M_hi = A^-1 ((p/alpha)^((v1-p)/(p-v0)) - 1)(p - v0) + e^(1 - v1/r_m) - 2 + alpha
 *   L_lo = A^-1 (p - alpha) - alpha,   L_hi = A^-1 (1 - alpha/p)(p - v0) + v0 - alpha
 * </pre>
 *
 * Readings and inconsistencies of the printed text (checked by {@link PmhrAuxiliaryAudit} and the tests):
 * <ul>
 *   <li><b>Lambert W branch.</b> Both p bounds use the principal branch W_0. With x = p/r_m the tangent bound
 *       B + p/r_m - 1 &lt;= A reads x e^-x &gt;= alpha/e, and x e^-x increases on [0,1] (p &lt;= r_m), so
 *       x &gt;= -W_0(-alpha/e) (the W_{-1} root is &gt;= 1). The chord bound A &lt;= p B/r_m reads
 *       (-c p) e^(-c p) &gt;= -alpha c with c = B/r_m; as c p &lt;= B &lt;= 1 (r_m &lt;= e), -c p lies in [-1,0], where
 *       w e^w increases, so -c p &gt;= W_0(-alpha c). At r_m = 1 the upper end is the limit alpha (W_0(y) ~ y).</li>
 *   <li><b>max{., alpha} is needed</b>: x0 = -W_0(-alpha/e) solves x0 = alpha e^(x0-1) &lt; alpha, so the tangent
 *       bound r_m x0 falls below alpha when r_m &lt; alpha/x0, i.e. when 1 - ln r_m - alpha/r_m &gt; 0 (small r_m).</li>
 *   <li><b>The p range is never empty</b>: at p = p_hi, A equals the chord value p B/r_m, which exceeds the tangent
 *       value B + p/r_m - 1 by (1 - p/r_m)(1 - B) &gt;= 0.</li>
 *   <li><b>Gamma</b> simplifies exactly to min(alpha, (H+M)/(S+1)) (as for P_REG), so the objective is
 *       min(alpha (S+1)/S, (H+M)/S). It depends on H and M only through T = H+M: the first branch decreases in T, the
 *       second increases. Lemma F.1 (decreasing in L) holds: both branches decrease in L. No monotonicity holds in M
 *       or H, but min over M in [M_lo, M_hi] (and over H in an interval) is exactly
 *       min(alpha (S_hi+1)/S_hi, T_lo/S_lo) with the largest T in S_hi and the smallest in T_lo, S_lo.</li>
 *   <li><b>"WLOG H = 1" in the proof of Lemma F.2</b> is copied from Lemma E.2: P_MHR has H in [1,2] in the outer
 *       minimisation, no argument (like Lemma E.1's shift of H-1 into M) is given for it, and the statement of F.2
 *       partitions H. H &lt;= 2 itself is justified: the lower sandwich curve on [r_m, inf) is the tangent
 *       ln r_m + (v-r_m)/r_m, under which E[v 1{v &gt;= r_m}] = 1 + 1 = 2 (Lemma D.2 with v'' = +inf).</li>
 *   <li><b>The upper sandwich curve for M is misprinted</b>: App. D prints (r_m-v)/(r_m-p)(Phi(r_m)-Phi(p)) + Phi(p),
 *       which equals Phi(r_m) at v = p; the chord (v-p)/(r_m-p)(...) + Phi(p) is meant ("both bind at p and r_m").
 *       M_lo is the expectation under that chord and is correct.</li>
 *   <li><b>M_hi is misprinted</b>: under the lower curve max{tangent at p, tangent at r_m} the expectation is
 *       {@link #mUpperCorrected}: A^-1 (alpha/p)(1 - (p/alpha)^-((v1-p)/(p-v0)))(p - v0) + e^(1-v1/r_m) - 2 + alpha.
 *       The printed first term integrates e^(+(Phi-A)) instead of e^-Phi = (alpha/p) e^-(Phi-A); it is larger by the
 *       factor (p/alpha)^((v1-p)/(p-v0) + 1) &gt;= 1, so the printed M range contains the true one and the printed
 *       program is a valid but weaker relaxation.</li>
 *   <li>L_lo &lt;= L_hi holds: L_hi - L_lo = v0 (1 - (1 - alpha/p)/A) &gt;= 0 because ln x &gt;= 1 - 1/x. M_lo &lt;= M_hi
 *       holds on the feasible set for the corrected M_hi (Lemma D.2) and hence for the printed one.</li>
 *   <li>The v0 bound uses Phi'(p) &lt;= (Phi(r_m) - Phi(p))/(r_m - p) (App. D writes Phi'(q)); it equals
 *       p - A (r_m - p)/(B - A). At r_m = 1 (so p = alpha, A = B = 0) it is 0/0.</li>
 * </ul>
 */
public final class PmhrFormulas {
    public static final double H_LOWER = 1;
    public static final double H_UPPER = 2;

    private PmhrFormulas() {
    }

    /**
     * The principal branch W_0 of Lambert W on y &gt;= -1/e (Halley's iteration from a branch-point series or a log
     * guess). Near y = -1/e the result has only about half the digits (W has a square-root singularity there).
     */
    public static double lambertW0(double y) {
        if (y < -1 / Math.E) {
            if (y > -1 / Math.E - 1e-15) {
                return -1;
            }
            throw new IllegalArgumentException("W_0 needs y >= -1/e, got " + y);
        }
        if (y == 0) {
            return 0;
        }
        double w;
        if (y < -0.25) {
            double q = Math.sqrt(Math.max(0, 2 * (Math.E * y + 1)));
            w = -1 + q - q * q / 3 + 11.0 / 72 * q * q * q;
        } else if (y < 3) {
            w = Math.log1p(y) * (1 - Math.log1p(Math.log1p(y)) / (2 + Math.log1p(y)));
        } else {
            double l = Math.log(y);
            w = l - Math.log(l);
        }
        for (int k = 0; k < 60; k++) {
            double ew = Math.exp(w);
            double f = w * ew - y;
            double wp1 = w + 1;
            if (wp1 <= 0) {
                break;
            }
            double step = f / (ew * wp1 - (w + 2) * f / (2 * wp1));
            w -= step;
            if (Math.abs(step) <= 1e-16 * (1 + Math.abs(w))) {
                break;
            }
        }
        return w;
    }

    /** -r_m W_0(-alpha/e): the smallest p with Phi(r_m) + (p - r_m) Phi'(r_m) &lt;= Phi(p). */
    public static double pTangentBound(double rm, double alpha) {
        return -rm * lambertW0(-alpha / Math.E);
    }

    /** The printed lower end max{-r_m W(-alpha/e), alpha}. */
    public static double pLower(double rm, double alpha) {
        return Math.max(pTangentBound(rm, alpha), alpha);
    }

    /** The printed upper end -r_m W(-alpha ln(r_m)/r_m)/ln(r_m); its limit alpha at r_m = 1. */
    public static double pUpper(double rm, double alpha) {
        double b = Math.log(rm);
        if (b == 0) {
            return alpha;
        }
        return -rm * lambertW0(-alpha * b / rm) / b;
    }

    /** The printed upper end of v0: r_m - ln(r_m)(r_m - p)/(ln(r_m) - ln(p/alpha)). */
    public static double v0Upper(double rm, double alpha, double p) {
        double b = Math.log(rm);
        return rm - b / (b - Math.log(p / alpha)) * (rm - p);
    }

    /** The printed v1: the abscissa where the tangents to Phi at p and at r_m meet. */
    public static double v1(double rm, double alpha, double p, double v0) {
        double a = Math.log(p / alpha);
        return (a - Math.log(rm) + 1 - p / (p - v0) * a) / (1 / rm - a / (p - v0));
    }

    public static double mLower(double rm, double alpha, double p) {
        return (rm - p) * (alpha * rm - p) / (p * rm * Math.log(alpha * rm / p)) - 1 + alpha;
    }

    /** M_hi as printed (see the class comment: it overstates the expectation it stands for). */
    public static double mUpper(double rm, double alpha, double p, double v0) {
        double a = Math.log(p / alpha);
        double v1 = v1(rm, alpha, p, v0);
        return (Math.pow(p / alpha, (v1 - p) / (p - v0)) - 1) * (p - v0) / a + Math.exp(1 - v1 / rm) - 2 + alpha;
    }

    /**
     * Corrected (not printed; a different program): E[v 1{p &lt;= v &lt; r_m}] under the lower sandwich curve
     * max{A + (v-p) A/(p-v0), B + (v-r_m)/r_m} on [p, r_m], i.e. alpha - 1 + int_p^{r_m} e^-Phi.
     */
    public static double mUpperCorrected(double rm, double alpha, double p, double v0) {
        double a = Math.log(p / alpha);
        double v1 = v1(rm, alpha, p, v0);
        return alpha / p * -Math.expm1(-a * (v1 - p) / (p - v0)) * (p - v0) / a + Math.exp(1 - v1 / rm) - 2 + alpha;
    }

    public static double lLower(double alpha, double p) {
        return (p - alpha) / Math.log(p / alpha) - alpha;
    }

    public static double lUpper(double alpha, double p, double v0) {
        return (1 - alpha / p) * (p - v0) / Math.log(p / alpha) + v0 - alpha;
    }

    public static double gamma(double h, double m, double l, double alpha) {
        double s = h + m + l;
        return alpha - Math.max(0, s / (s + 1) * (alpha - (h + m - alpha) / s));
    }

    /** The printed objective Gamma + Gamma/(H+M+L). */
    public static double objective(double h, double m, double l, double alpha) {
        double g = gamma(h, m, l, alpha);
        return g + g / (h + m + l);
    }

    /** Which M_hi: the printed one or the corrected expectation. */
    public enum Variant {
        PRINTED, CORRECTED;

        public double mUpper(double rm, double alpha, double p, double v0) {
            return this == PRINTED ? PmhrFormulas.mUpper(rm, alpha, p, v0)
                    : PmhrFormulas.mUpperCorrected(rm, alpha, p, v0);
        }
    }

    /**
     * The stage-3 value at (r_m, alpha, p, v0) for H in [hLo, hHi], L = L_hi (Lemma F.1), minimised over M in
     * [M_lo, M_hi] and H exactly: min(objective(hHi, M_hi), objective(hLo, M_lo)) (see the class comment).
     * With hLo = hHi it is the program's inner value at fixed H.
     */
    public static double inner(Variant variant, double rm, double hLo, double hHi, double alpha, double p,
                                double v0) {
        double l = lUpper(alpha, p, v0);
        return Math.min(objective(hHi, variant.mUpper(rm, alpha, p, v0), l, alpha),
                objective(hLo, mLower(rm, alpha, p), l, alpha));
    }
}
