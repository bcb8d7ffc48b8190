package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;

/**
 * NOT a printed program: (6.1) with its seller dominance rows replaced by first-order stochastic dominance,
 * <pre>
 *   sum_{i&lt;=t} s_i(q) &gt;= sum_{i&lt;=t} s_i(q+1)      t in [n-1], q in [k-1]   (seller_dom{t}_{q})
 * </pre>
 * every other row as in {@link Qcp61Builder}. Together with the printed buyer rows these are exactly the
 * conditions under which per-unit laws on the fixed supports of Lemma 6.1 come from a distribution over
 * increasing submodular valuations (comonotone coupling; see {@code instance.Realizability}), so every feasible
 * point yields a realizable instance. Its feasible set is contained in that of the printed (6.1), hence its
 * optimum is &gt;= the printed one.
 */
public final class Qcp61StrictBuilder {
    private Qcp61StrictBuilder() {
    }

    public static Model build(List<Rational> prices, int units) {
        ModelBuilder m = new ModelBuilder("qcp61-strict");
        List<Rational> p = PriceList.validated(prices);
        MultiUnitVariables v = MultiUnitRows.start(m, "qcp61-strict", Qcp61Builder.SOURCE
                + " with exact first-order seller dominance (alternative reading, not printed)", p, units);
        Qcp61Builder.addRows(m, v, p, 0);
        return m.build();
    }
}
