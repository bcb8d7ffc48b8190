package tradebounds.check;

import tradebounds.model.Rational;

/**
 * A closed interval with finite double ends and outward-rounded arithmetic, for replaying interval covers.
 *
 * <p>Why it is rigorous: {@code + - * /} on doubles are IEEE 754 round-to-nearest, so the exact result lies in
 * {@code [nextDown(c), nextUp(c)]} of the computed {@code c}, on the side given by the sign of the exact error,
 * which TwoSum (for +) and {@link Math#fma} (for * and /) compute exactly; each end moves one step only when the
 * error points outward.
 * {@link StrictMath}'s {@code log}, {@code log1p}, {@code exp}, {@code expm1} are fdlibm, specified within one ulp of
 * the exact value; an ulp of the exact value is at most twice the gap next to the computed double, so two steps
 * cover it. Near 0, {@code exprel} and {@code logrel} use two Taylor terms and a bound on the rest instead of a
 * cancelling quotient. An operation outside its domain, or any non-finite end, throws {@link Failure}.
 */
public record Enclosure(double lo, double hi) {
    /** Thrown when an operation leaves its domain; the region's value is then not enclosed. */
    public static final class Failure extends Exception {
        public Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** Below this |x|, exprel and logrel use their Taylor enclosures (remainder &lt; x^2/2 &lt; 5e-11). */
    private static final double TAYLOR = 1e-5;

    public Enclosure {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("empty or NaN enclosure [" + lo + ", " + hi + "]");
        }
    }

    public static Enclosure point(double x) {
        return new Enclosure(x, x);
    }

    /** The tightest double interval containing the exact number x. */
    public static Enclosure of(Rational x) {
        return new Enclosure(floor(x), ceil(x));
    }

    /** The largest double &lt;= x (exact comparisons, see {@link #compare}). */
    public static double floor(Rational x) {
        double d = x.toDouble();
        while (compare(d, x) > 0) {
            d = Math.nextDown(d);
        }
        while (compare(Math.nextUp(d), x) <= 0) {
            d = Math.nextUp(d);
        }
        return d;
    }

    /**
     * The sign of d - x, exactly: d = m 2^e with integers m, e, compared with num/den by cross-multiplying (den &gt; 0),
     * which needs shifts and one product but no gcd (the replay's hot path).
     */
    static int compare(double d, Rational x) {
        if (d == 0) {
            return -x.signum();
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        int e = Math.getExponent(d) - 52;
        long m = (long) Math.scalb(d, -e);
        if (Math.getExponent(d) < Double.MIN_EXPONENT) {
            // subnormal: d = (raw mantissa) 2^-1074
            e = -1074;
            m = (long) Math.scalb(d, 1074);
        }
        java.math.BigInteger left = java.math.BigInteger.valueOf(m).multiply(x.denominator());
        java.math.BigInteger right = x.numerator();
        if (e >= 0) {
            left = left.shiftLeft(e);
        } else {
            right = right.shiftLeft(-e);
        }
        return left.compareTo(right);
    }

    /** The smallest double &gt;= x. */
    public static double ceil(Rational x) {
        return -floor(x.negate());
    }

    private static Enclosure checked(double lo, double hi) throws Failure {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new Failure("a non-finite end [" + lo + ", " + hi + "]");
        }
        return new Enclosure(lo, hi);
    }

    // Each end is rounded by the sign of the operation's exact error (TwoSum for +, fma for * and /), so an exact
    // result is not widened: otherwise a quantity that is exactly 0 at a box's edge (1 - u at u = 1, say) would
    // reach below 0 and leave the domain of the next operation. Where the error term itself may be inexact (a
    // product or quotient in the subnormal range) both ends are widened.

    public Enclosure add(Enclosure o) throws Failure {
        return checked(sumDown(lo, o.lo), -sumDown(-hi, -o.hi));
    }

    public Enclosure subtract(Enclosure o) throws Failure {
        return add(o.negate());
    }

    public Enclosure multiply(Enclosure o) throws Failure {
        double[][] p = {{lo, o.lo}, {lo, o.hi}, {hi, o.lo}, {hi, o.hi}};
        double l = Double.POSITIVE_INFINITY;
        double h = Double.NEGATIVE_INFINITY;
        for (double[] ab : p) {
            l = Math.min(l, productDown(ab[0], ab[1]));
            h = Math.max(h, -productDown(-ab[0], ab[1]));
        }
        return checked(l, h);
    }

