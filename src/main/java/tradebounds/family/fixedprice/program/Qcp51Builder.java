package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;

/**
 * Program (5.1) of Giambartolomei and de Keijzer (k-unit guarantee side, Proposition 5.1), as printed:
 * <pre>
 * inf r
 *   sum_q [ sum_i s_i(q) p_i + sum_{i=1}^{t-1} sum_{j=t+1}^{n} s_i(q) b_j(q) (p_j - p_i) ] &lt;= r  t in [n]  (sw{t})
 *   sum_q sum_i sum_j s_i(q) b_j(q) max{p_i, p_j} &gt;= 1                                          (opt)
 *   sum_i s_i(q) p_i &lt;= sum_i s_i(q+1) p_i                        q in [k-1]               (seller_mean{q})
 *   sum_j b_j(q) p_j &gt;= sum_j b_j(q+1) p_j                        q in [k-1]               (buyer_mean{q})
 *   sum_{i&lt;=t} s_i(q) &gt;= sum_{i&lt;=t-1} s_i(q+1)                    2 &lt;= t &lt;= n-1, q in [k-1]  (seller_dom{t}_{q})
 *   sum_{j&lt;=t-1} b_j(q) &lt;= sum_{j&lt;=t} b_j(q+1)                    2 &lt;= t &lt;= n-1, q in [k-1]  (buyer_dom{t}_{q})
 *   1 &lt;= sum_i s_i(q), sum_j b_j(q) &lt;= 1 + 1/p_n                  q in [k]          (seller_mass{q}, buyer_mass{q})
 *   sum_{i&lt;=n-1} s_i(q), sum_{j&lt;=n-1} b_j(q) &lt;= 1                q in [k]          (seller_head{q}, buyer_head{q})
 *   0 &lt;= r &lt;= 1, s_i(q), b_j(q) &gt;= 0
 * </pre>
 * Readings of the printed text, each a choice this builder makes:
 * <ul>
 *   <li>The paper prints the mass cap as {@code 1 + 1/pn}; read as 1 + 1/p_n, the cap of (4.1).</li>
 *   <li>The printed sum_q stands before the first term only, but the second term names q, so the sum must
 *       cover both (otherwise q is unbound).</li>
 *   <li>The dominance rows use t-1 on one side and run over 2 &lt;= t &lt;= n-1 only; they are the paper's
 *       "relaxed" dominance (mean-preserving discretisation), weaker than first-order dominance. On the guarantee
 *       side a weaker feasible set only lowers r_k, so the printed reading is the safe one and no alternative is
 *       offered.</li>
 * </ul>
 * With k = 1 there are no mean or dominance rows and the program is (4.1) plus the head rows.
 */
public final class Qcp51Builder {
    static final String SOURCE = "Giambartolomei & de Keijzer, Section 5, program (5.1)";

    private Qcp51Builder() {
    }

    public static Model build(List<Rational> prices, int units) {
        ModelBuilder m = new ModelBuilder("qcp51");
        List<Rational> p = PriceList.validated(prices);
        MultiUnitVariables v = MultiUnitRows.start(m, "qcp51", SOURCE, p, units);
        addRows(m, v, p);
        return m.build();
    }

    /** Every row of (5.1); shared with the symmetric variant, which only adds the diagonal. */
    static void addRows(ModelBuilder m, MultiUnitVariables v, List<Rational> p) {
        int n = p.size();
        int k = v.k();
        MultiUnitRows.welfareRows(m, v, p, 1, 1);
        MultiUnitRows.optRow(m, v, p);
        for (int q = 1; q < k; q++) {
            Expr.Builder s = Expr.builder();
            Expr.Builder b = Expr.builder();
            for (int i = 1; i <= n; i++) {
                s.add(v.s(i, q), p.get(i - 1)).add(v.s(i, q + 1), p.get(i - 1).negate());
                b.add(v.b(i, q), p.get(i - 1)).add(v.b(i, q + 1), p.get(i - 1).negate());
            }
            m.addRow("seller_mean" + q, s.build(), Bound.atMost(Rational.ZERO));
            m.addRow("buyer_mean" + q, b.build(), Bound.atLeast(Rational.ZERO));
        }
        MultiUnitRows.sellerDominance(m, v, 2, n - 1, 1);
        MultiUnitRows.buyerDominance(m, v, 2, n - 1, 1);
        Rational cap = Rational.ONE.add(Rational.ONE.divide(p.get(n - 1)));
        MultiUnitRows.massRows(m, v, Bound.between(Rational.ONE, cap));
        for (int q = 1; q <= k; q++) {
            m.addRow("seller_head" + q, v.sellerPrefix(n - 1, q), Bound.atMost(Rational.ONE));
            m.addRow("buyer_head" + q, v.buyerPrefix(n - 1, q), Bound.atMost(Rational.ONE));
        }
    }
}
