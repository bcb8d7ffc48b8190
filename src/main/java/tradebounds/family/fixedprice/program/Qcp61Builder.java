package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;

/**
 * Program (6.1) of Giambartolomei and de Keijzer (k-unit hardness side, Lemma 6.1), as printed:
 * <pre>
 * inf r
 *   sum_q [ sum_i s_i(q) p_i + sum_{i=1}^{t} sum_{j=t+1}^{n} s_i(q) b_j(q) (p_j - p_i) ] &lt;= r   t in [n]  (sw{t})
 *   sum_q sum_i sum_j s_i(q) b_j(q) max{p_i, p_j} &gt;= 1                                           (opt)
 *   sum_{i&lt;=t} s_i(q) &gt;= sum_{i&lt;=t-1} s_i(q+1)          t in [n-1], q in [k-1]   (seller_dom{t}_{q})
 *   sum_{j&lt;=t} b_j(q) &lt;= sum_{j&lt;=t} b_j(q+1)            t in [n-1], q in [k-1]   (buyer_dom{t}_{q})
 *   sum_i s_i(q) = sum_j b_j(q) = 1                      q in [k]         (seller_mass{q}, buyer_mass{q})
 *   0 &lt;= r &lt;= 1, s_i(q), b_j(q) &gt;= 0
 * </pre>
 * Discrepancy with Lemma 6.1, which this printed reading does not resolve. The lemma puts every seller law
 * w~(q) on the same support {p_i + eps/k}; an instance over submodular valuations needs w~(1) &lt;=_st ... &lt;=_st
 * w~(k), i.e. sum_{i&lt;=t} s_i(q) &gt;= sum_{i&lt;=t} s_i(q+1) for all t. The printed seller rows have t-1 on the
 * right and are strictly weaker (the buyer rows are the exact chain). A point of this program may therefore
 * describe per-unit laws that no distribution over submodular valuations has, and its r is then no hardness at
 * all. {@link Qcp61StrictBuilder} (id {@code qcp61-strict}) is the alternative reading with the exact chain; the
 * instance-level replay (Lemma 6.1 construction, realizability, exact welfare) decides which points count.
 * With k = 1 there are no dominance rows and this is program (4.2).
 */
public final class Qcp61Builder {
    static final String SOURCE = "Giambartolomei & de Keijzer, Section 6, program (6.1)";

    private Qcp61Builder() {
    }

    public static Model build(List<Rational> prices, int units) {
        ModelBuilder m = new ModelBuilder("qcp61");
        List<Rational> p = PriceList.validated(prices);
        MultiUnitVariables v = MultiUnitRows.start(m, "qcp61", SOURCE, p, units);
        addRows(m, v, p, 1);
        return m.build();
    }

    /** Every row of (6.1) with the seller dominance rows' lag as given (1 printed, 0 exact). */
    static void addRows(ModelBuilder m, MultiUnitVariables v, List<Rational> p, int sellerLag) {
        int n = p.size();
        MultiUnitRows.welfareRows(m, v, p, 0, 1);
        MultiUnitRows.optRow(m, v, p);
        MultiUnitRows.sellerDominance(m, v, 1, n - 1, sellerLag);
        MultiUnitRows.buyerDominance(m, v, 1, n - 1, 0);
        MultiUnitRows.massRows(m, v, Bound.exactly(Rational.ONE));
    }
}