    public Enclosure divide(Enclosure o) throws Failure {
        if (o.lo <= 0 && o.hi >= 0) {
            throw new Failure("division by " + o + ", which contains 0");
        }
        double[][] p = {{lo, o.lo}, {lo, o.hi}, {hi, o.lo}, {hi, o.hi}};
        double l = Double.POSITIVE_INFINITY;
        double h = Double.NEGATIVE_INFINITY;
        for (double[] ab : p) {
            l = Math.min(l, quotientDown(ab[0], ab[1]));
            h = Math.max(h, -quotientDown(-ab[0], ab[1]));
        }
        return checked(l, h);
    }

    /** The largest double &lt;= a + b (Knuth's TwoSum error is exact). */
    private static double sumDown(double a, double b) {
        double s = a + b;
        if (!Double.isFinite(s)) {
            return s;
        }
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return err < 0 ? Math.nextDown(s) : s;
    }

    /** The largest double &lt;= a * b. */
    private static double productDown(double a, double b) {
        double p = a * b;
        if (a == 0 || b == 0) {
            return 0;
        }
        if (!Double.isFinite(p) || Math.abs(p) < 0x1p-960) {
            return Math.nextDown(p);
        }
        double err = Math.fma(a, b, -p);
        return err < 0 ? Math.nextDown(p) : p;
    }

    /** The largest double &lt;= a / b, b != 0. */
    private static double quotientDown(double a, double b) {
        double q = a / b;
        if (a == 0) {
            return 0;
        }
        if (!Double.isFinite(q) || Math.abs(q) < 0x1p-960 || Math.abs(a) < 0x1p-960) {
            return Math.nextDown(q);
        }
        // a - q b is exact; the exact quotient a/b - q has the sign of (a - q b)/b
        double r = Math.fma(-q, b, a);
        return (r < 0) != (b < 0) && r != 0 ? Math.nextDown(q) : q;
    }

    public Enclosure negate() {
        return new Enclosure(-hi, -lo);
    }

    public Enclosure positivePart() {
        return new Enclosure(Math.max(lo, 0), Math.max(hi, 0));
    }

    public Enclosure min(Enclosure o) {
        return new Enclosure(Math.min(lo, o.lo), Math.min(hi, o.hi));
    }

    public Enclosure max(Enclosure o) {
        return new Enclosure(Math.max(lo, o.lo), Math.max(hi, o.hi));
    }

    /** ln x, increasing; needs x &gt; 0. */
    public Enclosure log() throws Failure {
        if (!(lo > 0)) {
            throw new Failure("log of " + this + ", which reaches 0");
        }
        return checked(down2(StrictMath.log(lo)), up2(StrictMath.log(hi)));
    }

    /** ln(1+x), increasing; needs x &gt; -1. */
    public Enclosure log1p() throws Failure {
        if (!(lo > -1)) {
            throw new Failure("log1p of " + this + ", which reaches -1");
        }
        return checked(down2(StrictMath.log1p(lo)), up2(StrictMath.log1p(hi)));
    }

    /** e^x, increasing; needs x &lt;= 700 (so no overflow). */
    public Enclosure exp() throws Failure {
        if (!(hi <= 700)) {
            throw new Failure("exp of " + this + ", above 700");
        }
        return checked(Math.max(0, down2(StrictMath.exp(lo))), up2(StrictMath.exp(hi)));
    }

    /** (e^x - 1)/x with value 1 at 0: increasing, so its ends are taken at x's ends. */
    public Enclosure exprel() throws Failure {
        if (!(hi <= 700)) {
            throw new Failure("exprel of " + this + ", above 700");
        }
        return checked(exprelAt(lo).lo, exprelAt(hi).hi);
    }

    private static Enclosure exprelAt(double t) throws Failure {
        // exprel(t) - 1 - t/2 = t^2/6 (1 + t/4 + t^2/20 + ...) lies in [0, t^2/5] for |t| < 1e-5
        return Math.abs(t) < TAYLOR ? nearZero(t, 0.5, 0.2) : quotient(StrictMath.expm1(t), t);
    }

    /** ln(1+x)/x with value 1 at 0: decreasing on x &gt; -1, so its ends are taken at x's opposite ends. */
    public Enclosure logrel() throws Failure {
        if (!(lo > -1)) {
            throw new Failure("logrel of " + this + ", which reaches -1");
        }
        return checked(logrelAt(hi).lo, logrelAt(lo).hi);
    }

