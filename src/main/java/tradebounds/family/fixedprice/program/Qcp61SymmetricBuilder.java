package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;

/**
 * The symmetric variant of (6.1) behind Corollary 6.1, as printed at the end of Section 6: (6.1) restricted to
 * the diagonal b_j(q) = s_j(k-q+1) (equality rows diag{j}_{q}, for the reasons given in
 * {@link Qcp51SymmetricBuilder}), with its first constraint replaced by
 * <pre>
 *   sum_q [ sum_i s_i(q) p_i + sum_{i=1}^{t} sum_{j=t}^{n} s_i(q) b_j(q) (p_j - p_i) ] &lt;= r    t in [n]   (sw{t})
 * </pre>
 * (the inner sum starts at j = t: without the eps-shift of the seller support, a buyer at p_t trades at price
 * p_t). Every other row is that of (6.1) as printed, the weak seller dominance rows included.
 *
 * <p>Why the weak seller rows do no harm here: under the diagonal the printed buyer rows
 * sum_{j&lt;=t} b_j(q) &lt;= sum_{j&lt;=t} b_j(q+1) read sum_{j&lt;=t} s_j(k-q+1) &lt;= sum_{j&lt;=t} s_j(k-q), which is
 * the exact seller chain w~(k-q) &lt;=_st w~(k-q+1) for every q. So, unlike (6.1), every feasible point of this
 * program gives realizable laws and no strict variant is needed.
 */
public final class Qcp61SymmetricBuilder {
    private Qcp61SymmetricBuilder() {
    }

    public static Model build(List<Rational> prices, int units) {
        ModelBuilder m = new ModelBuilder("qcp61-sym");
        List<Rational> p = PriceList.validated(prices);
        int n = p.size();
        MultiUnitVariables v = MultiUnitRows.start(m, "qcp61-sym", Qcp61Builder.SOURCE
                + " restricted to the diagonal b_j(q) = s_j(k-q+1) with the modified first constraint, Corollary 6.1",
                p, units);
        MultiUnitRows.welfareRows(m, v, p, 0, 0);
        MultiUnitRows.optRow(m, v, p);
        MultiUnitRows.sellerDominance(m, v, 1, n - 1, 1);
        MultiUnitRows.buyerDominance(m, v, 1, n - 1, 0);
        MultiUnitRows.massRows(m, v, Bound.exactly(Rational.ONE));
        MultiUnitRows.diagonalRows(m, v);
        return m.build();
    }
}
