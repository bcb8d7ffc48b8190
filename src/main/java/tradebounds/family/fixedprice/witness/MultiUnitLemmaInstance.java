package tradebounds.family.fixedprice.witness;

import java.util.ArrayList;
import java.util.List;
import tradebounds.instance.Marginal;
import tradebounds.instance.Realizability;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * The instance of Lemma 6.1 built from a point of a k-unit hardness program: for every unit q, the seller law
 * puts mass s_i(q) on p_i + eps/k and the buyer law b_j(q) on p_j; the k laws of each side are then realized by
 * monotone marginal vectors through {@link Realizability} (exact decision, quantile coupling), which is where a
 * point of the printed (6.1) whose seller laws break first-order dominance is caught.
 *
 * <p>On the diagonal (Corollary 6.1) the paper notes that symmetry forbids the perturbed seller support: the
 * seller laws sit on p_i themselves ({@code shiftSeller = false}), which the modified first constraint accounts for.
 */
public final class MultiUnitLemmaInstance {
    private MultiUnitLemmaInstance() {
    }

    public static Realizability.InstanceOutcome of(Model model, List<Rational> prices, int k, Rational[] point,
                                                   Rational eps, boolean shiftSeller) {
        int n = prices.size();
        MultiUnitLayout lay = new MultiUnitLayout(model, n, k);
        Rational shift = shiftSeller ? eps.divide(Rational.of(k)) : Rational.ZERO;
        for (int i = 0; shiftSeller && i + 1 < n; i++) {
            if (prices.get(i).add(shift).compareTo(prices.get(i + 1)) >= 0) {
                throw new IllegalArgumentException("eps too large: p_" + (i + 1) + " + eps/k >= p_" + (i + 2));
            }
        }
        List<Rational> sellerValues = new ArrayList<>();
        for (Rational p : prices) {
            sellerValues.add(p.add(shift));
        }
        List<Marginal> seller = new ArrayList<>();
        List<Marginal> buyer = new ArrayList<>();
        for (int q = 0; q < k; q++) {
            List<Rational> s = new ArrayList<>();
            List<Rational> b = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                s.add(point[lay.sellerIndex[q][i]]);
                b.add(point[lay.buyerIndex[q][i]]);
            }
            seller.add(new Marginal(sellerValues, s));
            buyer.add(new Marginal(prices, b));
        }
        return Realizability.decide(seller, buyer);
    }
}
