package tradebounds.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number num/den with den &gt; 0 and gcd(num, den) = 1.
 *
 * <p>Every coefficient, bound, certificate value and instance mass in tradebounds is a {@code Rational};
 * doubles appear only in solver candidates. Parsing accepts integers, decimals with an optional exponent
 * ({@code "0.12"}, {@code "-3e-2"}) and fractions ({@code "29/100"}), and nothing else.
 */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    public static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            return ZERO;
        }
        return new Rational(num, den);
    }

    public static Rational of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    public static Rational of(long value) {
        return of(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Rational of(BigDecimal value) {
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /** The exact value of a finite double (every double is a dyadic rational). */
    public static Rational ofDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("not a finite double: " + value);
        }
        return of(new BigDecimal(value));
    }

    /**
     * Parses {@code "a/b"}, an integer or a decimal with optional exponent.
     *
     * @throws NumberFormatException with a message that quotes the text
     */
    public static Rational parse(String text) {
        if (text == null) {
            throw new NumberFormatException("missing rational");
        }
        String s = text.trim();
        if (s.isEmpty() || !s.equals(text)) {
            throw new NumberFormatException("not a rational: \"" + text + "\"");
        }
        int slash = s.indexOf('/');
        try {
            if (slash >= 0) {
                String a = s.substring(0, slash);
                String b = s.substring(slash + 1);
                if (!a.matches("[+-]?[0-9]+") || !b.matches("[0-9]+")) {
                    throw new NumberFormatException();
                }
                BigInteger d = new BigInteger(b);
                if (d.signum() == 0) {
                    throw new NumberFormatException("not a rational (zero denominator): \"" + text + "\"");
                }
                return of(new BigInteger(a), d);
            }
            if (!s.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,6})?")) {
                throw new NumberFormatException();
            }
            return of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            if (e.getMessage() != null) {
                throw e;
            }
            throw new NumberFormatException("not a rational: \"" + text + "\"");
        }
    }

    public BigInteger numerator() {
        return num;
    }

    public BigInteger denominator() {
        return den;
    }

    public int signum() {
        return num.signum();
    }

    public boolean isZero() {
        return num.signum() == 0;
    }

    public Rational add(Rational o) {
        if (o.isZero()) {
            return this;
        }
        if (isZero()) {
            return o;
        }
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational multiply(Rational o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    public Rational divide(Rational o) {
        if (o.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public Rational negate() {
        return isZero() ? this : new Rational(num.negate(), den);
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    public Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Rational max(Rational o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** Bits needed for numerator and denominator together: the checker's budget measure. */
    public int bitLength() {
        return num.bitLength() + den.bitLength();
    }

    @Override
    public int compareTo(Rational o) {
        if (den.equals(o.den)) {
            return num.compareTo(o.num);
        }
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    public double toDouble() {
        return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).doubleValue();
    }

    /** Decimal rounded toward -inf (down) or +inf (up) to the given number of fraction digits. */
    public BigDecimal toDecimal(int digits, boolean roundUp) {
        return new BigDecimal(num).divide(new BigDecimal(den), digits, roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR);
    }

    /** A short human decimal (8 significant digits, half-even): for display only, never for proof. */
    public String toDisplay() {
        return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(8)).stripTrailingZeros().toPlainString();
    }

    /** The canonical exact text: {@code "n"} or {@code "n/d"}. Round-trips through {@link #parse}. */
    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }
}
