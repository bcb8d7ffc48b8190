package tradebounds.family.fixedprice.guarantee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tradebounds.cert.TreeCertificate;
import tradebounds.check.MultiUnitLeaves;
import tradebounds.family.fixedprice.program.Qcp51Builder;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * The (5.1) leaf test of the checker against the printed program: the Lagrangian is computed here from the rows
 * of {@link Qcp51Builder} (built from the paper's text, not from the checker's algebra), at random seller points
 * of the polytope and random buyer points of a box, and must never exceed the checker's maximum; on a point box
 * without order weights the maximum must equal the largest Lagrangian over the polytope's vertices.
 */
class MultiUnitLeavesTest {
    private static final List<Rational> P = List.of(Rational.ZERO, Rational.of(1, 4), Rational.of(1, 2),
            Rational.ONE, Rational.of(8));
    private static final int N = 5;
    private static final int K = 2;
    private static final Rational CAP = Rational.of(9, 8);
    private static final Rational R = Rational.of(7, 10);

    @Test
    void maximumDominatesThePrintedLagrangian() {
        dominates(Qcp51Builder.build(P, K), false, 51);
    }

    /**
     * Cor 5.1's symmetric program: the diagonal rows diag{j}_{q} of {@link Qcp51SymmetricBuilder} (b_j(q) -
     * s_j(k-q+1) = 0) weighted by kappa of either sign. The Lagrangian is evaluated at seller and buyer points that
     * are NOT on the diagonal, so the kappa terms are nonzero and their algebra in the checker is tested.
     */
    @Test
    void symmetricMaximumDominatesThePrintedLagrangian() {
        dominates(tradebounds.family.fixedprice.program.Qcp51SymmetricBuilder.build(P, K), true, 52);
    }

    private static void dominates(Model model, boolean symmetric, long seed) {
        Random rnd = new Random(seed);
        int equalities = 0;
        for (int trial = 0; trial < 60; trial++) {
            Rational[] y = new Rational[K * N];
            for (int q = 0; q < K; q++) {
                y[q * N] = Rational.ONE.add(Rational.of(rnd.nextInt(126), 1000));
                for (int k = 1; k < N; k++) {
                    y[q * N + k] = y[q * N + k - 1].multiply(Rational.of(rnd.nextInt(101), 100));
                }
            }
            boolean point = trial % 3 == 0;
            Rational[] lo = new Rational[K * N];
            Rational[] hi = new Rational[K * N];
            for (int c = 0; c < K * N; c++) {
                lo[c] = point ? y[c] : y[c].multiply(Rational.of(rnd.nextInt(90, 101), 100));
                hi[c] = point ? y[c] : y[c].multiply(Rational.of(rnd.nextInt(100, 111), 100));
            }
            TreeCertificate.Leaf leaf = randomLeaf(rnd, !point, symmetric);
            Rational bound = MultiUnitLeaves.maximum(leaf, P, R, CAP, K, lo, hi, new StringBuilder());
            Rational[] b = new Rational[K * N];
            for (int q = 0; q < K; q++) {
                for (int j = 0; j < N; j++) {
                    int c = q * N + j;
                    b[c] = j + 1 < N ? y[c].subtract(y[c + 1]) : y[c];
                }
            }
            // random seller points of the polytope {s >= 0, 1 <= sum_i s_i(q) <= C}
            for (int draw = 0; draw < 6; draw++) {
                Rational[] s = new Rational[K * N];
                for (int q = 0; q < K; q++) {
                    Rational mass = Rational.ONE.add(Rational.of(rnd.nextInt(126), 1000));
                    int[] weights = new int[N];
                    int total = 0;
                    for (int i = 0; i < N; i++) {
                        weights[i] = rnd.nextInt(4);
                        total += weights[i];
                    }
                    if (total == 0) {
                        weights[rnd.nextInt(N)] = 1;
                        total = 1;
                    }
                    for (int i = 0; i < N; i++) {
                        s[q * N + i] = mass.multiply(Rational.of(weights[i], total));
                    }
                }
                Rational value = lagrangian(model, leaf, s, b);
                assertTrue(value.compareTo(bound) <= 0, "trial " + trial + ": printed " + value + " > " + bound);
            }
            if (point) {
                // the maximum over the polytope is at a vertex c e_i per unit: compare with all of them
                Rational best = null;
                for (int v1 = 0; v1 < 2 * N; v1++) {
                    for (int v2 = 0; v2 < 2 * N; v2++) {
                        Rational[] s = new Rational[K * N];
                        java.util.Arrays.fill(s, Rational.ZERO);
                        s[v1 % N] = v1 < N ? Rational.ONE : CAP;
                        s[N + v2 % N] = v2 < N ? Rational.ONE : CAP;
                        Rational value = lagrangian(model, leaf, s, b);
                        best = best == null || value.compareTo(best) > 0 ? value : best;
                    }
                }
                assertEquals(best, bound, "trial " + trial);
                equalities++;
            }
        }
        assertTrue(equalities >= 20);
    }

