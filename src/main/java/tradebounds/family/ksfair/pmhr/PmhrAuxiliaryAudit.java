package tradebounds.family.ksfair.pmhr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Item 5b for P_MHR: every printed auxiliary quantity recomputed from its definition in App. D, independently of the
 * printed closed forms, at random feasible points.
 *
 * <p>The expectations H_lo, H_hi, M_lo, M_hi, L_lo, L_hi are E[v 1{a &lt;= v &lt; b}] under the sandwiching cumulative
 * hazard curves of App. D (F = 1 - e^-Phi; Phi = +inf past r_m puts an atom of mass e^-Phi(r_m) = 1/r_m at r_m).
 * Every curve there is piecewise linear, so it is given here by its pieces (the tangent and chord lines of App. D,
 * built only from Phi(p) = ln(p/alpha), Phi'(p) = Phi(p)/(p - v0), Phi(r_m) = ln r_m, Phi'(r_m) = 1/r_m) and the
 * expectation is the Gauss-Legendre quadrature of v Phi'(v) e^-Phi(v) piece by piece; a kink that is the maximum of
 * two lines is located by Brent's method, not by the printed v1. The p range, the v0 bound and v1 are recomputed as
 * roots (Brent) of the defining convexity inequalities.
 *
 * <pre>
 *   L_lo: chord v A/p on [0,p]                       (larger Phi, smaller expectation: Lemma D.2)
 *   L_hi: tangent at p, (A (v - v0)/(p - v0))^+       on [0,p]
 *   M_lo: chord A + (v-p)(B-A)/(r_m-p)                on [p, r_m]
 *   M_hi: max{A + (v-p) A/(p-v0), B + (v-r_m)/r_m}    on [p, r_m]
 *   H_lo: +inf past r_m (atom 1/r_m at r_m),  H_hi: tangent B + (v-r_m)/r_m on [r_m, inf)
 * </pre>
 */
public final class PmhrAuxiliaryAudit {
    /** A mismatch is a relative error above this, relative to max(|value|, {@link #SCALE}). */
    public static final double TOLERANCE = 1e-8;
    /** Values are O(1); near degenerate points they vanish by cancellation in the closed forms. */
    public static final double SCALE = 1e-2;

    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();
    /** Gauss-Legendre nodes per sub-interval and sub-intervals per piece; the integrands are v e^(-linear). */
    private static final int NODES = 24;
    private static final int PANELS = 8;
    private static final BrentSolver BRENT = new BrentSolver(1e-15, 1e-15, 1e-300);

    private PmhrAuxiliaryAudit() {
    }

    /** A feasible point of stage 3 (H and M, L aside). */
    public record Point(double rm, double alpha, double p, double v0) {
        public double a() {
            return Math.log(p / alpha);
        }

        public double b() {
            return Math.log(rm);
        }

        /** Phi'(p), by the definition v0 = p - Phi(p)/Phi'(p). */
        public double slopeAtP() {
            return a() / (p - v0);
        }
    }

    /** One linear piece of a cumulative hazard curve on [from, to]. */
    record Piece(double from, double to, double intercept, double slope) {
        double phi(double v) {
            return intercept + slope * v;
        }
    }

    /** One audited quantity: the worst disagreement of a closed form with its recomputation over the sample. */
    public record Row(String quantity, String recomputedAs, double maxRelError, Point worst) {
        public boolean matches() {
            return maxRelError <= TOLERANCE;
        }

        @Override
        public String toString() {
            return String.format("%-22s %-8s max rel. error %.2e  (%s)", quantity, matches() ? "matches" : "MISMATCH",
                    maxRelError, recomputedAs);
        }
    }

    /**
     * A random stage-3 point: r_m in [rmLo, e], alpha in [alphaLo, alphaHi], p uniform in the interior 98% of its
     * range, v0 uniform in [0, v0_max].
     */
    public static Point randomPoint(Random rnd, double rmLo, double alphaLo, double alphaHi) {
        double rm = rmLo + (Math.E - rmLo) * rnd.nextDouble();
        double alpha = alphaLo + (alphaHi - alphaLo) * rnd.nextDouble();
        double lo = PmhrFormulas.pLower(rm, alpha);
        double hi = PmhrFormulas.pUpper(rm, alpha);
        double p = lo + (hi - lo) * (0.01 + 0.98 * rnd.nextDouble());
        double v0 = PmhrFormulas.v0Upper(rm, alpha, p) * rnd.nextDouble();
        return new Point(rm, alpha, p, v0);
    }

