package tradebounds.ksfair;

import tradebounds.model.Rational;
import tradebounds.robust.Interval;

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
}
