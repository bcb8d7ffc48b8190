package tradebounds.instance;

import java.util.List;
import tradebounds.model.Rational;

/**
 * The law of one coordinate q of a trader's marginal vector: atoms (value, mass). Only these laws enter
 * (1.1) and (1.2), because expectation is linear and seller and buyer are independent.
 */
public record Marginal(List<Rational> values, List<Rational> masses) {
    public Marginal {
        if (values.size() != masses.size()) {
            throw new IllegalArgumentException("values and masses differ in length");
        }
        values = List.copyOf(values);
        masses = List.copyOf(masses);
    }

    public int size() {
        return values.size();
    }
}