    // ---- the sandwich curves of App. D ------------------------------------------------------------------------

    static List<Piece> lChord(Point x) {
        return List.of(new Piece(0, x.p(), 0, x.a() / x.p()));
    }

    static List<Piece> lTangent(Point x) {
        double k = x.slopeAtP();
        return List.of(new Piece(0, x.v0(), 0, 0), new Piece(x.v0(), x.p(), -k * x.v0(), k));
    }

    static List<Piece> mChord(Point x) {
        double s = (x.b() - x.a()) / (x.rm() - x.p());
        return List.of(new Piece(x.p(), x.rm(), x.a() - s * x.p(), s));
    }

    static List<Piece> mTangents(Point x) {
        double k = x.slopeAtP();
        Piece atP = new Piece(x.p(), x.rm(), x.a() - k * x.p(), k);
        Piece atRm = new Piece(x.p(), x.rm(), x.b() - 1, 1 / x.rm());
        double kink = kinkOfTangents(x);
        return List.of(new Piece(x.p(), kink, atP.intercept(), atP.slope()),
                new Piece(kink, x.rm(), atRm.intercept(), atRm.slope()));
    }

    /** Where the tangent at p stops being the larger one: Brent's root of their difference on [p, r_m]. */
    static double kinkOfTangents(Point x) {
        double k = x.slopeAtP();
        DoubleUnaryOperator diff = v -> x.a() + k * (v - x.p()) - (x.b() + (v - x.rm()) / x.rm());
        return root(diff, x.p(), x.rm());
    }

    /** E[v 1{from &lt;= v &lt; to}] for a piecewise-linear Phi given by consecutive pieces, by quadrature. */
    static double expectation(List<Piece> pieces) {
        double sum = 0;
        for (Piece pc : pieces) {
            if (pc.to() <= pc.from() || pc.slope() == 0) {
                continue;
            }
            sum += integrate(v -> v * pc.slope() * Math.exp(-pc.phi(v)), pc.from(), pc.to());
        }
        return sum;
    }

    public static double lLowerByQuadrature(Point x) {
        return expectation(lChord(x));
    }

    public static double lUpperByQuadrature(Point x) {
        return expectation(lTangent(x));
    }

    public static double mLowerByQuadrature(Point x) {
        return expectation(mChord(x));
    }

    public static double mUpperByQuadrature(Point x) {
        return expectation(mTangents(x));
    }

    /** Phi_2 = +inf past r_m: all the mass 1/r_m beyond r_m sits at r_m. */
    public static double hLowerByQuadrature(Point x) {
        return x.rm() * Math.exp(-x.b());
    }

    /** The tangent at r_m continued to infinity; the tail beyond 80 r_m weighs less than e^-78. */
    public static double hUpperByQuadrature(Point x) {
        double end = x.rm() + 80 * x.rm();
        double sum = 0;
        double step = x.rm();
        for (double a = x.rm(); a < end; a += step) {
            double lo = a;
            sum += integrate(v -> v / x.rm() * Math.exp(-(x.b() + (v - x.rm()) / x.rm())), lo, lo + step);
        }
        return sum;
    }

    /** The tangent bound of App. D, Phi(r_m) + (p - r_m) Phi'(r_m) &lt;= Phi(p), solved for p by Brent. */
    public static double pLowerByRoot(double rm, double alpha) {
        DoubleUnaryOperator g = p -> Math.log(p / alpha) - (Math.log(rm) + p / rm - 1);
        // revenue p(1-F(p)) = alpha forces p >= alpha; the tangent bound may already hold there
        return g.applyAsDouble(alpha) >= 0 ? alpha : root(g, alpha, rm);
    }

    /** The chord bound of App. D, Phi(p) &lt;= Phi(r_m) p/r_m, solved for p by Brent. */
    public static double pUpperByRoot(double rm, double alpha) {
        return root(p -> Math.log(rm) * p / rm - Math.log(p / alpha), alpha, rm);
    }

