package tradebounds.family.robust;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import tradebounds.engine.interval.Interval;

/**
 * Proposition 1 of Malik (2023) for continuous marginals F (buyer) and G (seller) with nonnegative supports, with
 * rigorous enclosures: x(p) = G^-1(F(p)), y(p) = F^-1(G(p)), the worst-case gains of posted price p
 * <pre>  W(p) = int_p^y(p) v dF(v) - int_x(p)^p c dG(c)   if G(p) &gt; F(p),   W(p) = 0 otherwise,</pre>
 * and A = max_p W(p) with an enclosure of the maximizers p*.
 *
 * <p>A is enclosed by branch and bound over price cells [p0, p1]: a lower bound is W at a point; an upper bound on
 * the cell is the smaller of two:
 * <ul>
 *   <li>monotone: x and y are nondecreasing and values are nonnegative, so for p in the cell
 *       W(p) &lt;= int_p0^y(p1) v dF - int_x(p1)^p0 c dG (the second term only when x(p1) &lt; p0), floored at 0;
 *       its error is first order in the cell width;</li>
 *   <li>centred (mean value form): writing W(p) = int_F(p)^G(p) (F^-1(t) - G^-1(t)) dt where G(p) &gt; F(p), W is
 *       Lipschitz with derivative, almost everywhere, W'(p) = g(p)(y(p) - p) - f(p)(p - x(p)) (and 0 where
 *       G(p) &lt;= F(p)); with D an interval enclosing W' on the cell and m its midpoint,
 *       W(p) &lt;= W(m) + max(D.hi (p1 - m), -D.lo (m - p0)). Near a smooth maximizer D shrinks with the cell, so
 *       this error is second order, which is what lets the enclosure reach 1e-9 in a few hundred cells.</li>
 * </ul>
 */
public final class Proposition1 {
    private static final int BISECTIONS = 64;
    private final ContinuousMarginal f;
    private final ContinuousMarginal g;
    private final Map<BigDecimal, Interval[]> cache = new HashMap<>();

    public Proposition1(ContinuousMarginal buyer, ContinuousMarginal seller) {
        if (buyer.lo().signum() < 0 || seller.lo().signum() < 0) {
            throw new IllegalArgumentException("the enclosures assume nonnegative supports");
        }
        this.f = buyer;
        this.g = seller;
    }

    /** Enclosures of x(p) and y(p). */
    public Interval x(BigDecimal p) {
        return xy(p)[0];
    }

    public Interval y(BigDecimal p) {
        return xy(p)[1];
    }

    private Interval[] xy(BigDecimal p) {
        return cache.computeIfAbsent(p, q -> new Interval[] {inverse(g, f.cdf(q)), inverse(f, g.cdf(q))});
    }

    /** An enclosure of W(p). */
    public Interval w(BigDecimal p) {
        Interval fp = f.cdf(p);
        Interval gp = g.cdf(p);
        if (gp.hi().compareTo(fp.lo()) <= 0) {
            return Interval.point(BigDecimal.ZERO);
        }
        Interval x = x(p);
        Interval y = y(p);
        Interval buyers = new Interval(f.partialMean(p, p.max(y.lo())).lo(), f.partialMean(p, p.max(y.hi())).hi());
        Interval sellers = new Interval(g.partialMean(x.hi().min(p), p).lo(), g.partialMean(x.lo().min(p), p).hi());
        Interval formula = buyers.subtract(sellers).positivePart();
        return gp.lo().compareTo(fp.hi()) > 0 ? formula : Interval.hull(formula, Interval.point(BigDecimal.ZERO));
    }

    /** An upper bound on W over the price cell [p0, p1]: the smaller of the two bounds of the class comment. */
    BigDecimal cellUpper(BigDecimal p0, BigDecimal p1) {
        return monotoneUpper(p0, p1).min(centredUpper(p0, p1));
    }

    /** An interval containing W'(p) for almost every p in [p0, p1]. */
    Interval derivative(BigDecimal p0, BigDecimal p1) {
        Interval p = new Interval(p0, p1);
        Interval y = new Interval(y(p0).lo(), y(p1).hi());
        Interval x = new Interval(x(p0).lo(), x(p1).hi());
        Interval d = g.density(p0, p1).multiply(y.subtract(p)).subtract(f.density(p0, p1).multiply(p.subtract(x)));
        boolean tradeEverywhere = g.cdf(p0).lo().compareTo(f.cdf(p1).hi()) > 0;
        return tradeEverywhere ? d : Interval.hull(d, Interval.point(BigDecimal.ZERO));
    }

    BigDecimal centredUpper(BigDecimal p0, BigDecimal p1) {
        BigDecimal m = p0.add(p1).divide(BigDecimal.valueOf(2), new MathContext(45));
        Interval d = derivative(p0, p1);
        Interval right = Interval.point(d.hi().max(BigDecimal.ZERO)).multiply(Interval.point(p1.subtract(m)));
        Interval left = Interval.point(d.lo().min(BigDecimal.ZERO).negate()).multiply(Interval.point(m.subtract(p0)));
        return Interval.point(w(m).hi()).add(Interval.point(right.hi().max(left.hi()))).hi();
    }

    BigDecimal monotoneUpper(BigDecimal p0, BigDecimal p1) {
        BigDecimal top = f.partialMean(p0, p0.max(y(p1).hi())).hi();
        BigDecimal xr = x(p1).hi();
        BigDecimal low = xr.compareTo(p0) < 0 ? g.partialMean(xr, p0).lo() : BigDecimal.ZERO;
        return top.subtract(low).max(BigDecimal.ZERO);
    }

