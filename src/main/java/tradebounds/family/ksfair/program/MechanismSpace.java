package tradebounds.family.ksfair.program;

import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;

/**
 * The class M_{F,G} of Sec. 2.1 as LP rows over a {@link DiscreteTrade}: variables {@code x_i_j} in [0,1] (trade
 * probability at buyer value v_i, seller value c_j), {@code pb_i_j} (buyer pays) and {@code ps_i_j} (seller
 * receives), and the rows
 * <ul>
 *   <li>{@code bic_b_i_k}: sum_j g_j (v_i x_ij - pb_ij) - sum_j g_j (v_i x_kj - pb_kj) &gt;= 0, all i != k;</li>
 *   <li>{@code bic_s_j_l}: sum_i f_i (ps_ij - c_j x_ij) - sum_i f_i (ps_il - c_j x_il) &gt;= 0, all j != l;</li>
 *   <li>{@code iir_b_i}: sum_j g_j (v_i x_ij - pb_ij) &gt;= 0; {@code iir_s_j}: sum_i f_i (ps_ij - c_j x_ij) &gt;= 0;</li>
 *   <li>{@code wbb}: sum_ij f_i g_j (pb_ij - ps_ij) &gt;= 0 (ex-ante weak budget balance).</li>
 * </ul>
 * Payments are nonnegative, as the paper's p, p~ : R^2_+ -&gt; R_+ are. The upper bounds pb &lt;= max v and
 * ps &lt;= max v / min g lose nothing: replacing ex-post payments by interim ones (pb_ij := P_i, ps_ij := P~_j)
 * keeps every row and objective, and then IIR gives P_i &lt;= v_i X_i &lt;= max v while WBB gives
 * g_j P~_j &lt;= E[P~] &lt;= E[P] &lt;= max v. They are there so the safe dual bound never leans on an infinite end.
 */
public final class MechanismSpace {
    private final DiscreteTrade t;
    private final ModelBuilder b;
    private final int[][] x;
    private final int[][] pb;
    private final int[][] ps;