    /** Random nonnegative multipliers for every row kind of (5.1) with k = 2; order weights when asked. */
    private static TreeCertificate.Leaf randomLeaf(Random rnd, boolean weights, boolean symmetric) {
        int[] idx = new int[N];
        Rational[] lambda = new Rational[N];
        for (int t = 0; t < N; t++) {
            idx[t] = t + 1;
            lambda[t] = Rational.of(rnd.nextInt(5), 4);
        }
        List<int[]> wi = new ArrayList<>();
        List<Rational> wv = new ArrayList<>();
        if (weights) {
            int vertex = 1 + rnd.nextInt(K * N);
            for (int k = 1; k < N; k++) {
                wi.add(new int[] {vertex, k});
                wv.add(Rational.of(rnd.nextInt(3), 2));
            }
        }
        List<TreeCertificate.SideRow> rows = new ArrayList<>();
        List<Rational> nu = new ArrayList<>();
        rows.add(new TreeCertificate.SideRow(false, 'E', 1, 0));
        nu.add(Rational.of(rnd.nextInt(4), 3));
        for (int t = 2; t <= N - 1; t++) {
            rows.add(new TreeCertificate.SideRow(false, 'D', 1, t));
            nu.add(Rational.of(rnd.nextInt(4), 5));
        }
        for (int q = 1; q <= K; q++) {
            rows.add(new TreeCertificate.SideRow(false, 'P', q, 0));
            nu.add(Rational.of(rnd.nextInt(4), 7));
        }
        // the buyer rows: expectation, dominance (2 <= t <= n-1) and head
        rows.add(new TreeCertificate.SideRow(true, 'E', 1, 0));
        nu.add(Rational.of(rnd.nextInt(4), 3));
        for (int t = 2; t <= N - 1; t++) {
            rows.add(new TreeCertificate.SideRow(true, 'D', 1, t));
            nu.add(Rational.of(rnd.nextInt(4), 5));
        }
        for (int q = 1; q <= K; q++) {
            rows.add(new TreeCertificate.SideRow(true, 'H', q, 0));
            nu.add(Rational.of(rnd.nextInt(4), 7));
        }
        if (symmetric) {
            // kappa on s_j(q) = b_j(k-q+1), either sign, on most rows
            for (int q = 1; q <= K; q++) {
                for (int j = 1; j <= N; j++) {
                    if (rnd.nextInt(4) > 0) {
                        rows.add(new TreeCertificate.SideRow(false, 'S', q, j));
                        nu.add(Rational.of(rnd.nextInt(11) - 5, 3));
                    }
                }
            }
        }
        TreeCertificate.Leaf plain = LeafText.leaf(Rational.of(rnd.nextInt(9), 8), List.of(1, 2, 3, 4, 5),
                List.of(lambda), wi, wv);
        return new TreeCertificate.Leaf(0, plain.mu(), idx, lambda, plain.weightVertex(), plain.weightRow(),
                plain.weight(), rows.toArray(new TreeCertificate.SideRow[0]), nu.toArray(new Rational[0]));
    }

    /**
     * sum_t lambda_t (slack of sw{t}) + mu (slack of opt) + sum nu (slack of the seller rows), each slack read off
     * the printed model at (s, b, r), seller and buyer rows alike: every term is nonnegative at a feasible point.
     */
    private static Rational lagrangian(Model model, TreeCertificate.Leaf leaf, Rational[] s, Rational[] b) {
        Rational[] x = new Rational[model.variableCount()];
        for (int c = 0; c < K * N; c++) {
            x[c] = s[c];
            x[K * N + c] = b[c];
        }
        x[2 * K * N] = R;
        Rational value = Rational.ZERO;
        for (int e = 0; e < leaf.lambdaIndex().length; e++) {
            value = value.add(leaf.lambda()[e].multiply(slack(model, "sw" + leaf.lambdaIndex()[e], x)));
        }
        value = value.add(leaf.mu().multiply(slack(model, "opt", x)));
        for (int e = 0; e < leaf.sideRow().length; e++) {
            TreeCertificate.SideRow row = leaf.sideRow()[e];
            if (row.kind() == 'S') {
                // kappa (s_j(q) - b_j(k-q+1)) = -kappa (value of the printed row diag{j}_{k-q+1})
                value = value.subtract(leaf.nu()[e].multiply(slack(model, "diag" + row.price() + "_"
                        + (K - row.unit() + 1), x)));
                continue;
            }
            String side = row.buyer() ? "buyer" : "seller";
            String name = switch (row.kind()) {
                case 'E' -> side + "_mean" + row.unit();
                case 'D' -> side + "_dom" + row.price() + "_" + row.unit();
                default -> side + "_head" + row.unit();
            };
            value = value.add(leaf.nu()[e].multiply(slack(model, name, x)));
        }
        return value;
    }

    private static Rational slack(Model model, String name, Rational[] x) {
        for (Row row : model.rows()) {
            if (row.name().equals(name)) {
                Rational v = row.expr().evaluate(x);
                if (row.bound().hi() != null && row.bound().lo() != null && row.bound().hi().equals(row.bound().lo())) {
                    return v.subtract(row.bound().lo()); // an equality row: its value, of either sign
                }
                return row.bound().hi() != null ? row.bound().hi().subtract(v) : v.subtract(row.bound().lo());
            }
        }
        throw new AssertionError("no row " + name);
    }
}
