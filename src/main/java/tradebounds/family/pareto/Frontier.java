package tradebounds.family.pareto;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * The (Pi, U) Pareto frontier of one instance under one {@link Reading}, exactly, by dichotomic weighted-sum
 * search (Aneja and Nair 1979):
 * <ol>
 *   <li>A = lexicographic max (Pi, then U): LP max Pi gives Pi*, then max U s.t. Pi &gt;= Pi* (the seller-optimal
 *       mechanism that is best for the buyers, i.e. the Pareto-optimal Myerson auction);</li>
 *   <li>B = lexicographic max (U, then Pi), likewise;</li>
 *   <li>for two frontier points P (more revenue) and Q (more surplus) solve max w.Pi Pi + w.U U with the normal
 *       (w.Pi, w.U) = (U_Q - U_P, Pi_P - Pi_Q) &gt; 0 of the chord; if the certified optimum equals the chord's
 *       value, the chord is an edge of the frontier (the certificate bounds every mechanism by it), else the new
 *       optimal point lies strictly beyond the chord and both halves are searched.</li>
 * </ol>
 * Every step is an exact optimum with a replayed {@code lp-optimum} certificate, so the polygon of the extreme
 * points is at once inside the achievable set (its vertices are exact feasible points, and the set is convex:
 * mixtures) and contains its upper-right boundary (every edge's supporting line is a proved upper bound). Points
 * that end up collinear with their neighbours (an LP may return a non-vertex optimum) are dropped.
 */
public final class Frontier {
    /** One exact frontier point with the mechanism that attains it. */
    public record Point(Rational pi, Rational u, Rational[] x, Rational[] utility, Path certificate) {
        public Rational welfare() {
            return pi.add(u);
        }
    }

    /** One edge P-Q with its certified supporting line wPi Pi + wU U &lt;= value. */
    public record Edge(Point from, Point to, Rational wPi, Rational wU, Rational value, Path certificate) {
    }

    private final ParetoInstance instance;
    private final Reading reading;
    private final Rational piStar;
    private final Rational uStar;
    private final Rational welfareStar;
    private final List<Point> points;
    private final List<Edge> edges;
    private final int lps;

    private Frontier(ParetoInstance instance, Reading reading, Rational piStar, Rational uStar, Rational welfareStar,
                     List<Point> points, List<Edge> edges, int lps) {
        this.instance = instance;
        this.reading = reading;
        this.piStar = piStar;
        this.uStar = uStar;
        this.welfareStar = welfareStar;
        this.points = List.copyOf(points);
        this.edges = List.copyOf(edges);
        this.lps = lps;
    }

    public static Frontier trace(ParetoInstance in, Reading reading, ExactLp lp) {
        int before = lp.certified().size();
        ExactLp.Solved s1 = lp.solve(MechanismLp.weighted(in, reading, Rational.ONE, Rational.ZERO, null), "pi-star");
        Rational piStar = s1.value();
        ExactLp.Solved a = lp.solve(MechanismLp.weighted(in, reading, Rational.ZERO, Rational.ONE,
                new MechanismLp.Floor(true, piStar)), "seller-end");
        ExactLp.Solved s3 = lp.solve(MechanismLp.weighted(in, reading, Rational.ZERO, Rational.ONE, null), "u-star");
        Rational uStar = s3.value();
        ExactLp.Solved b = lp.solve(MechanismLp.weighted(in, reading, Rational.ONE, Rational.ZERO,
                new MechanismLp.Floor(false, uStar)), "buyer-end");
        // max Pi + U is the first best (closed form, MechanismLp.firstBest); certified here when the vertex crosses
        // over exactly (its x_1 is free when v_1 = 0, which sometimes defeats the crossover): null otherwise.
        Rational welfare;
        try {
            welfare = lp.solve(MechanismLp.weighted(in, reading, Rational.ONE, Rational.ONE, null), "welfare").value();
        } catch (IllegalStateException e) {
            welfare = null;
        }
        Point pa = point(in, a);
        Point pb = point(in, b);
        List<Point> pts = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        pts.add(pa);
        if (pa.pi().equals(pb.pi()) && pa.u().equals(pb.u())) {
            return new Frontier(in, reading, piStar, uStar, welfare, pts, edges, lp.certified().size() - before);
        }
        // Depth-first over chords, left (revenue side) first, so that points come out in order of increasing U.
        Deque<Point[]> stack = new ArrayDeque<>();
        stack.push(new Point[] {pa, pb});
        int guard = 0;
        while (!stack.isEmpty()) {
            Point[] chord = stack.pop();
            Point p = chord[0];
            Point q = chord[1];
            Rational wPi = q.u().subtract(p.u());
            Rational wU = p.pi().subtract(q.pi());
            // Scale to a weight of size about 1 (only the solver sees doubles; the certificate is exact).
            Rational scale = wPi.max(wU);
            wPi = wPi.divide(scale);
            wU = wU.divide(scale);
            Rational chordValue = wPi.multiply(p.pi()).add(wU.multiply(p.u()));
            if (++guard > 20 * in.types() + 50) {
                throw new IllegalStateException("dichotomic search did not close after " + guard + " chords");
            }
            Model m = MechanismLp.weighted(in, reading, wPi, wU, null);
            ExactLp.Solved s = lp.solve(m, "chord");
            int cmp = s.value().compareTo(chordValue);
            if (cmp < 0) {
                throw new IllegalStateException("certified optimum below a feasible point's value: " + s.value()
                        + " < " + chordValue);
            }
            if (cmp == 0) {
                edges.add(new Edge(p, q, wPi, wU, s.value(), s.certificate()));
                pts.add(q);
                continue;
            }
            Point c = point(in, s);
            stack.push(new Point[] {c, q});
            stack.push(new Point[] {p, c});
        }
        return new Frontier(in, reading, piStar, uStar, welfare, dropCollinear(pts), mergeEdges(edges),
                lp.certified().size() - before);
    }

    /** Exact (Pi, U) at an exact optimal point. */
    static Point point(ParetoInstance in, ExactLp.Solved s) {
        Rational[] p = s.point();
        int k = in.types();
        Rational[] x = new Rational[k];
        Rational[] u = new Rational[k];
        for (int j = 0; j < k; j++) {
            x[j] = p[MechanismLp.x(j)];
            u[j] = p[MechanismLp.u(j)];
        }
        return new Point(MechanismLp.revenue(in).evaluate(p), MechanismLp.surplus(in).evaluate(p), x, u,
                s.certificate());
    }

    private static boolean collinear(Point a, Point b, Point c) {
        Rational cross = b.pi().subtract(a.pi()).multiply(c.u().subtract(a.u()))
                .subtract(b.u().subtract(a.u()).multiply(c.pi().subtract(a.pi())));
        return cross.isZero();
    }

    private static List<Point> dropCollinear(List<Point> pts) {
        List<Point> out = new ArrayList<>();
        for (Point p : pts) {
            while (out.size() >= 2 && collinear(out.get(out.size() - 2), out.get(out.size() - 1), p)) {
                out.remove(out.size() - 1);
            }
            out.add(p);
        }
        return out;
    }

    /** Consecutive edges on one line become one edge (the first one's certificate proves the line). */
    private static List<Edge> mergeEdges(List<Edge> edges) {
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) {
            if (!out.isEmpty()) {
                Edge last = out.get(out.size() - 1);
                if (last.wPi().multiply(e.wU()).equals(last.wU().multiply(e.wPi()))) {
                    out.set(out.size() - 1, new Edge(last.from(), e.to(), last.wPi(), last.wU(), last.value(),
                            last.certificate()));
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    public ParetoInstance instance() {
        return instance;
    }

    public Reading reading() {
        return reading;
    }

    public Rational piStar() {
        return piStar;
    }

    public Rational uStar() {
        return uStar;
    }

    /**
     * max Pi + U over the class, certified (equal to the first best: the Vickrey auction is in the class), or null
     * when that LP's vertex did not cross over exactly.
     */
    public Rational welfareStar() {
        return welfareStar;
    }

    /** Extreme points in order of increasing U (decreasing Pi): the seller end first. */
    public List<Point> points() {
        return points;
    }

    public List<Edge> edges() {
        return edges;
    }

    public int lpCount() {
        return lps;
    }
}
