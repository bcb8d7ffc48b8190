package tradebounds.family.robust.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * Programs over randomized posted prices: a law mu on the candidate prices U (variables mu_k in [0, 1],
 * row {@code mass: sum_k mu_k = 1}).
 *
 * <h2>Derivation of (b)</h2>
 * A randomized posted price mu trades at (i, j) with probability M_ij(mu) = sum_{k: c_j &lt;= u_k &lt;= v_i} mu_k, so
 * its expected gain against a coupling pi is sum_ij w_ij(mu) pi_ij with w_ij(mu) = (v_i - c_j) M_ij(mu) &gt;= 0.
 * For fixed mu the worst coupling is the transportation LP
 * <pre>  min_pi sum_ij w_ij pi_ij  s.t.  sum_j pi_ij = f_i,  sum_i pi_ij = g_j,  pi &gt;= 0,</pre>
 * which is feasible (independent coupling) and bounded (w &gt;= 0), so by LP strong duality it equals
 * <pre>  max_{a,b} sum_i f_i a_i + sum_j g_j b_j  s.t.  a_i + b_j &lt;= w_ij(mu)  for all i, j.</pre>
 * w_ij(mu) is linear in mu, so maximizing over mu and the potentials (a, b) jointly is one LP:
 * <pre>  max sum_i f_i a_i + sum_j g_j b_j
 *   pair_i_j:  a_i + b_j - sum_{k: c_j &lt;= u_k &lt;= v_i} (v_i - c_j) mu_k &lt;= 0     (all i, j)
 *   mass:      sum_k mu_k = 1,   mu_k &gt;= 0.</pre>
 * Its LP dual (multipliers pi_i_j on pair_i_j, z on mass) is {@link CouplingPrograms#minMax}, so (b) = (c).
 *
 * <p>Bounds {@code -2D <= a_i, b_j <= 2D} (D = {@link RobustGrid#spread}) lose nothing: given optimal (a, b), the
 * double c-transform b'_j = min_i (w_ij - a_i), a'_i = min_j (w_ij - b'_j) is feasible and no worse (f, g &gt;= 0);
 * both have range at most D (w in [0, D]); after shifting (a' + s, b' - s) so that min a' = 0, a' lies in [0, D]
 * and b' in [-2D, D]. They are stated so every reduced cost leans on a finite end in the safe dual bound.
 */
public final class PricePrograms {
    private PricePrograms() {
    }

    /** (b) max over randomized posted prices of the worst-case expected gains; see the class comment. */
    public static Model maxMin(RobustGrid g) {
        ModelBuilder b = new ModelBuilder("robust-max-min");
        int[] mu = prices(b, g);
        transportationDual(b, g, false, posted(g, mu));
        b.provenance("program", "robust-b max over randomized posted prices of the worst coupling");
        b.provenance("paper", "Malik 2023 (seed 004), Thm. 3 on a grid");
        return b.build();
    }

    /**
     * (e) EXTENSION, not studied in the paper: min over randomized posted prices of the worst-case regret
     * max_pi sum_ij pi_ij [(v_i - c_j)^+ - (v_i - c_j) M_ij(mu)], regret being the first-best gains of the coupling
     * minus the mechanism's gains. The inner max is a transportation LP; its dual (potentials a, b) gives
     * <pre>  min sum_i f_i a_i + sum_j g_j b_j
     *   regret_i_j:  a_i + b_j + sum_{k: c_j &lt;= u_k &lt;= v_i} (v_i - c_j) mu_k &gt;= (v_i - c_j)^+
     *   mass:        sum_k mu_k = 1.</pre>
     * The same c-transform argument (coefficients in [0, D]) makes the bounds [-2D, 2D] non-restrictive.
     */
    public static Model minMaxRegret(RobustGrid g) {
        ModelBuilder b = new ModelBuilder("robust-regret-prices");
        int[] mu = prices(b, g);
        transportationDual(b, g, true, posted(g, mu));
        b.provenance("program", "robust-e EXTENSION min-max regret over randomized posted prices");
        b.provenance("paper", "not in Malik 2023 (seed 004); extension");
        return b.build();
    }

    /** X_ij of a randomized posted price: the mass mu_k of the prices u_k at which (i, j) trades. */
    private static Trade posted(RobustGrid g, int[] mu) {
        List<Rational> u = g.prices();
        return (row, i, j, c) -> {
            for (int k = 0; k < u.size(); k++) {
                if (g.trades(i, j, u.get(k))) {
                    row.add(mu[k], c);
                }
            }
        };
    }

    private static int[] prices(ModelBuilder b, RobustGrid g) {
        List<Rational> u = g.prices();
        int[] mu = new int[u.size()];
        Expr.Builder mass = Expr.builder();
        for (int k = 0; k < u.size(); k++) {
            mu[k] = b.addVariable("mu_" + k, Bound.between(Rational.ZERO, Rational.ONE));
            mass.add(mu[k], Rational.ONE);
        }
        b.addRow("mass", mass.build(), Bound.exactly(Rational.ONE));
        return mu;
    }

    /** How a pair row writes the trade probability X_ij of (i, j) times a coefficient c. */
    interface Trade {
        void add(Expr.Builder row, int i, int j, Rational c);
    }

    /**
     * What the programs of this class and {@link MechanismPrograms} share, the transportation dual of the worst
     * coupling: potentials a_i, b_j, a row per pair (i, j) with w_ij = v_i - c_j, either
     * {@code pair_i_j: a_i + b_j - w_ij X_ij <= 0} with objective max sum f_i a_i + sum g_j b_j, or (regret)
     * {@code regret_i_j: a_i + b_j + w_ij X_ij >= w_ij^+} with that objective minimised; X_ij is written by
     * {@code trade} (nothing when w_ij = 0).
     */
    static void transportationDual(ModelBuilder b, RobustGrid g, boolean regret, Trade trade) {
        int[] a = potentials(b, g, "a_", g.m());
        int[] bb = potentials(b, g, "b_", g.n());
        for (int i = 0; i < g.m(); i++) {
            for (int j = 0; j < g.n(); j++) {
                Expr.Builder row = Expr.builder().add(a[i], Rational.ONE).add(bb[j], Rational.ONE);
                Rational w = g.gain(i, j);
                if (w.signum() != 0) {
                    trade.add(row, i, j, regret ? w : w.negate());
                }
                if (regret) {
                    b.addRow("regret_" + i + "_" + j, row.build(), Bound.atLeast(w.max(Rational.ZERO)));
                } else {
                    b.addRow("pair_" + i + "_" + j, row.build(), Bound.atMost(Rational.ZERO));
                }
            }
        }
        b.objective(regret ? Sense.MINIMIZE : Sense.MAXIMIZE, marginalObjective(g, a, bb));
    }

    /** Dual potentials in [-2D, 2D]; see the class comment for why these bounds lose nothing. */
    private static int[] potentials(ModelBuilder b, RobustGrid g, String prefix, int count) {
        Rational d2 = g.spread().multiply(Rational.of(2));
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            idx[i] = b.addVariable(prefix + i, Bound.between(d2.negate(), d2));
        }
        return idx;
    }

    private static Expr marginalObjective(RobustGrid g, int[] a, int[] bb) {
        Expr.Builder obj = Expr.builder();
        for (int i = 0; i < g.m(); i++) {
            obj.add(a[i], g.buyer().mass(i));
        }
        for (int j = 0; j < g.n(); j++) {
            obj.add(bb[j], g.seller().mass(j));
        }
        return obj.build();
    }
}
