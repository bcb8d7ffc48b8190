package tradebounds.family.groups.exact;

import java.math.BigDecimal;
import java.util.Locale;

/** A closed interval [lo, hi] of reals with double ends; the true value lies inside. */
public record Interval(double lo, double hi) {
    public Interval {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    public static Interval point(double x) {
        return new Interval(x, x);
    }

    /** A BigDecimal value known to within {@code error}, rounded outward to doubles. */
    public static Interval around(BigDecimal value, BigDecimal error) {
        return new Interval(Math.nextDown(value.subtract(error).doubleValue()),
                Math.nextUp(value.add(error).doubleValue()));
    }

    public double width() {
        return hi - lo;
    }

    public double mid() {
        return 0.5 * (lo + hi);
    }

    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }

    /** Distance from x to the interval (0 inside). */
    public double distance(double x) {
        return x < lo ? lo - x : x > hi ? x - hi : 0.0;
    }

    public Interval clip(double a, double b) {
        return new Interval(Math.max(a, Math.min(lo, b)), Math.min(b, Math.max(hi, a)));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "[%.7f, %.7f]", lo, hi);
    }
}
