package tradebounds.family.robust;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.interval.Interval;
import tradebounds.family.robust.program.DiscreteMarginal;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/**
 * Continuous marginals discretized on the uniform grid lo + (hi - lo) k / n, k = 0..n.
 *
 * <p><b>Rule.</b> Cell k = [x_k-1, x_k] gets mass F(x_k) - F(x_k-1), placed at one endpoint of the cell.
 * {@link Placement#LOWER} moves every value down by at most one cell width, {@link Placement#UPPER} moves it up.
 *
 * <p><b>Bias, and why the endpoints.</b> Lowering buyer values and raising seller costs can only lower the robust
 * value of any randomized posted price: couple each discretized value with the continuous one by quantiles (v' &lt;=
 * v, c' &gt;= c pointwise) and push any coupling of the continuous marginals forward; at every point
 * (v' - c') 1[c' &lt;= p &lt;= v'] &lt;= (v - c) 1[c &lt;= p &lt;= v]. So the {@link #pessimistic} grid (buyer LOWER, seller
 * UPPER) has max-min value &lt;= the continuous value A, and the {@link #optimistic} grid (buyer UPPER, seller LOWER)
 * has value &gt;= A: a two-sided bracket of A from exact LPs, which is why midpoints (unbiased but unsigned error)
 * are not offered. For polynomial CDFs the masses are exact; for the truncated exponential each mass is the
 * midpoint of a 40-digit enclosure and the last mass absorbs the rounding so the total is exactly 1 (a total
 * variation error below n 1e-39, far below the grid error; the bracket is then exact up to that).
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
