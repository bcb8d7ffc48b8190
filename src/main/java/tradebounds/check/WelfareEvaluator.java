package tradebounds.check;

import java.math.BigInteger;
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
    /** Common denominator of every welfare increment, and per-unit integer weights (see {@link #gainNumerator}). */
    private final BigInteger den;
    private final BigInteger[] weightA;
    private final BigInteger[] weightB;

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
        // Unit q contributes (Sm Bv Dvs Dmb - Sv Bm Dms Dvb) / (Dms Dvb Dvs Dmb) with integer prefix sums Sm, Sv, Bm,
        // Bv (see Side); bringing every unit to one denominator lets prices be compared with integer arithmetic only.
        int k = instance.units();
        BigInteger[] unitDen = new BigInteger[k];
        BigInteger common = BigInteger.ONE;
        for (int q = 0; q < k; q++) {
            Side sq = sellers.get(q);
            Side bq = buyers.get(q);
            unitDen[q] = sq.massDen.multiply(bq.valueDen).multiply(sq.valueDen).multiply(bq.massDen);
            common = TreeChecks.lcm(common, unitDen[q]);
        }
        this.den = common;
        this.weightA = new BigInteger[k];
        this.weightB = new BigInteger[k];
        for (int q = 0; q < k; q++) {
            BigInteger factor = common.divide(unitDen[q]);
            Side sq = sellers.get(q);
            Side bq = buyers.get(q);
            weightA[q] = factor.multiply(sq.valueDen).multiply(bq.massDen);
            weightB[q] = factor.multiply(sq.massDen).multiply(bq.valueDen);
        }
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

    /** OPT = sum_q E[max(w~(q), v^(q))] = E[sum w~] + sum_q sum_b P(B = b) (b P(S &lt;= b) - E[S 1{S &lt;= b}]). */
    public Rational opt() {
        BigInteger num = BigInteger.ZERO;
        for (int q = 0; q < sellers.size(); q++) {
            Side s = sellers.get(q);
            Side b = buyers.get(q);
            for (int i = 0; i < b.values.length; i++) {
                int k = s.countAtMost(b.values[i]);
                BigInteger massB = b.massNum[i + 1].subtract(b.massNum[i]);
                BigInteger valueB = b.valueNum[i + 1].subtract(b.valueNum[i]);
                num = num.add(valueB.multiply(s.massNum[k]).multiply(weightA[q]))
                        .subtract(massB.multiply(s.valueNum[k]).multiply(weightB[q]));
            }
        }
        return sellerMean.add(Rational.of(num, den));
    }

    /** SW(p) of (1.2) with trade in coordinate q iff w~(q) &lt;= p &lt;= v^(q). */
    public Rational welfare(Rational price) {
        return sellerMean.add(Rational.of(gainNumerator(price), den));
    }

    /**
     * (SW(p) - E[sum_q w~(q)]) * den as an integer: per unit, P(S &lt;= p) E[B 1{B &gt;= p}] - E[S 1{S &lt;= p}] P(B &gt;= p)
     * with the four prefix sums taken as integer numerators over the side's common denominators.
     */
    private BigInteger gainNumerator(Rational price) {
        BigInteger num = BigInteger.ZERO;
        for (int q = 0; q < sellers.size(); q++) {
            Side s = sellers.get(q);
            Side b = buyers.get(q);
            int ks = s.countAtMost(price);
            int kb = b.countBelow(price);
            int nb = b.values.length;
            BigInteger buyerMassUp = b.massNum[nb].subtract(b.massNum[kb]);
            BigInteger buyerValueUp = b.valueNum[nb].subtract(b.valueNum[kb]);
            num = num.add(s.massNum[ks].multiply(buyerValueUp).multiply(weightA[q]))
                    .subtract(s.valueNum[ks].multiply(buyerMassUp).multiply(weightB[q]));
        }
        return num;
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
        Rational bestPrice = null;
        BigInteger bestGain = null;
        for (Rational p : candidates.keySet()) {
            BigInteger g = gainNumerator(p);
            if (bestGain == null || g.compareTo(bestGain) > 0) {
                bestPrice = p;
                bestGain = g;
            }
        }
        return new BestPrice(bestPrice, welfare(bestPrice));
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

    /**
     * Sorted distinct values of one coordinate's law, with prefix sums of mass and of mass times value kept as
     * integer numerators over the side's common denominators (lcm of the mass denominators, lcm of the mass-times-
     * value denominators), so evaluating a price costs integer products and no gcd.
     */
    private static final class Side {
        final Rational[] values;
        final BigInteger massDen;
        final BigInteger valueDen;
        final BigInteger[] massNum;
        final BigInteger[] valueNum;

        Side(Marginal m) {
            TreeMap<Rational, Rational> merged = new TreeMap<>();
            for (int i = 0; i < m.size(); i++) {
                if (!m.masses().get(i).isZero()) {
                    merged.merge(m.values().get(i), m.masses().get(i), Rational::add);
                }
            }
            int n = merged.size();
            values = merged.keySet().toArray(new Rational[0]);
            Rational[] masses = merged.values().toArray(new Rational[0]);
            Rational[] products = new Rational[n];
            BigInteger md = BigInteger.ONE;
            BigInteger vd = BigInteger.ONE;
            for (int i = 0; i < n; i++) {
                products[i] = masses[i].multiply(values[i]);
                md = TreeChecks.lcm(md, masses[i].denominator());
                vd = TreeChecks.lcm(vd, products[i].denominator());
            }
            massDen = md;
            valueDen = vd;
            massNum = new BigInteger[n + 1];
            valueNum = new BigInteger[n + 1];
            massNum[0] = BigInteger.ZERO;
            valueNum[0] = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                massNum[i + 1] = massNum[i].add(masses[i].numerator().multiply(md.divide(masses[i].denominator())));
                valueNum[i + 1] = valueNum[i].add(products[i].numerator().multiply(vd.divide(products[i].denominator())));
            }
        }

        Rational totalValue() {
            return Rational.of(valueNum[values.length], valueDen);
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
