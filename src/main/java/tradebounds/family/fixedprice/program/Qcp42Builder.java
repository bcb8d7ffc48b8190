package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * Program (4.2) of Giambartolomei and de Keijzer (hardness side, after Cai and Wu 2023, Lemma 3.3), as printed:
 * <pre>
 * inf r
 *   sum_i s_i p_i + sum_{i=1}^{t} sum_{j=t+1}^{n} s_i b_j (p_j - p_i) &lt;= r   for all t in [n]   (row sw_t)
 *   sum_i sum_j s_i b_j max{p_i, p_j} &gt;= 1                                                    (row opt)
 *   sum_i s_i = sum_j b_j = 1                                          (rows seller_mass, buyer_mass)
 *   0 &lt;= r &lt;= 1, s_i, b_j &gt;= 0
 * </pre>
 * Variables are named s1..sn, b1..bn, r in that order.
 */
public final class Qcp42Builder {
    private Qcp42Builder() {
    }

    public static Model build(List<Rational> prices) {
        List<Rational> p = PriceList.validated(prices);
        int n = p.size();
        ModelBuilder m = new ModelBuilder("qcp42");
        m.provenance("program", "qcp42")
                .provenance("source", "Giambartolomei & de Keijzer, Section 4, program (4.2)")
                .provenance("prices", PriceList.describe(p));
        FixedPriceVariables v = FixedPriceVariables.declare(m, n, Bound.nonNegative(), Bound.nonNegative());
        m.objective(Sense.MINIMIZE, Expr.variable(v.r()));
        for (int t = 1; t <= n; t++) {
            Expr.Builder e = Expr.builder();
            sellerMean(e, v, p);
            for (int i = 1; i <= t; i++) {
                for (int j = t + 1; j <= n; j++) {
                    e.add(v.s(i), v.b(j), p.get(j - 1).subtract(p.get(i - 1)));
                }
            }
            e.add(v.r(), Rational.ONE.negate());
            m.addRow("sw" + t, e.build(), Bound.atMost(Rational.ZERO));
        }
        m.addRow("opt", optExpr(v, p), Bound.atLeast(Rational.ONE));
        m.addRow("seller_mass", v.sellerSum(n), Bound.exactly(Rational.ONE));
        m.addRow("buyer_mass", v.buyerSum(n), Bound.exactly(Rational.ONE));
        return m.build();
    }

    static void sellerMean(Expr.Builder e, FixedPriceVariables v, List<Rational> p) {
        for (int i = 1; i <= p.size(); i++) {
            e.add(v.s(i), p.get(i - 1));
        }
    }

    static Expr optExpr(FixedPriceVariables v, List<Rational> p) {
        Expr.Builder e = Expr.builder();
        int n = p.size();
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                e.add(v.s(i), v.b(j), p.get(i - 1).max(p.get(j - 1)));
            }
        }
        return e.build();
    }
}
