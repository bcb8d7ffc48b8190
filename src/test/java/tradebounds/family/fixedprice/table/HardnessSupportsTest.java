package tradebounds.family.fixedprice.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Certificate;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.check.Rejected;
import tradebounds.family.fixedprice.witness.WarmStartSearch;
import tradebounds.model.Rational;

/**
 * The certificates {@link HardnessSupportsMain} writes, on an instance small enough to check by hand, and the
 * support transfer that warm-starts its searches.
 */
class HardnessSupportsTest {
    private static Rational q(long a, long b) {
        return Rational.of(a, b);
    }

    /**
     * Program (4.2) on prices 0, 2/3, 4/3: seller 1/2 at 0 and 1/2 at 2/3, buyer 1/2 at 2/3 and 1/2 at 4/3.
     *
     * <p>By hand, program rows: sum s_i p_i = 1/3; sw_1 = 1/3 + s_1 (b_2 (2/3) + b_3 (4/3)) = 1/3 + 1/2 = 5/6;
     * sw_2 = 1/3 + (s_1 (4/3) + s_2 (2/3)) b_3 = 1/3 + 1/2 = 5/6; sw_3 = 1/3; opt = (2/3 + 4/3 + 2/3 + 4/3)/4 = 1.
     * So r = 5/6 is feasible.
     *
     * <p>Lemma 3.3 instance (seller atoms shifted by eps = 1e-9, all four pairs with probability 1/4):
     * OPT = E max(S, B) = (2/3 + 4/3 + (2/3 + eps) + 4/3)/4 = (4 + eps)/4.
     * A price p in [eps, 2/3] trades (eps, 2/3) and (eps, 4/3); the seller at 2/3 + eps keeps his good twice:
     * SW = (2/3 + 4/3 + 2 (2/3 + eps))/4 = (10/3 + 2 eps)/4. A price in [2/3 + eps, 4/3] trades only with the buyer
     * at 4/3: SW = (eps + 4/3 + (2/3 + eps) + 4/3)/4 = (10/3 + 2 eps)/4 as well; other prices trade nothing
     * (SW = E S &lt; 1). Hence sup_p SW/OPT = (10/3 + 2 eps)/(4 + eps) = (10 + 6 eps)/(12 + 3 eps)
     * = (10^10 + 6)/(12 * 10^9 + 3) = 10000000006/12000000003, just above 5/6 and below the claim 5/6 + eps.
     */
    @Test
    void aHandCheckedInstanceHasTheRatioComputedByHand() {
        List<Rational> prices = List.of(Rational.ZERO, q(2, 3), q(4, 3));
        var model = WarmStartSearch.model("qcp42", prices, 1);
        Rational half = q(1, 2);
        Rational[] point = {half, half, Rational.ZERO, Rational.ZERO, half, half, q(5, 6)};
        Certificate cert = HardnessSupportsMain.certificate("qcp42", 1, model, prices, point, q(5, 6), "hand",
                "hand-checked toy");
        Proved p = assertInstanceOf(Proved.class, Checker.check(cert));
        assertEquals(q(10_000_000_006L, 12_000_000_003L), p.value(Quantity.RATIO).orElseThrow());
        assertEquals(q(5, 6), p.value(Quantity.OBJECTIVE).orElseThrow());
    }

    /** The same toy with the seller's 1/2 at 2/3 moved to 0: sw_1 = 0 + 1 * (1/3 + 2/3) = 1 > 5/6, so rejected. */
    @Test
    void theHandCheckedToyWithAMovedMassIsRejected() {
        List<Rational> prices = List.of(Rational.ZERO, q(2, 3), q(4, 3));
        var model = WarmStartSearch.model("qcp42", prices, 1);
        Rational half = q(1, 2);
        Rational[] point = {Rational.ONE, Rational.ZERO, Rational.ZERO, Rational.ZERO, half, half, q(5, 6)};
        Certificate cert = HardnessSupportsMain.certificate("qcp42", 1, model, prices, point, q(5, 6), "hand",
                "hand-checked toy, corrupted");
        assertInstanceOf(Rejected.class, Checker.check(cert));
    }

    /**
     * transfer keeps each law's mass and (for interior atoms inside the new interior range) its mean, keeps atoms
     * at 0 and at the top, and keeps the unit chains of a two-unit point: with prices 0, 1/4, 1/2, 3/4, 10 onto
     * 0, 0.3, 0.6, 20 the atom 1/2 is split 1/3 onto 0.3 and 2/3 onto 0.6 (mean 0.1 + 0.4 = 1/2).
     */
    @Test
    void transferKeepsMassesMeansAndEnds() {
        List<Rational> from = List.of(Rational.ZERO, q(1, 4), q(1, 2), q(3, 4), Rational.of(10));
        List<Rational> to = List.of(Rational.ZERO, q(3, 10), q(6, 10), Rational.of(20));
        // k = 1 layout: s1..s5, b1..b5, r
        Rational[] point = new Rational[11];
        java.util.Arrays.fill(point, Rational.ZERO);
        point[0] = q(1, 2);
        point[2] = q(1, 2);
        point[5 + 2] = q(3, 4);
        point[5 + 4] = q(1, 4);
        double[] x = WarmStartSearch.transfer("qcp42", 1, from, point, to);
        assertEquals(0.5, x[0], 1e-15);
        assertEquals(0.5 / 3, x[1], 1e-15);
        assertEquals(1.0 / 3, x[2], 1e-15);
        assertEquals(0, x[3], 1e-15);
        assertEquals(0.75 / 3, x[4 + 1], 1e-15);
        assertEquals(0.5, x[4 + 2], 1e-15);
        assertEquals(0.25, x[4 + 3], 1e-15);
        double mean = 0.3 * x[1] + 0.6 * x[2];
        assertEquals(0.25, mean, 1e-15);
    }

    @Test
    void usedSupportDropsOnlyEmptyInteriorPoints() {
        List<Rational> from = List.of(Rational.ZERO, q(1, 4), q(1, 2), q(3, 4), Rational.of(10));
        Rational[] point = new Rational[11];
        java.util.Arrays.fill(point, Rational.ZERO);
        point[0] = Rational.ONE;
        point[5 + 2] = Rational.ONE;
        assertEquals(List.of(Rational.ZERO, q(1, 2), Rational.of(10)),
                WarmStartSearch.usedSupport("qcp42", 1, from, point));
    }
}
