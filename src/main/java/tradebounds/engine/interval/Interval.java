package tradebounds.engine.interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import tradebounds.model.Rational;

/**
 * A closed interval [lo, hi] of reals with decimal ends, and outward-rounded arithmetic: every lower end is rounded
 * toward -inf and every upper end toward +inf at {@link #DIGITS} significant digits, so the true value of any
 * expression evaluated with these operations lies in the result.
 */
public record Interval(BigDecimal lo, BigDecimal hi) {
    public static final int DIGITS = 40;
    private static final MathContext DOWN = new MathContext(DIGITS, RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(DIGITS, RoundingMode.CEILING);

    public Interval {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    public static Interval point(BigDecimal x) {
        return new Interval(x, x);
    }

    /** The tightest enclosure of an exact rational at DIGITS digits. */
    public static Interval of(Rational r) {
        BigDecimal n = new BigDecimal(r.numerator());
        BigDecimal d = new BigDecimal(r.denominator());
        return new Interval(n.divide(d, DOWN), n.divide(d, UP));
    }

    public static Interval hull(Interval a, Interval b) {
        return new Interval(a.lo.min(b.lo), a.hi.max(b.hi));
    }

    public Interval add(Interval o) {
        return new Interval(lo.add(o.lo, DOWN), hi.add(o.hi, UP));
    }

    public Interval subtract(Interval o) {
        return new Interval(lo.subtract(o.hi, DOWN), hi.subtract(o.lo, UP));
    }

    public Interval multiply(Interval o) {
        BigDecimal[] p = {lo.multiply(o.lo), lo.multiply(o.hi), hi.multiply(o.lo), hi.multiply(o.hi)};
        BigDecimal min = p[0];
        BigDecimal max = p[0];
        for (BigDecimal x : p) {
            min = min.min(x);
            max = max.max(x);
        }
        return new Interval(min.round(DOWN), max.round(UP));
    }

    /** Division by an interval not containing 0. */
    public Interval divide(Interval o) {
        if (o.lo.signum() <= 0 && o.hi.signum() >= 0) {
            throw new ArithmeticException("division by an interval containing 0: " + o);
        }
        BigDecimal[] p = {lo.divide(o.lo, DOWN), lo.divide(o.hi, DOWN), hi.divide(o.lo, DOWN), hi.divide(o.hi, DOWN),
            lo.divide(o.lo, UP), lo.divide(o.hi, UP), hi.divide(o.lo, UP), hi.divide(o.hi, UP)};
        BigDecimal min = p[0];
        BigDecimal max = p[0];
        for (BigDecimal x : p) {
            min = min.min(x);
            max = max.max(x);
        }
        return new Interval(min, max);
    }

    /** Division by a positive exact number (cheaper than {@link #divide}: division by d &gt; 0 is monotone). */
    public Interval divideByPositive(BigDecimal d) {
        return new Interval(lo.divide(d, DOWN), hi.divide(d, UP));
    }

    public Interval negate() {
        return new Interval(hi.negate(), lo.negate());
    }

    /** max(this, 0) elementwise. */
    public Interval positivePart() {
        return new Interval(lo.max(BigDecimal.ZERO), hi.max(BigDecimal.ZERO));
    }

    /**
     * exp(x) for x in [-50, 50]: Taylor series of exp(x / 2^s) with s chosen so |x / 2^s| &lt;= 1/2, the tail after
     * N terms bounded by 2 |y|^N / N!, then squared s times, all outward rounded.
     */
    public static Interval exp(BigDecimal x) {
        int s = 0;
        BigDecimal y = x;
        while (y.abs().compareTo(new BigDecimal("0.5")) > 0) {
            y = y.divide(BigDecimal.valueOf(2));
            s++;
        }
        Interval yi = point(y);
        Interval term = point(BigDecimal.ONE);
        Interval sum = point(BigDecimal.ONE);
        BigDecimal small = BigDecimal.ONE.movePointLeft(DIGITS + 2);
        for (int k = 1; k < 200 && term.hi.abs().max(term.lo.abs()).compareTo(small) > 0; k++) {
            term = term.multiply(yi).divideByPositive(BigDecimal.valueOf(k));
            sum = sum.add(term);
        }
        BigDecimal tail = term.hi.abs().max(term.lo.abs()).multiply(BigDecimal.valueOf(2)).round(UP);
        Interval r = new Interval(sum.lo.subtract(tail, DOWN), sum.hi.add(tail, UP));
        for (int k = 0; k < s; k++) {
            r = r.multiply(r);
        }
        return r;
    }

    /** exp over an interval: exp is increasing, so the ends' outward enclosures bound it. */
    public static Interval exp(Interval x) {
        return new Interval(exp(x.lo).lo, exp(x.hi).hi);
    }

    /**
     * ln over an interval of positive reals. For each end a, a candidate y is refined by Newton steps
     * y := y + a exp(-y) - 1 and then proved: exp(y - d) &lt;= a &lt;= exp(y + d) with outward-rounded exp brackets
     * ln a in [y - d, y + d], since exp is increasing. Ends must lie in [e^-50, e^50].
     */
    public static Interval log(Interval x) {
        if (x.lo.signum() <= 0) {
            throw new ArithmeticException("log of an interval reaching 0: " + x);
        }
        return new Interval(logBracket(x.lo)[0], logBracket(x.hi)[1]);
    }

    private static BigDecimal[] logBracket(BigDecimal a) {
        BigDecimal y = BigDecimal.valueOf(Math.log(a.doubleValue()));
        for (int k = 0; k < 4; k++) {
            BigDecimal ey = exp(y.negate()).lo;
            y = y.add(a.multiply(ey, DOWN), DOWN).subtract(BigDecimal.ONE, DOWN);
        }
        BigDecimal d = BigDecimal.ONE.movePointLeft(DIGITS - 6).multiply(BigDecimal.ONE.add(y.abs()));
        BigDecimal lo = y.subtract(d, DOWN);
        BigDecimal hi = y.add(d, UP);
        if (exp(lo).hi.compareTo(a) > 0 || exp(hi).lo.compareTo(a) < 0) {
            throw new ArithmeticException("could not bracket ln " + a);
        }
        return new BigDecimal[] {lo, hi};
    }

    /** The elementwise minimum {min(x, y) : x in a, y in b}: min is monotone in both arguments. */
    public static Interval min(Interval a, Interval b) {
        return new Interval(a.lo.min(b.lo), a.hi.min(b.hi));
    }

    /** The elementwise maximum {max(x, y) : x in a, y in b}. */
    public static Interval max(Interval a, Interval b) {
        return new Interval(a.lo.max(b.lo), a.hi.max(b.hi));
    }

    /** The intersection with {@code o}; empty intersections throw (the caller proved they cannot happen). */
    public Interval intersect(Interval o) {
        return new Interval(lo.max(o.lo), hi.min(o.hi));
    }

    /** Strictly below: every point of this interval is less than every point of {@code o}. */
    public boolean below(Interval o) {
        return hi.compareTo(o.lo) < 0;
    }

    public double mid() {
        return lo.add(hi).doubleValue() / 2;
    }

    public BigDecimal width() {
        return hi.subtract(lo);
    }

    public boolean contains(BigDecimal x) {
        return lo.compareTo(x) <= 0 && x.compareTo(hi) <= 0;
    }

    @Override
    public String toString() {
        return "[" + lo.round(new MathContext(12, RoundingMode.FLOOR)).toPlainString() + ", "
                + hi.round(new MathContext(12, RoundingMode.CEILING)).toPlainString() + "]";
    }
}
