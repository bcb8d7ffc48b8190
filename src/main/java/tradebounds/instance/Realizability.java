package tradebounds.instance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tradebounds.model.Rational;

/**
 * Decides exactly whether k per-unit laws (the form the k-unit programs produce) are the coordinate laws of one
 * distribution over monotone marginal vectors, and builds such a distribution when they are.
 *
 * <p>Contract. For a seller ({@link Direction#NONDECREASING}, vectors w~(1) &lt;= ... &lt;= w~(k)) the laws
 * L_1..L_k with cdfs F_1..F_k are realizable iff every L_q has masses &gt;= 0 summing to exactly 1, values &gt;= 0,
 * and F_q(x) &gt;= F_{q+1}(x) for all real x and q in [k-1] (first-order dominance L_q &lt;=_st L_{q+1}). For a
 * buyer ({@link Direction#NONINCREASING}) the dominance is reversed: F_q(x) &lt;= F_{q+1}(x).
 *
 * <p>Why this is exact. Necessity: if W_q &lt;= W_{q+1} almost surely then {W_{q+1} &lt;= x} is contained in
 * {W_q &lt;= x}, so F_{q+1}(x) &lt;= F_q(x). Sufficiency (the construction): with U uniform on (0, 1], set
 * W_q = F_q^{-1}(U) = min{x : F_q(x) &gt;= U} (comonotone or quantile coupling). Each W_q has law L_q, and
 * F_q &gt;= F_{q+1} pointwise gives F_q^{-1} &lt;= F_{q+1}^{-1} pointwise. For finite laws every F_q^{-1} is constant on
 * each piece between consecutive cumulative masses of all laws, so cutting (0, 1] there yields at most
 * sum_q |support(L_q)| atoms. Between support points the cdfs are constant, so checking dominance at the union of
 * the supports checks it for every real x.
 */
public final class Realizability {
    private Realizability() {
    }

    /** Which way the marginal vectors must be monotone in q. */
    public enum Direction {
        /** Seller marginal decrements w~(q), nondecreasing in q. */
        NONDECREASING,
        /** Buyer marginal increments v^(q), nonincreasing in q. */
        NONINCREASING
    }

    /** Why given laws are not realizable. */
    public enum Obstacle {
        NEGATIVE_MASS, NEGATIVE_VALUE, MASS_NOT_ONE, DOMINANCE
    }

    /** The answer: a realization, or the first obstacle found. */
    public sealed interface Outcome permits Realized, NotRealizable {
    }

    /** A distribution over monotone vectors whose coordinate q has law L_q for every q. */
    public record Realized(Distribution distribution) implements Outcome {
    }

    /**
     * @param unit  the 1-based unit q at fault (for DOMINANCE, dominance between units q and q+1 fails)
     * @param where the value x at which it fails (for DOMINANCE: F_q(x) and F_{q+1}(x) in the wrong order), or the
     *              offending mass, value or total
     */
    public record NotRealizable(Obstacle obstacle, int unit, Rational where, String detail) implements Outcome {
    }

    /** Both sides of an instance; the instance exists iff both are realized. */
    public record InstanceOutcome(Outcome seller, Outcome buyer) {
        public java.util.Optional<FixedPriceInstance> instance(int units) {
            if (seller instanceof Realized s && buyer instanceof Realized b) {
                return java.util.Optional.of(new FixedPriceInstance(units, s.distribution(), b.distribution()));
            }
            return java.util.Optional.empty();
        }
    }

    /** Seller laws w~(1..k) and buyer laws v^(1..k) (same k). */
    public static InstanceOutcome decide(List<Marginal> sellerLaws, List<Marginal> buyerLaws) {
        if (sellerLaws.size() != buyerLaws.size()) {
            throw new IllegalArgumentException("seller has " + sellerLaws.size() + " laws, buyer " + buyerLaws.size());
        }
        return new InstanceOutcome(decide(sellerLaws, Direction.NONDECREASING),
                decide(buyerLaws, Direction.NONINCREASING));
    }

