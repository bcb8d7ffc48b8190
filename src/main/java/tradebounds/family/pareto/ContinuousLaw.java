package tradebounds.family.pareto;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tradebounds.model.Rational;

/**
 * The continuous value laws seed 001 uses, discretised with a stated rounding direction into an exact discrete law
 * ({@link ParetoInstance}) on which every number is exact.
 *
 * <p><b>Laws.</b> {@code uniform} on [lo, hi]; {@code exponential} F(v) = 1 - e^{-rate v} on [0, inf);
 * {@code equal-revenue} F(v) = 1 - 1/v on [1, inf); {@code triangular} F(v) = 1 - 1/(v + 1) on [0, inf) (footnote 7's
 * "triangular distribution"); {@code example4.2} F(v) = 1 - e^{-v^2} on [0, K), an atom e^{-K^2} = n^{-1/4} at
 * K = sqrt(ln n)/2 (n = the instance's buyers).
 *
 * <p><b>Grid.</b> Equal cells g_0 &lt; g_1 &lt; ... &lt; g_G on [g_0, g_G]: g_0 the lower end of the support, g_G the
 * upper end ({@code top} for the unbounded laws; for Example 4.2, K rounded to a multiple of 10^-6, down or up with
 * the rounding).
 *
 * <p><b>Rounding "down"</b> (atoms g_0, ..., g_G, so G = atoms - 1): the mass of [g_j, g_{j+1}) goes to g_j, and all of
 * [g_G, inf) (the unbounded tail, or Example 4.2's atom) to g_G. The cumulative mass at g_j is Pr[X &lt; g_{j+1}]
 * rounded UP to a multiple of 1/denominator (exact when the CDF is rational at the grid, as for the uniform,
 * equal-revenue and triangular laws). So the discrete CDF is &gt;= F everywhere: the discrete law is first-order
 * dominated by the continuous one, i.e. X_d &lt;= X in the quantile coupling.
 * <b>Rounding "up"</b> (atoms g_1, ..., g_G, G = atoms; bounded supports only: uniform, Example 4.2): the mass of
 * (g_{j-1}, g_j] goes to g_j, the cumulative at g_j is Pr[X &lt;= g_j] rounded DOWN, so the discrete CDF is &lt;= F:
 * X_d &gt;= X. An unbounded law cannot be rounded up to finitely many atoms (its tail has no finite upper end), so
 * that request is refused.
 *
 * <p><b>Which way each quantity moves</b> (for every n and m, X_d the discrete law):
 * <ul>
 *   <li>Welfare OPT = E[sum of the m highest of n values] is nondecreasing in each value, so under the quantile
 *       coupling OPT(down) &lt;= OPT(continuous) &lt;= OPT(up).</li>
 *   <li>Pi* (optimal revenue). Myerson in quantile space: Pi* = int_0^1 Rt'(q) w(q) dq (plus Rt(0) w(0) when
 *       R(0) &gt; 0, as for the equal-revenue law) with w(q) = n Pr[fewer than m of the other n - 1 buyers have
 *       quantile below q] (nonincreasing) and Rt the least concave nondecreasing majorant of the revenue curve;
 *       integrating by parts, Pi* = Rt(1) w(1) - int Rt dw with -dw &gt;= 0, so Pi* is nondecreasing in Rt. The
 *       continuous law's curve is R(q) = q v(q); a discrete law's is the chord polygon through (S_j, v_j S_j)
 *       (randomised prices). Down: at each vertex v(S_j) &gt;= g_j, so R &gt;= the vertices, and the concave Rt lies
 *       above the chords: Rt &gt;= Rt_d. Up: v(q) &lt;= v_u(q), and on (S_{j+1}, S_j] the chord is &gt;= q g_j
 *       &gt;= q v(q): R &lt;= R_u. Hence Pi*(down) &lt;= Pi*(continuous) &lt;= Pi*(up), in every reading of
 *       {@link Reading} (the revenue optimum has u_1 = 0).</li>
 *   <li>U* (buyers' surplus): no direction in general. The buyer-optimal mechanism maximises an information rent
 *       that depends on the increments of v(.), not on v pointwise, and with m &lt; n free allocation is not BIC
 *       (every type would claim the top value), so U* &lt; OPT (two buyers, v in {1, 2}: U* = 3/2 &lt; OPT = 7/4).
 *       Only when every buyer gets a unit (m = n, e.g. n = 1) is x = 1 optimal: U* = OPT in the printed class
 *       (free) and OPT - n v_1 under FORMULA2, so then U* moves like OPT for rounding down (v_1 = g_0 stays the
 *       continuous lower end); for rounding up under FORMULA2 v_1 rises to g_1 and no direction is claimed.</li>
 * </ul>
 * Nothing else (the frontier's shape, KS, Nash) is claimed to move monotonically: those are exact for the discrete
 * law only.
 */
