package tradebounds.family.pareto;

import java.util.List;
import tradebounds.model.Rational;

/**
 * The bargaining solutions on an exact frontier (a concave polygon from the seller end to the buyer end), located
 * exactly. The achievable set is convex and its upper-right boundary is the polygon ({@link Frontier}), so a
 * quantity nondecreasing in Pi and U is maximised on the polygon, edge by edge:
 * <ul>
 *   <li><b>KS</b> (Def. 4.1): the frontier point with Pi/Pi* = U/U*. g(P) = Pi/Pi* - U/U* is &gt;= 0 at the seller
 *       end and &lt;= 0 at the buyer end; on the edge where it changes sign the point is P + t (Q - P) with
 *       t = g(P) / (g(P) - g(Q)), a rational.</li>
 *   <li><b>Nash</b> (Def. 5.1 as printed): max Pi * prod_i U_i. Mechanisms in the class are symmetric, so
 *       U_i = U/n and the product is Pi (U/n)^n. On an edge Pi = a + b t, U = c + d t (t in [0, 1]) the derivative
 *       of (a + b t)(c + d t)^n is (c + d t)^(n-1) (b (c + d t) + n d (a + b t)), whose interior zero
 *       t = -(b c + n a d) / ((n + 1) b d) is rational: the maximum over the edge is at an end or there.</li>
 *   <li><b>Cross-side Nash</b> (Def. 5.2): max Pi U, the same with n = 1.</li>
 * </ul>
 */
public final class Solutions {
    private Solutions() {
    }

    /** A located solution: its (Pi, U), the edge index it lies on (or the vertex), and its objective value. */
    public record Located(String name, Rational pi, Rational u, Rational objective, String where) {
        public Rational welfare() {
            return pi.add(u);
        }
    }

    public static Located ks(Frontier f) {
        List<Frontier.Point> p = f.points();
        if (p.size() == 1 || f.piStar().signum() == 0 || f.uStar().signum() == 0) {
            Frontier.Point only = p.get(0);
            return new Located("KS", only.pi(), only.u(), Rational.ZERO, "the frontier is one point");
        }
        Rational prev = g(f, p.get(0));
        if (prev.signum() <= 0) {
            return located("KS", p.get(0), Rational.ZERO, "extreme point 1");
        }
        for (int i = 1; i < p.size(); i++) {
            Rational cur = g(f, p.get(i));
            if (cur.signum() == 0) {
                return located("KS", p.get(i), Rational.ZERO, "extreme point " + (i + 1));
            }
            if (cur.signum() < 0) {
                Rational t = prev.divide(prev.subtract(cur));
                Frontier.Point a = p.get(i - 1);
                Frontier.Point b = p.get(i);
                Rational pi = a.pi().add(t.multiply(b.pi().subtract(a.pi())));
                Rational u = a.u().add(t.multiply(b.u().subtract(a.u())));
                return new Located("KS", pi, u, pi.divide(f.piStar()), "edge " + i + "-" + (i + 1) + " at t = " + t);
            }
            prev = cur;
        }
        throw new IllegalStateException("KS line misses the frontier (buyer end has Pi/Pi* > U/U*)");
    }

    private static Located located(String name, Frontier.Point p, Rational obj, String where) {
        return new Located(name, p.pi(), p.u(), obj, where);
    }

    private static Rational g(Frontier f, Frontier.Point p) {
        return p.pi().divide(f.piStar()).subtract(p.u().divide(f.uStar()));
    }

    /** Def. 5.1: max Pi (U/n)^n. */
    public static Located nash(Frontier f) {
        return product(f, f.instance().buyers(), "Nash");
    }

    /** Def. 5.2: max Pi U. */
    public static Located crossNash(Frontier f) {
        return product(f, 1, "cross-side Nash");
    }

    private static Located product(Frontier f, int power, String name) {
        List<Frontier.Point> p = f.points();
        Rational scale = MechanismLp.pow(Rational.of(f.instance().buyers()), power);
        if (power == 1) {
            scale = Rational.ONE;
        }
        Rational best = null;
        Rational bestPi = null;
        Rational bestU = null;
        String where = null;
        for (int i = 0; i < p.size(); i++) {
            Rational v = value(p.get(i).pi(), p.get(i).u(), power);
            if (best == null || v.compareTo(best) > 0) {
                best = v;
                bestPi = p.get(i).pi();
                bestU = p.get(i).u();
                where = "extreme point " + (i + 1);
            }
            if (i + 1 < p.size()) {
                Rational a = p.get(i).pi();
                Rational b = p.get(i + 1).pi().subtract(a);
                Rational c = p.get(i).u();
                Rational d = p.get(i + 1).u().subtract(c);
                if (b.signum() != 0 && d.signum() != 0) {
                    Rational num = b.multiply(c).add(Rational.of(power).multiply(a).multiply(d)).negate();
                    Rational t = num.divide(Rational.of(power + 1).multiply(b).multiply(d));
                    if (t.signum() > 0 && t.compareTo(Rational.ONE) < 0) {
                        Rational pi = a.add(b.multiply(t));
                        Rational u = c.add(d.multiply(t));
                        Rational v2 = value(pi, u, power);
                        if (v2.compareTo(best) > 0) {
                            best = v2;
                            bestPi = pi;
                            bestU = u;
                            where = "edge " + (i + 1) + "-" + (i + 2) + " at t = " + t;
                        }
                    }
                }
            }
        }
        return new Located(name, bestPi, bestU, best.divide(scale), where);
    }

    private static Rational value(Rational pi, Rational u, int power) {
        return pi.multiply(MechanismLp.pow(u, power));
    }
}
