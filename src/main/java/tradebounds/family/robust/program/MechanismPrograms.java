package tradebounds.family.robust.program;

import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * Programs over the class of direct mechanisms on the grid that are DSIC, ex-post IR and budget balanced:
 * variables {@code q_i_j} in [0, 1] (trade probability at reports (v_i, c_j)) and {@code t_i_j} (the price the
 * buyer pays and the seller receives; budget balance is built in by using one transfer). Rows, exactly:
 * <pre>
 *   irb_i_j:  v_i q_i_j - t_i_j &gt;= 0                                         buyer ex-post IR
 *   irs_i_j:  t_i_j - c_j q_i_j &gt;= 0                                         seller ex-post IR
 *   bup_i_j:  v_i q_i_j - t_i_j - v_i q_i+1_j + t_i+1_j &gt;= 0        (i &lt; m-1) buyer v_i does not report v_i+1
 *   bdn_i_j:  v_i+1 q_i+1_j - t_i+1_j - v_i+1 q_i_j + t_i_j &gt;= 0    (i &lt; m-1) buyer v_i+1 does not report v_i
 *   sup_i_j:  t_i_j - c_j q_i_j - t_i_j+1 + c_j q_i_j+1 &gt;= 0        (j &lt; n-1) seller c_j does not report c_j+1
 *   sdn_i_j:  t_i_j+1 - c_j+1 q_i_j+1 - t_i_j + c_j+1 q_i_j &gt;= 0    (j &lt; n-1) seller c_j+1 does not report c_j
 * </pre>
 * Only adjacent deviations are written: for one-dimensional types with utility v q - t, the two adjacent
 * constraints give (v_i+1 - v_i)(q_i+1 - q_i) &gt;= 0, so q is monotone, and then chaining adjacent constraints gives
 * every non-adjacent one (v_i q_i - t_i &gt;= v_i q_i+1 - t_i+1 &gt;= v_i q_i+2 - t_i+2 + (v_i+1 - v_i)(q_i+2 - q_i+1) &gt;= ...).
 * DSIC here means among grid types only: this is the finite-grid analogue of the paper's class M_D-hat.
 * Bounds {@code min(0, c_0) <= t_i_j <= max(0, v_m-1)} are implied by IR.
 */
public final class MechanismPrograms {
    private MechanismPrograms() {
    }

    /**
     * (d) max over the class of the worst-case gains: {@code max sum f_i a_i + sum g_j b_j} subject to the class
     * rows and {@code pair_i_j: a_i + b_j - (v_i - c_j) q_i_j <= 0} (transportation duality as in
     * {@link PricePrograms}; gains coefficients now lie in [-D, D], and the c-transform argument still bounds the
     * potentials by 2D). Variables: q, t (2 m n), a_i, b_j.
     */
    public static Model maxMin(RobustGrid g) {
        ModelBuilder b = new ModelBuilder("robust-mechanism-max-min");
        int[][][] qt = mechanism(b, g);
        PricePrograms.transportationDual(b, g, false, (row, i, j, c) -> row.add(qt[0][i][j], c));
        b.provenance("program", "robust-d max over DSIC, ex-post IR, BB grid mechanisms of the worst coupling");
        b.provenance("paper", "Malik 2023 (seed 004), Thm. 2-3 class M_D-hat on a grid");
        return b.build();
    }

    /**
     * (e) EXTENSION, not studied in the paper: min over the class of the worst-case regret,
     * {@code min sum f_i a_i + sum g_j b_j} s.t. the class rows and
     * {@code regret_i_j: a_i + b_j + (v_i - c_j) q_i_j >= (v_i - c_j)^+}.
     */
    public static Model minMaxRegret(RobustGrid g) {
        ModelBuilder b = new ModelBuilder("robust-regret-mechanisms");
        int[][][] qt = mechanism(b, g);
        PricePrograms.transportationDual(b, g, true, (row, i, j, c) -> row.add(qt[0][i][j], c));
        b.provenance("program", "robust-e EXTENSION min-max regret over DSIC, ex-post IR, BB grid mechanisms");
        b.provenance("paper", "not in Malik 2023 (seed 004); extension");
        return b.build();
    }

