package tradebounds.family.ksfair.preg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.PriorityQueue;
import tradebounds.engine.interval.Interval;

/**
 * Interval branch-and-bound for one cell of P_REG[s,l,alpha] against a target value: best-first (lowest lower bound
 * first), bisecting the widest of (q_m, t, u) measured relative to the cell, pruning a box whose proved lower bound is
 * &gt;= target. A box's midpoint (and one corner) is screened in doubles; a screened point below the target is re-checked exactly
 * ({@link PregCell#recheck}) and only a certified one refutes.
 *
 * <p>Boxes have double ends (any bisection point is fine: the halves cover the box whatever the rounding of the
 * midpoint). The bound is pluggable: {@link Bound#FAST} (outward-rounded doubles, the default) or
 * {@link Bound#REFERENCE} (40-digit decimals, {@link PregCell#lowerBound}).
 */
public final class PregBranchAndBound {
    /** How the search for one cell ended. */
    public enum Decision { PROVED, REFUTED, UNDECIDED }

    /** Which proved box bound to use. */
    public enum Bound {
        /** {@link PregFastBound}: outward-rounded doubles. */
        FAST,
        /** {@link PregCell#lowerBound}: 40-digit outward-rounded decimals, the reference. */
        REFERENCE;

        /** A proved lower bound over the box, as a double rounded down; -inf when none. */
        double lowerBound(PregCell cell, FastInterval alpha, FastInterval qm, FastInterval t, FastInterval u) {
            if (this == FAST) {
                return PregFastBound.lowerBound(cell, alpha, qm, t, u);
            }
            // new BigDecimal(double) is exact, so the decimal box is the same box
            return cell.lowerBound(exact(qm), exact(t), exact(u)).map(FastInterval::floor)
                    .orElse(Double.NEGATIVE_INFINITY);
        }

        private static Interval exact(FastInterval x) {
            return new Interval(new BigDecimal(x.lo()), new BigDecimal(x.hi()));
        }
    }

    /**
     * @param lowestBound the smallest lower bound over open boxes (null = -inf); for PROVED, the smallest bound of a
     *                    pruned box, so the cell's minimum is &gt;= it
     * @param openBoxes   boxes left unexplored when the budget ran out
     * @param point       for REFUTED, the certified point
     */
    public record CellResult(PregCell cell, Decision outcome, BigDecimal lowestBound, int openBoxes, int boxes,
                             long millis, Optional<PregPoint> point) {
        public String row() {
            String b = lowestBound == null ? "-inf" : lowestBound.round(new MathContext(6, RoundingMode.FLOOR))
                    .toPlainString();
            return switch (outcome) {
                case PROVED -> cell + ": PROVED (min >= " + b + ", " + boxes + " boxes, " + millis + " ms)";
                case REFUTED -> cell + ": REFUTED at " + point.orElseThrow() + " (" + boxes + " boxes)";
                case UNDECIDED -> cell + ": UNDECIDED (lowest bound " + b + ", " + openBoxes + " open of " + boxes
                        + " boxes, " + millis + " ms)";
            };
        }
    }

    private record Box(FastInterval qm, FastInterval t, FastInterval u, double bound) {
    }

    private PregBranchAndBound() {
    }

    /** {@link #run(PregCell, BigDecimal, Bound, int, long)} with the fast bound. */
    public static CellResult run(PregCell cell, BigDecimal target, int maxBoxes, long maxMillis) {
        return run(cell, target, Bound.FAST, maxBoxes, maxMillis);
    }

