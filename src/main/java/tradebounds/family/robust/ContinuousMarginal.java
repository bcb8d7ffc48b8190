package tradebounds.family.robust;

import java.math.BigDecimal;
import java.util.Optional;
import tradebounds.engine.interval.Interval;
import tradebounds.model.Rational;

/**
 * An atomless distribution with support [lo, hi] (the paper's F or G), known through rigorous enclosures: the CDF
 * at a point and the integral of the CDF over an interval. Below lo the CDF is 0, above hi it is 1.
 */
public interface ContinuousMarginal {
    String name();

    Rational lo();

    Rational hi();

    /** An interval containing F(x). */
    Interval cdf(BigDecimal x);

    /** An interval containing the integral of F over [a, b], a &lt;= b. */
    Interval cdfIntegral(BigDecimal a, BigDecimal b);

    /**
     * An interval containing every value of the density on [a, b] (a &lt;= b), almost everywhere: 0 outside the
     * support, and at a knot where the density jumps both one-sided values. Used for the derivative of W in
     * {@link Proposition1}, where only an integral of it matters, so values on a null set are irrelevant.
     */
    Interval density(BigDecimal a, BigDecimal b);

    /** F(x) exactly, when F is rational at rational points (polynomial families); empty otherwise. */
    Optional<Rational> exactCdf(Rational x);

    /**
     * An interval containing the partial mean int_a^b v dF(v), a &lt;= b, by integration by parts:
     * b F(b) - a F(a) - int_a^b F.
     */
    default Interval partialMean(BigDecimal a, BigDecimal b) {
        return Interval.point(b).multiply(cdf(b)).subtract(Interval.point(a).multiply(cdf(a)))
                .subtract(cdfIntegral(a, b));
    }
}
