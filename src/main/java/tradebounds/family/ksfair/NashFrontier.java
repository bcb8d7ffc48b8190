package tradebounds.family.ksfair;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.family.ksfair.program.MechanismSpace;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * The NSW-maximizing mechanism of Sec. 6 on a finite instance, exactly. The set of (U, Pi) pairs of M_{F,G} is a
 * convex polygon (a projection of the LP polytope), so max Pi . U is attained on its upper-right (Pareto)
 * boundary. That boundary is traced by weighted-sum LPs, each certified exactly: between two boundary points A, B
 * the LP with weights normal to AB either proves nothing lies beyond AB (its certified optimum equals the value at
 * A) or returns an exact optimal point C beyond it, and the search recurses on AC and CB. On each segment
 * (Pi_A + t dPi)(U_A + t dU) is a quadratic in t in [0,1] maximized in closed form.
 */
public final class NashFrontier {
    private NashFrontier() {
    }

    /** A point (U, Pi) of the utility region. */
    public record Point(Rational buyer, Rational seller) {
        Rational nsw() {
            return buyer.multiply(seller);
        }
    }

    /**
     * @param frontier Pareto boundary points from the U-maximizer to the Pi-maximizer
     * @param best     a point maximizing Pi . U
     * @param lps      number of certified LPs solved
     */
    public record Result(List<Point> frontier, Point best, int lps) {
        public Rational nsw() {
            return best.nsw();
        }
    }

    public static Result maximize(DiscreteTrade t, Path dir) {
        int[] count = {0};
        Point a = solve(t, Rational.ZERO, Rational.ONE, dir, count);
        Point b = solve(t, Rational.ONE, Rational.ZERO, dir, count);
        List<Point> frontier = new ArrayList<>();
        frontier.add(a);
        trace(t, a, b, frontier, dir, count);
        Point best = frontier.get(0);
        for (int k = 0; k + 1 < frontier.size(); k++) {
            Point p = segmentMax(frontier.get(k), frontier.get(k + 1));
            if (p.nsw().compareTo(best.nsw()) > 0) {
                best = p;
            }
        }
        return new Result(frontier, best, count[0]);
    }

    /** Appends the boundary strictly after {@code a} up to and including {@code b}. */
    private static void trace(DiscreteTrade t, Point a, Point b, List<Point> out, Path dir, int[] count) {
        // Outward normal of AB (A has the larger U): weights on Pi and U.
        Rational wSeller = a.buyer().subtract(b.buyer());
        Rational wBuyer = b.seller().subtract(a.seller());
        if (wSeller.signum() < 0 || wBuyer.signum() < 0 || (wSeller.isZero() && wBuyer.isZero())) {
            out.add(b);
            return;
        }
        Model m = KsFairPrograms.weighted(t, wSeller, wBuyer);
        CertifiedValue v = certify(m, dir, count);
        Rational atA = wSeller.multiply(a.seller()).add(wBuyer.multiply(a.buyer()));
        if (v.value().orElseThrow().compareTo(atA) <= 0) {
            out.add(b);
            return;
        }
        Point c = point(t, v);
        trace(t, a, c, out, dir, count);
        trace(t, c, b, out, dir, count);
    }

    private static Point solve(DiscreteTrade t, Rational wSeller, Rational wBuyer, Path dir, int[] count) {
        return point(t, certify(KsFairPrograms.weighted(t, wSeller, wBuyer), dir, count));
    }

    private static CertifiedValue certify(Model m, Path dir, int[] count) {
        count[0]++;
        CertifiedValue v = KsFairCertifier.certify(m, dir.resolve("lp-" + count[0]));
        if (!v.exact()) {
            throw new IllegalStateException("weighted LP not certified exactly: " + v);
        }
        return v;
    }

    private static Point point(DiscreteTrade t, CertifiedValue v) {
        Rational[] x = v.point().orElseThrow();
        MechanismSpace s = MechanismSpace.of(t, "eval");
        return new Point(s.buyerUtility().evaluate(x), s.sellerUtility().evaluate(x));
    }

    /** max over t in [0,1] of (Pi_p + t dPi)(U_p + t dU): the ends, and the stationary point when concave. */
    static Point segmentMax(Point p, Point q) {
        Rational dU = q.buyer().subtract(p.buyer());
        Rational dPi = q.seller().subtract(p.seller());
        Point best = p.nsw().compareTo(q.nsw()) >= 0 ? p : q;
        Rational curvature = dU.multiply(dPi);
        if (curvature.signum() < 0) {
            Rational tStar = dPi.multiply(p.buyer()).add(dU.multiply(p.seller())).negate()
                    .divide(curvature.multiply(Rational.of(2)));
            if (tStar.signum() > 0 && tStar.compareTo(Rational.ONE) < 0) {
                Point mid = new Point(p.buyer().add(tStar.multiply(dU)), p.seller().add(tStar.multiply(dPi)));
                if (mid.nsw().compareTo(best.nsw()) > 0) {
                    best = mid;
                }
            }
        }
        return best;
    }
}