    /**
     * The designer's best response in the class to one known coupling pi (exact masses, rows = buyer values,
     * columns = seller costs): {@code max sum_ij pi_ij (v_i - c_j) q_ij} over the class rows. Its value bounds (d)
     * from above for every coupling pi with the grid's marginals (weak duality: (d) is a max of a min over
     * couplings, and this fixes the coupling). Why it exists: (d) itself is so degenerate that no floating dual of
     * it crosses over to an exact one from 50 cells up, while this LP has no potentials and no pair rows.
     * (Since then {@code robust.GridCertifier#certifyWithDualLp} certifies (d) itself exactly at 50 cells for the
     * U[0,1] / U[0,1/2] pair, by solving (d)'s LP dual as a primal.)
     * Variables: q, t (2 m n).
     */
    public static Model bestResponse(RobustGrid g, Rational[][] pi) {
        ModelBuilder b = new ModelBuilder("robust-mechanism-best-response");
        int[][][] qt = mechanism(b, g);
        Expr.Builder obj = Expr.builder();
        for (int i = 0; i < g.m(); i++) {
            for (int j = 0; j < g.n(); j++) {
                Rational w = pi[i][j].multiply(g.gain(i, j));
                if (w.signum() != 0) {
                    obj.add(qt[0][i][j], w);
                }
            }
        }
        b.objective(Sense.MAXIMIZE, obj.build());
        b.provenance("program", "robust-d best response in the DSIC, ex-post IR, BB grid class to a fixed coupling");
        b.provenance("paper", "Malik 2023 (seed 004), upper bound on (d) by weak duality");
        return b.build();
    }

    /** Adds q, t and the IR / IC rows; returns {q, t} index arrays. */
    static int[][][] mechanism(ModelBuilder b, RobustGrid g) {
        int m = g.m();
        int n = g.n();
        int[][] q = new int[m][n];
        int[][] t = new int[m][n];
        Rational tLo = Rational.ZERO.min(g.c(0));
        Rational tHi = Rational.ZERO.max(g.v(m - 1));
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = b.addVariable("q_" + i + "_" + j, Bound.between(Rational.ZERO, Rational.ONE));
                t[i][j] = b.addVariable("t_" + i + "_" + j, Bound.between(tLo, tHi));
            }
        }
        Bound nonneg = Bound.atLeast(Rational.ZERO);
        Rational one = Rational.ONE;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                String at = i + "_" + j;
                b.addRow("irb_" + at, Expr.builder().add(q[i][j], g.v(i)).add(t[i][j], one.negate()).build(), nonneg);
                b.addRow("irs_" + at, Expr.builder().add(t[i][j], one).add(q[i][j], g.c(j).negate()).build(), nonneg);
                if (i + 1 < m) {
                    b.addRow("bup_" + at, Expr.builder().add(q[i][j], g.v(i)).add(t[i][j], one.negate())
                            .add(q[i + 1][j], g.v(i).negate()).add(t[i + 1][j], one).build(), nonneg);
                    b.addRow("bdn_" + at, Expr.builder().add(q[i + 1][j], g.v(i + 1)).add(t[i + 1][j], one.negate())
                            .add(q[i][j], g.v(i + 1).negate()).add(t[i][j], one).build(), nonneg);
                }
                if (j + 1 < n) {
                    b.addRow("sup_" + at, Expr.builder().add(t[i][j], one).add(q[i][j], g.c(j).negate())
                            .add(t[i][j + 1], one.negate()).add(q[i][j + 1], g.c(j)).build(), nonneg);
                    b.addRow("sdn_" + at, Expr.builder().add(t[i][j + 1], one).add(q[i][j + 1], g.c(j + 1).negate())
                            .add(t[i][j], one.negate()).add(q[i][j], g.c(j + 1)).build(), nonneg);
                }
            }
        }
        return new int[][][] {q, t};
    }
}
