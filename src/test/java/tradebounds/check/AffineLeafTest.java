package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tradebounds.cert.TreeCertificate;
import tradebounds.model.Rational;

/**
 * Leaves whose lambda is affine on the box (guarantee trees, version 3), against the printed program: whenever
 * the checker accepts a leaf, the Lagrangian of every seller vertex computed from the printed rows of (4.1) with
 * lambda(y) is negative at every corner of the box and at random points inside it. Exact arithmetic throughout.
 */
class AffineLeafTest {
    private static final List<Rational> P = List.of(Rational.ZERO, Rational.of(3, 25), Rational.of(11, 50),
            Rational.of(1, 2), Rational.of(5, 4), Rational.of(1000));
    private static final int N = P.size();
    private static final Rational CAP = Rational.ONE.add(Rational.ONE.divide(P.get(N - 1)));

    @Test
    void acceptedAffineLeavesAreNegativeOnTheWholeBox() {
        SplittableRandom rnd = new SplittableRandom(20261207);
        int accepted = 0;
        for (int trial = 0; trial < 60; trial++) {
            Rational[] lo = new Rational[N];
            Rational[] hi = new Rational[N];
            box(rnd, lo, hi);
            TreeCertificate.Leaf leaf = randomLeaf(rnd, lo, hi);
            // the largest r in [0, 1] (to 2^-20) at which the checker accepts: the bound is tight there
            Rational low = Rational.ZERO;
            Rational high = Rational.ONE;
            if (TreeChecks.leafFailure(leaf, P, low, CAP, lo.clone(), hi.clone()) != null) {
                continue;
            }
            for (int step = 0; step < 20; step++) {
                Rational mid = low.add(high).divide(Rational.of(2));
                if (TreeChecks.leafFailure(leaf, P, mid, CAP, lo.clone(), hi.clone()) == null) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            accepted++;
            Rational r = low;
            for (int corner = 0; corner < (1 << N); corner++) {
                Rational[] y = new Rational[N];
                for (int k = 0; k < N; k++) {
                    y[k] = (corner >> k & 1) == 0 ? lo[k] : hi[k];
                }
                assertNegative(leaf, r, lo, hi, y, "trial " + trial + " corner " + corner);
            }
            for (int sample = 0; sample < 40; sample++) {
                Rational[] y = new Rational[N];
                for (int k = 0; k < N; k++) {
                    Rational u = Rational.of(rnd.nextInt(1001), 1000);
                    y[k] = lo[k].add(hi[k].subtract(lo[k]).multiply(u));
                }
                assertNegative(leaf, r, lo, hi, y, "trial " + trial + " sample " + sample);
            }
        }
        assertTrue(accepted >= 5, accepted + " leaves accepted at some r");
    }

    /** Slopes that are all zero: the affine test gives the constant test's verdict on the same multipliers. */
    @Test
    void zeroSlopesAgreeWithTheConstantLeafTest() {
        SplittableRandom rnd = new SplittableRandom(7);
        int both = 0;
        int neither = 0;
        for (int trial = 0; trial < 200; trial++) {
            Rational[] lo = new Rational[N];
            Rational[] hi = new Rational[N];
            box(rnd, lo, hi);
            TreeCertificate.Leaf c = randomLeaf(rnd, lo, hi);
            TreeCertificate.Leaf zero = withSlopes(c, new TreeCertificate.Slope[] {
                new TreeCertificate.Slope(3, new int[] {4}, new Rational[] {Rational.ZERO})});
            TreeCertificate.Leaf plain = withSlopes(c, new TreeCertificate.Slope[0]);
            Rational r = Rational.of(rnd.nextInt(1, 100), 100);
            boolean constant = TreeChecks.leafFailure(plain, P, r, CAP, lo.clone(), hi.clone()) == null;
            boolean affine = TreeChecks.leafFailure(zero, P, r, CAP, lo.clone(), hi.clone()) == null;
            assertEquals(constant, affine, "trial " + trial);
            both += constant ? 1 : 0;
            neither += constant ? 0 : 1;
        }
        assertTrue(both > 0 && neither > 0, both + " accepted, " + neither + " rejected");
    }

    /** lambda(y) must stay nonnegative on the whole box: a slope larger than lambda / half-width is refused. */
    @Test
    void aSlopeThatMakesLambdaNegativeIsRefused() {
        Rational[] lo = {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ZERO, Rational.ZERO, Rational.ZERO};
        Rational[] hi = {Rational.ONE, Rational.of(1, 2), Rational.of(1, 2), Rational.of(1, 2), Rational.of(1, 2),
            Rational.of(1, 2)};
        // lambda_4 = 1/8 at the centre y_2 = 1/4; slope 1 in y_2 gives 1/8 - 1/4 < 0 at y_2 = 0
        TreeCertificate.Leaf leaf = new TreeCertificate.Leaf(0, Rational.ZERO, new int[] {4}, new Rational[] {
            Rational.of(1, 8)}, new int[0], new int[0], new Rational[0], new TreeCertificate.SideRow[0],
            new Rational[0], new TreeCertificate.Slope[] {new TreeCertificate.Slope(2, new int[] {4},
                new Rational[] {Rational.ONE})});
        String failure = TreeChecks.leafFailure(leaf, P, Rational.of(1, 100), CAP, lo, hi);
        assertNotNull(failure);
        assertTrue(failure.startsWith("negative lambda_4"), failure);
        // half the slope keeps lambda_4 >= 0 on the box (1/8 - 1/2 * 1/4 = 0): no sign failure any more
        TreeCertificate.Leaf half = withSlopes(leaf, new TreeCertificate.Slope[] {new TreeCertificate.Slope(2,
            new int[] {4}, new Rational[] {Rational.of(1, 2)})});
        String other = TreeChecks.leafFailure(half, P, Rational.of(1, 100), CAP, lo, hi);
        assertTrue(other == null || !other.startsWith("negative"), String.valueOf(other));
    }

    /**
     * The stored toy (FORMAT.md section 5.2) is proved, its affine leaf is needed (without its slopes the same
     * multipliers do not close the box), and corrupted twins are rejected.
     */
    @Test
    void affineToyAndItsCorruptedTwins() {
        String good = Twins.example("guarantee-tree-affine-toy.cert");
        String leaf = "L 13/16 2:5/16 3:11/16 @ 3 @ 4 2:-7237/32 3:7237/32";
        CheckOutcome o = TreeChecksTest.check(good);
        assertTrue(o instanceof Proved, o::toString);
        assertEquals(Rational.of(57, 100), ((Proved) o).values().get(Quantity.INFEASIBLE_AT));
        // the slopes carry the leaf: dropped, the constant multipliers fail on that box
        rejected(Twins.replace(good, leaf, "L 13/16 2:5/16 3:11/16"), Reason.LEAF_BOUND);
        // a changed slope: twice as steep fails the vertex bound, far steeper makes lambda_2 negative on the box
        rejected(Twins.replace(good, leaf, "L 13/16 2:5/16 3:11/16 @ 4 2:-7237/16 3:7237/16"), Reason.LEAF_BOUND);
        rejected(Twins.replace(good, leaf, "L 13/16 2:5/16 3:11/16 @ 4 2:-10000000 3:10000000"), Reason.DUAL_SIGN);
        // a slope with the wrong sign fails the vertex bound or the sign rule
        CheckOutcome flipped = TreeChecksTest.check(Twins.replace(good, leaf,
                "L 13/16 2:5/16 3:11/16 @ 4 2:7237/32 3:-7237/32"));
        assertTrue(flipped instanceof Rejected, flipped::toString);
        // slopes in a version-1 file, the same coordinate twice, a coordinate beyond n
        rejected(Twins.replace(good, "VER 3", "VER 1"), Reason.MALFORMED);
        rejected(Twins.replace(good, leaf, leaf + " @ 4 2:0"), Reason.DUPLICATE_NAME);
        rejected(Twins.replace(good, leaf, "L 13/16 2:5/16 3:11/16 @ 5 2:-7237/32 3:7237/32"), Reason.DIMENSION);
        // a changed r
        rejected(Twins.replace(good, "R 57/100", "R 3/5"), Reason.LEAF_BOUND);
    }

    private static void rejected(String text, Reason reason) {
        CheckOutcome o = TreeChecksTest.check(text);
        assertTrue(o instanceof Rejected, o::toString);
        assertEquals(reason, ((Rejected) o).reason(), o::toString);
    }

    private static void assertNegative(TreeCertificate.Leaf leaf, Rational r, Rational[] lo, Rational[] hi,
                                       Rational[] y, String where) {
        Rational[] lambda = lambdaAt(leaf, lo, hi, y);
        Rational[] b = new Rational[N];
        for (int j = 0; j < N; j++) {
            b[j] = j + 1 < N ? y[j].subtract(y[j + 1]) : y[j];
        }
        for (int i = 0; i < N; i++) {
            for (Rational c : List.of(Rational.ONE, CAP)) {
                Rational value = TreeChecksTest.printedLagrangian(P, r, lambda, leaf.mu(), b, i, c);
                assertTrue(value.signum() < 0, where + " vertex " + (i + 1) + " c " + c + ": " + value);
            }
        }
    }

    /** lambda_t(y) = lambda_t + sum_m s_tm (y_{k_m} - midpoint), 0-based array. */
    private static Rational[] lambdaAt(TreeCertificate.Leaf leaf, Rational[] lo, Rational[] hi, Rational[] y) {
        Rational[] lambda = new Rational[N];
        java.util.Arrays.fill(lambda, Rational.ZERO);
        for (int e = 0; e < leaf.lambdaIndex().length; e++) {
            lambda[leaf.lambdaIndex()[e] - 1] = leaf.lambda()[e];
        }
        for (TreeCertificate.Slope s : leaf.slopes()) {
            int k = s.coordinate() - 1;
            Rational d = y[k].subtract(lo[k].add(hi[k]).divide(Rational.of(2)));
            for (int e = 0; e < s.index().length; e++) {
                lambda[s.index()[e] - 1] = lambda[s.index()[e] - 1].add(s.value()[e].multiply(d));
            }
        }
        return lambda;
    }

    /** A box around a random decreasing y, already closed under the order (so it is its own tightening). */
    private static void box(SplittableRandom rnd, Rational[] lo, Rational[] hi) {
        Rational[] y = new Rational[N];
        y[0] = Rational.ONE;
        for (int k = 1; k < N; k++) {
            y[k] = y[k - 1].multiply(Rational.of(rnd.nextInt(20, 101), 100));
        }
        for (int k = 0; k < N; k++) {
            lo[k] = k == 0 ? Rational.ONE : y[k].multiply(Rational.of(rnd.nextInt(80, 101), 100));
            hi[k] = k == 0 ? Rational.ONE.add(Rational.of(rnd.nextInt(0, 2), 2000)) : y[k].multiply(Rational.of(
                    rnd.nextInt(100, 121), 100));
        }
        TreeChecks.tighten(lo, hi);
    }

    /** lambda spread over the prices, a small mu, and slopes in one or two coordinates kept inside lambda. */
    private static TreeCertificate.Leaf randomLeaf(SplittableRandom rnd, Rational[] lo, Rational[] hi) {
        int[] idx = new int[N];
        Rational[] lambda = new Rational[N];
        for (int t = 0; t < N; t++) {
            idx[t] = t + 1;
            lambda[t] = Rational.of(rnd.nextInt(1, 9), 16);
        }
        Rational mu = Rational.of(rnd.nextInt(0, 5), 8);
        int count = 1 + rnd.nextInt(2);
        TreeCertificate.Slope[] slopes = new TreeCertificate.Slope[count];
        for (int m = 0; m < count; m++) {
            int k = 1 + rnd.nextInt(N - 1) + (m == 1 ? 0 : 0);
            if (m == 1 && k == slopes[0].coordinate() - 1) {
                k = k == N - 1 ? 1 : k + 1;
            }
            Rational half = hi[k].subtract(lo[k]).divide(Rational.of(2));
            int[] si = new int[N];
            Rational[] sv = new Rational[N];
            for (int t = 0; t < N; t++) {
                si[t] = t + 1;
                // |s_t| h <= lambda_t / 2 per coordinate keeps lambda(y) >= 0 with two coordinates
                Rational bound = half.signum() == 0 ? Rational.ZERO : lambda[t].divide(half).divide(Rational.of(2));
                sv[t] = bound.multiply(Rational.of(rnd.nextInt(-8, 9), 8));
            }
            slopes[m] = new TreeCertificate.Slope(k + 1, si, sv);
        }
        return new TreeCertificate.Leaf(0, mu, idx, lambda, new int[0], new int[0], new Rational[0],
                new TreeCertificate.SideRow[0], new Rational[0], slopes);
    }

    private static TreeCertificate.Leaf withSlopes(TreeCertificate.Leaf leaf, TreeCertificate.Slope[] slopes) {
        return new TreeCertificate.Leaf(0, leaf.mu(), leaf.lambdaIndex(), leaf.lambda(), leaf.weightVertex(),
                leaf.weightRow(), leaf.weight(), new TreeCertificate.SideRow[0], new Rational[0], slopes);
    }
}
