package tradebounds.family.ksfair.preg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Item 5b of issue 4: each auxiliary bound of P_REG (Lemma 5.4) is claimed to be an expectation under one of the
 * sandwiching revenue curves R_1 (below R) and R_2 (above R) of the proof, or (q_0) a quantile of R_2. This class
 * builds those curves as buyer laws ({@link RevenueCurveLaw}), recomputes every quantity by quadrature at random
 * feasible points (q_m, alpha, q, v0) and compares with {@link PregFormulas}.
 *
 * <p>What the quantities are (proof of Lemma 5.4, R(q_m) = 1, r_m = 1/q_m, R(q) = alpha):
 * <ul>
 *   <li>H = E[v 1{v &gt;= r_m}] (quantiles [0, q_m]); R_1 = u/q_m (an atom of mass q_m at r_m), R_2 = 1
 *       (equal-revenue tail).</li>
 *   <li>M = E[v 1{alpha/q &lt;= v &lt; r_m}] (quantiles [q_m, q]); the text says both curves bind at q_m and q, so
 *       R_1 is the chord through (q_m, 1) and (q, alpha), and R_2 = min{1, tangent of R at q}.</li>
 *   <li>L = E[v 1{v &lt; alpha/q}] (quantiles [q, 1]); R_1 = alpha (1-u)/(1-q), R_2 = the tangent at q, which
 *       takes the value v0 at u = 1.</li>
 *   <li>q_0 = q + (1-alpha)/R'(q): where the tangent at q reaches revenue 1, i.e. where R_2 leaves its flat top.</li>
 * </ul>
 * The tangent is pinned down by R(q) = alpha and v0 = R(q) + (1-q)R'(q), so R'(q) = (v0-alpha)/(1-q); its kink
 * with the flat top is found by a root finder, not by the printed q_0, so that q_0 is checked too.
 *
 * <p>The laws are the composite curves R_1 = (u/q_m | chord | alpha(1-u)/(1-q)) and R_2 = (1 | tangent): both are
 * concave exactly on the program's feasible set (the lower bound on q is the concavity of R_1 at q), so the
 * windows on values are windows on quantiles as the proof assumes; the curves printed for M are not (they do not
 * bind where the text says) and are integrated over [q_m, q] as they stand.
 */
public final class PregAuxiliaryAudit {
    /** A feasible point of P_REG's inner program (q in (q_lo, 1), so that the tangent and q_0 are defined). */
    public record Point(double qm, double alpha, double q, double v0) {
        /** The tangent of R at q: through (q, alpha) with value v0 at quantile 1. */
        public double tangent(double u) {
            return alpha + (u - q) * (v0 - alpha) / (1 - q);
        }
    }

    public enum Verdict { MATCHES, DOES_NOT_MATCH }

    /**
     * One printed formula against quadrature.
     *
     * @param maxRelError      max over the points of |printed - quadrature| / |quadrature|
     * @param corrected        a closed form that does match (a different program from the printed one), or null
     * @param correctedError   its max relative error, NaN if none
     */
    public record Row(String symbol, String meaning, Verdict verdict, double maxRelError, String corrected,
                      double correctedError, String note) {
        public String line() {
            String s = String.format(Locale.ROOT, "%-5s %-15s max rel err %.2e", symbol, verdict, maxRelError);
            if (corrected != null) {
                s += String.format(Locale.ROOT, "; corrected %s: max rel err %.2e", corrected, correctedError);
            }
            return s + (note == null ? "" : "; " + note);
        }
    }

    /**
     * Agreement threshold. Quadrature is asked for ~1e-14 relative, but the closed forms of L cancel in doubles for
     * q near 1 (L ~ alpha (1-q)/2 is a difference of terms of size alpha), losing up to ~8 digits at the sampled
     * points; the mismatches found are all above 1e-2.
     */
    public static final double AGREE = 1e-7;

    private PregAuxiliaryAudit() {
    }