    /**
     * A enclosed to within {@code tolerance} (or after {@code maxCells} cell evaluations), with the hull of the
     * cells that may hold a maximizer.
     */
    public Result maximize(double tolerance, int maxCells) {
        BigDecimal lo = Discretization.decimal(g.lo());
        BigDecimal hi = Discretization.decimal(f.hi());
        if (hi.compareTo(lo) <= 0) {
            return new Result(Interval.point(BigDecimal.ZERO), new Interval(lo.min(hi), lo.max(hi)), 0);
        }
        PriorityQueue<BigDecimal[]> cells = new PriorityQueue<>((a, b) -> b[2].compareTo(a[2]));
        BigDecimal best = BigDecimal.ZERO;
        BigDecimal bestAt = lo;
        int start = 32;
        MathContext mc = new MathContext(30);
        for (int k = 0; k < start; k++) {
            BigDecimal p0 = lo.add(hi.subtract(lo).multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(start), mc));
            BigDecimal p1 = k + 1 == start ? hi
                    : lo.add(hi.subtract(lo).multiply(BigDecimal.valueOf(k + 1)).divide(BigDecimal.valueOf(start), mc));
            cells.add(new BigDecimal[] {p0, p1, cellUpper(p0, p1)});
        }
        int evaluated = start;
        while (true) {
            BigDecimal[] c = cells.peek();
            BigDecimal mid = c[0].add(c[1]).divide(BigDecimal.valueOf(2), mc);
            BigDecimal wl = w(mid).lo();
            if (wl.compareTo(best) > 0) {
                best = wl;
                bestAt = mid;
            }
            if (c[2].subtract(best).doubleValue() <= tolerance || evaluated >= maxCells) {
                break;
            }
            cells.poll();
            cells.add(new BigDecimal[] {c[0], mid, cellUpper(c[0], mid)});
            cells.add(new BigDecimal[] {mid, c[1], cellUpper(mid, c[1])});
            evaluated += 2;
        }
        BigDecimal upper = cells.peek()[2].max(best);
        BigDecimal pl = bestAt;
        BigDecimal ph = bestAt;
        for (BigDecimal[] c : List.copyOf(cells)) {
            if (c[2].compareTo(best) >= 0) {
                pl = pl.min(c[0]);
                ph = ph.max(c[1]);
            }
        }
        return new Result(new Interval(best, upper), new Interval(pl, ph), evaluated);
    }

    /**
     * The worst joint law of Sec. 5.2 (Figure 11) for price p with G(p) &gt; F(p), explicitly: three rectangles
     * carrying all the mass, [lo_F, p] x [lo_G, x(p)] with mass F(p) (block b), [p, y(p)] x [x(p), p] with mass
     * G(p) - F(p) (block a, the only one in the trade region), and [y(p), hi_F] x [p, hi_G] with mass 1 - G(p)
     * (block d). The marginals of each block are F and G restricted to its sides (equal masses by the definition
     * of x and y), and inside a block any coupling of them gives the same W(p); the quantile coupling (mass on
     * F(v) = G(c)) is one choice, and it is the same for every p.
     */
    public List<Block> worstDistribution(BigDecimal p) {
        Interval fp = f.cdf(p);
        Interval gp = g.cdf(p);
        Interval x = x(p);
        Interval y = y(p);
        Interval one = Interval.point(BigDecimal.ONE);
        Interval fLo = Interval.of(f.lo());
        Interval gLo = Interval.of(g.lo());
        Interval pp = Interval.point(p);
        return List.of(new Block("b", fLo, pp, gLo, x, fp),
                new Block("a", pp, y, x, pp, gp.subtract(fp).positivePart()),
                new Block("d", y, Interval.of(f.hi()), pp, Interval.of(g.hi()), one.subtract(gp)));
    }

    /** A rectangle [vFrom, vTo] x [cFrom, cTo] of the worst law and its mass, all as enclosures. */
    public record Block(String name, Interval vFrom, Interval vTo, Interval cFrom, Interval cTo, Interval mass) {
    }

    /**
     * @param a      an enclosure of A = max_p W(p)
     * @param pStar  a price interval containing every maximizer
     * @param cells  cell evaluations used
     */
    public record Result(Interval a, Interval pStar, int cells) {
    }

    /** An enclosure of the generalized inverse inf{x : F(x) &gt;= t} for t in the interval, by bisection. */
    static Interval inverse(ContinuousMarginal d, Interval t) {
        BigDecimal lo = Discretization.decimal(d.lo());
        BigDecimal hi = Discretization.decimal(d.hi());
        MathContext mc = new MathContext(45);
        BigDecimal a = lo;
        BigDecimal b = hi;
        for (int k = 0; k < BISECTIONS; k++) {
            BigDecimal m = a.add(b).divide(BigDecimal.valueOf(2), mc);
            if (d.cdf(m).hi().compareTo(t.lo()) < 0) {
                a = m;
            } else {
                b = m;
            }
        }
        BigDecimal left = a;
        a = lo;
        b = hi;
        for (int k = 0; k < BISECTIONS; k++) {
            BigDecimal m = a.add(b).divide(BigDecimal.valueOf(2), mc);
            if (d.cdf(m).lo().compareTo(t.hi()) > 0) {
                b = m;
            } else {
                a = m;
            }
        }
        return new Interval(left, b);
    }
}
