package tradebounds.family.robust.program;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tradebounds.model.Rational;

/**
 * A buyer marginal F (values v_i, masses f_i) and a seller marginal G (costs c_j, masses g_j); the joint law is
 * unknown. A posted price u trades at (v_i, c_j) iff {@code c_j <= u <= v_i} (ties trade), with gains v_i - c_j.
 *
 * <p>Candidate prices are the union U of the values and the costs. Nothing is lost by that: a price u strictly
 * between two consecutive points u_k &lt; u &lt; u_{k+1} of U trades on {c_j &lt;= u_k, v_i &gt;= u_{k+1}}, a subset of
 * what u_k trades on, and every traded pair has v_i - c_j &gt;= 0, so u_k does at least as well as u against every
 * coupling; prices outside [min U, max U] trade on a subset of the extreme points' sets.
 */
public record RobustGrid(DiscreteMarginal buyer, DiscreteMarginal seller) {
    public int m() {
        return buyer.size();
    }

    public int n() {
        return seller.size();
    }

    public Rational v(int i) {
        return buyer.value(i);
    }

    public Rational c(int j) {
        return seller.value(j);
    }

    /** Gains from trade v_i - c_j (may be negative; such pairs never trade at a posted price). */
    public Rational gain(int i, int j) {
        return v(i).subtract(c(j));
    }

    /** The candidate price set U, increasing. */
    public List<Rational> prices() {
        TreeSet<Rational> u = new TreeSet<>(buyer.values());
        u.addAll(seller.values());
        return new ArrayList<>(u);
    }

    /** Whether price u trades at (i, j): c_j &lt;= u &lt;= v_i. */
    public boolean trades(int i, int j, Rational u) {
        return c(j).compareTo(u) <= 0 && u.compareTo(v(i)) <= 0;
    }

    /**
     * D = max |v_i - c_j|: every gain coefficient any program here puts on a coupling cell lies in [-D, D]; it
     * sizes the (non-restrictive) bounds of the dual potentials.
     */
    public Rational spread() {
        Rational a = v(m() - 1).subtract(c(0)).abs();
        Rational b = c(n() - 1).subtract(v(0)).abs();
        return a.max(b);
    }
}
