package tradebounds.family.robust;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.interval.Interval;
import tradebounds.family.robust.program.DiscreteMarginal;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/**
 * Continuous marginals discretized on the uniform grid lo + (hi - lo) k / n, k = 0..n, or on any increasing list of
 * breakpoints ({@link #discretizeOn}).
 *
 * <p><b>Rule.</b> Cell k = (x_k-1, x_k] gets mass F(x_k) - F(x_k-1), placed at one endpoint of the cell.
 * {@link Placement#LOWER} moves every value in the cell down to x_k-1, {@link Placement#UPPER} up to x_k.
 *
 * <p><b>Sandwich theorem</b> (proved in docs/findings-seed004.md, "The discretisation sandwich"). Trade at a posted
 * price p iff c &lt;= p &lt;= v, on the grid and in the continuum. For marginals F, G (any laws: atoms are allowed,
 * provided the cell masses are exactly F(x_k) - F(x_k-1) with F right-continuous, i.e. half-open cells (x_k-1, x_k]),
 * write MaxMin(F, G) = sup over randomized posted prices mu of inf over couplings pi of E_pi[(v - c) mu{c &lt;= p &lt;= v}],
 * and MinMax(F, G) = inf over pi of sup over p of E_pi[(v - c) 1{c &lt;= p &lt;= v}]. Then
 * <pre>  MaxMin(F_low, G_up) &lt;= MaxMin(F, G) &lt;= MinMax(F, G) &lt;= MinMax(F_up, G_low)</pre>
 * where F_low is F with {@link Placement#LOWER} (buyer values rounded down), G_up is G with {@link Placement#UPPER}
 * (seller costs rounded up), and the reverse on the right ({@link #pessimistic} and {@link #optimistic}). Also
 * MaxMin(F_low, G_up) &lt;= MaxMin(F, G) and MinMax(F_low, G_up) &lt;= MinMax(F, G); MaxMin(F, G) &lt;= MaxMin(F_up, G_low).
 * Proof in two lines: (1) the trade set is monotone, so v' &lt;= v and c' &gt;= c give, for every p,
 * (v' - c') 1{c' &lt;= p &lt;= v'} &lt;= (v - c) 1{c &lt;= p &lt;= v} (if the left side trades, c &lt;= c' &lt;= p &lt;= v' &lt;= v, and
 * v' - c' &lt;= v - c; otherwise it is 0 and the right side is &gt;= 0); (2) every coupling of (F, G) pushes forward by
 * (v, c) -&gt; (down(v), up(c)) to a coupling of (F_low, G_up), and every coupling of (F_up, G_low) lifts to a
 * coupling of (F, G) by drawing, given the grid pair, v from F conditioned on the cell whose upper end is the
 * buyer's grid value and c from G conditioned on the cell whose lower end is the seller's, independently; in both
 * the continuous pair is the better one pointwise. The middle inequality is sup inf &lt;= inf sup. With atomless
 * marginals ties have probability 0 under every coupling and every mu (Fubini), so the continuous values do not
 * depend on the tie rule, while the grid values do; the closed rule is what the grid programs use.
 *
 * <p><b>Why the endpoints.</b> So the {@link #pessimistic} grid's values are lower bounds and the {@link #optimistic}
 * grid's upper bounds on the continuous values: a two-sided bracket from exact LPs, which is why midpoints (unbiased
 * but unsigned error) are not offered. The masses must be exact for the theorem to apply: for polynomial CDFs they
 * are; for the truncated exponential each mass is the midpoint of a 40-digit enclosure and the last mass absorbs the
 * rounding so the total is exactly 1 (a total variation error below n 1e-39, far below the grid error; brackets
 * from such grids are exact only up to that, so {@link Sandwich} refuses marginals without exact CDFs).
 */
public final class Discretization {
    /** Where a cell's mass goes. */
    public enum Placement { LOWER, UPPER }

    private Discretization() {
    }

    public static DiscreteMarginal discretize(ContinuousMarginal f, int cells, Placement placement) {
        Rational lo = f.lo();
        Rational w = f.hi().subtract(lo);
        List<Rational> values = new ArrayList<>();
        List<Rational> masses = new ArrayList<>();
        Rational prev = Rational.ZERO;
        Rational total = Rational.ZERO;
        for (int k = 1; k <= cells; k++) {
            Rational x = lo.add(w.multiply(Rational.of(k, cells)));
            Rational fx = k == cells ? Rational.ONE : f.exactCdf(x).orElseGet(() -> midpoint(f.cdf(decimal(x))));
            Rational mass = k == cells ? Rational.ONE.subtract(total) : fx.subtract(prev);
            values.add(placement == Placement.LOWER ? lo.add(w.multiply(Rational.of(k - 1, cells))) : x);
            masses.add(mass);
            total = total.add(mass);
            prev = fx;
        }
        return new DiscreteMarginal(values, masses);
    }

    /**
     * The marginal on the cells (x_k-1, x_k] of the given breakpoints (increasing, first = lo, last = hi, all
     * rational), each cell's mass F(x_k) - F(x_k-1) exactly at one endpoint. Needs an exact CDF: the sandwich
     * theorem of the class comment is about exact cell masses.
     */
    public static DiscreteMarginal discretizeOn(ContinuousMarginal f, List<Rational> breakpoints, Placement placement) {
        if (breakpoints.size() < 2 || !breakpoints.get(0).equals(f.lo())
                || !breakpoints.get(breakpoints.size() - 1).equals(f.hi())) {
            throw new IllegalArgumentException("breakpoints must run from " + f.lo() + " to " + f.hi());
        }
        List<Rational> values = new ArrayList<>();
        List<Rational> masses = new ArrayList<>();
        Rational prev = Rational.ZERO;
        for (int k = 1; k < breakpoints.size(); k++) {
            Rational x = breakpoints.get(k);
            if (x.compareTo(breakpoints.get(k - 1)) <= 0) {
                throw new IllegalArgumentException("breakpoints must increase: " + breakpoints.get(k - 1) + ", " + x);
            }
            Rational fx = k == breakpoints.size() - 1 ? Rational.ONE : f.exactCdf(x).orElseThrow(
                    () -> new IllegalArgumentException(f.name() + " has no exact CDF; the sandwich needs exact masses"));
            values.add(placement == Placement.LOWER ? breakpoints.get(k - 1) : x);
            masses.add(fx.subtract(prev));
            prev = fx;
        }
        return new DiscreteMarginal(values, masses);
    }

    /** Buyer values moved down, seller costs moved up: robust values &lt;= the continuous ones. */
    public static RobustGrid pessimistic(ContinuousMarginal buyer, ContinuousMarginal seller, int cells) {
        return new RobustGrid(discretize(buyer, cells, Placement.LOWER), discretize(seller, cells, Placement.UPPER));
    }

    /** Buyer values moved up, seller costs moved down: robust values &gt;= the continuous ones. */
    public static RobustGrid optimistic(ContinuousMarginal buyer, ContinuousMarginal seller, int cells) {
        return new RobustGrid(discretize(buyer, cells, Placement.UPPER), discretize(seller, cells, Placement.LOWER));
    }

    private static Rational midpoint(Interval i) {
        return Rational.of(i.lo().add(i.hi()).divide(BigDecimal.valueOf(2)));
    }

    static BigDecimal decimal(Rational r) {
        Interval i = Interval.of(r);
        return i.lo().add(i.hi()).divide(BigDecimal.valueOf(2));
    }
}