    public static Outcome decide(List<Marginal> laws, Direction direction) {
        if (laws.isEmpty()) {
            throw new IllegalArgumentException("need at least one unit");
        }
        List<TreeMap<Rational, Rational>> merged = new ArrayList<>();
        for (int q = 0; q < laws.size(); q++) {
            Marginal law = laws.get(q);
            TreeMap<Rational, Rational> m = new TreeMap<>();
            Rational total = Rational.ZERO;
            for (int a = 0; a < law.size(); a++) {
                Rational mass = law.masses().get(a);
                Rational value = law.values().get(a);
                if (mass.signum() < 0) {
                    return new NotRealizable(Obstacle.NEGATIVE_MASS, q + 1, mass, "mass " + mass + " at " + value);
                }
                if (value.signum() < 0) {
                    return new NotRealizable(Obstacle.NEGATIVE_VALUE, q + 1, value, "value " + value);
                }
                total = total.add(mass);
                if (mass.signum() > 0) {
                    m.merge(value, mass, Rational::add);
                }
            }
            if (!total.equals(Rational.ONE)) {
                return new NotRealizable(Obstacle.MASS_NOT_ONE, q + 1, total, "total mass " + total);
            }
            merged.add(m);
        }
        for (int q = 0; q + 1 < merged.size(); q++) {
            TreeSet<Rational> points = new TreeSet<>(merged.get(q).keySet());
            points.addAll(merged.get(q + 1).keySet());
            for (Rational x : points) {
                Rational lower = cdf(merged.get(q), x);
                Rational upper = cdf(merged.get(q + 1), x);
                int cmp = lower.compareTo(upper);
                if (direction == Direction.NONDECREASING ? cmp < 0 : cmp > 0) {
                    return new NotRealizable(Obstacle.DOMINANCE, q + 1, x, "F_" + (q + 1) + "(" + x + ") = " + lower
                            + ", F_" + (q + 2) + "(" + x + ") = " + upper);
                }
            }
        }
        Distribution d = couple(merged);
        for (Atom a : d.atoms()) {
            for (int q = 0; q + 1 < a.values().size(); q++) {
                int cmp = a.values().get(q).compareTo(a.values().get(q + 1));
                if (direction == Direction.NONDECREASING ? cmp > 0 : cmp < 0) {
                    throw new IllegalStateException("quantile coupling produced a non-monotone vector " + a.values());
                }
            }
        }
        return new Realized(d);
    }

    /** F(x) = total mass at values &lt;= x. */
    private static Rational cdf(TreeMap<Rational, Rational> law, Rational x) {
        Rational s = Rational.ZERO;
        for (Rational m : law.headMap(x, true).values()) {
            s = s.add(m);
        }
        return s;
    }

    /** The quantile coupling: one atom per piece of (0, 1] between consecutive cumulative masses of all laws. */
    private static Distribution couple(List<TreeMap<Rational, Rational>> laws) {
        int k = laws.size();
        List<List<Map.Entry<Rational, Rational>>> cumulative = new ArrayList<>();
        TreeSet<Rational> cuts = new TreeSet<>();
        for (TreeMap<Rational, Rational> law : laws) {
            List<Map.Entry<Rational, Rational>> c = new ArrayList<>();
            Rational s = Rational.ZERO;
            for (Map.Entry<Rational, Rational> e : law.entrySet()) {
                s = s.add(e.getValue());
                c.add(Map.entry(e.getKey(), s));
                cuts.add(s);
            }
            cumulative.add(c);
        }
        int[] at = new int[k];
        List<Atom> atoms = new ArrayList<>();
        Rational previous = Rational.ZERO;
        for (Rational u : cuts) {
            List<Rational> values = new ArrayList<>();
            for (int q = 0; q < k; q++) {
                List<Map.Entry<Rational, Rational>> c = cumulative.get(q);
                while (c.get(at[q]).getValue().compareTo(u) < 0) {
                    at[q]++;
                }
                values.add(c.get(at[q]).getKey());
            }
            atoms.add(new Atom(u.subtract(previous), values));
            previous = u;
        }
        return new Distribution(atoms);
    }
}
