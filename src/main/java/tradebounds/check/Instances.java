package tradebounds.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tradebounds.cert.Certificate.InstanceSection;
import tradebounds.cert.Certificate.Lemma;
import tradebounds.cert.Certificate.PricePoint;
import tradebounds.cert.Certificate.Solution;
import tradebounds.cert.Certificate;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/**
 * Turns the instance part of a certificate into a {@link FixedPriceInstance}, after checking that it is one:
 * either the explicit INSTANCE section, or the construction of Cai-Wu Lemma 3.3 / Lemma 6.1 replayed from SOL.
 * Nothing here computes welfare; the ratio follows from {@link WelfareEvaluator} on the instance built here, so
 * the proof does not depend on the lemma being true, only on this construction being what FORMAT.md says.
 */
final class Instances {
    private Instances() {
    }

    /**
     * Lemma replay: for unit q the seller law puts SOL[s_i(q)] on p_i + eps/k and the buyer law SOL[b_i(q)] on
     * p_i; the k laws of each side are coupled by quantiles into a distribution over marginal vectors.
     */
    static FixedPriceInstance fromLemma(Certificate c, Lemma lemma, Solution sol) throws Refusal {
        int k = lemma.units();
        List<PricePoint> points = lemma.prices();
        int n = points.size();
        String at = c.where(lemma.line());
        if (lemma.eps().signum() <= 0) {
            throw new Refusal(Reason.EPS_NOT_POSITIVE, at, "eps = " + lemma.eps() + " must be > 0");
        }
        List<Rational> prices = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        points.forEach(p -> {
            prices.add(p.price());
            lines.add(p.line());
        });
        requirePriceOrder(c, prices, lines, lemma.line());
        Rational shift = lemma.eps().divide(Rational.of(k));
        for (int i = 0; i + 1 < n; i++) {
            if (prices.get(i).add(shift).compareTo(prices.get(i + 1)) >= 0) {
                throw new Refusal(Reason.EPS_TOO_LARGE, at, "p_" + (i + 1) + " + eps/k = "
                        + prices.get(i).add(shift) + " is not < p_" + (i + 2) + " = " + prices.get(i + 1));
            }
        }
        Rational[][] seller = new Rational[k][n];
        Rational[][] buyer = new Rational[k][n];
        for (int i = 0; i < n; i++) {
            PricePoint p = points.get(i);
            for (int q = 0; q < k; q++) {
                seller[q][i] = mass(c, sol, p.sellers().get(q), p.line());
                buyer[q][i] = mass(c, sol, p.buyers().get(q), p.line());
            }
        }
        for (int q = 0; q < k; q++) {
            requireUnitMass(c, seller[q], "seller", q, lemma.line());
            requireUnitMass(c, buyer[q], "buyer", q, lemma.line());
        }
        // Seller: w~(q) <=_st w~(q+1), i.e. CDFs fall with q; buyer: v^(q) >=_st v^(q+1), CDFs rise with q.
        for (int q = 0; q + 1 < k; q++) {
            Rational cs = Rational.ZERO;
            Rational cs1 = Rational.ZERO;
            Rational cb = Rational.ZERO;
            Rational cb1 = Rational.ZERO;
            for (int t = 0; t < n; t++) {
                cs = cs.add(seller[q][t]);
                cs1 = cs1.add(seller[q + 1][t]);
                cb = cb.add(buyer[q][t]);
                cb1 = cb1.add(buyer[q + 1][t]);
                if (cs.compareTo(cs1) < 0 || cb.compareTo(cb1) > 0) {
                    throw new Refusal(Reason.NOT_REALIZABLE, c.where(points.get(t).line()),
                            (cs.compareTo(cs1) < 0 ? "seller" : "buyer") + " laws of units " + (q + 1) + " and "
                                    + (q + 2) + " break first-order dominance at t = " + (t + 1));
                }
            }
        }
        List<Rational> sellerValues = new ArrayList<>();
        prices.forEach(p -> sellerValues.add(p.add(shift)));
        Distribution s = couple(sellerValues, seller);
        Distribution b = couple(prices, buyer);
        requireMonotone(c, s.atoms(), true, List.of(), lemma.line());
        requireMonotone(c, b.atoms(), false, List.of(), lemma.line());
        return new FixedPriceInstance(k, s, b);
    }

    /** The explicit INSTANCE: masses >= 0 summing to 1, values >= 0, monotone marginal vectors. */
    static FixedPriceInstance fromSection(Certificate c, InstanceSection in) throws Refusal {
        check(c, in.seller(), in.sellerLines(), true, "seller", in.line());
        check(c, in.buyer(), in.buyerLines(), false, "buyer", in.line());
        return new FixedPriceInstance(in.units(), new Distribution(in.seller()), new Distribution(in.buyer()));
    }

