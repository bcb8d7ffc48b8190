package tradebounds.family.robust;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebounds.engine.interval.Interval;
import tradebounds.model.Rational;

/**
 * A CDF that is a polynomial with rational coefficients on each piece between rational knots: uniform, power
 * x^k, beta with integer parameters, and piecewise-linear CDF tables. Everything is evaluated exactly (a decimal
 * argument is an exact rational), so enclosures are the 40-digit roundings of exact values.
 *
 * @param knots  lo = knots_0 &lt; ... &lt; knots_K = hi
 * @param pieces monomial coefficients (constant first) of F on [knots_k, knots_k+1]
 */
public record PolynomialMarginal(String name, List<Rational> knots, List<List<Rational>> pieces)
        implements ContinuousMarginal {
    public PolynomialMarginal {
        knots = List.copyOf(knots);
        pieces = pieces.stream().map(List::copyOf).toList();
        if (knots.size() != pieces.size() + 1 || pieces.isEmpty()) {
            throw new IllegalArgumentException("need one piece per knot interval");
        }
    }

    /** Uniform on [a, b]. */
    public static PolynomialMarginal uniform(Rational a, Rational b) {
        Rational w = b.subtract(a);
        return new PolynomialMarginal("U[" + a + "," + b + "]", List.of(a, b),
                List.of(List.of(a.negate().divide(w), Rational.ONE.divide(w))));
    }

    /** F(x) = (x / h)^k on [0, h], integer k &gt;= 1. */
    public static PolynomialMarginal power(int k, Rational h) {
        List<Rational> c = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            c.add(Rational.ZERO);
        }
        Rational hk = Rational.ONE;
        for (int i = 0; i < k; i++) {
            hk = hk.multiply(h);
        }
        c.add(Rational.ONE.divide(hk));
        return new PolynomialMarginal("power(" + k + ") on [0," + h + "]", List.of(Rational.ZERO, h), List.of(c));
    }

    /** Beta(a, b) on [0, 1] with integer a, b &gt;= 1: F(x) = sum_{j=a}^{a+b-1} C(a+b-1, j) x^j (1-x)^(a+b-1-j). */
    public static PolynomialMarginal beta(int a, int b) {
        int n = a + b - 1;
        Rational[] coef = new Rational[n + 1];
        java.util.Arrays.fill(coef, Rational.ZERO);
        for (int j = a; j <= n; j++) {
            // C(n, j) x^j (1 - x)^(n - j) = C(n, j) sum_l C(n-j, l) (-1)^l x^(j+l)
            for (int l = 0; l <= n - j; l++) {
                long c = binom(n, j) * binom(n - j, l) * (l % 2 == 0 ? 1 : -1);
                coef[j + l] = coef[j + l].add(Rational.of(c));
            }
        }
        return new PolynomialMarginal("beta(" + a + "," + b + ")", List.of(Rational.ZERO, Rational.ONE),
                List.of(List.of(coef)));
    }

    /**
     * A user CDF table: F(x_k) = p_k at increasing points x_k, linear in between (so the density is a step
     * function); needs p_0 = 0, p_K = 1 and p increasing strictly (atomless, invertible).
     */
    public static PolynomialMarginal table(String name, List<Rational> x, List<Rational> p) {
        if (x.size() != p.size() || x.size() < 2 || !p.get(0).isZero() || !p.get(p.size() - 1).equals(Rational.ONE)) {
            throw new IllegalArgumentException("a CDF table needs matching points, F = 0 first and F = 1 last");
        }
        List<List<Rational>> pieces = new ArrayList<>();
        for (int k = 0; k + 1 < x.size(); k++) {
            if (x.get(k + 1).compareTo(x.get(k)) <= 0 || p.get(k + 1).compareTo(p.get(k)) <= 0) {
                throw new IllegalArgumentException("CDF table must increase strictly at entry " + (k + 1));
            }
            Rational slope = p.get(k + 1).subtract(p.get(k)).divide(x.get(k + 1).subtract(x.get(k)));
            pieces.add(List.of(p.get(k).subtract(slope.multiply(x.get(k))), slope));
        }
        return new PolynomialMarginal(name, x, pieces);
    }

    @Override
    public Rational lo() {
        return knots.get(0);
    }

    @Override
    public Rational hi() {
        return knots.get(knots.size() - 1);
    }

    @Override
    public Optional<Rational> exactCdf(Rational x) {
        if (x.compareTo(lo()) <= 0) {
            return Optional.of(Rational.ZERO);
        }
        if (x.compareTo(hi()) >= 0) {
            return Optional.of(Rational.ONE);
        }
        int k = 0;
        while (x.compareTo(knots.get(k + 1)) > 0) {
            k++;
        }
        return Optional.of(eval(pieces.get(k), x));
    }

    @Override
    public Interval cdf(BigDecimal x) {
        return Interval.of(exactCdf(Rational.of(x)).orElseThrow());
    }

    @Override
    public Interval cdfIntegral(BigDecimal a, BigDecimal b) {
        return Interval.of(integral(Rational.of(a), Rational.of(b)));
    }

    /** Interval Horner on F' over each piece meeting [a, b]: rigorous, if wider than the exact range. */
    @Override
    public Interval density(BigDecimal a, BigDecimal b) {
        Rational ra = Rational.of(a);
        Rational rb = Rational.of(b);
        Interval out = null;
        for (int k = 0; k < pieces.size(); k++) {
            Rational l = ra.max(knots.get(k));
            Rational r = rb.min(knots.get(k + 1));
            if (l.compareTo(r) > 0) {
                continue;
            }
            List<Rational> c = pieces.get(k);
            Interval x = new Interval(Interval.of(l).lo(), Interval.of(r).hi());
            Interval s = Interval.point(BigDecimal.ZERO);
            for (int i = c.size() - 1; i >= 1; i--) {
                s = s.multiply(x).add(Interval.of(c.get(i).multiply(Rational.of(i))));
            }
            out = out == null ? s : Interval.hull(out, s);
        }
        Interval zero = Interval.point(BigDecimal.ZERO);
        if (out == null || ra.compareTo(lo()) < 0 || rb.compareTo(hi()) > 0) {
            out = out == null ? zero : Interval.hull(out, zero);
        }
        return out;
    }

    /** int_a^b F exactly. */
    Rational integral(Rational a, Rational b) {
        Rational s = Rational.ZERO;
        for (int k = 0; k < pieces.size(); k++) {
            Rational l = a.max(knots.get(k));
            Rational r = b.min(knots.get(k + 1));
            if (l.compareTo(r) < 0) {
                s = s.add(antiderivative(pieces.get(k), r)).subtract(antiderivative(pieces.get(k), l));
            }
        }
        Rational above = a.max(hi());
        if (b.compareTo(above) > 0) {
            s = s.add(b.subtract(above));
        }
        return s;
    }

    private static Rational eval(List<Rational> c, Rational x) {
        Rational s = Rational.ZERO;
        for (int i = c.size() - 1; i >= 0; i--) {
            s = s.multiply(x).add(c.get(i));
        }
        return s;
    }

    private static Rational antiderivative(List<Rational> c, Rational x) {
        Rational s = Rational.ZERO;
        for (int i = c.size() - 1; i >= 0; i--) {
            s = s.add(c.get(i).divide(Rational.of(i + 1))).multiply(x);
        }
        return s;
    }

    private static long binom(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
