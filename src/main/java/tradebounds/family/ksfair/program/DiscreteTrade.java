package tradebounds.family.ksfair.program;

import java.util.List;
import tradebounds.model.Rational;

/**
 * A finite bilateral-trade instance (F, G): the buyer's value is {@code buyerValues[i]} with probability
 * {@code buyerProbs[i]}, the seller's value is {@code sellerValues[j]} with probability {@code sellerProbs[j]},
 * independently. Values are nonnegative and strictly increasing, probabilities positive and summing to exactly 1.
 * A zero-value seller instance has the single seller value 0.
 */
public record DiscreteTrade(List<Rational> buyerValues, List<Rational> buyerProbs, List<Rational> sellerValues,
                            List<Rational> sellerProbs) {
    public DiscreteTrade {
        buyerValues = List.copyOf(buyerValues);
        buyerProbs = List.copyOf(buyerProbs);
        sellerValues = List.copyOf(sellerValues);
        sellerProbs = List.copyOf(sellerProbs);
        check("buyer", buyerValues, buyerProbs);
        check("seller", sellerValues, sellerProbs);
    }

    private static void check(String who, List<Rational> values, List<Rational> probs) {
        if (values.isEmpty() || values.size() != probs.size()) {
            throw new IllegalArgumentException(who + ": need as many probabilities as values, at least one");
        }
        Rational sum = Rational.ZERO;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).signum() < 0 || (i > 0 && values.get(i).compareTo(values.get(i - 1)) <= 0)) {
                throw new IllegalArgumentException(who + " values must be nonnegative and strictly increasing");
            }
            if (probs.get(i).signum() <= 0) {
                throw new IllegalArgumentException(who + " probabilities must be positive");
            }
            sum = sum.add(probs.get(i));
        }
        if (!sum.equals(Rational.ONE)) {
            throw new IllegalArgumentException(who + " probabilities sum to " + sum + ", not 1");
        }
    }

    /** The zero-value seller instance with buyer law (values, probs). */
    public static DiscreteTrade zeroValueSeller(List<Rational> values, List<Rational> probs) {
        return new DiscreteTrade(values, probs, List.of(Rational.ZERO), List.of(Rational.ONE));
    }

    public int buyers() {
        return buyerValues.size();
    }

    public int sellers() {
        return sellerValues.size();
    }

    public Rational v(int i) {
        return buyerValues.get(i);
    }

    public Rational f(int i) {
        return buyerProbs.get(i);
    }

    public Rational c(int j) {
        return sellerValues.get(j);
    }

    public Rational g(int j) {
        return sellerProbs.get(j);
    }

    /** The largest buyer value: no interim buyer payment in a mechanism of the class exceeds it. */
    public Rational maxValue() {
        return buyerValues.get(buyerValues.size() - 1);
    }

    /** The smallest seller probability. */
    public Rational minSellerProb() {
        return sellerProbs.stream().min(Rational::compareTo).orElseThrow();
    }
}
