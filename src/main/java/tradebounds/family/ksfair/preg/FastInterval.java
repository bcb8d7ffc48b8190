package tradebounds.family.ksfair.preg;

import java.math.BigDecimal;

/**
 * A closed interval of reals with double ends and outward-rounded arithmetic: the fast counterpart of
 * {@link tradebounds.engine.interval.Interval} for the P_REG box bound (about a thousand times faster than 40-digit decimals).
 *
 * <p>Why it is rigorous: +, -, *, / are IEEE 754 round-to-nearest, so the exact result of an operation on two doubles
 * lies within half an ulp of the computed one, hence in [nextDown(c), nextUp(c)]; every end is widened by that one
 * step. {@link Math#log} and {@link Math#log1p} are specified (java.lang.Math javadoc) to be within 1 ulp of the exact
 * result; an ulp of the exact value is at most twice the gap just below or above the computed double (the gap halves
 * only when crossing a power of two), so two steps of widening cover it. No other library function is used. Any NaN
 * (e.g. 0 * inf) is caught by the caller, which then reports no bound.
 */
record FastInterval(double lo, double hi) {
    static final FastInterval ONE = point(1);

    FastInterval {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("empty or NaN interval [" + lo + ", " + hi + "]");
        }
    }

    static FastInterval point(double x) {
        return new FastInterval(x, x);
    }

    /** The tightest double interval containing the decimal x (BigDecimal(double) is exact, so the test is exact). */
    static FastInterval enclosing(BigDecimal x) {
        return new FastInterval(floor(x), ceil(x));
    }

    /** The largest double &lt;= x. */
    static double floor(BigDecimal x) {
        double d = x.doubleValue();
        return new BigDecimal(d).compareTo(x) > 0 ? Math.nextDown(d) : d;
    }

    /** The smallest double &gt;= x. */
    static double ceil(BigDecimal x) {
        double d = x.doubleValue();
        return new BigDecimal(d).compareTo(x) < 0 ? Math.nextUp(d) : d;
    }

    FastInterval add(FastInterval o) {
        return new FastInterval(Math.nextDown(lo + o.lo), Math.nextUp(hi + o.hi));
    }

    FastInterval subtract(FastInterval o) {
        return new FastInterval(Math.nextDown(lo - o.hi), Math.nextUp(hi - o.lo));
    }

    FastInterval multiply(FastInterval o) {
        double a = lo * o.lo;
        double b = lo * o.hi;
        double c = hi * o.lo;
        double d = hi * o.hi;
        return new FastInterval(Math.nextDown(Math.min(Math.min(a, b), Math.min(c, d))),
                Math.nextUp(Math.max(Math.max(a, b), Math.max(c, d))));
    }

    /** Division by an interval not containing 0. */
    FastInterval divide(FastInterval o) {
        if (o.lo <= 0 && o.hi >= 0) {
            throw new ArithmeticException("division by an interval containing 0: " + o);
        }
        double a = lo / o.lo;
        double b = lo / o.hi;
        double c = hi / o.lo;
        double d = hi / o.hi;
        return new FastInterval(Math.nextDown(Math.min(Math.min(a, b), Math.min(c, d))),
                Math.nextUp(Math.max(Math.max(a, b), Math.max(c, d))));
    }

    FastInterval negate() {
        return new FastInterval(-hi, -lo);
    }

    FastInterval positivePart() {
        return new FastInterval(Math.max(lo, 0), Math.max(hi, 0));
    }

    /** The intersection; callers intersect two enclosures of the same real, which therefore overlap. */
    FastInterval intersect(FastInterval o) {
        return new FastInterval(Math.max(lo, o.lo), Math.min(hi, o.hi));
    }

    /** ln over an interval of positive reals: ln is increasing; each end widened by two steps (class javadoc). */
    static FastInterval log(FastInterval x) {
        if (!(x.lo > 0)) {
            throw new ArithmeticException("log of an interval reaching 0: " + x);
        }
        return new FastInterval(down2(Math.log(x.lo)), up2(Math.log(x.hi)));
    }

    /** ln(1 + x) for x &gt; -1, increasing; {@link Math#log1p} is within 1 ulp, widened like {@link #log}. */
    static FastInterval log1p(FastInterval x) {
        if (!(x.lo > -1)) {
            throw new ArithmeticException("log1p of an interval reaching -1: " + x);
        }
        return new FastInterval(down2(Math.log1p(x.lo)), up2(Math.log1p(x.hi)));
    }

    private static double down2(double x) {
        return Math.nextDown(Math.nextDown(x));
    }

    private static double up2(double x) {
        return Math.nextUp(Math.nextUp(x));
    }
}
