package tradebounds.family.robust;

import java.math.BigDecimal;
import java.util.Optional;
import tradebounds.engine.interval.Interval;
import tradebounds.model.Rational;

/**
 * Exponential with rate lambda &gt; 0 truncated to [0, h]: F(x) = (1 - e^(-lambda x)) / (1 - e^(-lambda h)). Its
 * CDF is irrational at rational points, so it is known through interval enclosures only ({@link Interval#exp});
 * lambda is enclosed at 40 digits and e^(-lambda x), being monotone in lambda, is bracketed by the two ends.
 */
public final class TruncatedExponential implements ContinuousMarginal {
    private final Rational lambda;
    private final Rational h;
    private final Interval norm;

    public TruncatedExponential(Rational lambda, Rational h) {
        if (lambda.signum() <= 0 || h.signum() <= 0 || lambda.multiply(h).compareTo(Rational.of(50)) > 0) {
            throw new IllegalArgumentException("need lambda > 0, h > 0 and lambda h <= 50");
        }
        if (Interval.of(h).width().signum() != 0) {
            throw new IllegalArgumentException("h must be a finite decimal, got " + h);
        }
        this.lambda = lambda;
        this.h = h;
        this.norm = Interval.point(BigDecimal.ONE).subtract(expMinus(Interval.of(h).lo()));
    }

    @Override
    public String name() {
        return "exp(" + lambda + ") on [0," + h + "]";
    }

    @Override
    public Rational lo() {
        return Rational.ZERO;
    }

    @Override
    public Rational hi() {
        return h;
    }

    @Override
    public Optional<Rational> exactCdf(Rational x) {
        return x.signum() <= 0 ? Optional.of(Rational.ZERO)
                : x.compareTo(h) >= 0 ? Optional.of(Rational.ONE) : Optional.empty();
    }

    @Override
    public Interval cdf(BigDecimal x) {
        Interval one = Interval.point(BigDecimal.ONE);
        Interval f = one.subtract(expMinus(clip(x))).divide(norm);
        return new Interval(f.lo().max(BigDecimal.ZERO).min(BigDecimal.ONE), f.hi().min(BigDecimal.ONE).max(BigDecimal.ZERO));
    }

    /** int_a^b F = [(r - l) - (e^(-lambda l) - e^(-lambda r)) / lambda] / (1 - e^(-lambda h)) + (b - max(a, h))^+. */
    @Override
    public Interval cdfIntegral(BigDecimal a, BigDecimal b) {
        BigDecimal l = clip(a);
        BigDecimal r = clip(b);
        Interval one = Interval.point(BigDecimal.ONE);
        Interval inside = Interval.point(r.subtract(l))
                .subtract(expMinus(l).subtract(expMinus(r)).divide(Interval.of(lambda)))
                .divide(norm);
        BigDecimal above = b.subtract(a.max(top())).max(BigDecimal.ZERO);
        return inside.positivePart().add(Interval.point(above));
    }

    /** The density lambda e^(-lambda x) / (1 - e^(-lambda h)) decreases, so its range on a cell sits at the ends. */
    @Override
    public Interval density(BigDecimal a, BigDecimal b) {
        Interval zero = Interval.point(BigDecimal.ZERO);
        if (b.signum() < 0 || a.compareTo(top()) > 0) {
            return zero;
        }
        Interval l = Interval.of(lambda);
        Interval range = Interval.hull(l.multiply(expMinus(clip(b))).divide(norm), l.multiply(expMinus(clip(a))).divide(norm));
        return a.signum() < 0 || b.compareTo(top()) > 0 ? Interval.hull(range, zero) : range;
    }

    /** Encloses e^(-lambda x). */
    private Interval expMinus(BigDecimal x) {
        Interval l = Interval.of(lambda);
        return Interval.hull(Interval.exp(l.lo().multiply(x).negate()), Interval.exp(l.hi().multiply(x).negate()));
    }

    private BigDecimal top() {
        return Interval.of(h).lo();
    }

    private BigDecimal clip(BigDecimal x) {
        return x.max(BigDecimal.ZERO).min(top());
    }
}