    public static CellResult run(PregCell cell, BigDecimal target, Bound bound, int maxBoxes, long maxMillis) {
        long start = System.currentTimeMillis();
        // a double bound >= targetUp is >= target exactly
        double targetUp = FastInterval.ceil(target);
        FastInterval alpha = FastInterval.enclosing(cell.alpha());
        FastInterval unit = new FastInterval(0, 1);
        FastInterval qm0 = new FastInterval(FastInterval.floor(cell.s()), FastInterval.ceil(cell.l()));
        PriorityQueue<Box> open = new PriorityQueue<>((x, y) -> Double.compare(x.bound, y.bound));
        open.add(box(cell, bound, alpha, qm0, unit, unit));
        double provedMin = Double.POSITIVE_INFINITY;
        int boxes = 1;
        while (!open.isEmpty()) {
            Box b = open.poll();
            if (b.bound >= targetUp) {
                // best-first: every remaining box is at least as high
                provedMin = b.bound;
                open.clear();
                break;
            }
            Optional<PregPoint> bad = screen(cell, b, target);
            if (bad.isPresent()) {
                return new CellResult(cell, Decision.REFUTED, decimal(b.bound), open.size() + 1, boxes,
                        System.currentTimeMillis() - start, bad);
            }
            if (boxes >= maxBoxes || System.currentTimeMillis() - start > maxMillis) {
                open.add(b);
                return new CellResult(cell, Decision.UNDECIDED, decimal(b.bound), open.size(), boxes,
                        System.currentTimeMillis() - start, Optional.empty());
            }
            for (Box child : split(cell, bound, alpha, b)) {
                open.add(child);
                boxes++;
            }
        }
        return new CellResult(cell, Decision.PROVED, decimal(provedMin), 0, boxes, System.currentTimeMillis() - start,
                Optional.empty());
    }

    private static BigDecimal decimal(double x) {
        return Double.isInfinite(x) ? null : new BigDecimal(x);
    }

    /**
     * Screens the midpoint and a point next to the (q_m high, t low, v0 = 0) corner, where Table 1's cells attain
     * their minima; not the corner itself, where M_lo = M_hi and M's feasibility cannot be certified by intervals.
     * q_m is clamped into the cell, since the first box's double ends may lie just outside it.
     */
    private static Optional<PregPoint> screen(PregCell cell, Box b, BigDecimal target) {
        double sIn = FastInterval.ceil(cell.s());
        double lIn = FastInterval.floor(cell.l());
        double qmMid = Math.min(Math.max(0.5 * (b.qm.lo() + b.qm.hi()), sIn), lIn);
        Optional<PregPoint> mid = screen(cell, qmMid, 0.5 * (b.t.lo() + b.t.hi()), 0.5 * (b.u.lo() + b.u.hi()),
                target);
        return mid.isPresent() ? mid : screen(cell, Math.min(b.qm.hi(), lIn),
                b.t.lo() + 1e-3 * (b.t.hi() - b.t.lo()), 0, target);
    }

    private static Optional<PregPoint> screen(PregCell cell, double qm, double t, double u, BigDecimal target) {
        double a = cell.alpha().doubleValue();
        double qLo = qm + (1 - a) * (1 - qm);
        double q = qLo + t * (1 - qLo);
        double v0 = u * (1 - (1 - a) * (1 - qm) / (q - qm));
        double value = PregFormulas.dInner(qm, a, q, v0);
        if (!(value < target.doubleValue())) {
            return Optional.empty();
        }
        return cell.recheck(qm, t, u).filter(p -> p.value().hi().compareTo(target) < 0);
    }

    private static Box[] split(PregCell cell, Bound bound, FastInterval alpha, Box b) {
        double cellWidth = cell.l().subtract(cell.s()).doubleValue();
        double wq = (b.qm.hi() - b.qm.lo()) / cellWidth;
        double wt = b.t.hi() - b.t.lo();
        double wu = b.u.hi() - b.u.lo();
        if (wq >= wt && wq >= wu) {
            FastInterval[] h = halves(b.qm);
            return new Box[] {box(cell, bound, alpha, h[0], b.t, b.u), box(cell, bound, alpha, h[1], b.t, b.u)};
        }
        if (wt >= wu) {
            FastInterval[] h = halves(b.t);
            return new Box[] {box(cell, bound, alpha, b.qm, h[0], b.u), box(cell, bound, alpha, b.qm, h[1], b.u)};
        }
        FastInterval[] h = halves(b.u);
        return new Box[] {box(cell, bound, alpha, b.qm, b.t, h[0]), box(cell, bound, alpha, b.qm, b.t, h[1])};
    }

    private static FastInterval[] halves(FastInterval x) {
        double m = Math.min(Math.max(x.lo() + 0.5 * (x.hi() - x.lo()), x.lo()), x.hi());
        return new FastInterval[] {new FastInterval(x.lo(), m), new FastInterval(m, x.hi())};
    }

    private static Box box(PregCell cell, Bound bound, FastInterval alpha, FastInterval qm, FastInterval t,
                           FastInterval u) {
        return new Box(qm, t, u, bound.lowerBound(cell, alpha, qm, t, u));
    }
}