    /** Random feasible points: q_m log-uniform in [1e-3, 0.9], alpha in [0.05, 0.95], q and v0 uniform. */
    public static List<Point> randomPoints(int n, long seed) {
        Random rnd = new Random(seed);
        List<Point> pts = new ArrayList<>();
        while (pts.size() < n) {
            double qm = Math.exp(Math.log(1e-3) + rnd.nextDouble() * (Math.log(0.9) - Math.log(1e-3)));
            double alpha = 0.05 + 0.9 * rnd.nextDouble();
            double qLo = qm + (1 - alpha) * (1 - qm);
            double q = qLo + (0.001 + 0.998 * rnd.nextDouble()) * (1 - qLo);
            double v0Hi = 1 - (1 - alpha) / (q - qm) * (1 - qm);
            double v0 = rnd.nextDouble() * v0Hi;
            pts.add(new Point(qm, alpha, q, v0));
        }
        return pts;
    }

    /**
     * The quantile in [q_m, q] where the (decreasing) tangent at q reaches revenue 1; q_m if it is below 1 there,
     * which the bound on v0 rules out (it is R'(q) &lt;= the chord's slope).
     */
    public static double tangentTop(Point p) {
        DoubleUnaryOperator f = u -> p.tangent(u) - 1;
        if (f.applyAsDouble(p.qm()) <= 0) {
            return p.qm();
        }
        return new BrentSolver(1e-16, 1e-16).solve(1000, f::applyAsDouble, p.qm(), p.q());
    }

    /** R_1 of the proof as one law: u/q_m on [0,q_m], the chord (q_m,1)-(q,alpha), alpha(1-u)/(1-q) on [q,1]. */
    public static RevenueCurveLaw lowerLaw(Point p) {
        double qm = p.qm();
        double a = p.alpha();
        double q = p.q();
        return RevenueCurveLaw.of(new double[] {0, qm, q, 1}, List.of(u -> u / qm,
                u -> a + (q - u) * (1 - a) / (q - qm), u -> a * (1 - u) / (1 - q)));
    }

    /** R_2 of the proof as one law: revenue 1 up to the tangent's crossing, then the tangent at q down to v0. */
    public static RevenueCurveLaw upperLaw(Point p) {
        double top = tangentTop(p);
        return RevenueCurveLaw.of(new double[] {0, top, 1}, List.of(u -> 1.0, p::tangent));
    }

    /** The lower curve for M as printed: (u - q_m)/(q - q_m) (R(q_m) - R(q)) + R(q). */
    public static double printedLowerMCurveIntegral(Point p) {
        double qm = p.qm();
        double a = p.alpha();
        double q = p.q();
        return RevenueCurveLaw.pieceIntegral(u -> (u - qm) / (q - qm) * (1 - a) + a, qm, q);
    }

    /** The upper curve for M as printed: min{1, (u - q_m)/(q - q_0) (R(q_m) - R(q)) + R(q)}, kink split off. */
    public static double printedUpperMCurveIntegral(Point p) {
        double qm = p.qm();
        double a = p.alpha();
        double q = p.q();
        double q0 = PregFormulas.dQ0(a, q, p.v0());
        DoubleUnaryOperator r = u -> Math.min(1, (u - qm) / (q - q0) * (1 - a) + a);
        double kink = Math.min(q, qm + (q - q0));
        return RevenueCurveLaw.pieceIntegral(r, qm, kink) + (kink < q ? RevenueCurveLaw.pieceIntegral(r, kink, q) : 0);
    }

    /** The corrected lower bound of L: E[v 1{v &lt; alpha/q}] under R_1 = alpha(1-u)/(1-q). */
    public static double correctedLLower(double alpha, double q) {
        return alpha * Math.log(1 / q) / (1 - q) - alpha;
    }

