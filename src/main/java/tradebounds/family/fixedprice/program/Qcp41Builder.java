package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * Program (4.1) of Giambartolomei and de Keijzer (guarantee side, after Cai and Wu 2023, Lemma 3.2), as printed:
 * <pre>
 * inf r
 *   sum_i s_i p_i + sum_{i=1}^{t-1} sum_{j=t+1}^{n} s_i b_j (p_j - p_i) &lt;= r   for all t in [n]  (row sw_t)
 *   sum_i sum_j s_i b_j max{p_i, p_j} &gt;= 1                                                    (row opt)
 *   1 &lt;= sum_i s_i, sum_j b_j &lt;= 1 + 1/p_n                             (rows seller_mass, buyer_mass)
 *   0 &lt;= r &lt;= 1, s_i, b_j &gt;= 0
 * </pre>
 * Its optimum r_1 is a lower bound on the ratio of the mechanism M of Definition 4.1. Proving r_1 &gt;= c means
 * proving the program with r &lt;= c infeasible: a global statement about a nonconvex QCP.
 */
public final class Qcp41Builder {
    private Qcp41Builder() {
    }

    public static Model build(List<Rational> prices) {
        List<Rational> p = PriceList.validated(prices);
        int n = p.size();
        Rational massCap = Rational.ONE.add(Rational.ONE.divide(p.get(n - 1)));
        ModelBuilder m = new ModelBuilder("qcp41");
        m.provenance("program", "qcp41")
                .provenance("source", "Giambartolomei & de Keijzer, Section 4, program (4.1)")
                .provenance("prices", PriceList.describe(p));
        FixedPriceVariables v = FixedPriceVariables.declare(m, n, Bound.nonNegative(), Bound.nonNegative());
        m.objective(Sense.MINIMIZE, Expr.variable(v.r()));
        swRows(m, v, p, (e, i, j, c) -> e.add(v.s(i), v.b(j), c));
        m.addRow("opt", Qcp42Builder.optExpr(v, p), Bound.atLeast(Rational.ONE));
        m.addRow("seller_mass", v.sellerSum(n), Bound.between(Rational.ONE, massCap));
        m.addRow("buyer_mass", v.buyerSum(n), Bound.between(Rational.ONE, massCap));
        return m.build();
    }

    /** How a row writes the product s_i b_j with coefficient c: itself here, the variable y_ij in the RLT. */
    interface Product {
        void add(Expr.Builder e, int i, int j, Rational c);
    }

    /** The rows sw_1..sw_n of (4.1) (see the class comment), shared with its relaxation {@link Qcp41Relaxation}. */
    static void swRows(ModelBuilder m, FixedPriceVariables v, List<Rational> p, Product product) {
        int n = p.size();
        for (int t = 1; t <= n; t++) {
            Expr.Builder e = Expr.builder();
            Qcp42Builder.sellerMean(e, v, p);
            for (int i = 1; i <= t - 1; i++) {
                for (int j = t + 1; j <= n; j++) {
                    product.add(e, i, j, p.get(j - 1).subtract(p.get(i - 1)));
                }
            }
            e.add(v.r(), Rational.ONE.negate());
            m.addRow("sw" + t, e.build(), Bound.atMost(Rational.ZERO));
        }
    }
}
