package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * The row families of the k-unit programs, each parameterised by exactly the index offsets in which the printed
 * programs differ, so that each builder states its reading in one line and the families cannot drift apart.
 */
final class MultiUnitRows {
    private MultiUnitRows() {
    }

    /** Starts a k-unit model: validated prices, provenance, variables and {@code min r}. */
    static MultiUnitVariables start(ModelBuilder m, String id, String source, List<Rational> p, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("need k >= 1 units, got " + k);
        }
        m.provenance("program", id)
                .provenance("source", source)
                .provenance("units", Integer.toString(k))
                .provenance("prices", PriceList.describe(p));
        MultiUnitVariables v = MultiUnitVariables.declare(m, p.size(), k);
        m.objective(Sense.MINIMIZE, Expr.variable(v.r()));
        return v;
    }

    /**
     * Rows sw{t}, t = 1..n: sum_q [ sum_i s_i(q) p_i + sum_{i=1}^{t - sellerLag} sum_{j=t+buyerLead}^{n}
     * s_i(q) b_j(q) (p_j - p_i) ] - r &lt;= 0. The sum over q covers both terms: the second names q, so the
     * printed sum_q can only bind it.
     */
    static void welfareRows(ModelBuilder m, MultiUnitVariables v, List<Rational> p, int sellerLag, int buyerLead) {
        int n = p.size();
        for (int t = 1; t <= n; t++) {
            Expr.Builder e = Expr.builder();
            for (int q = 1; q <= v.k(); q++) {
                for (int i = 1; i <= n; i++) {
                    e.add(v.s(i, q), p.get(i - 1));
                }
                for (int i = 1; i <= t - sellerLag; i++) {
                    for (int j = t + buyerLead; j <= n; j++) {
                        e.add(v.s(i, q), v.b(j, q), p.get(j - 1).subtract(p.get(i - 1)));
                    }
                }
            }
            e.add(v.r(), Rational.ONE.negate());
            m.addRow("sw" + t, e.build(), Bound.atMost(Rational.ZERO));
        }
    }

    /** Row opt: sum_q sum_i sum_j s_i(q) b_j(q) max{p_i, p_j} &gt;= 1. */
    static void optRow(ModelBuilder m, MultiUnitVariables v, List<Rational> p) {
        int n = p.size();
        Expr.Builder e = Expr.builder();
        for (int q = 1; q <= v.k(); q++) {
            for (int i = 1; i <= n; i++) {
                for (int j = 1; j <= n; j++) {
                    e.add(v.s(i, q), v.b(j, q), p.get(i - 1).max(p.get(j - 1)));
                }
            }
        }
        m.addRow("opt", e.build(), Bound.atLeast(Rational.ONE));
    }

    /**
     * Rows seller_dom{t}_{q} for tFrom &lt;= t &lt;= tTo, q in [k-1]:
     * sum_{i&lt;=t} s_i(q) - sum_{i&lt;=t-lag} s_i(q+1) &gt;= 0. lag = 0 is first-order dominance
     * w~(q) &lt;=_st w~(q+1); lag = 1 is the weaker printed form.
     */
    static void sellerDominance(ModelBuilder m, MultiUnitVariables v, int tFrom, int tTo, int lag) {
        for (int q = 1; q < v.k(); q++) {
            for (int t = tFrom; t <= tTo; t++) {
                Expr.Builder e = Expr.builder().addAll(v.sellerPrefix(t, q), Rational.ONE)
                        .addAll(v.sellerPrefix(t - lag, q + 1), Rational.ONE.negate());
                m.addRow("seller_dom" + t + "_" + q, e.build(), Bound.atLeast(Rational.ZERO));
            }
        }
    }

    /**
     * Rows buyer_dom{t}_{q} for tFrom &lt;= t &lt;= tTo, q in [k-1]:
     * sum_{j&lt;=t-lag} b_j(q) - sum_{j&lt;=t} b_j(q+1) &lt;= 0. lag = 0 is v^(q) &gt;=_st v^(q+1).
     */
    static void buyerDominance(ModelBuilder m, MultiUnitVariables v, int tFrom, int tTo, int lag) {
        for (int q = 1; q < v.k(); q++) {
            for (int t = tFrom; t <= tTo; t++) {
                Expr.Builder e = Expr.builder().addAll(v.buyerPrefix(t - lag, q), Rational.ONE)
                        .addAll(v.buyerPrefix(t, q + 1), Rational.ONE.negate());
                m.addRow("buyer_dom" + t + "_" + q, e.build(), Bound.atMost(Rational.ZERO));
            }
        }
    }

    /** Rows seller_mass{q}, buyer_mass{q}: the full sums of unit q within {@code bound}. */
    static void massRows(ModelBuilder m, MultiUnitVariables v, Bound bound) {
        for (int q = 1; q <= v.k(); q++) {
            m.addRow("seller_mass" + q, v.sellerPrefix(v.n(), q), bound);
            m.addRow("buyer_mass" + q, v.buyerPrefix(v.n(), q), bound);
        }
    }

    /**
     * Rows diag{j}_{q}: b_j(q) - s_j(k-q+1) = 0, the "diagonal" of Corollaries 5.1 and 6.1, as equality rows
     * rather than a substitution, so the variable layout (and any point or certificate) stays that of the
     * parent program and a point that breaks the symmetry fails a named row of the exact point check.
     */
    static void diagonalRows(ModelBuilder m, MultiUnitVariables v) {
        for (int q = 1; q <= v.k(); q++) {
            for (int j = 1; j <= v.n(); j++) {
                Expr e = Expr.builder().add(v.b(j, q), Rational.ONE).add(v.s(j, v.k() - q + 1), Rational.ONE.negate())
                        .build();
                m.addRow("diag" + j + "_" + q, e, Bound.exactly(Rational.ZERO));
            }
        }
    }
}
