package tradebounds.family.ksfair.preg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;

/**
 * A buyer law given by its revenue curve in quantile space: the value at quantile u in (0,1] is v(u) = R(u)/u, and
 * u is uniform on [0,1], so E[g(v)] = integral of g(R(u)/u) du. Atoms need no special case in this representation:
 * an atom is an interval of quantiles on which R is linear through the origin (v constant), e.g. R(u) = u/q_m on
 * [0, q_m] is an atom of mass q_m at 1/q_m; R(0) &gt; 0 is an equal-revenue tail (unbounded values, infinite mean).
 *
 * <p>The curve is a list of pieces on consecutive quantile intervals. Expectations are computed by numerical
 * quadrature only (Legendre-Gauss, per piece, after u = e^s where the piece does not touch 0, which turns the
 * 1/u of R(u)/u into a smooth integrand), so they are independent of any closed form. A value window
 * [lo, hi) is mapped to quantiles by bisection on v, which is how the paper's E[v 1{...}] is read: as an event on
 * values, not on quantiles.
 */
public final class RevenueCurveLaw {
    /** R on [from, to]. */
    public record Piece(double from, double to, DoubleUnaryOperator revenue) {
    }

    /**
     * Relative slack of the comparison v(u) &gt;= t: an atom that sits exactly on a threshold (the lower H-curve's
     * atom at r_m = 1/q_m) evaluates to 1/q_m only up to rounding, and the paper's "v &gt;= r_m" puts it above.
     */
    static final double ATOM_SLACK = 1e-14;
    private static final int BISECTIONS = 200;

    private final List<Piece> pieces;

    public RevenueCurveLaw(List<Piece> pieces) {
        if (pieces.isEmpty() || pieces.get(0).from() != 0 || pieces.get(pieces.size() - 1).to() != 1) {
            throw new IllegalArgumentException("pieces must cover [0,1]");
        }
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).from() != pieces.get(i - 1).to()) {
                throw new IllegalArgumentException("pieces must be consecutive");
            }
        }
        this.pieces = List.copyOf(pieces);
    }

    public double revenue(double u) {
        for (Piece p : pieces) {
            if (u <= p.to()) {
                return p.revenue().applyAsDouble(u);
            }
        }
        throw new IllegalArgumentException("quantile " + u + " outside [0,1]");
    }

    public double value(double u) {
        return revenue(u) / u;
    }

    /** sup{u in [0,1] : v(u) &gt;= t} (0 if no quantile has value t): v is nonincreasing for a regular law. */
    public double quantileOf(double t) {
        if (geq(value(1), t)) {
            return 1;
        }
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < BISECTIONS && hi - lo > 0; k++) {
            double mid = (lo + hi) / 2;
            if (mid == lo || mid == hi) {
                break;
            }
            if (geq(value(mid), t)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean geq(double v, double t) {
        return v >= t * (1 - ATOM_SLACK);
    }

    /**
     * E[v 1{lo &lt;= v &lt; hi}] ({@code hi} may be +infinity): the quantiles with value in [lo, hi) are
     * (quantileOf(hi), quantileOf(lo)]. +infinity if that range reaches quantile 0 with R(0) &gt; 0.
     */
    public double truncatedMean(double lo, double hi) {
        double a = hi == Double.POSITIVE_INFINITY ? 0 : quantileOf(hi);
        double b = quantileOf(lo);
        return quantileIntegral(a, b);
    }

    /** The integral of R(u)/u over [a, b]. */
    public double quantileIntegral(double a, double b) {
        double sum = 0;
        for (Piece p : pieces) {
            double from = Math.max(a, p.from());
            double to = Math.min(b, p.to());
            if (to > from) {
                sum += pieceIntegral(p.revenue(), from, to);
            }
        }
        return sum;
    }

    /**
     * The integral of r(u)/u over [a, b] for one smooth piece. Touching 0 with r(0) &gt; 0 diverges like r(0) ln(1/a);
     * with r(0) = 0 the integrand is bounded and integrated as it stands.
     */
    static double pieceIntegral(DoubleUnaryOperator r, double a, double b) {
        IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-15, 2, 60);
        if (a == 0) {
            if (r.applyAsDouble(0) > 0) {
                return Double.POSITIVE_INFINITY;
            }
            return gauss.integrate(Integer.MAX_VALUE, u -> r.applyAsDouble(u) / u, 0, b);
        }
        if (b - a < 1e-9 * b) {
            // A sliver (a threshold found by bisection just past a breakpoint): Gauss nodes would collide in
            // doubles, and the midpoint rule's error, width^3 times a bounded second derivative, is nil.
            double m = (a + b) / 2;
            return (b - a) * r.applyAsDouble(m) / m;
        }
        return gauss.integrate(Integer.MAX_VALUE, s -> r.applyAsDouble(Math.exp(s)), Math.log(a), Math.log(b));
    }

    /** Builds a law from breakpoints 0 = x_0 &lt; ... &lt; x_n = 1 and one revenue function per interval. */
    public static RevenueCurveLaw of(double[] breaks, List<DoubleUnaryOperator> revenues) {
        List<Piece> ps = new ArrayList<>();
        for (int i = 0; i < revenues.size(); i++) {
            if (breaks[i + 1] > breaks[i]) {
                ps.add(new Piece(breaks[i], breaks[i + 1], revenues.get(i)));
            }
        }
        return new RevenueCurveLaw(ps);
    }
}
