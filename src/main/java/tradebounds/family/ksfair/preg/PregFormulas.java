package tradebounds.family.ksfair.preg;

import java.math.BigDecimal;
import tradebounds.engine.interval.Interval;

/**
 * The auxiliary quantities and objective of program P_REG (Lemma 5.4 of seed 000, Section 5.2), transcribed symbol by
 * symbol from the printed text, in doubles ({@code d*}) and as natural interval extensions ({@code i*}). The monopoly
 * revenue is normalised to 1, so r_m = 1/q_m.
 *
 * <pre>
 *   Gamma = alpha - ( S/(S+1) * (alpha - (H+M-alpha)/S) )^+,   S = H+M+L
 *   objective = Gamma + Gamma/S
 *   q0   = 1 - (1-v0)(1-q)/(alpha-v0)
 *   H_lo = 1, H_hi = +inf
 *   M_lo = ln(q/qm) (1 + (1-alpha) qm/(q-qm)) - 1 + alpha
 *   M_hi = ln(q0/qm) + ln(q/q0) (v0 + (alpha-v0)/(1-q)) - (q-q0)(alpha-v0)/(1-q)
 *   L_lo = alpha/(1-q) ln(1/q)
 *   L_hi = ln(1/q) (v0 + (alpha-v0)/(1-q)) - alpha + v0
 * </pre>
 *
 * Readings and inconsistencies of the printed text (see also {@link PregCell}):
 * <ul>
 *   <li>Gamma simplifies exactly to min(alpha, (H+M)/(S+1)) (expand S/(S+1)(alpha - (H+M-alpha)/S) = alpha -
 *       (H+M)/(S+1)), so objective = min(alpha (S+1)/S, (H+M)/S): decreasing in L (Lemma E.1's claim, true) and the
 *       minimum of a decreasing and an increasing function of M. {@link #dObjective} is the printed form; the box
 *       bound uses the simplified form, and a test checks that the two agree.</li>
 *   <li>L_lo as printed exceeds L_hi for every feasible point (L_lo - L_hi = alpha - v0 + v0 ln(1/q) q/(1-q) &gt; 0),
 *       so the printed P_REG has an empty L-range; the expectation under the lower curve R_1 is
 *       alpha ln(1/q)/(1-q) - alpha (the printed formula lacks "- alpha", confirmed by quadrature in
 *       {@link PregAuxiliaryAudit}). Lemma E.1 fixes L = L_hi, so P_REG[s,l,alpha] is unaffected.</li>
 *   <li>The sandwich curves printed for M are mirrored: the lower chord has slope factor (q'-q_m)/(q-q_m) and the
 *       upper tangent (q'-q_m)/(q-q_0), so neither binds at q; with (q-q')/(q-q_m) and (q-q')/(q-q_0), the curves
 *       the text says bind at q_m and q, quadrature reproduces M_lo and M_hi as printed ({@link PregAuxiliaryAudit}).
 *       Both are implemented as printed.</li>
 *   <li>alpha is printed in (0,1) in P_REG but in [0,1] in Lemma E.2; Table 1's alphas are interior, so it does not
 *       matter.</li>
 * </ul>
 */
public final class PregFormulas {
    private PregFormulas() {
    }

    public static double dQ0(double alpha, double q, double v0) {
        return 1 - (1 - v0) * (1 - q) / (alpha - v0);
    }

    public static double dMLower(double qm, double alpha, double q) {
        return Math.log(q / qm) * (1 + (1 - alpha) / (q - qm) * qm) - 1 + alpha;
    }

    public static double dMUpper(double qm, double alpha, double q, double v0) {
        double q0 = dQ0(alpha, q, v0);
        return Math.log(q0 / qm) + Math.log(q / q0) * (v0 + (alpha - v0) / (1 - q)) - (q - q0) / (1 - q) * (alpha - v0);
    }

    public static double dLLower(double alpha, double q) {
        return alpha / (1 - q) * Math.log(1 / q);
    }

    public static double dLUpper(double alpha, double q, double v0) {
        return Math.log(1 / q) * (v0 + (alpha - v0) / (1 - q)) - alpha + v0;
    }

    public static double dGamma(double h, double m, double l, double alpha) {
        double s = h + m + l;
        return alpha - Math.max(0, s / (s + 1) * (alpha - (h + m - alpha) / s));
    }

    /** The printed objective Gamma + Gamma/(H+M+L). */
    public static double dObjective(double h, double m, double l, double alpha) {
        double g = dGamma(h, m, l, alpha);
        return g + g / (h + m + l);
    }

    /**
     * The inner value of P_REG[s,l,alpha] at (qm, q, v0) with H = 1, L = L_hi (Lemma E.1), minimised over
     * M in [M_lo, M_hi] exactly: the objective is min(alpha(S+1)/S, (1+M)/S), so the worst M is M_hi for the first
     * branch and M_lo for the second.
     */
    public static double dInner(double qm, double alpha, double q, double v0) {
        double lHi = dLUpper(alpha, q, v0);
        return Math.min(dObjective(1, dMUpper(qm, alpha, q, v0), lHi, alpha),
                dObjective(1, dMLower(qm, alpha, q), lHi, alpha));
    }

    static final Interval ONE = Interval.point(BigDecimal.ONE);

    static Interval c(BigDecimal x) {
        return Interval.point(x);
    }

    public static Interval iQ0(Interval alpha, Interval q, Interval v0) {
        return ONE.subtract(ONE.subtract(v0).multiply(ONE.subtract(q)).divide(alpha.subtract(v0)));
    }

    public static Interval iMLower(Interval qm, Interval alpha, Interval q) {
        return Interval.log(q.divide(qm)).multiply(ONE.add(ONE.subtract(alpha).divide(q.subtract(qm)).multiply(qm)))
                .subtract(ONE).add(alpha);
    }

    public static Interval iMUpper(Interval qm, Interval alpha, Interval q, Interval v0) {
        Interval q0 = iQ0(alpha, q, v0);
        Interval slope = alpha.subtract(v0).divide(ONE.subtract(q));
        return Interval.log(q0.divide(qm)).add(Interval.log(q.divide(q0)).multiply(v0.add(slope)))
                .subtract(q.subtract(q0).divide(ONE.subtract(q)).multiply(alpha.subtract(v0)));
    }

    public static Interval iLLower(Interval alpha, Interval q) {
        return alpha.divide(ONE.subtract(q)).multiply(Interval.log(q).negate());
    }

    public static Interval iLUpper(Interval alpha, Interval q, Interval v0) {
        return Interval.log(q).negate().multiply(v0.add(alpha.subtract(v0).divide(ONE.subtract(q))))
                .subtract(alpha).add(v0);
    }

    public static Interval iGamma(Interval h, Interval m, Interval l, Interval alpha) {
        Interval s = h.add(m).add(l);
        Interval inner = s.divide(s.add(ONE)).multiply(alpha.subtract(h.add(m).subtract(alpha).divide(s)));
        return alpha.subtract(inner.positivePart());
    }

    /** The printed objective as a natural interval extension. */
    public static Interval iObjective(Interval h, Interval m, Interval l, Interval alpha) {
        Interval g = iGamma(h, m, l, alpha);
        return g.add(g.divide(h.add(m).add(l)));
    }
}
