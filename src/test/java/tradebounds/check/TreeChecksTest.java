package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Limits;
import tradebounds.cert.TreeCertificate;
import tradebounds.model.Rational;

/**
 * The guarantee-tree checker on the toy certificate ((4.1) with prices 0, 1/2, 1000 has no feasible point at
 * r = 1/4), its corrupted twins, and the checker's algebra against the printed program (4.1) itself.
 */
class TreeChecksTest {
    static final String TOY = "guarantee-tree-toy.cert";

    static CheckOutcome check(String text) {
        return TreeChecks.check(text, "toy", Limits.DEFAULT);
    }

    static void rejected(String text, Reason reason) {
        CheckOutcome o = check(text);
        Rejected r = assertInstanceOf(Rejected.class, o, o::toString);
        assertEquals(reason, r.reason(), r::toString);
    }

    @Test
    void toyIsProvedWithItsLevel() {
        CheckOutcome o = Checker.check(Twins.EXAMPLES.resolve(TOY));
        Proved p = assertInstanceOf(Proved.class, o, o::toString);
        assertEquals(Rational.of(1, 4), p.values().get(Quantity.INFEASIBLE_AT));
        assertTrue(p.notes().get(0).contains("11 closed leaves"), p.notes()::toString);
    }

    @Test
    void corruptedTwinsAreRejected() {
        String good = Twins.example(TOY);
        // a dropped leaf: the stream ends with a box uncovered (and NODES disagrees)
        String droppedLeaf = Twins.drop(good, "L 0 2:1072669/1073741824 3:1072669155/1073741824");
        rejected(droppedLeaf, Reason.DIMENSION);
        rejected(Twins.replace(droppedLeaf, "NODES 21", "NODES 20"), Reason.DIMENSION);
        // a split outside its box (y_3 <= 1001/2000 was imposed above it)
        rejected(Twins.replace(good, "S 3 1001/4000", "S 3 1001/1000"), Reason.SPLIT_OUTSIDE_BOX);
        // a changed multiplier: mu of the first leaf lowered until its vertex inequality fails
        rejected(Twins.replace(good, "L 137370337/268435456 2:1", "L 1/10 2:1"), Reason.LEAF_BOUND);
        // a leaf whose inequality fails: all weight on the price that never trades
        rejected(Twins.replace(good, "L 0 2:34325413/134217728 3:99892315/134217728", "L 0 1:1"),
                Reason.LEAF_BOUND);
        // a negative multiplier
        rejected(Twins.replace(good, "L 137370337/268435456 2:1", "L -137370337/268435456 2:1"), Reason.DUAL_SIGN);
        // a changed r: the same multipliers do not prove 1/2
        rejected(Twins.replace(good, "R 1/4", "R 1/2"), Reason.LEAF_BOUND);
        // a changed price (the box and the vertices move)
        rejected(Twins.replace(good, "PRICES 0 1/2 1000", "PRICES 0 1/2 10"), Reason.LEAF_BOUND);
        rejected(Twins.replace(good, "PRICES 0 1/2 1000", "PRICES 0 1000 1/2"), Reason.PRICE_ORDER);
        // a wrong version, an open leaf, an empty marker on a box that is not empty, text after END
        assertInstanceOf(Unchecked.class, check(Twins.replace(good, "VER 1", "VER 4")));
        rejected(Twins.replace(good, "L 0 2:8581353/536870912 3:528289559/536870912", "O"), Reason.OPEN_LEAF);
        rejected(Twins.replace(good, "L 0 2:8581353/536870912 3:528289559/536870912", "E"), Reason.LEAF_NOT_EMPTY);
        rejected(good + "S 1 1\n", Reason.MALFORMED);
        // a swapped index: lambda on a price that does not exist
        rejected(Twins.replace(good, "L 137370337/268435456 2:1", "L 137370337/268435456 4:1"), Reason.DIMENSION);
    }

