package tradebounds.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.instance.Marginal;
import tradebounds.model.Rational;

/**
 * Exact OPT (1.1), SW(p) (1.2), the best fixed price and the welfare of the basic-price mechanism of
 * Definition 4.1, for k-unit instances with independent seller and buyer. Part of the trusted checker.
 *
 * <p>Both (1.1) and (1.2) are sums over q of terms that depend only on the laws of w~(q) and v^(q), so each is
 * evaluated per coordinate from sorted atoms with prefix sums: with S = w~(q), B = v^(q) independent,
 * SW_q(p) = E[S] + P(S &lt;= p) E[B 1{B &gt;= p}] - E[S 1{S &lt;= p}] P(B &gt;= p), and
 * OPT_q = E[S] + sum_b P(B = b) (b P(S &lt;= b) - E[S 1{S &lt;= b}]). Preparation is O(N log N); each price costs
 * O(k log N).
 *
 * <p>Why buyer values suffice as candidate prices (tie rule: trade iff S &lt;= p &lt;= B). Fix p and let b' be
 * the smallest buyer value of any coordinate with b' &gt;= p. Raising p to b' leaves every set {v^(q) &gt;= p}
 * unchanged (no buyer value lies in [p, b')), and only enlarges each set {w~(q) &lt;= p}. Each seller atom s
 * that starts trading meets only buyers with value &gt;= b' &gt;= s, so it adds (b - s) &gt;= 0: SW(b') &gt;= SW(p). If
 * no buyer value is &gt;= p, nothing trades and SW(p) = E[sum_q w~(q)] &lt;= SW(b) for any buyer value b. So
 * sup over real p equals the maximum over the finitely many buyer values.
 */
public final class WelfareEvaluator {
    private final List<Side> sellers = new ArrayList<>();
    private final List<Side> buyers = new ArrayList<>();
    private final Rational sellerMean;

    /** Prepares the sorted prefix sums of every coordinate's law. */
    public WelfareEvaluator(FixedPriceInstance instance) {
        Rational mean = Rational.ZERO;
        for (int q = 0; q < instance.units(); q++) {
            Side s = new Side(marginal(instance.seller(), q));
            sellers.add(s);
            buyers.add(new Side(marginal(instance.buyer(), q)));
            mean = mean.add(s.totalValue());
        }
        this.sellerMean = mean;
    }

    /** The law of coordinate q of a distribution over marginal vectors. */
    public static Marginal marginal(Distribution d, int q) {
        List<Rational> values = new ArrayList<>();
        List<Rational> masses = new ArrayList<>();
        for (Atom a : d.atoms()) {
            values.add(a.values().get(q));
            masses.add(a.prob());
        }
        return new Marginal(values, masses);
    }

    /** OPT = sum_q E[max(w~(q), v^(q))]. */
    public Rational opt() {
        Rational total = sellerMean;
        for (int q = 0; q < sellers.size(); q++) {
            Side s = sellers.get(q);
            Side b = buyers.get(q);
            for (int i = 0; i < b.values.length; i++) {
                int k = s.countAtMost(b.values[i]);
                Rational gain = b.values[i].multiply(s.massPrefix[k]).subtract(s.valuePrefix[k]);
                total = total.add(b.masses[i].multiply(gain));
            }
        }
        return total;
    }

    /** SW(p) of (1.2) with trade in coordinate q iff w~(q) &lt;= p &lt;= v^(q). */
    public Rational welfare(Rational price) {
        Rational total = sellerMean;
        for (int q = 0; q < sellers.size(); q++) {
            Side s = sellers.get(q);
            Side b = buyers.get(q);
            int ks = s.countAtMost(price);
            int kb = b.countBelow(price);
            Rational buyerMassUp = b.massPrefix[b.values.length].subtract(b.massPrefix[kb]);
            Rational buyerValueUp = b.valuePrefix[b.values.length].subtract(b.valuePrefix[kb]);
            total = total.add(s.massPrefix[ks].multiply(buyerValueUp))
                    .subtract(s.valuePrefix[ks].multiply(buyerMassUp));
        }
        return total;
    }

    /** A price attaining sup_p SW(p) (the smallest such buyer value) and its welfare. */
    public record BestPrice(Rational price, Rational welfare) {
    }

    public BestPrice bestPrice() {
        TreeMap<Rational, Boolean> candidates = new TreeMap<>();
        for (Side b : buyers) {
            for (Rational v : b.values) {
                candidates.put(v, Boolean.TRUE);
            }
        }
        BestPrice best = null;
        for (Rational p : candidates.keySet()) {
            Rational w = welfare(p);
            if (best == null || w.compareTo(best.welfare()) > 0) {
                best = new BestPrice(p, w);
            }
        }
        return best;
    }

    /**
     * Welfare of the mechanism M of Definition 4.1: the best of the scaled basic prices OPT * p_t.
     * (The paper writes the price set as {OPT(I)_{p_t}}; footnote 3 explains basic prices as the prices of an
     * instance normalised to unit optimal welfare, so the scaled prices are OPT(I) * p_t.)
     */
    public BestPrice mechanism(List<Rational> basicPrices) {
        Rational opt = opt();
        BestPrice best = null;
        for (Rational p : basicPrices) {
            Rational price = opt.multiply(p);
            Rational w = welfare(price);
            if (best == null || w.compareTo(best.welfare()) > 0) {
                best = new BestPrice(price, w);
            }
        }
        return best;
    }

    /** Sorted distinct values of one coordinate's law, with prefix sums of mass and of mass times value. */
    private static final class Side {
        final Rational[] values;
        final Rational[] masses;
        final Rational[] massPrefix;
        final Rational[] valuePrefix;

        Side(Marginal m) {
            TreeMap<Rational, Rational> merged = new TreeMap<>();
            for (int i = 0; i < m.size(); i++) {
                if (!m.masses().get(i).isZero()) {
                    merged.merge(m.values().get(i), m.masses().get(i), Rational::add);
                }
            }
            int n = merged.size();
            values = merged.keySet().toArray(new Rational[0]);
            masses = merged.values().toArray(new Rational[0]);
            massPrefix = new Rational[n + 1];
            valuePrefix = new Rational[n + 1];
            massPrefix[0] = Rational.ZERO;
            valuePrefix[0] = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                massPrefix[i + 1] = massPrefix[i].add(masses[i]);
                valuePrefix[i + 1] = valuePrefix[i].add(masses[i].multiply(values[i]));
            }
        }

        Rational totalValue() {
            return valuePrefix[values.length];
        }

        /** Number of distinct values &lt;= x. */
        int countAtMost(Rational x) {
            int lo = 0;
            int hi = values.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[mid].compareTo(x) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Number of distinct values &lt; x. */
        int countBelow(Rational x) {
            int lo = 0;
            int hi = values.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[mid].compareTo(x) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
