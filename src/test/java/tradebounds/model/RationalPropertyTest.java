package tradebounds.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Rational} and {@link Expr} (item 1 of the trust model) against plain {@link BigInteger} arithmetic on
 * generated cases: a/b + c/d is (ad + cb)/(bd) cross-multiplied, never compared through Rational itself. Seeds are
 * fixed, so a failure replays.
 */
class RationalPropertyTest {
    private static final int CASES = 4000;

    /** Numerators and denominators from a few bits to a few hundred, signs both ways, zero included. */
    private static BigInteger big(Random r, boolean nonZero) {
        int bits = switch (r.nextInt(4)) {
            case 0 -> 1 + r.nextInt(4);
            case 1 -> 1 + r.nextInt(40);
            case 2 -> 60 + r.nextInt(10);
            default -> 1 + r.nextInt(300);
        };
        BigInteger v = new BigInteger(bits, r);
        if (nonZero && v.signum() == 0) {
            v = BigInteger.ONE;
        }
        return r.nextBoolean() ? v.negate() : v;
    }

    /** n/d as a pair (not reduced): the oracle side. */
    private record Frac(BigInteger n, BigInteger d) {
        boolean sameValue(Rational q) {
            return n.multiply(q.denominator()).equals(q.numerator().multiply(d));
        }
    }

    private static void assertCanonical(Rational q) {
        assertTrue(q.denominator().signum() > 0, "denominator positive: " + q);
        if (q.numerator().signum() != 0) {
            assertEquals(BigInteger.ONE, q.numerator().gcd(q.denominator()), "reduced: " + q);
        } else {
            assertEquals(BigInteger.ONE, q.denominator(), "zero is 0/1");
        }
    }

    @Test
    void fieldOperationsAgreeWithCrossMultiplication() {
        Random r = new Random(20261202L);
        for (int i = 0; i < CASES; i++) {
            BigInteger a = big(r, false);
            BigInteger b = big(r, true);
            BigInteger c = big(r, false);
            BigInteger d = big(r, true);
            Rational x = Rational.of(a, b);
            Rational y = Rational.of(c, d);
            assertCanonical(x);
            assertTrue(new Frac(a, b).sameValue(x));
            Rational sum = x.add(y);
            Rational diff = x.subtract(y);
            Rational prod = x.multiply(y);
            assertCanonical(sum);
            assertCanonical(diff);
            assertCanonical(prod);
            assertTrue(new Frac(a.multiply(d).add(c.multiply(b)), b.multiply(d)).sameValue(sum), x + " + " + y);
            assertTrue(new Frac(a.multiply(d).subtract(c.multiply(b)), b.multiply(d)).sameValue(diff), x + " - " + y);
            assertTrue(new Frac(a.multiply(c), b.multiply(d)).sameValue(prod), x + " * " + y);
            if (c.signum() != 0) {
                Rational quot = x.divide(y);
                assertCanonical(quot);
                assertTrue(new Frac(a.multiply(d), b.multiply(c)).sameValue(quot), x + " / " + y);
            } else {
                assertThrows(ArithmeticException.class, () -> x.divide(y));
            }
            // sign(a/b - c/d) = sign((ad - cb) * bd)
            int expected = a.multiply(d).subtract(c.multiply(b)).multiply(b.multiply(d)).signum();
            assertEquals(expected, Integer.signum(x.compareTo(y)), x + " vs " + y);
            assertEquals(expected == 0, x.equals(y));
            if (expected == 0) {
                assertEquals(x.hashCode(), y.hashCode());
            }
            assertEquals(x, Rational.parse(x.toString()), "toString round-trips");
            assertEquals(x.negate().add(x), Rational.ZERO);
            assertTrue(x.abs().signum() >= 0);
        }
    }

    @Test
    void decimalsRoundOutward() {
        Random r = new Random(7L);
        for (int i = 0; i < CASES; i++) {
            Rational x = Rational.of(big(r, false), big(r, true));
            Rational down = Rational.of(x.toDecimal(12, false));
            Rational up = Rational.of(x.toDecimal(12, true));
            assertTrue(down.compareTo(x) <= 0 && x.compareTo(up) <= 0, x + " in [" + down + ", " + up + "]");
            assertTrue(up.subtract(down).compareTo(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(12))) <= 0);
        }
    }

    @Test
    void doublesAreExactDyadics() {
        Random r = new Random(11L);
        for (int i = 0; i < CASES; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(2, r.nextInt(120) - 60);
            Rational q = Rational.ofDouble(v);
            assertEquals(0, new java.math.BigDecimal(v).compareTo(new java.math.BigDecimal(q.numerator())
                    .divide(new java.math.BigDecimal(q.denominator()))), "exact value of " + v);
            assertEquals(1, q.denominator().bitCount(), "denominator a power of two");
        }
    }

    @Test
    void parseRejectsWhatIsNotARational() {
        for (String bad : new String[] {"", " 1", "1/0", "1/-2", "a", "1.2.3", "--1", "1e", "/3"}) {
            assertThrows(NumberFormatException.class, () -> Rational.parse(bad), bad);
        }
        assertEquals(Rational.of(-3, 4), Rational.parse("-6/8"));
        assertEquals(Rational.of(1234, 10), Rational.parse("1.234e2"));
    }

    /** An expression's exact value is the sum of its terms, evaluated with BigInteger fractions. */
    @Test
    void exprEvaluatesItsTermsExactly() {
        Random r = new Random(3L);
        for (int i = 0; i < 500; i++) {
            int n = 1 + r.nextInt(5);
            Rational[] x = new Rational[n];
            for (int v = 0; v < n; v++) {
                x[v] = Rational.of(big(r, false), big(r, true));
            }
            Expr.Builder b = Expr.builder();
            BigInteger num = BigInteger.ZERO;
            BigInteger den = BigInteger.ONE;
            Rational k = Rational.of(big(r, false), big(r, true));
            b.constant(k);
            num = k.numerator();
            den = k.denominator();
            for (int t = 0; t < 4; t++) {
                int v = r.nextInt(n);
                int w = r.nextInt(n);
                Rational c = Rational.of(big(r, false), big(r, true));
                Rational term; // products via Rational.multiply, which the test above checks against BigInteger
                if (r.nextBoolean()) {
                    b.add(v, c);
                    term = c.multiply(x[v]);
                } else {
                    b.add(v, w, c);
                    term = c.multiply(x[v]).multiply(x[w]);
                }
                num = num.multiply(term.denominator()).add(term.numerator().multiply(den));
                den = den.multiply(term.denominator());
            }
            Expr e = b.build();
            assertTrue(new Frac(num, den).sameValue(e.evaluate(x)), "expression " + e);
        }
    }
}