    /** 0 = p_1 &lt; p_2 &lt; ... &lt; p_n with n &gt;= 1, as the programs of Sections 4-6 require. */
    static void requirePriceOrder(Certificate c, List<Rational> prices, List<Integer> lines, int headLine)
            throws Refusal {
        if (prices.isEmpty() || !prices.get(0).isZero()) {
            throw new Refusal(Reason.PRICE_ORDER, c.where(prices.isEmpty() ? headLine : lines.get(0)),
                    "p_1 must be 0");
        }
        for (int i = 1; i < prices.size(); i++) {
            if (prices.get(i).compareTo(prices.get(i - 1)) <= 0) {
                throw new Refusal(Reason.PRICE_ORDER, c.where(lines.get(i)), "p_" + (i + 1) + " = " + prices.get(i)
                        + " is not > p_" + i + " = " + prices.get(i - 1));
            }
        }
    }

    private static Rational mass(Certificate c, Solution sol, String name, int line) throws Refusal {
        Rational m = sol.value(name).orElseThrow(() -> new Refusal(Reason.UNKNOWN_NAME, c.where(line),
                "'" + name + "' is not in SOL"));
        if (m.signum() < 0) {
            throw new Refusal(Reason.NEGATIVE_MASS, c.where(line), name + " = " + m + " < 0");
        }
        return m;
    }

    private static void requireUnitMass(Certificate c, Rational[] masses, String side, int q, int line)
            throws Refusal {
        Rational sum = Rational.ZERO;
        for (Rational m : masses) {
            sum = sum.add(m);
        }
        if (!sum.equals(Rational.ONE)) {
            throw new Refusal(Reason.MASS_NOT_ONE, c.where(line), side + " law of unit " + (q + 1)
                    + " has total mass " + sum);
        }
    }

    /**
     * The comonotone coupling of k laws on a common ascending support: cut [0, 1] at every cumulative mass of
     * every law; on each piece every law's quantile function is constant, giving one atom.
     */
    private static Distribution couple(List<Rational> support, Rational[][] laws) {
        int k = laws.length;
        int n = support.size();
        Rational[][] cdf = new Rational[k][n];
        TreeSet<Rational> cuts = new TreeSet<>();
        for (int q = 0; q < k; q++) {
            Rational sum = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                sum = sum.add(laws[q][i]);
                cdf[q][i] = sum;
                if (sum.signum() > 0) {
                    cuts.add(sum);
                }
            }
        }
        List<Atom> atoms = new ArrayList<>();
        Rational previous = Rational.ZERO;
        for (Rational u : cuts) {
            List<Rational> values = new ArrayList<>();
            for (int q = 0; q < k; q++) {
                int i = 0;
                while (cdf[q][i].compareTo(u) < 0) {
                    i++;
                }
                values.add(support.get(i));
            }
            atoms.add(new Atom(u.subtract(previous), values));
            previous = u;
        }
        return new Distribution(atoms);
    }

    private static void check(Certificate c, List<Atom> atoms, List<Integer> lines, boolean seller, String side,
                              int headLine) throws Refusal {
        Rational sum = Rational.ZERO;
        for (int a = 0; a < atoms.size(); a++) {
            Atom atom = atoms.get(a);
            if (atom.prob().signum() < 0) {
                throw new Refusal(Reason.NEGATIVE_MASS, c.where(lines.get(a)), side + " mass " + atom.prob() + " < 0");
            }
            for (Rational v : atom.values()) {
                if (v.signum() < 0) {
                    throw new Refusal(Reason.NEGATIVE_VALUE, c.where(lines.get(a)), side + " value " + v + " < 0");
                }
            }
            sum = sum.add(atom.prob());
        }
        if (!sum.equals(Rational.ONE)) {
            throw new Refusal(Reason.MASS_NOT_ONE, c.where(headLine), side + " masses sum to " + sum);
        }
        requireMonotone(c, atoms, seller, lines, headLine);
    }

    /** Seller vectors w~ nondecreasing, buyer vectors v^ nonincreasing (submodular valuations). */
    private static void requireMonotone(Certificate c, List<Atom> atoms, boolean nondecreasing, List<Integer> lines,
                                        int headLine) throws Refusal {
        for (int a = 0; a < atoms.size(); a++) {
            List<Rational> v = atoms.get(a).values();
            for (int q = 0; q + 1 < v.size(); q++) {
                int cmp = v.get(q).compareTo(v.get(q + 1));
                if (nondecreasing ? cmp > 0 : cmp < 0) {
                    throw new Refusal(Reason.NOT_REALIZABLE, c.where(lines.isEmpty() ? headLine : lines.get(a)),
                            (nondecreasing ? "seller" : "buyer") + " vector " + v + " is not "
                                    + (nondecreasing ? "nondecreasing" : "nonincreasing"));
                }
            }
        }
    }
}
