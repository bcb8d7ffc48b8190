package tradebounds.family.groups.exact;

import java.math.BigDecimal;
import tradebounds.family.groups.mechanism.Law;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.family.groups.mechanism.Truncation;

/**
 * Rigorous enclosures of P(X &le; t) and P(X &lt; t) for a {@link Law} with support in [0,1]. Normal parts use
 * {@link NormalCdf}; a conditioned normal is (Phi(z_t) - Phi(z_lo)) / (Phi(z_hi) - Phi(z_lo)), whose error is at
 * most 4 E / (den - 2 E) &lt; 10 E for den &ge; 1/2 (every Table 1 law: den &ge; 0.95).
 */
public final class LawCdf {
    private static final BigDecimal TEN_E = NormalCdf.ERROR.multiply(BigDecimal.TEN);
    private static final BigDecimal SIGMA = new BigDecimal("0.2");
    private static final BigDecimal R = new BigDecimal("0.4");

    private LawCdf() {
    }

    /** Capability query: the lattice needs support in [0,1] (NONE truncation has unbounded support). */
    public static boolean supports(Law law) {
        return !(usesNormal(law.shape()) && law.truncation() == Truncation.NONE);
    }

    private static boolean usesNormal(Shape s) {
        return s == Shape.NORMAL || s == Shape.MIXED;
    }

    /** P(X &lt; t) if strict, else P(X &le; t). */
    public static Interval at(Law law, BigDecimal t, boolean strict) {
        BigDecimal mu = new BigDecimal(law.mean().numerator()).divide(new BigDecimal(law.mean().denominator()),
                NormalCdf.MC);
        return switch (law.shape()) {
            case NORMAL -> Interval.around(normal(mu, law.truncation(), t, strict), TEN_E);
            case UNIFORM -> Interval.around(uniform(mu, t), BigDecimal.ZERO);
            case BERNOULLI -> Interval.around(bernoulli(mu, t, strict), BigDecimal.ZERO);
            case MIXED -> Interval.around(normal(mu, law.truncation(), t, strict).add(uniform(mu, t))
                    .add(bernoulli(mu, t, strict)).divide(BigDecimal.valueOf(3), NormalCdf.MC), TEN_E);
        };
    }

    static BigDecimal uniform(BigDecimal mu, BigDecimal t) {
        BigDecimal u = t.subtract(mu).add(R).divide(R.add(R), NormalCdf.MC);
        return u.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    static BigDecimal bernoulli(BigDecimal mu, BigDecimal t, boolean strict) {
        int at0 = t.signum();
        int at1 = t.compareTo(BigDecimal.ONE);
        if (at0 < 0 || (strict && at0 == 0)) {
            return BigDecimal.ZERO;
        }
        if (at1 > 0 || (!strict && at1 == 0)) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.subtract(mu);
    }

    static BigDecimal normal(BigDecimal mu, Truncation truncation, BigDecimal t, boolean strict) {
        BigDecimal lo = truncation == Truncation.WINDOW ? mu.subtract(R) : BigDecimal.ZERO;
        BigDecimal hi = truncation == Truncation.WINDOW ? mu.add(R) : BigDecimal.ONE;
        if (truncation == Truncation.NONE) {
            throw new IllegalArgumentException("untruncated normal has no lattice on [0,1]");
        }
        int belowLo = t.compareTo(lo);
        int belowHi = t.compareTo(hi);
        if (truncation == Truncation.UNIT_CLAMP) {
            // Atoms at 0 (mass Phi(z_0)) and 1 (mass 1 - Phi(z_1)); continuous in between.
            if (belowLo < 0 || (strict && belowLo == 0)) {
                return BigDecimal.ZERO;
            }
            if (belowHi > 0 || (!strict && belowHi == 0)) {
                return BigDecimal.ONE;
            }
            return NormalCdf.phi(z(t, mu));
        }
        if (belowLo <= 0) {
            return BigDecimal.ZERO;
        }
        if (belowHi >= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal pLo = NormalCdf.phi(z(lo, mu));
        BigDecimal pHi = NormalCdf.phi(z(hi, mu));
        return NormalCdf.phi(z(t, mu)).subtract(pLo).divide(pHi.subtract(pLo), NormalCdf.MC);
    }

    private static BigDecimal z(BigDecimal x, BigDecimal mu) {
        return x.subtract(mu).divide(SIGMA, NormalCdf.MC);
    }
}
