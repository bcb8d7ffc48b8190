package tradebounds.ksfair.preg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.PriorityQueue;
import tradebounds.robust.Interval;

/**
 * Interval branch-and-bound for one cell of P_REG[s,l,alpha] against a target value: best-first (lowest lower bound
 * first), bisecting the widest of (q_m, t, u) measured relative to the cell, pruning a box whose proved lower bound is
 * &gt;= target. A box's midpoint (and one corner) is screened in doubles; a screened point below the target is re-checked exactly
 * ({@link PregCell#recheck}) and only a certified one refutes.
 */
public final class PregBranchAndBound {
    /** How the search for one cell ended. */
    public enum Outcome { PROVED, REFUTED, UNDECIDED }

    /**
     * @param lowestBound the smallest lower bound over open boxes (null = -inf); for PROVED, the smallest bound of a
     *                    pruned box, so the cell's minimum is &gt;= it
     * @param openBoxes   boxes left unexplored when the budget ran out
     * @param point       for REFUTED, the certified point
     */
    public record CellResult(PregCell cell, Outcome outcome, BigDecimal lowestBound, int openBoxes, int boxes,
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

    private record Box(Interval qm, Interval t, Interval u, BigDecimal bound) {
    }

    private PregBranchAndBound() {
    }

    public static CellResult run(PregCell cell, BigDecimal target, int maxBoxes, long maxMillis) {
        long start = System.currentTimeMillis();
        Interval unit = new Interval(BigDecimal.ZERO, BigDecimal.ONE);
        PriorityQueue<Box> open = new PriorityQueue<>((x, y) -> compare(x.bound, y.bound));
        open.add(box(cell, new Interval(cell.s(), cell.l()), unit, unit));
        BigDecimal provedMin = null;
        int boxes = 1;
        while (!open.isEmpty()) {
            Box b = open.poll();
            if (b.bound != null && b.bound.compareTo(target) >= 0) {
                provedMin = min(provedMin, b.bound);
                // best-first: every remaining box is at least as high
                for (Box r : open) {
                    provedMin = min(provedMin, r.bound);
                }
                open.clear();
                break;
            }
            Optional<PregPoint> bad = screen(cell, b, target);
            if (bad.isPresent()) {
                return new CellResult(cell, Outcome.REFUTED, b.bound, open.size() + 1, boxes,
                        System.currentTimeMillis() - start, bad);
            }
            if (boxes >= maxBoxes || System.currentTimeMillis() - start > maxMillis) {
                open.add(b);
                return new CellResult(cell, Outcome.UNDECIDED, b.bound, open.size(), boxes,
                        System.currentTimeMillis() - start, Optional.empty());
            }
            for (Box child : split(cell, b)) {
                open.add(child);
                boxes++;
            }
        }
        return new CellResult(cell, Outcome.PROVED, provedMin, 0, boxes, System.currentTimeMillis() - start,
                Optional.empty());
    }

    /**
     * Screens the midpoint and a point next to the (q_m high, t low, v0 = 0) corner, where Table 1's cells attain
     * their minima; not the corner itself, where M_lo = M_hi and M's feasibility cannot be certified by intervals.
     */
    private static Optional<PregPoint> screen(PregCell cell, Box b, BigDecimal target) {
        Optional<PregPoint> mid = screen(cell, b.qm.mid(), b.t.mid(), b.u.mid(), target);
        return mid.isPresent() ? mid : screen(cell, b.qm.hi().doubleValue(),
                b.t.lo().doubleValue() + 1e-3 * b.t.width().doubleValue(), 0, target);
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

    private static Box[] split(PregCell cell, Box b) {
        BigDecimal cellWidth = cell.l().subtract(cell.s());
        BigDecimal wq = b.qm.width().divide(cellWidth, MathContext.DECIMAL64);
        BigDecimal wt = b.t.width();
        BigDecimal wu = b.u.width();
        if (wq.compareTo(wt) >= 0 && wq.compareTo(wu) >= 0) {
            Interval[] h = halves(b.qm);
            return new Box[] {box(cell, h[0], b.t, b.u), box(cell, h[1], b.t, b.u)};
        }
        if (wt.compareTo(wu) >= 0) {
            Interval[] h = halves(b.t);
            return new Box[] {box(cell, b.qm, h[0], b.u), box(cell, b.qm, h[1], b.u)};
        }
        Interval[] h = halves(b.u);
        return new Box[] {box(cell, b.qm, b.t, h[0]), box(cell, b.qm, b.t, h[1])};
    }

    private static Interval[] halves(Interval x) {
        BigDecimal m = x.lo().add(x.hi()).divide(BigDecimal.valueOf(2));
        return new Interval[] {new Interval(x.lo(), m), new Interval(m, x.hi())};
    }

    private static Box box(PregCell cell, Interval qm, Interval t, Interval u) {
        return new Box(qm, t, u, cell.lowerBound(qm, t, u).orElse(null));
    }

    private static int compare(BigDecimal x, BigDecimal y) {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        return x.compareTo(y);
    }

    private static BigDecimal min(BigDecimal x, BigDecimal y) {
        return x == null ? y : y == null ? x : x.min(y);
    }
}