    /** The v0 at which Phi'(p) equals the chord slope (Phi(r_m) - Phi(p))/(r_m - p), by Brent. */
    public static double v0UpperByRoot(Point x) {
        double s = (x.b() - x.a()) / (x.rm() - x.p());
        return root(v0 -> x.a() / (x.p() - v0) - s, 0, x.p() - 1e-300 - Math.ulp(x.p()));
    }

    /** Composite Gauss-Legendre (commons-math3) on [a, b]. */
    static double integrate(UnivariateFunction f, double a, double b) {
        double sum = 0;
        double h = (b - a) / PANELS;
        for (int i = 0; i < PANELS; i++) {
            double lo = a + i * h;
            double hi = i == PANELS - 1 ? b : lo + h;
            sum += GAUSS.legendre(NODES, lo, hi).integrate(f);
        }
        return sum;
    }

    private static double root(DoubleUnaryOperator f, double lo, double hi) {
        return BRENT.solve(100_000, f::applyAsDouble, lo, hi);
    }

    static double relError(double closedForm, double recomputed) {
        return Math.abs(closedForm - recomputed) / Math.max(Math.abs(recomputed), SCALE);
    }

    /** The audit over {@code n} random points (seeded): one row per printed quantity plus the corrected M_hi. */
    public static List<Row> audit(int n, long seed) {
        Random rnd = new Random(seed);
        String[] names = {"p_lo (W_0)", "p_hi (W_0)", "v0_max", "v1", "H_lo = 1", "H_hi = 2", "M_lo", "M_hi (printed)",
                "M_hi (corrected)", "L_lo", "L_hi"};
        String[] how = {"Brent root of the tangent bound", "Brent root of the chord bound",
                "Brent root of Phi'(p) = chord slope", "Brent root of tangent(p) = tangent(r_m)",
                "atom 1/r_m at r_m", "quadrature, tangent at r_m", "quadrature, chord on [p,r_m]",
                "quadrature, max of tangents on [p,r_m]", "quadrature, max of tangents on [p,r_m]",
                "quadrature, chord on [0,p]", "quadrature, tangent at p on [0,p]"};
        double[] worst = new double[names.length];
        Point[] at = new Point[names.length];
        for (int i = 0; i < n; i++) {
            Point x = randomPoint(rnd, 1.05, 0.3, 0.97);
            double rm = x.rm();
            double al = x.alpha();
            double[] err = {
                    relError(PmhrFormulas.pLower(rm, al), pLowerByRoot(rm, al)),
                    relError(PmhrFormulas.pUpper(rm, al), pUpperByRoot(rm, al)),
                    relError(PmhrFormulas.v0Upper(rm, al, x.p()), v0UpperByRoot(x)),
                    relError(PmhrFormulas.v1(rm, al, x.p(), x.v0()), kinkOfTangents(x)),
                    relError(PmhrFormulas.H_LOWER, hLowerByQuadrature(x)),
                    relError(PmhrFormulas.H_UPPER, hUpperByQuadrature(x)),
                    relError(PmhrFormulas.mLower(rm, al, x.p()), mLowerByQuadrature(x)),
                    relError(PmhrFormulas.mUpper(rm, al, x.p(), x.v0()), mUpperByQuadrature(x)),
                    relError(PmhrFormulas.mUpperCorrected(rm, al, x.p(), x.v0()), mUpperByQuadrature(x)),
                    relError(PmhrFormulas.lLower(al, x.p()), lLowerByQuadrature(x)),
                    relError(PmhrFormulas.lUpper(al, x.p(), x.v0()), lUpperByQuadrature(x))};
            for (int j = 0; j < err.length; j++) {
                if (!(err[j] <= worst[j])) {
                    worst[j] = err[j];
                    at[j] = x;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < names.length; j++) {
            rows.add(new Row(names[j], how[j], worst[j], at[j]));
        }
        return rows;
    }

    public static void run(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        for (Row r : audit(n, 20261123L)) {
            System.out.println(r + (r.matches() ? "" : "  worst at " + r.worst()));
        }
    }
}
