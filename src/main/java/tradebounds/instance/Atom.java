package tradebounds.instance;

import java.util.List;
import tradebounds.model.Rational;

/**
 * One point of a trader's distribution: with probability {@code prob} the trader's marginal vector is
 * {@code values}. For the seller the values are marginal decrements w~(1..k) (nondecreasing); for the buyer,
 * marginal increments v^(1..k) (nonincreasing), as in formulas (1.1)-(1.2) of Giambartolomei and de Keijzer.
 */
public record Atom(Rational prob, List<Rational> values) {
    public Atom {
        values = List.copyOf(values);
    }

    public static Atom single(Rational value, Rational prob) {
        return new Atom(prob, List.of(value));
    }
}
