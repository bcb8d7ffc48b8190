package tradebounds.family.ksfair;

import java.math.BigDecimal;
import tradebounds.engine.interval.Interval;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.model.Rational;

/**
 * A buyer value distribution F on [0, top] for the zero-value seller programs of {@link ZeroSeller}, given by
 * rigorous point enclosures of the two functions of a posted price t that the reduction needs (ties toward trade,
 * so price t sells to every v &gt;= t, matching the paper's left-continuous F(t) = Pr[v &lt; t], footnote 19):
 * <ul>
 *   <li>{@link #survival}: S(t) = Pr[v &gt;= t] = 1 - F(t), nonincreasing;</li>
 *   <li>{@link #surplus}: U(t) = E[(v - t)^+] = int_t^top S(s) ds, nonincreasing.</li>
 * </ul>
 * Both must enclose the true value for every rational t in [0, top]; {@link ZeroSeller} derives box enclosures from
 * them by monotonicity only, so any atoms (the paper allows one at top) are fine.
 */
public interface BuyerLaw {
    /** The top of the support: a price above it never sells. */
    Rational top();

    /** An enclosure of Pr[v &gt;= t]. */
    Interval survival(Rational t);

    /** An enclosure of E[(v - t)^+]. */
    Interval surplus(Rational t);

    /**
     * An enclosure of the revenue t Pr[v &gt;= t] over all t in [l, h], or null for the generic one from
     * monotonicity ([l S(h), h S(l)]), which is too wide where the revenue is flat (the equal-revenue law) for the
     * bisection of a supremum to close.
     */
    default Interval revenueOn(Rational l, Rational h) {
        return null;
    }

    /**
     * Example 5.2 at K &gt;= 2: F(v) = (K-1)v/((K-1)v + K) on [0, K), atom 1/K at K. So S(t) = K/((K-1)t + K) on
     * [0, K] (S(K) = 1/K, the atom) and U(t) = int_t^K S = (K/(K-1)) ln(K^2/((K-1)t + K)).
     */
    static BuyerLaw example52(long k) {
        if (k < 2) {
            throw new IllegalArgumentException("Example 5.2 needs K >= 2, got " + k);
        }
        Rational kk = Rational.of(k);
        Rational km1 = Rational.of(k - 1);
        return new BuyerLaw() {
            @Override
            public Rational top() {
                return kk;
            }

            @Override
            public Interval survival(Rational t) {
                return Interval.of(kk.divide(km1.multiply(t).add(kk)));
            }

            @Override
            public Interval surplus(Rational t) {
                Interval ratio = Interval.of(kk.multiply(kk).divide(km1.multiply(t).add(kk)));
                return Interval.of(kk.divide(km1)).multiply(Interval.log(ratio));
            }
        };
    }
    /** U[0,1] (the intro's example): S(t) = 1 - t, U(t) = (1 - t)^2 / 2. */
    static BuyerLaw uniform01() {
        return new BuyerLaw() {
            @Override
            public Rational top() {
                return Rational.ONE;
            }

            @Override
            public Interval survival(Rational t) {
                return Interval.of(Rational.ONE.subtract(t));
            }

            @Override
            public Interval surplus(Rational t) {
                Rational w = Rational.ONE.subtract(t);
                return Interval.of(w.multiply(w).divide(Rational.of(2)));
            }
        };
    }

    /**
     * Example 5.3 divided by e, so that the top is rational: v/e has S(t) = e^-t on [0, 1] (atom e^-1 at 1) and
     * U(t) = e^-t - e^-1. Scaling values by 1/e scales R, U, G, Pi*, U* by 1/e and Pi . U by 1/e^2: ratios such as
     * GFT/OPT_SB and the KS-fairness condition are unchanged.
     */
    static BuyerLaw example53Scaled() {
        Interval invE = Interval.exp(BigDecimal.ONE.negate());
        return new BuyerLaw() {
            @Override
            public Rational top() {
                return Rational.ONE;
            }

            @Override
            public Interval survival(Rational t) {
                return Interval.exp(Interval.of(t).negate());
            }

            @Override
            public Interval surplus(Rational t) {
                return Interval.exp(Interval.of(t).negate()).subtract(invE);
            }
        };
    }

    /**
     * The equal-revenue law on [1, K] of the intro (Pr[v &gt;= p] = 1/p, atom 1/K at K): S(t) = 1 on [0, 1] and 1/t
     * on [1, K]; U(t) = 1 - t + ln K on [0, 1] and ln(K/t) on [1, K]. Revenue 1 at every price in [1, K].
     */
    static BuyerLaw equalRevenue(long k) {
        if (k < 2) {
            throw new IllegalArgumentException("the equal-revenue law needs K >= 2, got " + k);
        }
        Rational kk = Rational.of(k);
        Interval logK = Interval.log(Interval.of(kk));
        return new BuyerLaw() {
            @Override
            public Rational top() {
                return kk;
            }

            @Override
            public Interval survival(Rational t) {
                return Interval.of(t.compareTo(Rational.ONE) <= 0 ? Rational.ONE : Rational.ONE.divide(t));
            }

            @Override
            public Interval surplus(Rational t) {
                return t.compareTo(Rational.ONE) <= 0 ? Interval.of(Rational.ONE.subtract(t)).add(logK)
                        : Interval.log(Interval.of(kk.divide(t)));
            }

            /** R(t) = min(t, 1) on [0, K] is nondecreasing. */
            @Override
            public Interval revenueOn(Rational l, Rational h) {
                return new Interval(Interval.of(l.min(Rational.ONE)).lo(), Interval.of(h.min(Rational.ONE)).hi());
            }
        };
    }

    /** The buyer law of a zero-value seller instance, exactly (point intervals). */
    static BuyerLaw discrete(DiscreteTrade t) {
        return new BuyerLaw() {
            @Override
            public Rational top() {
                return t.maxValue();
            }

            @Override
            public Interval survival(Rational p) {
                Rational s = Rational.ZERO;
                for (int i = 0; i < t.buyers(); i++) {
                    if (t.v(i).compareTo(p) >= 0) {
                        s = s.add(t.f(i));
                    }
                }
                return Interval.of(s);
            }

            @Override
            public Interval surplus(Rational p) {
                Rational u = Rational.ZERO;
                for (int i = 0; i < t.buyers(); i++) {
                    if (t.v(i).compareTo(p) > 0) {
                        u = u.add(t.f(i).multiply(t.v(i).subtract(p)));
                    }
                }
                return Interval.of(u);
            }
        };
    }
}
