package tradebounds.family.robust.program;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * Programs whose variables are a coupling {@code pi_i_j} (mass on buyer value v_i and seller cost c_j).
 *
 * <p>Marginal rows, shared by both programs: {@code buyer_i: sum_j pi_i_j = f_i} and
 * {@code seller_j: sum_i pi_i_j = g_j}; bounds {@code 0 <= pi_i_j <= min(f_i, g_j)} (implied by the rows, stated so
 * a slightly wrong-signed reduced cost meets a finite end in the safe dual bound).
 */
public final class CouplingPrograms {
    private CouplingPrograms() {
    }

    /**
     * (a) The worst coupling for one posted price p: {@code min sum_{c_j <= p <= v_i} (v_i - c_j) pi_i_j} over
     * couplings. Variables: pi_i_j (m n). Rows: buyer_i, seller_j (m + n, one redundant).
     */
    public static Model worstCoupling(RobustGrid g, Rational p) {
        ModelBuilder b = new ModelBuilder("robust-worst-coupling");
        int[][] pi = coupling(b, g);
        Expr.Builder obj = Expr.builder();
        for (int i = 0; i < g.m(); i++) {
            for (int j = 0; j < g.n(); j++) {
                if (g.trades(i, j, p) && g.gain(i, j).signum() != 0) {
                    obj.add(pi[i][j], g.gain(i, j));
                }
            }
        }
        b.objective(Sense.MINIMIZE, obj.build());
        b.provenance("program", "robust-a worst coupling for posted price " + p);
        b.provenance("paper", "Malik 2023 (seed 004), Sec. 5.2 / Prop. 1 on a grid");
        return b.build();
    }

    /**
     * (c) The min-max: {@code min z} over couplings pi and z, with, for every candidate price u_k of U,
     * {@code price_k: z - sum_{c_j <= u_k <= v_i} (v_i - c_j) pi_i_j >= 0}. So z is the designer's best response
     * (the best deterministic posted price, which is also the best randomized one against a known law) to the
     * worst coupling. Variables: pi_i_j (m n) and z in [0, D]. Rows: buyer_i, seller_j, price_k (|U|).
     *
     * <p>This LP is, row for row, the LP dual of {@link PricePrograms#maxMin} (price_k is dual to mu_k, buyer_i to
     * a_i, seller_j to b_j, and pi_i_j to the row pair_i_j), so on every grid (b) = (c) by LP strong duality.
     */
    public static Model minMax(RobustGrid g) {
        ModelBuilder b = new ModelBuilder("robust-min-max");
        int[][] pi = coupling(b, g);
        int z = b.addVariable("z", Bound.between(Rational.ZERO, g.spread()));
        List<Rational> u = g.prices();
        for (int k = 0; k < u.size(); k++) {
            Expr.Builder row = Expr.builder().add(z, Rational.ONE);
            for (int i = 0; i < g.m(); i++) {
                for (int j = 0; j < g.n(); j++) {
                    if (g.trades(i, j, u.get(k)) && g.gain(i, j).signum() != 0) {
                        row.add(pi[i][j], g.gain(i, j).negate());
                    }
                }
            }
            b.addRow("price_" + k, row.build(), Bound.atLeast(Rational.ZERO));
        }
        b.objective(Sense.MINIMIZE, Expr.variable(z));
        b.provenance("program", "robust-c min over couplings of the best posted price");
        b.provenance("paper", "Malik 2023 (seed 004), Thm. 4 on a grid");
        return b.build();
    }