    public static List<Row> audit(List<Point> points) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("q_0", "quantile where R_2 (tangent at q) reaches revenue 1", points,
                p -> PregFormulas.dQ0(p.alpha(), p.q(), p.v0()), PregAuxiliaryAudit::tangentTop, null, null, null));
        rows.add(row("H_lo", "E[v 1{v>=r_m}] under R_1 = u/q_m (atom q_m at r_m)", points, p -> 1.0,
                p -> lowerLaw(p).truncatedMean(1 / p.qm(), Double.POSITIVE_INFINITY), null, null, null));
        rows.add(infiniteRow(points));
        rows.add(row("M_lo", "E[v 1{alpha/q<=v<r_m}] under R_1 = chord (q_m,1)-(q,alpha)", points,
                p -> PregFormulas.dMLower(p.qm(), p.alpha(), p.q()),
                p -> lowerLaw(p).truncatedMean(p.alpha() / p.q(), 1 / p.qm()), null, null,
                "the chord as printed, (q'-q_m)/(q-q_m)(R(q_m)-R(q))+R(q), binds at neither end and integrates to "
                        + "another value (max rel err %.2e)", PregAuxiliaryAudit::printedLowerMCurveIntegral));
        rows.add(row("M_hi", "E[v 1{alpha/q<=v<r_m}] under R_2 = min{1, tangent at q}", points,
                p -> PregFormulas.dMUpper(p.qm(), p.alpha(), p.q(), p.v0()),
                p -> upperLaw(p).truncatedMean(p.alpha() / p.q(), 1 / p.qm()), null, null,
                "the tangent as printed, slope (q'-q_m)/(q-q_0), does not bind at q and integrates to another value "
                        + "(max rel err %.2e)", PregAuxiliaryAudit::printedUpperMCurveIntegral));
        rows.add(row("L_lo", "E[v 1{v<alpha/q}] under R_1 = alpha(1-u)/(1-q)", points,
                p -> PregFormulas.dLLower(p.alpha(), p.q()),
                p -> lowerLaw(p).truncatedMean(0, p.alpha() / p.q()),
                "alpha ln(1/q)/(1-q) - alpha", p -> correctedLLower(p.alpha(), p.q()),
                "printed - E = alpha: max |printed - (E + alpha)|/printed = %.2e",
                p -> p.alpha() + lowerLaw(p).truncatedMean(0, p.alpha() / p.q())));
        rows.add(row("L_hi", "E[v 1{v<alpha/q}] under R_2 = tangent at q (value v0 at u=1)", points,
                p -> PregFormulas.dLUpper(p.alpha(), p.q(), p.v0()),
                p -> upperLaw(p).truncatedMean(0, p.alpha() / p.q()), null, null, null));
        return rows;
    }

    private static Row row(String symbol, String meaning, List<Point> points, ToDoubleFunction<Point> printed,
                           ToDoubleFunction<Point> quadrature, String corrected, ToDoubleFunction<Point> fix,
                           String noteFormat) {
        return row(symbol, meaning, points, printed, quadrature, corrected, fix, noteFormat, null);
    }

    private static Row row(String symbol, String meaning, List<Point> points, ToDoubleFunction<Point> printed,
                           ToDoubleFunction<Point> quadrature, String corrected, ToDoubleFunction<Point> fix,
                           String noteFormat, ToDoubleFunction<Point> printedCurve) {
        double err = 0;
        double fixErr = 0;
        double curveErr = 0;
        for (Point p : points) {
            double exact = quadrature.applyAsDouble(p);
            err = Math.max(err, rel(printed.applyAsDouble(p), exact));
            if (fix != null) {
                fixErr = Math.max(fixErr, rel(fix.applyAsDouble(p), exact));
            }
            if (printedCurve != null) {
                curveErr = Math.max(curveErr, rel(printedCurve.applyAsDouble(p), printed.applyAsDouble(p)));
            }
        }
        String note = noteFormat == null ? null : String.format(Locale.ROOT, noteFormat, curveErr);
        return new Row(symbol, meaning, err <= AGREE ? Verdict.MATCHES : Verdict.DOES_NOT_MATCH, err, corrected,
                fix == null ? Double.NaN : fixErr, note);
    }

    /** H_hi = +infinity: the upper curve R_2 = 1 on [0, q_m] is an equal-revenue tail. */
    private static Row infiniteRow(List<Point> points) {
        boolean all = points.stream().allMatch(
                p -> upperLaw(p).truncatedMean(1 / p.qm(), Double.POSITIVE_INFINITY) == Double.POSITIVE_INFINITY);
        return new Row("H_hi", "E[v 1{v>=r_m}] under R_2 = 1 (equal-revenue tail)",
                all ? Verdict.MATCHES : Verdict.DOES_NOT_MATCH, all ? 0 : Double.POSITIVE_INFINITY, null, Double.NaN,
                "both infinite");
    }

    static double rel(double x, double exact) {
        if (x == exact) {
            return 0;
        }
        return Math.abs(x - exact) / Math.abs(exact);
    }

    /**
     * Lemma 5.5 on concrete regular laws: quadratic revenue curves R(u) = 1 - k (u - q_m)^2 (concave, monopoly
     * quantile q_m, R(0), R(1) &gt;= 0), with q, v0 and q_0 taken from their definitions in the proof (R(q) = alpha,
     * v0 = R(q) + (1-q)R'(q), q_0 = q + (1-alpha)/R'(q)) and M, L by quadrature on the law itself.
     *
     * @param q0Error            max relative error of the printed q_0 against its definition
     * @param worstM             min over the laws of min(M - M_lo, M_hi - M) (&gt;= 0 if the sandwich holds)
     * @param worstL             the same for L with the corrected lower bound and the printed L_hi
     * @param printedLLowerAbove how many laws have the printed L_lo above the true L
     * @param printedChordAbove  how many laws have the printed lower M-curve above R somewhere in [q_m, q]
     */
    public record ConcreteCheck(int laws, double q0Error, double worstM, double worstL, int printedLLowerAbove,
                                int printedChordAbove) {
    }

    public static ConcreteCheck concreteLaws(int n, long seed) {
        Random rnd = new Random(seed);
        double q0Err = 0;
        double worstM = Double.POSITIVE_INFINITY;
        double worstL = Double.POSITIVE_INFINITY;
        int lAbove = 0;
        int chordAbove = 0;
        for (int i = 0; i < n; i++) {
            double qm = 0.01 + 0.5 * rnd.nextDouble();
            double alpha = 0.1 + 0.85 * rnd.nextDouble();
            double kLo = (1 - alpha) / ((1 - qm) * (1 - qm));
            double kHi = Math.min(1 / (qm * qm), 1 / ((1 - qm) * (1 - qm)));
            double k = kLo + rnd.nextDouble() * (kHi - kLo);
            DoubleUnaryOperator r = u -> 1 - k * (u - qm) * (u - qm);
            RevenueCurveLaw law = RevenueCurveLaw.of(new double[] {0, 1}, List.of(r));
            double q = qm + Math.sqrt((1 - alpha) / k);
            double slope = -2 * k * (q - qm);
            double v0 = alpha + (1 - q) * slope;
            double q0 = q + (1 - alpha) / slope;
            q0Err = Math.max(q0Err, rel(PregFormulas.dQ0(alpha, q, v0), q0));
            double m = law.truncatedMean(alpha / q, 1 / qm);
            double l = law.truncatedMean(0, alpha / q);
            worstM = Math.min(worstM, Math.min(m - PregFormulas.dMLower(qm, alpha, q),
                    PregFormulas.dMUpper(qm, alpha, q, v0) - m));
            worstL = Math.min(worstL, Math.min(l - correctedLLower(alpha, q), PregFormulas.dLUpper(alpha, q, v0) - l));
            if (PregFormulas.dLLower(alpha, q) > l) {
                lAbove++;
            }
            // The printed chord ends at R(q_m) = 1 at u = q, where R(q) = alpha < 1.
            if ((q - qm) / (q - qm) * (1 - alpha) + alpha > r.applyAsDouble(q)) {
                chordAbove++;
            }
        }
        return new ConcreteCheck(n, q0Err, worstM, worstL, lAbove, chordAbove);
    }

    /** One line for the registry finding of bfm-thm5.3. */
    public static String summary(List<Row> rows, int points) {
        StringBuilder ok = new StringBuilder();
        StringBuilder bad = new StringBuilder();
        double okErr = 0;
        for (Row r : rows) {
            if (r.verdict() == Verdict.MATCHES) {
                ok.append(ok.length() == 0 ? "" : ", ").append(r.symbol());
                okErr = Math.max(okErr, r.maxRelError());
            } else {
                bad.append(String.format(Locale.ROOT, "; %s does NOT match (max rel err %.2g)", r.symbol(),
                        r.maxRelError()));
                if (r.corrected() != null) {
                    bad.append(String.format(Locale.ROOT, ", corrected %s matches to %.1e", r.corrected(),
                            r.correctedError()));
                }
            }
        }
        return String.format(Locale.ROOT,
                "auxiliary bounds by quadrature under the sandwich curves at %d random feasible points: %s match "
                        + "(max rel err %.1e)%s; M_lo and M_hi match the chord and tangent binding at q_m and q, not "
                        + "the mirrored curves printed in the proof", points, ok, okErr, bad);
    }

    /** Prints the table: {@code main [points] [seed]}. */
    public static void run(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 5_4L;
        List<Row> rows = audit(randomPoints(n, seed));
        rows.forEach(r -> System.out.println(r.line()));
        System.out.println(summary(rows, n));
        System.out.println(concreteLaws(n / 4, seed));
    }
}
