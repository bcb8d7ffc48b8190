package tradebounds.family.ksfair;

import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.model.Rational;

/**
 * Closed forms of the four classic mechanisms of Sec. 2.1 on a finite instance, with the tie conventions fixed
 * here (the paper "allows ties to be broken as needed", footnotes 4 and 21):
 * <ul>
 *   <li>a posted price p trades iff c &lt;= p &lt;= v (ties toward trade);</li>
 *   <li>SOM: the seller with value c offers the <em>smallest</em> buyer value v_i &gt;= c maximizing
 *       (v_i - c) Pr[v &gt;= v_i] (no trade if no v_i &gt;= c); prices off the support are dominated;</li>
 *   <li>BOM: the buyer with value v offers the <em>largest</em> seller value c_j &lt;= v maximizing
 *       (v - c_j) Pr[c &lt;= c_j] (no trade if no c_j &lt;= v);</li>
 *   <li>both choices trade most among the offerer's optimal offers, so GFT is highest among tie-breaks.</li>
 * </ul>
 * Pi(SOM) = Pi* and U(BOM) = U* do not depend on the tie-break (Myerson 1981); U(SOM), Pi(BOM), hence the KS-fair
 * lambda, do.
 */
public final class OfferMechanisms {
    private OfferMechanisms() {
    }

    public static MechanismOutcome fixedPrice(DiscreteTrade t, Rational price) {
        Rational[][][] r = empty(t);
        for (int i = 0; i < t.buyers(); i++) {
            for (int j = 0; j < t.sellers(); j++) {
                if (t.c(j).compareTo(price) <= 0 && price.compareTo(t.v(i)) <= 0) {
                    trade(r, i, j, price);
                }
            }
        }
        return new MechanismOutcome("FPM(" + price + ")", t, r[0], r[1], r[2]);
    }

    public static MechanismOutcome sellerOffer(DiscreteTrade t) {
        Rational[][][] r = empty(t);
        for (int j = 0; j < t.sellers(); j++) {
            int best = -1;
            Rational bestValue = null;
            Rational tail = Rational.ONE;
            for (int i = 0; i < t.buyers(); i++) {
                if (t.v(i).compareTo(t.c(j)) >= 0) {
                    Rational u = t.v(i).subtract(t.c(j)).multiply(tail);
                    if (best < 0 || u.compareTo(bestValue) > 0) {
                        best = i;
                        bestValue = u;
                    }
                }
                tail = tail.subtract(t.f(i));
            }
            if (best >= 0) {
                for (int i = best; i < t.buyers(); i++) {
                    trade(r, i, j, t.v(best));
                }
            }
        }
        return new MechanismOutcome("SOM", t, r[0], r[1], r[2]);
    }

    public static MechanismOutcome buyerOffer(DiscreteTrade t) {
        Rational[][][] r = empty(t);
        for (int i = 0; i < t.buyers(); i++) {
            int best = -1;
            Rational bestValue = null;
            Rational head = Rational.ZERO;
            for (int j = 0; j < t.sellers(); j++) {
                head = head.add(t.g(j));
                if (t.c(j).compareTo(t.v(i)) <= 0) {
                    Rational u = t.v(i).subtract(t.c(j)).multiply(head);
                    if (best < 0 || u.compareTo(bestValue) >= 0) {
                        best = j;
                        bestValue = u;
                    }
                }
            }
            for (int j = 0; j <= best; j++) {
                trade(r, i, j, t.c(best));
            }
        }
        return new MechanismOutcome("BOM", t, r[0], r[1], r[2]);
    }

    /** The lambda-biased ROM (Def. 4.1): SOM with probability lambda, BOM with 1 - lambda. */
    public static MechanismOutcome biasedRandomOffer(DiscreteTrade t, Rational lambda) {
        return sellerOffer(t).mix(lambda, buyerOffer(t), "ROM(" + lambda + ")");
    }

    /**
     * The lambda of Thm. 4.1 making the lambda-ROM KS-fair: with a = Pi(BOM)/Pi*, b = U(SOM)/U*, KS-fairness
     * lambda + (1 - lambda) a = lambda b + (1 - lambda) solves to lambda = (1 - a) / (2 - a - b); when a = b = 1
     * every lambda is KS-fair and 1/2 is returned. Needs Pi*, U* &gt; 0.
     */
    public static Rational ksFairLambda(DiscreteTrade t) {
        MechanismOutcome som = sellerOffer(t);
        MechanismOutcome bom = buyerOffer(t);
        Rational a = bom.seller().divide(som.seller());
        Rational b = som.buyer().divide(bom.buyer());
        Rational den = Rational.of(2).subtract(a).subtract(b);
        return den.isZero() ? Rational.of(1, 2) : Rational.ONE.subtract(a).divide(den);
    }

    /**
     * The interim benchmarks of Def. C.1: Pi*(c_j), the seller's best interim utility facing F with value c_j, is
     * the SOM seller's interim utility (Myerson 1981 for a deterministic seller); by symmetry U*(v_i) is the BOM
     * buyer's. Returned as {sellers' Pi*(c_j)} and {buyers' U*(v_i)}.
     */
    public static Rational[][] interimIdeals(DiscreteTrade t) {
        MechanismOutcome som = sellerOffer(t);
        MechanismOutcome bom = buyerOffer(t);
        Rational[] seller = new Rational[t.sellers()];
        Rational[] buyer = new Rational[t.buyers()];
        for (int j = 0; j < t.sellers(); j++) {
            Rational s = Rational.ZERO;
            for (int i = 0; i < t.buyers(); i++) {
                s = s.add(t.f(i).multiply(som.sellerGets()[i][j].subtract(t.c(j).multiply(som.alloc()[i][j]))));
            }
            seller[j] = s;
        }
        for (int i = 0; i < t.buyers(); i++) {
            Rational u = Rational.ZERO;
            for (int j = 0; j < t.sellers(); j++) {
                u = u.add(t.g(j).multiply(t.v(i).multiply(bom.alloc()[i][j]).subtract(bom.buyerPays()[i][j])));
            }
            buyer[i] = u;
        }
        return new Rational[][] {seller, buyer};
    }

    /** OPT_FB = E[(v - c)^+]. */
    public static Rational firstBest(DiscreteTrade t) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < t.buyers(); i++) {
            for (int j = 0; j < t.sellers(); j++) {
                Rational d = t.v(i).subtract(t.c(j));
                if (d.signum() > 0) {
                    s = s.add(t.f(i).multiply(t.g(j)).multiply(d));
                }
            }
        }
        return s;
    }

    private static Rational[][][] empty(DiscreteTrade t) {
        Rational[][][] r = new Rational[3][t.buyers()][t.sellers()];
        for (Rational[][] a : r) {
            for (Rational[] row : a) {
                java.util.Arrays.fill(row, Rational.ZERO);
            }
        }
        return r;
    }

    private static void trade(Rational[][][] r, int i, int j, Rational price) {
        r[0][i][j] = Rational.ONE;
        r[1][i][j] = price;
        r[2][i][j] = price;
    }
}