public final class ContinuousLaw {
    /** How a continuous law is turned into atoms. */
    public enum Rounding { DOWN, UP }

    /** The laws this kind knows. */
    public enum Kind {
        UNIFORM("uniform", true), EXPONENTIAL("exponential", false), EQUAL_REVENUE("equal-revenue", false),
        TRIANGULAR("triangular", false), EXAMPLE42("example4.2", true);

        private final String key;
        private final boolean bounded;

        Kind(String key, boolean bounded) {
            this.key = key;
            this.bounded = bounded;
        }

        public String key() {
            return key;
        }

        public boolean bounded() {
            return bounded;
        }

        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.key.equals(s)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("must be one of uniform, exponential, equal-revenue, triangular,"
                    + " example4.2; got \"" + s + "\"");
        }
    }

    /**
     * A law with its parameters: {@code a}, {@code b} are lo, hi for the uniform law, the rate for the exponential
     * (b unused), unused otherwise; {@code top} is the truncation point of an unbounded law (the upper grid end).
     */
    public record Spec(Kind kind, Rational a, Rational b, Rational top, int atoms, Rounding rounding,
                       long denominator) {
    }

    /** Absolute margin around a double CDF value: exp and log are within 1 ulp (java.lang.Math), far below this. */
    private static final double MARGIN = 1e-12;
    /** Example 4.2's K = sqrt(ln n)/2 is rounded to a multiple of 1/GRID_K (down or up with the rounding). */
    private static final long GRID_K = 1_000_000;

    private ContinuousLaw() {
    }

    /** Example 4.2's upper end K for n buyers, rounded down (DOWN) or up (UP) to a multiple of 10^-6. */
    static Rational example42K(int n, Rounding r) {
        double k = Math.sqrt(Math.log(n)) / 2;
        double scaled = k * GRID_K;
        long units = r == Rounding.DOWN ? (long) Math.floor(scaled - 1e-6) : (long) Math.ceil(scaled + 1e-6);
        return Rational.of(Math.max(units, r == Rounding.DOWN ? 0 : 1), GRID_K);
    }

    /** The discrete law of the spec, with n buyers and m units (n matters only for Example 4.2). */
    public static ParetoInstance discretise(Spec s, int n, int m) {
        if (s.rounding() == Rounding.UP && !s.kind().bounded()) {
            throw new IllegalArgumentException("rounding up needs a bounded support; " + s.kind().key()
                    + " is unbounded");
        }
        Rational lo;
        Rational hi;
        switch (s.kind()) {
            case UNIFORM -> {
                lo = s.a();
                hi = s.b();
            }
            case EXPONENTIAL, TRIANGULAR -> {
                lo = Rational.ZERO;
                hi = s.top();
            }
            case EQUAL_REVENUE -> {
                lo = Rational.ONE;
                hi = s.top();
            }
            default -> {
                lo = Rational.ZERO;
                hi = example42K(n, s.rounding());
            }
        }
        if (hi.compareTo(lo) <= 0) {
            throw new IllegalArgumentException("the upper end " + hi + " must exceed the lower end " + lo);
        }
        boolean down = s.rounding() == Rounding.DOWN;
        int cells = down ? s.atoms() - 1 : s.atoms();
        if (cells < 1) {
            throw new IllegalArgumentException("needs at least " + (down ? 2 : 1) + " atoms");
        }
        Rational width = hi.subtract(lo).divide(Rational.of(cells));
        List<Rational> values = new ArrayList<>();
        List<Rational> cumulative = new ArrayList<>();
        Rational previous = Rational.ZERO;
        for (int j = down ? 0 : 1; j <= cells; j++) {
            Rational g = lo.add(width.multiply(Rational.of(j)));
            Rational c;
            if (down) {
                // Pr[X < g_{j+1}] rounded up; the top atom takes everything from g_G on
                c = j == cells ? Rational.ONE : roundUp(cdfBelow(s.kind(), s.a(), s.b(), n, lo.add(width.multiply(
                        Rational.of(j + 1))), hi, false), s.denominator());
            } else {
                // Pr[X <= g_j] rounded down; g_G is at or above the support's upper end, so the last is 1
                c = j == cells ? Rational.ONE : roundDown(cdfBelow(s.kind(), s.a(), s.b(), n, g, hi, true),
                        s.denominator());
            }
            c = c.max(previous).min(Rational.ONE); // monotone and at most 1: both keep the direction (see above)
            values.add(g);
            cumulative.add(c);
            previous = c;
        }
        List<Rational> v = new ArrayList<>();
        List<Rational> p = new ArrayList<>();
        Rational last = Rational.ZERO;
        for (int j = 0; j < values.size(); j++) {
            Rational mass = cumulative.get(j).subtract(last);
            last = cumulative.get(j);
            if (mass.signum() > 0) {
                v.add(values.get(j));
                p.add(mass);
            }
        }
        return new ParetoInstance(n, m, v, p);
    }

    /**
     * An enclosure [lo, hi] of Pr[X &lt; x] (or Pr[X &lt;= x] when {@code atMost}; they differ only at Example 4.2's
     * atom), exact (lo = hi) when the CDF is rational at x.
     */
    static Rational[] cdfBelow(Kind k, Rational a, Rational b, int n, Rational x, Rational upperEnd, boolean atMost) {
        switch (k) {
            case UNIFORM -> {
                Rational f = x.subtract(a).divide(b.subtract(a)).max(Rational.ZERO).min(Rational.ONE);
                return new Rational[] {f, f};
            }
            case EQUAL_REVENUE -> {
                Rational f = x.compareTo(Rational.ONE) <= 0 ? Rational.ZERO
                        : Rational.ONE.subtract(Rational.ONE.divide(x));
                return new Rational[] {f, f};
            }
            case TRIANGULAR -> {
                Rational f = Rational.ONE.subtract(Rational.ONE.divide(x.add(Rational.ONE)));
                return new Rational[] {f, f};
            }
            case EXPONENTIAL -> {
                return around(1 - Math.exp(-a.toDouble() * x.toDouble()));
            }
            default -> {
                // Example 4.2: 1 - e^{-x^2} below K; Pr[X <= x] = 1 from K on. The grid's only point at or above K is
                // its upper end when rounding up (checked: the next point down is below K by a wide margin).
                double kk = Math.log(n) / 4; // K^2
                double x2 = x.toDouble() * x.toDouble();
                if (Math.abs(x2 - kk) < 1e-9) {
                    throw new IllegalArgumentException("a grid point is within 1e-9 of K^2; use another atom count");
                }
                if (x2 > kk) {
                    return new Rational[] {Rational.ONE, Rational.ONE}; // beyond K, below or at: everything
                }
                return around(1 - Math.exp(-x2));
            }
        }
    }

    private static Rational[] around(double f) {
        double lo = Math.max(0, f - MARGIN);
        double hi = Math.min(1, f + MARGIN);
        return new Rational[] {Rational.ofDouble(lo), Rational.ofDouble(hi)};
    }

    private static Rational roundUp(Rational[] e, long den) {
        return e[0].equals(e[1]) ? e[1] : multiple(e[1], den, RoundingMode.CEILING);
    }

    private static Rational roundDown(Rational[] e, long den) {
        return e[0].equals(e[1]) ? e[0] : multiple(e[0], den, RoundingMode.FLOOR);
    }

    private static Rational multiple(Rational r, long den, RoundingMode mode) {
        BigDecimal scaled = new BigDecimal(r.numerator()).multiply(BigDecimal.valueOf(den))
                .divide(new BigDecimal(r.denominator()), 0, mode);
        BigInteger k = scaled.toBigIntegerExact();
        return Rational.of(k, BigInteger.valueOf(den));
    }
}
