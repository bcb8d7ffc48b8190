package tradebounds.model;

import java.util.Optional;

/**
 * A closed interval [lo, hi] of the extended reals; a {@code null} end means -inf or +inf.
 * Used for every variable and every row, as in MPModelProto's ranged rows.
 */
public record Bound(Rational lo, Rational hi) {
    public Bound {
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty bound [" + lo + ", " + hi + "]");
        }
    }

    public static Bound free() {
        return new Bound(null, null);
    }

    public static Bound atLeast(Rational lo) {
        return new Bound(lo, null);
    }

    public static Bound atMost(Rational hi) {
        return new Bound(null, hi);
    }

    public static Bound exactly(Rational v) {
        return new Bound(v, v);
    }

    public static Bound between(Rational lo, Rational hi) {
        return new Bound(lo, hi);
    }

    public static Bound nonNegative() {
        return new Bound(Rational.ZERO, null);
    }

    public Optional<Rational> lower() {
        return Optional.ofNullable(lo);
    }

    public Optional<Rational> upper() {
        return Optional.ofNullable(hi);
    }

    /** How far v lies outside the interval (zero inside). */
    public Rational violation(Rational v) {
        if (lo != null && v.compareTo(lo) < 0) {
            return lo.subtract(v);
        }
        if (hi != null && v.compareTo(hi) > 0) {
            return v.subtract(hi);
        }
        return Rational.ZERO;
    }

    public double violation(double v) {
        if (lo != null && v < lo.toDouble()) {
            return lo.toDouble() - v;
        }
        if (hi != null && v > hi.toDouble()) {
            return v - hi.toDouble();
        }
        return 0.0;
    }

    public boolean contains(Rational v) {
        return violation(v).isZero();
    }

    @Override
    public String toString() {
        return "[" + (lo == null ? "-inf" : lo) + ", " + (hi == null ? "inf" : hi) + "]";
    }
}
