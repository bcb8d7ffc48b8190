package tradebounds.family.robust.program;

import java.util.ArrayList;
import java.util.List;
import tradebounds.model.Rational;

/**
 * A finite distribution on the line, exactly: values {@code x_1 < ... < x_n} with masses {@code m_i >= 0} summing
 * to exactly 1. Zero masses are allowed (a grid point nobody sits on still exists as a type and as a price).
 */
public record DiscreteMarginal(List<Rational> values, List<Rational> masses) {
    public DiscreteMarginal {
        values = List.copyOf(values);
        masses = List.copyOf(masses);
        if (values.isEmpty() || values.size() != masses.size()) {
            throw new IllegalArgumentException("need as many masses as values, and at least one");
        }
        Rational sum = Rational.ZERO;
        for (int i = 0; i < values.size(); i++) {
            if (i > 0 && values.get(i).compareTo(values.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("values must increase strictly, at index " + i);
            }
            if (masses.get(i).signum() < 0) {
                throw new IllegalArgumentException("negative mass at index " + i);
            }
            sum = sum.add(masses.get(i));
        }
        if (!sum.equals(Rational.ONE)) {
            throw new IllegalArgumentException("masses sum to " + sum + ", not 1");
        }
    }

    /** Equal masses 1/n on the given values. */
    public static DiscreteMarginal uniformOn(List<Rational> values) {
        List<Rational> m = new ArrayList<>();
        values.forEach(v -> m.add(Rational.of(1, values.size())));
        return new DiscreteMarginal(values, m);
    }

    public int size() {
        return values.size();
    }

    public Rational value(int i) {
        return values.get(i);
    }

    public Rational mass(int i) {
        return masses.get(i);
    }

    /** Mass of the values in the closed interval [lo, hi]. */
    public Rational massBetween(Rational lo, Rational hi) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < size(); i++) {
            if (values.get(i).compareTo(lo) >= 0 && values.get(i).compareTo(hi) <= 0) {
                s = s.add(masses.get(i));
            }
        }
        return s;
    }
}