    /**
     * The checker's closed-form vertex bound M_i against the printed program: for random buyer laws b in a
     * random box of the region and random multipliers, the Lagrangian value of every seller vertex computed from
     * the printed rows (a_t) and the OPT row never exceeds (r Lambda - mu) + c M_i. Exact arithmetic throughout.
     */
    @Test
    void vertexBoundDominatesThePrintedLagrangian() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        List<Rational> p = List.of(Rational.ZERO, Rational.of(3, 25), Rational.of(11, 50), Rational.of(1, 2),
                Rational.of(5, 4), Rational.of(1000));
        int n = p.size();
        Rational cap = Rational.ONE.add(Rational.ONE.divide(p.get(n - 1)));
        Rational r = Rational.of(7, 10);
        int accepted = 0;
        int rejectedCount = 0;
        for (int trial = 0; trial < 400; trial++) {
            // a random decreasing y in the region, and a box around it
            Rational[] y = new Rational[n];
            y[0] = Rational.ONE.add(Rational.of(rnd.nextInt(1001), 1_000_000));
            for (int k = 1; k < n; k++) {
                y[k] = y[k - 1].multiply(Rational.of(rnd.nextInt(101), 100));
            }
            Rational[] lo = new Rational[n];
            Rational[] hi = new Rational[n];
            for (int k = 0; k < n; k++) {
                lo[k] = y[k].multiply(Rational.of(rnd.nextInt(90, 101), 100));
                hi[k] = y[k].multiply(Rational.of(rnd.nextInt(100, 111), 100));
            }
            int[] idx = new int[n];
            Rational[] lambda = new Rational[n];
            for (int t = 0; t < n; t++) {
                idx[t] = t + 1;
                lambda[t] = Rational.of(rnd.nextInt(5), 4);
            }
            Rational mu = Rational.of(rnd.nextInt(9), 8);
            Rational[] weight = new Rational[n - 1];
            int[] wVertex = new int[n - 1];
            int[] wRow = new int[n - 1];
            int vertex = 1 + rnd.nextInt(n);
            for (int k = 0; k < n - 1; k++) {
                wVertex[k] = vertex;
                wRow[k] = k + 1;
                weight[k] = Rational.of(rnd.nextInt(3), 2);
            }
            TreeCertificate.Leaf leaf = new TreeCertificate.Leaf(0, mu, idx, lambda, wVertex, wRow, weight);
            Rational[] b = new Rational[n];
            for (int j = 0; j < n; j++) {
                b[j] = j + 1 < n ? y[j].subtract(y[j + 1]) : y[j];
            }
            TreeCertificate.Leaf plain = new TreeCertificate.Leaf(0, mu, idx, lambda, new int[0], new int[0],
                    new Rational[0]);
            boolean inBox = true;
            for (int k = 0; k < n; k++) {
                inBox &= y[k].compareTo(lo[k]) >= 0 && y[k].compareTo(hi[k]) <= 0;
            }
            Rational maxBound = null;
            for (int i = 0; i < n; i++) {
                for (Rational c : List.of(Rational.ONE, cap)) {
                    Rational value = printedLagrangian(p, r, lambda, mu, b, i, c);
                    // on a point box without order weights the bound is the printed value itself
                    assertEquals(value, vertexBound(plain, p, r, i + 1, c, y, y), "trial " + trial);
                    if (inBox) {
                        Rational bound = vertexBound(leaf, p, r, i + 1, c, lo, hi);
                        maxBound = maxBound == null || bound.compareTo(maxBound) > 0 ? bound : maxBound;
                        assertTrue(value.compareTo(bound) <= 0, "trial " + trial + " vertex " + (i + 1)
                                + ": printed " + value + " > bound " + bound);
                    }
                }
            }
            // the integer form of the leaf check agrees with the rational reference: it accepts exactly when
            // every vertex bound is negative
            if (maxBound != null) {
                boolean integerAccepts = TreeChecks.leafFailure(leaf, p, r, cap, lo, hi) == null;
                boolean rationalAccepts = true;
                for (int i = 1; i <= n; i++) {
                    for (Rational c : List.of(Rational.ONE, cap)) {
                        rationalAccepts &= vertexBound(leaf, p, r, i, c, lo, hi).signum() < 0;
                    }
                }
                assertEquals(rationalAccepts, integerAccepts, "trial " + trial);
                accepted += integerAccepts ? 1 : 0;
                rejectedCount += integerAccepts ? 0 : 1;
            }
        }
        assertTrue(accepted > 0 && rejectedCount > 0, accepted + " accepted, " + rejectedCount + " rejected");
    }

    /** sum_t lambda_t (r - c l_{t,i}(b)) + mu (c o_i(b) - 1), straight from the rows of (4.1) at s = c e_i. */
    static Rational printedLagrangian(List<Rational> p, Rational r, Rational[] lambda, Rational mu, Rational[] b,
                                      int i, Rational c) {
        int n = p.size();
        Rational value = mu.negate();
        for (int t = 0; t < n; t++) {
            Rational l = p.get(i);
            if (i < t) {
                for (int j = t + 1; j < n; j++) {
                    l = l.add(b[j].multiply(p.get(j).subtract(p.get(i))));
                }
            }
            value = value.add(lambda[t].multiply(r.subtract(c.multiply(l))));
        }
        Rational o = Rational.ZERO;
        for (int j = 0; j < n; j++) {
            o = o.add(b[j].multiply(p.get(j).max(p.get(i))));
        }
        return value.add(mu.multiply(c).multiply(o));
    }

    /**
     * The rational reference of the checker's leaf bound, kept here (outside the trusted base): (r Lambda - mu) +
     * c M_i for seller vertex i (1-based) on the box lo..hi as given, with M_i = -Lambda p_i + sum_k max(a_k lo_k,
     * a_k hi_k), a_k = beta_k - beta_{k-1} + w_{i,k} - w_{i,k-1}, beta_j = mu max(p_i, p_j) - (p_j - p_i)
     * sum_{i<t<j} lambda_t.
     */
    static Rational vertexBound(TreeCertificate.Leaf leaf, List<Rational> p, Rational r, int i, Rational c,
                                Rational[] lo, Rational[] hi) {
        TreeChecks.Multipliers mult = new TreeChecks.Multipliers(leaf, p.size());
        int n = p.size();
        Rational[] prefix = new Rational[n + 1];
        prefix[0] = Rational.ZERO;
        for (int t = 1; t <= n; t++) {
            prefix[t] = prefix[t - 1].add(mult.lambda[t]);
        }
        Rational total = prefix[n];
        Rational pi = p.get(i - 1);
        Rational m = total.multiply(pi).negate();
        Rational betaPrev = Rational.ZERO;
        for (int k = 1; k <= n; k++) {
            Rational pk = p.get(k - 1);
            Rational beta = mult.mu.multiply(pk.max(pi));
            if (k > i + 1) {
                beta = beta.subtract(pk.subtract(pi).multiply(prefix[k - 1].subtract(prefix[i])));
            }
            Rational a = beta.subtract(betaPrev);
            if (mult.w[i] != null) {
                a = a.add(mult.w[i][k]).subtract(mult.w[i][k - 1]);
            }
            betaPrev = beta;
            m = m.add(a.multiply(a.signum() >= 0 ? hi[k - 1] : lo[k - 1]));
        }
        return r.multiply(total).subtract(leaf.mu()).add(c.multiply(m));
    }
}