    private static Enclosure logrelAt(double t) throws Failure {
        // logrel(t) - 1 + t/2 = t^2/3 - t^3/4 + ... lies in [0, t^2/2] for |t| < 1e-5
        return Math.abs(t) < TAYLOR ? nearZero(t, -0.5, 0.5) : quotient(StrictMath.log1p(t), t);
    }

    /** [1 + slope t, 1 + slope t + tail t^2]: two Taylor terms and a bound on the (nonnegative) rest. */
    private static Enclosure nearZero(double t, double slope, double tail) throws Failure {
        Enclosure base = point(1).add(point(t * slope));
        Enclosure rest = point(t).multiply(point(t)).multiply(point(tail));
        return checked(base.lo, base.add(rest).hi);
    }

    /** f/t for a library value f within one ulp of its exact value (widened two steps), t != 0 exact. */
    private static Enclosure quotient(double f, double t) throws Failure {
        return new Enclosure(down2(f), up2(f)).divide(point(t));
    }

    /**
     * w/(c w + z) for w, z &gt;= 0 and c &gt; 0: increasing in w, decreasing in z and c, always in [0, 1/c]; at
     * w = z = 0 it is any value in [0, 1/c], which the ends below include.
     */
    public static Enclosure share(Enclosure w, Enclosure z, Enclosure c) throws Failure {
        if (w.lo < 0 || z.lo < 0 || !(c.lo > 0)) {
            throw new Failure("share needs w, z >= 0 and c > 0, got " + w + ", " + z + ", " + c);
        }
        double lo = w.lo == 0 ? 0 : point(w.lo).divide(point(c.hi).multiply(point(w.lo)).add(point(z.hi))).lo;
        double hi = w.hi == 0 && z.lo > 0 ? 0 : point(1).divide(point(c.lo)).hi;
        if (w.hi > 0 && z.lo > 0) {
            hi = point(w.hi).divide(point(c.lo).multiply(point(w.hi)).add(point(z.lo))).hi;
        }
        return checked(Math.max(0, lo), hi);
    }

    /**
     * The principal branch W_0 of Lambert W (w e^w = x) for x &gt;= 0, increasing. Each end is a double w found by
     * Newton's method and then <em>checked</em>: f(w) = w e^w enclosed outward must lie on the proper side of x's end
     * (f increases on [-1, inf) and W_0(x) &gt;= 0, so f(w) &lt;= x with w &gt;= -1 gives w &lt;= W_0(x), and f(w) &gt;= x
     * with w &gt;= 0 gives w &gt;= W_0(x)); a guess that does not check is moved outward by doubling steps.
     */
    public Enclosure lambertw() throws Failure {
        if (!(lo >= 0) || !(hi <= 1e300)) {
            throw new Failure("lambertw of " + this + ", outside [0, 1e300]");
        }
        return checked(lambertwEnd(lo, false), lambertwEnd(hi, true));
    }

    private static double lambertwEnd(double x, boolean upper) throws Failure {
        if (x == 0) {
            return 0;
        }
        double w = x < 1 ? x : StrictMath.log(x);
        for (int k = 0; k < 60 && Double.isFinite(w); k++) {
            double e = StrictMath.exp(w);
            w -= (w * e - x) / ((1 + w) * e);
        }
        double step = Double.isFinite(w) ? Math.ulp(w) : 0;
        for (int k = 0; k < 80 && step > 0; k++, step *= 2) {
            Enclosure f = point(w).multiply(point(w).exp());
            if (upper ? f.lo >= x && w >= 0 : f.hi <= x && w >= -1) {
                return upper ? w : Math.max(w, 0);
            }
            w = upper ? w + step : w - step;
        }
        throw new Failure("no checked bracket of lambertw(" + x + ")");
    }

    /** The points of this enclosure in [a, b] (either end may be infinite), or null when there are none. */
    public Enclosure intersect(double a, double b) {
        double l = Math.max(lo, a);
        double h = Math.min(hi, b);
        return l <= h ? new Enclosure(l, h) : null;
    }

    private static double down2(double x) {
        return Math.nextDown(Math.nextDown(x));
    }

    private static double up2(double x) {
        return Math.nextUp(Math.nextUp(x));
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }
}
