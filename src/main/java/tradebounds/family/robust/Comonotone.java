package tradebounds.family.robust;

import java.util.List;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/**
 * The comonotone (quantile, Frechet-Hoeffding upper) coupling of the two marginals, exactly, and the gains of a
 * posted price against any coupling. No solver.
 *
 * <p>Why it matters here: the quantile coupling matches buyer quantile t with seller quantile t (mass on the curve
 * F(v) = G(c), footnote 16 of the paper). For a price p the buyers below p take the seller quantiles [0, F(p-)], so
 * the traded cells are exactly the lowest G(p) - F(p-) buyers at or above p against the highest sellers at or below
 * p, which is the Figure 11 structure (blocks b, a, d of Sec. 5.2) and the greedy minimum: any coupling must trade
 * at least l_p = G(p) - F(p-) mass, and the cheapest such mass pairs the lowest eligible values with the highest
 * eligible costs. So this one coupling is worst for every posted price at once, on grids as in the continuum; it
 * is the independent exact value of program (a) used by the tests and the audit.
 */
public final class Comonotone {
    private Comonotone() {
    }

    /** The north-west-corner coupling of buyer values (increasing) with seller costs (increasing). */
    public static Rational[][] coupling(RobustGrid g) {
        Rational[][] pi = new Rational[g.m()][g.n()];
        for (Rational[] row : pi) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        int i = 0;
        int j = 0;
        Rational fi = g.buyer().mass(0);
        Rational gj = g.seller().mass(0);
        while (i < g.m() && j < g.n()) {
            Rational t = fi.min(gj);
            pi[i][j] = pi[i][j].add(t);
            fi = fi.subtract(t);
            gj = gj.subtract(t);
            if (fi.isZero()) {
                i++;
                fi = i < g.m() ? g.buyer().mass(i) : Rational.ZERO;
            }
            if (gj.isZero() && j < g.n()) {
                j++;
                gj = j < g.n() ? g.seller().mass(j) : Rational.ZERO;
            }
        }
        return pi;
    }

    /** Expected gains of posted price p (trade iff c_j &lt;= p &lt;= v_i) against the coupling pi. */
    public static Rational gain(RobustGrid g, Rational[][] pi, Rational p) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < g.m(); i++) {
            for (int j = 0; j < g.n(); j++) {
                if (!pi[i][j].isZero() && g.trades(i, j, p)) {
                    s = s.add(pi[i][j].multiply(g.gain(i, j)));
                }
            }
        }
        return s;
    }

    /** The best deterministic posted price against the comonotone coupling, and its gains (first maximizer). */
    public static PriceValue bestPrice(RobustGrid g) {
        Rational[][] pi = coupling(g);
        List<Rational> u = g.prices();
        Rational best = null;
        Rational at = null;
        for (Rational p : u) {
            Rational w = gain(g, pi, p);
            if (best == null || w.compareTo(best) > 0) {
                best = w;
                at = p;
            }
        }
        return new PriceValue(at, best);
    }

    /** A price and the exact worst-case gains it guarantees. */
    public record PriceValue(Rational price, Rational value) {
    }
}
