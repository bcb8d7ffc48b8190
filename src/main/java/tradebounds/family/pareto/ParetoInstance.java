package tradebounds.family.pareto;

import java.util.ArrayList;
import java.util.List;
import tradebounds.model.Rational;

/**
 * n i.i.d. unit-demand buyers, m identical units, a seller with value zero; the buyers' common value law is
 * discrete: values v_1 &lt; ... &lt; v_k (all &gt;= 0) with masses f_1, ..., f_k (&gt; 0, summing to exactly 1).
 */
public record ParetoInstance(int buyers, int units, List<Rational> values, List<Rational> probs) {
    public ParetoInstance {
        values = List.copyOf(values);
        probs = List.copyOf(probs);
        if (buyers < 1 || units < 1 || units > buyers) {
            throw new IllegalArgumentException("need 1 <= units <= buyers, got n = " + buyers + ", m = " + units);
        }
        if (values.isEmpty() || values.size() != probs.size()) {
            throw new IllegalArgumentException("a law needs as many masses as values, and at least one");
        }
        Rational sum = Rational.ZERO;
        for (int j = 0; j < values.size(); j++) {
            if (values.get(j).signum() < 0 || probs.get(j).signum() <= 0
                    || (j > 0 && values.get(j).compareTo(values.get(j - 1)) <= 0)) {
                throw new IllegalArgumentException("values must be >= 0 and increasing, masses > 0");
            }
            sum = sum.add(probs.get(j));
        }
        if (!sum.equals(Rational.ONE)) {
            throw new IllegalArgumentException("masses sum to " + sum + ", not 1");
        }
    }

    public int types() {
        return values.size();
    }

    public Rational v(int j) {
        return values.get(j);
    }

    public Rational f(int j) {
        return probs.get(j);
    }

    /** S_j = Pr[v &gt;= v_j] (0-based j; S_k = 0). */
    public Rational upper(int j) {
        Rational s = Rational.ZERO;
        for (int i = j; i < types(); i++) {
            s = s.add(f(i));
        }
        return s;
    }

    /** The same law with another number of buyers and units. */
    public ParetoInstance with(int n, int m) {
        return new ParetoInstance(n, m, values, probs);
    }

    /** Builds a law from parallel lists of decimal or a/b strings (tests, examples). */
    public static ParetoInstance of(int n, int m, String[] values, String[] probs) {
        List<Rational> v = new ArrayList<>();
        List<Rational> p = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            v.add(Rational.parse(values[j]));
            p.add(Rational.parse(probs[j]));
        }
        return new ParetoInstance(n, m, v, p);
    }
}