    /**
     * (c) restricted to couplings supported on {@code support} (a list of cells {i, j}): the same rows as {@link
     * #minMax}, with pi_i_j absent (fixed at 0) off the support. Its feasible points, extended by zeros, are feasible
     * for (c), so every upper bound on this program's optimum bounds (c) from above; that is all it is used for
     * (the upper end of the discretisation sandwich, {@code family.robust.Sandwich}). Why it exists: (c) itself has
     * O(m n |U|) terms, while a comonotone support has at most m + n - 1 cells, so this program is small enough to
     * store at the grid sizes a 2e-3 bracket needs. Variables: pi_i_j on the support, z in [0, D]. Rows: buyer_i,
     * seller_j, price_k (only the support cells that trade at u_k).
     */
    public static Model minMaxOnSupport(RobustGrid g, List<int[]> support) {
        ModelBuilder b = new ModelBuilder("robust-min-max-on-support");
        int[] var = new int[support.size()];
        for (int s = 0; s < support.size(); s++) {
            int i = support.get(s)[0];
            int j = support.get(s)[1];
            Rational cap = g.buyer().mass(i).min(g.seller().mass(j));
            var[s] = b.addVariable("pi_" + i + "_" + j, Bound.between(Rational.ZERO, cap));
        }
        int z = b.addVariable("z", Bound.between(Rational.ZERO, g.spread()));
        for (int i = 0; i < g.m(); i++) {
            Expr.Builder row = Expr.builder();
            for (int s = 0; s < support.size(); s++) {
                if (support.get(s)[0] == i) {
                    row.add(var[s], Rational.ONE);
                }
            }
            b.addRow("buyer_" + i, row.build(), Bound.exactly(g.buyer().mass(i)));
        }
        for (int j = 0; j < g.n(); j++) {
            Expr.Builder row = Expr.builder();
            for (int s = 0; s < support.size(); s++) {
                if (support.get(s)[1] == j) {
                    row.add(var[s], Rational.ONE);
                }
            }
            b.addRow("seller_" + j, row.build(), Bound.exactly(g.seller().mass(j)));
        }
        List<Rational> u = g.prices();
        // c_j and v_i are points of U, so cell (i, j) trades at u_k iff index(c_j) <= k <= index(v_i): the same test
        // as RobustGrid.trades, on indices (the rational comparisons dominated the build time at 600 cells).
        int[] from = new int[support.size()];
        int[] to = new int[support.size()];
        Rational[] gain = new Rational[support.size()];
        for (int s = 0; s < support.size(); s++) {
            from[s] = java.util.Collections.binarySearch(u, g.c(support.get(s)[1]));
            to[s] = java.util.Collections.binarySearch(u, g.v(support.get(s)[0]));
            gain[s] = g.gain(support.get(s)[0], support.get(s)[1]);
        }
        for (int k = 0; k < u.size(); k++) {
            Expr.Builder row = Expr.builder().add(z, Rational.ONE);
            for (int s = 0; s < support.size(); s++) {
                if (from[s] <= k && k <= to[s] && gain[s].signum() != 0) {
                    row.add(var[s], gain[s].negate());
                }
            }
            b.addRow("price_" + k, row.build(), Bound.atLeast(Rational.ZERO));
        }
        b.objective(Sense.MINIMIZE, Expr.variable(z));
        b.provenance("program", "robust-c min over couplings of the best posted price, couplings on a given support");
        b.provenance("paper", "Malik 2023 (seed 004), Thm. 4 on a grid (upper bound on the min-max)");
        return b.build();
    }

    /** Adds pi_i_j and the marginal rows; returns the variable indices. */
    static int[][] coupling(ModelBuilder b, RobustGrid g) {
        int[][] pi = new int[g.m()][g.n()];
        for (int i = 0; i < g.m(); i++) {
            for (int j = 0; j < g.n(); j++) {
                Rational cap = g.buyer().mass(i).min(g.seller().mass(j));
                pi[i][j] = b.addVariable("pi_" + i + "_" + j, Bound.between(Rational.ZERO, cap));
            }
        }
        for (int i = 0; i < g.m(); i++) {
            Expr.Builder row = Expr.builder();
            for (int j = 0; j < g.n(); j++) {
                row.add(pi[i][j], Rational.ONE);
            }
            b.addRow("buyer_" + i, row.build(), Bound.exactly(g.buyer().mass(i)));
        }
        for (int j = 0; j < g.n(); j++) {
            Expr.Builder row = Expr.builder();
            for (int i = 0; i < g.m(); i++) {
                row.add(pi[i][j], Rational.ONE);
            }
            b.addRow("seller_" + j, row.build(), Bound.exactly(g.seller().mass(j)));
        }
        return pi;
    }
}
