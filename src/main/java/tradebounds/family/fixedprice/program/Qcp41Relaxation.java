package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * A linear relaxation of program (4.1) by the reformulation-linearisation technique (Sherali-Adams, first
 * level): every product s_i b_j becomes a variable y_ij &gt;= 0, and the products of the mass rows
 * 1 &lt;= sum s, sum b &lt;= U (U = 1 + 1/p_n) with the nonnegativity of s_i, b_j and with each other are added:
 * <pre>
 *   s_i &lt;= sum_j y_ij &lt;= U s_i,   b_j &lt;= sum_i y_ij &lt;= U b_j              (rows rlt_s_i, rlt_b_j)
 *   (sum s - 1)(sum b - 1) &gt;= 0, (U - sum s)(U - sum b) &gt;= 0, the two cross products  (rows rlt_mass_*)
 * </pre>
 * Any (s, b, r) feasible for (4.1) gives y_ij = s_i b_j feasible here, so the LP optimum is a valid lower bound
 * on r_1 — a weak one (the relaxation forgets that y has rank one), but exactly certifiable with a dual.
 * Variables: s1..sn, b1..bn in [0, U], r, then y_i_j in [0, U^2] row-major.
 */
public final class Qcp41Relaxation {
    private Qcp41Relaxation() {
    }

    public static Model build(List<Rational> prices) {
        List<Rational> p = PriceList.validated(prices);
        int n = p.size();
        Rational cap = Rational.ONE.add(Rational.ONE.divide(p.get(n - 1)));
        ModelBuilder m = new ModelBuilder("qcp41-rlt");
        m.provenance("program", "qcp41-rlt")
                .provenance("source", "RLT linear relaxation of Giambartolomei & de Keijzer program (4.1)")
                .provenance("prices", PriceList.describe(p));
        // Finite implied bounds (s_i, b_j <= U by the mass rows; y_ij <= U s_i <= U^2) keep the relaxation's
        // feasible set unchanged but let a safe dual bound absorb tiny wrong-signed reduced costs.
        Bound mass = Bound.between(Rational.ZERO, cap);
        FixedPriceVariables v = FixedPriceVariables.declare(m, n, mass, mass);
        Bound product = Bound.between(Rational.ZERO, cap.multiply(cap));
        int[][] y = new int[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                y[i][j] = m.addVariable("y" + i + "_" + j, product);
            }
        }
        m.objective(Sense.MINIMIZE, Expr.variable(v.r()));
        Qcp41Builder.swRows(m, v, p, (e, i, j, c) -> e.add(y[i][j], c));
        Expr.Builder opt = Expr.builder();
        Expr.Builder all = Expr.builder();
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                opt.add(y[i][j], p.get(i - 1).max(p.get(j - 1)));
                all.add(y[i][j], Rational.ONE);
            }
        }
        m.addRow("opt", opt.build(), Bound.atLeast(Rational.ONE));
        m.addRow("seller_mass", v.sellerSum(n), Bound.between(Rational.ONE, cap));
        m.addRow("buyer_mass", v.buyerSum(n), Bound.between(Rational.ONE, cap));
        for (int i = 1; i <= n; i++) {
            Expr.Builder row = Expr.builder();
            for (int j = 1; j <= n; j++) {
                row.add(y[i][j], Rational.ONE);
            }
            Expr sum = row.build();
            between(m, "rlt_s" + i, sum, v.s(i), cap);
        }
        for (int j = 1; j <= n; j++) {
            Expr.Builder col = Expr.builder();
            for (int i = 1; i <= n; i++) {
                col.add(y[i][j], Rational.ONE);
            }
            Expr sum = col.build();
            between(m, "rlt_b" + j, sum, v.b(j), cap);
        }
        Expr ys = all.build();
        Expr ss = v.sellerSum(n);
        Expr bs = v.buyerSum(n);
        Rational one = Rational.ONE;
        // (S - 1)(B - 1) >= 0  ->  Y - S - B >= -1; constants live in the bounds
        m.addRow("rlt_mass_ll", Expr.builder().addAll(ys, one).addAll(ss, one.negate()).addAll(bs, one.negate())
                .build(), Bound.atLeast(one.negate()));
        // (U - S)(U - B) >= 0  ->  Y - U S - U B >= -U^2
        m.addRow("rlt_mass_hh", Expr.builder().addAll(ys, one).addAll(ss, cap.negate()).addAll(bs, cap.negate())
                .build(), Bound.atLeast(cap.multiply(cap).negate()));
        // (S - 1)(U - B) >= 0  ->  U S - Y + B >= U, and symmetrically
        m.addRow("rlt_mass_lh", Expr.builder().addAll(ss, cap).addAll(ys, one.negate()).addAll(bs, one).build(),
                Bound.atLeast(cap));
        m.addRow("rlt_mass_hl", Expr.builder().addAll(bs, cap).addAll(ys, one.negate()).addAll(ss, one).build(),
                Bound.atLeast(cap));
        return m.build();
    }

    /** The rows {@code name_lo: x <= sum} and {@code name_hi: sum <= U x} (a mass row times x &gt;= 0). */
    private static void between(ModelBuilder m, String name, Expr sum, int x, Rational cap) {
        m.addRow(name + "_lo", Expr.builder().addAll(sum, Rational.ONE).add(x, Rational.ONE.negate()).build(),
                Bound.atLeast(Rational.ZERO));
        m.addRow(name + "_hi", Expr.builder().addAll(sum, Rational.ONE).add(x, cap.negate()).build(),
                Bound.atMost(Rational.ZERO));
    }
}
