package tradebounds.family.ksfair;

import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.MechanismSpace;
import tradebounds.model.Rational;

/**
 * An ex-post mechanism on a {@link DiscreteTrade}, as [i][j] arrays over (buyer value v_i, seller value c_j):
 * trade probability, what the buyer pays, what the seller receives; and its exact ex-ante utilities and GFT.
 */
public record MechanismOutcome(String name, DiscreteTrade trade, Rational[][] alloc, Rational[][] buyerPays,
                      Rational[][] sellerGets) {
    /** Pi(M) = E[p~(v,c) - c x(v,c)]. */
    public Rational seller() {
        Rational s = Rational.ZERO;
        for (int i = 0; i < trade.buyers(); i++) {
            for (int j = 0; j < trade.sellers(); j++) {
                s = s.add(w(i, j).multiply(sellerGets[i][j].subtract(trade.c(j).multiply(alloc[i][j]))));
            }
        }
        return s;
    }

    /** U(M) = E[v x(v,c) - p(v,c)]. */
    public Rational buyer() {
        Rational s = Rational.ZERO;
        for (int i = 0; i < trade.buyers(); i++) {
            for (int j = 0; j < trade.sellers(); j++) {
                s = s.add(w(i, j).multiply(trade.v(i).multiply(alloc[i][j]).subtract(buyerPays[i][j])));
            }
        }
        return s;
    }

    /** GFT[M] = E[(v - c) x(v,c)]. */
    public Rational gft() {
        Rational s = Rational.ZERO;
        for (int i = 0; i < trade.buyers(); i++) {
            for (int j = 0; j < trade.sellers(); j++) {
                s = s.add(w(i, j).multiply(trade.v(i).subtract(trade.c(j))).multiply(alloc[i][j]));
            }
        }
        return s;
    }

    /** This mechanism as a point of the {@link MechanismSpace} variables. */
    public Rational[] point() {
        return MechanismSpace.point(trade, alloc, buyerPays, sellerGets);
    }

    /** lambda . this + (1 - lambda) . other, ex post (run this with probability lambda). */
    public MechanismOutcome mix(Rational lambda, MechanismOutcome other, String mixedName) {
        Rational mu = Rational.ONE.subtract(lambda);
        int n = trade.buyers();
        int m = trade.sellers();
        Rational[][] x = new Rational[n][m];
        Rational[][] p = new Rational[n][m];
        Rational[][] q = new Rational[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                x[i][j] = lambda.multiply(alloc[i][j]).add(mu.multiply(other.alloc[i][j]));
                p[i][j] = lambda.multiply(buyerPays[i][j]).add(mu.multiply(other.buyerPays[i][j]));
                q[i][j] = lambda.multiply(sellerGets[i][j]).add(mu.multiply(other.sellerGets[i][j]));
            }
        }
        return new MechanismOutcome(mixedName, trade, x, p, q);
    }

    private Rational w(int i, int j) {
        return trade.f(i).multiply(trade.g(j));
    }
}
