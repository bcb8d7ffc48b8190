package tradebounds.ksfair;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tradebounds.model.Rational;
import tradebounds.programs.ksfair.DiscreteTrade;
import tradebounds.programs.ksfair.KsFairPrograms;
import tradebounds.robust.CertifiedValue;

/**
 * Example 5.2 on a grid, to watch the certified KS-fair GFT LP approach the continuous optimum. F is rational
 * (F(v) = (K-1)v/((K-1)v+K)), so the lower discretization is exact: values v_k = K k/n (k &lt; n) carry
 * F(v_{k+1}) - F(v_k), and K keeps the atom 1/K plus nothing else. By Lemma 5.6 and its footnote 33 the
 * continuous KS-fair optimum is expression (3) (0.87675 at K = 25); the grid optimum is a different instance, so
 * it only indicates convergence, it bounds nothing.
 */
public final class Example52Grid {
    private Example52Grid() {
    }

    public static DiscreteTrade lower(long k, int n) {
        List<Rational> values = new ArrayList<>();
        List<Rational> probs = new ArrayList<>();
        Rational prev = Rational.ZERO;
        for (int i = 0; i < n; i++) {
            Rational next = cdf(Rational.of(k * (i + 1), n), k);
            if (i == n - 1) {
                next = Rational.ONE.subtract(Rational.of(1, k));
            }
            values.add(Rational.of(k * i, n));
            probs.add(next.subtract(prev));
            prev = next;
        }
        values.add(Rational.of(k));
        probs.add(Rational.of(1, k));
        return DiscreteTrade.zeroValueSeller(values, probs);
    }

    /** The certified GFT-optimal KS-fair mechanism of the grid, as a fraction of the grid's OPT_SB = E[v]. */
    public static CertifiedValue ksFairOptimum(long k, int n, Path dir) {
        DiscreteTrade t = lower(k, n);
        Rational pi = OfferMechanisms.sellerOffer(t).seller();
        Rational u = OfferMechanisms.buyerOffer(t).buyer();
        return KsFairCertifier.certify(KsFairPrograms.ksFairGft(t, pi, u), dir.resolve("grid-" + n));
    }

    private static Rational cdf(Rational v, long k) {
        Rational a = Rational.of(k - 1).multiply(v);
        return a.divide(a.add(Rational.of(k)));
    }
}
