package tradebounds.family.ksfair;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import tradebounds.engine.interval.Interval;

/**
 * The principal branch W of the Lambert W function (w e^w = y, w &gt;= -1; footnote 32 of the paper) on y &gt;= 0,
 * enclosed by the interval Newton method. With f(w) = w e^w - y, f'(w) = (1 + w) e^w &gt; 0 on w &gt; -1, so f has
 * at most one root there, and N(X) = m - f(m) / f'(X) contains every root in X. If N(X) lies inside X, a root
 * exists in X (the interval Newton existence test); iterating X := X ∩ N(X) then only shrinks the enclosure.
 * The argument may itself be an interval (every y in it is covered).
 */
public final class LambertW {
    private static final MathContext MID = new MathContext(Interval.DIGITS + 5, RoundingMode.HALF_EVEN);
    private static final BigDecimal TARGET = BigDecimal.ONE.movePointLeft(Interval.DIGITS - 8);

    private LambertW() {
    }

    /** An enclosure of W(y) for every y in {@code y}; requires y &gt;= 0. */
    public static Interval principal(Interval y) {
        if (y.lo().signum() < 0) {
            throw new IllegalArgumentException("only y >= 0 is supported, got " + y);
        }
        double w0 = guess(y.mid());
        BigDecimal r = BigDecimal.valueOf(1e-6 * (1 + Math.abs(w0)));
        Interval x = new Interval(BigDecimal.valueOf(w0).subtract(r), BigDecimal.valueOf(w0).add(r));
        if (x.lo().compareTo(BigDecimal.valueOf(-0.5)) < 0) {
            x = new Interval(BigDecimal.valueOf(-0.5), x.hi().max(BigDecimal.valueOf(-0.5)));
        }
        boolean exists = false;
        for (int k = 0; k < 60; k++) {
            BigDecimal m = x.lo().add(x.hi()).divide(BigDecimal.valueOf(2), MID);
            Interval mi = Interval.point(m);
            Interval fm = mi.multiply(Interval.exp(mi)).subtract(y);
            Interval slope = Interval.point(BigDecimal.ONE).add(x).multiply(Interval.exp(x));
            Interval n = mi.subtract(fm.divide(slope));
            if (n.hi().compareTo(x.lo()) < 0 || n.lo().compareTo(x.hi()) > 0) {
                throw new ArithmeticException("no root of w e^w = y in " + x + " for y in " + y);
            }
            exists |= x.lo().compareTo(n.lo()) < 0 && n.hi().compareTo(x.hi()) < 0;
            Interval next = x.intersect(n);
            boolean stalled = next.width().compareTo(x.width()) >= 0;
            x = next;
            if (exists && (x.width().compareTo(TARGET.multiply(BigDecimal.ONE.add(x.hi().abs()))) < 0 || stalled)) {
                return x;
            }
        }
        if (!exists) {
            throw new ArithmeticException("interval Newton could not prove a root of w e^w = y for y in " + y);
        }
        return x;
    }

    /** A double-precision Newton guess (untrusted; only the interval iteration above is relied on). */
    static double guess(double y) {
        double w = y < 1 ? y / (1 + y) : Math.log(y) - Math.log(Math.max(Math.log(y), 1e-9) + 1e-300);
        if (y < Math.E) {
            w = Math.max(w, 0.5 * y / (1 + y));
        }
        for (int k = 0; k < 100; k++) {
            double ew = Math.exp(w);
            double step = (w * ew - y) / ((1 + w) * ew);
            w -= step;
            if (Math.abs(step) < 1e-15 * (1 + Math.abs(w))) {
                break;
            }
        }
        return w;
    }
}