    private MechanismSpace(DiscreteTrade t, String name) {
        this.t = t;
        this.b = new ModelBuilder(name);
        int n = t.buyers();
        int m = t.sellers();
        x = new int[n][m];
        pb = new int[n][m];
        ps = new int[n][m];
        Bound payB = Bound.between(Rational.ZERO, t.maxValue());
        Bound payS = Bound.between(Rational.ZERO, t.maxValue().divide(t.minSellerProb()));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                x[i][j] = b.addVariable("x_" + i + "_" + j, Bound.between(Rational.ZERO, Rational.ONE));
                pb[i][j] = b.addVariable("pb_" + i + "_" + j, payB);
                ps[i][j] = b.addVariable("ps_" + i + "_" + j, payS);
            }
        }
        b.provenance("paper", "Babaioff, Feng, Manaker Morag, KS-fair truthful trade (seed 000), Sec. 2.1 and 3");
    }

    /**
     * Which BIC rows to write. GLOBAL: every pair of types (the paper's definition, n(n-1) rows per side, each with
     * 4m terms: 8 n^3 nonzeros for n = m, 64 million at n = 200). ADJACENT: only neighbouring types, both
     * directions. Same polytope: with utilities v x - p, the two rows between v_i and v_{i+1} add up to
     * (v_{i+1} - v_i)(X_{i+1} - X_i) &gt;= 0, so the interim allocation X is nondecreasing, and then the row "i
     * reports k" for i &lt; k follows from the adjacent ones: u_k - u_i &lt;= sum_{l=i}^{k-1} (v_{l+1} - v_l) X_{l+1}
     * &lt;= (v_k - v_i) X_k (symmetrically for k &lt; i); the seller is the same with -c in place of v.
     */
    public enum Ic { GLOBAL, ADJACENT }

    /** A builder holding the variables and every row of M_{F,G}; the caller adds rows and the objective. */
    public static MechanismSpace of(DiscreteTrade t, String name) {
        return of(t, name, Ic.GLOBAL);
    }

    /** As {@link #of(DiscreteTrade, String)} with the chosen BIC rows (ADJACENT is recorded in the provenance). */
    public static MechanismSpace of(DiscreteTrade t, String name, Ic ic) {
        MechanismSpace s = new MechanismSpace(t, name);
        if (ic == Ic.ADJACENT) {
            s.b.provenance("ic", "adjacent types only (equivalent to all pairs, MechanismSpace.Ic)");
        }
        s.addIncentiveRows(ic == Ic.ADJACENT);
        return s;
    }

    private static boolean paired(int i, int k, boolean adjacent) {
        return k != i && (!adjacent || Math.abs(k - i) == 1);
    }

    private void addIncentiveRows(boolean adjacent) {
        int n = t.buyers();
        int m = t.sellers();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                if (paired(i, k, adjacent)) {
                    Expr e = Expr.builder().addAll(buyerInterim(i, i), Rational.ONE)
                            .addAll(buyerInterim(i, k), Rational.ONE.negate()).build();
                    b.addRow("bic_b_" + i + "_" + k, e, Bound.nonNegative());
                }
            }
            b.addRow("iir_b_" + i, buyerInterim(i, i), Bound.nonNegative());
        }
        for (int j = 0; j < m; j++) {
            for (int l = 0; l < m; l++) {
                if (paired(j, l, adjacent)) {
                    Expr e = Expr.builder().addAll(sellerInterim(j, j), Rational.ONE)
                            .addAll(sellerInterim(j, l), Rational.ONE.negate()).build();
                    b.addRow("bic_s_" + j + "_" + l, e, Bound.nonNegative());
                }
            }
            b.addRow("iir_s_" + j, sellerInterim(j, j), Bound.nonNegative());
        }
        Expr.Builder w = Expr.builder();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                Rational fg = t.f(i).multiply(t.g(j));
                w.add(pb[i][j], fg).add(ps[i][j], fg.negate());
            }
        }
        b.addRow("wbb", w.build(), Bound.nonNegative());
    }

    /** Interim utility of buyer type i reporting k: sum_j g_j (v_i x_kj - pb_kj). */
    Expr buyerInterim(int i, int k) {
        Expr.Builder e = Expr.builder();
        for (int j = 0; j < t.sellers(); j++) {
            e.add(x[k][j], t.g(j).multiply(t.v(i))).add(pb[k][j], t.g(j).negate());
        }
        return e.build();
    }

    /** Interim utility of seller type j reporting l: sum_i f_i (ps_il - c_j x_il). */
    Expr sellerInterim(int j, int l) {
        Expr.Builder e = Expr.builder();
        for (int i = 0; i < t.buyers(); i++) {
            e.add(ps[i][l], t.f(i)).add(x[i][l], t.f(i).multiply(t.c(j)).negate());
        }
        return e.build();
    }

    /** Pi(M): the seller's ex-ante utility. */
    public Expr sellerUtility() {
        Expr.Builder e = Expr.builder();
        for (int j = 0; j < t.sellers(); j++) {
            e.addAll(sellerInterim(j, j), t.g(j));
        }
        return e.build();
    }

    /** U(M): the buyer's ex-ante utility. */
    public Expr buyerUtility() {
        Expr.Builder e = Expr.builder();
        for (int i = 0; i < t.buyers(); i++) {
            e.addAll(buyerInterim(i, i), t.f(i));
        }
        return e.build();
    }

    /** GFT[M] = sum_ij f_i g_j (v_i - c_j) x_ij. */
    public Expr gainsFromTrade() {
        Expr.Builder e = Expr.builder();
        for (int i = 0; i < t.buyers(); i++) {
            for (int j = 0; j < t.sellers(); j++) {
                e.add(x[i][j], t.f(i).multiply(t.g(j)).multiply(t.v(i).subtract(t.c(j))));
            }
        }
        return e.build();
    }

    int x(int i, int j) {
        return x[i][j];
    }

    int pb(int i, int j) {
        return pb[i][j];
    }

    int ps(int i, int j) {
        return ps[i][j];
    }

    public ModelBuilder builder() {
        return b;
    }

    /**
     * A point of this model's variables from an ex-post rule given as [i][j] arrays (allocation, buyer payment,
     * seller receipt), in the variable order of the built model.
     */
    public static Rational[] point(DiscreteTrade t, Rational[][] alloc, Rational[][] buyerPays,
                                   Rational[][] sellerGets) {
        Rational[] p = new Rational[3 * t.buyers() * t.sellers()];
        int k = 0;
        for (int i = 0; i < t.buyers(); i++) {
            for (int j = 0; j < t.sellers(); j++) {
                p[k++] = alloc[i][j];
                p[k++] = buyerPays[i][j];
                p[k++] = sellerGets[i][j];
            }
        }
        return p;
    }
}
