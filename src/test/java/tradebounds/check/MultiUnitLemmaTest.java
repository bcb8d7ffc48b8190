package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tradebounds.check.Twins.lineOf;
import static tradebounds.check.Twins.proved;
import static tradebounds.check.Twins.rejected;
import static tradebounds.check.Twins.replace;

import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;

/**
 * Lemma 6.1 replay for k = 2 on support points {0, 1, 4}, eps = 1/4 (eps/k = 1/8).
 * Seller CDFs: unit 1 (1/2, 1, 1) &gt;= unit 2 (1/4, 1, 1), so w~(1) &lt;=_st w~(2).
 * Buyer CDFs: unit 1 (1/2, 3/4, 1) &lt;= unit 2 (5/8, 7/8, 1), so v^(1) &gt;=_st v^(2).
 */
class MultiUnitLemmaTest {
    static final String GOOD = """
            TRADEBOUNDS 1
            TYPE instance-hardness
            SOL 12
            s1_1 1/2
            s2_1 1/2
            s3_1 0
            s1_2 1/4
            s2_2 3/4
            s3_2 0
            b1_1 1/2
            b2_1 1/4
            b3_1 1/4
            b1_2 5/8
            b2_2 1/4
            b3_2 1/8
            LEMMA units=2 eps=1/4
            PRICE 3
            0 s1_1 s1_2 b1_1 b1_2
            1 s2_1 s2_2 b2_1 b2_2
            4 s3_1 s3_2 b3_1 b3_2
            CLAIM ratio <= 1
            """;

    @Test
    void goodChainIsProved() {
        Proved p = proved(GOOD);
        assertEquals(Rational.of(1, 4), p.values().get(Quantity.EPS));
        // The value itself is recomputed here from the laws by hand, unit by unit:
        // unit 1: S = 1/8 | 9/8 (1/2 each), B = 0 (1/2), 1 (1/4), 4 (1/4)
        //   E[S] = 5/8, OPT_1 = 1/2 (1/16 + 1/4 + 1) + 1/2 (27/32 + 1) = 21/32 + 59/64 = 101/64
        // unit 2: S = 1/8 (1/4) | 9/8 (3/4), B = 0 (5/8), 1 (1/4), 4 (1/8)
        //   E[S] = 7/8, OPT_2 = 1/4 (5/64 + 1/4 + 1/2) + 3/4 (63/64 + 1/2) = 53/256 + 285/256 = 338/256
        assertEquals(Rational.of(101, 64).add(Rational.of(338, 256)), p.values().get(Quantity.OPT));
    }

    @Test
    void brokenSellerChain() {
        // Units swapped on the seller side: unit 2's CDF now lies above unit 1's at t = 1.
        String t = replace(replace(replace(replace(GOOD, "s1_1 1/2", "s1_1 1/4"), "s2_1 1/2", "s2_1 3/4"),
                "s1_2 1/4", "s1_2 1/2"), "s2_2 3/4", "s2_2 1/2");
        rejected(t, Reason.NOT_REALIZABLE, lineOf(t, "0 s1_1 s1_2 b1_1 b1_2"));
    }

    @Test
    void brokenBuyerChain() {
        // b(2) = (1/2, 1/4, 1/4) vs b(1) = (5/8, 1/4, 1/8): the buyer's unit-2 law now dominates unit 1's.
        String t = replace(replace(replace(replace(GOOD, "b1_1 1/2", "b1_1 5/8"), "b3_1 1/4", "b3_1 1/8"),
                "b1_2 5/8", "b1_2 1/2"), "b3_2 1/8", "b3_2 1/4");
        rejected(t, Reason.NOT_REALIZABLE, lineOf(t, "0 s1_1 s1_2 b1_1 b1_2"));
    }

    @Test
    void epsIsDividedByUnits() {
        // eps = 2 gives eps/k = 1: 0 + 1 is not < p_2 = 1.
        String t = replace(GOOD, "LEMMA units=2 eps=1/4", "LEMMA units=2 eps=2");
        rejected(t, Reason.EPS_TOO_LARGE, lineOf(t, "LEMMA units=2 eps=2"));
        // eps = 3/2 gives eps/k = 3/4 < 1 and 1 + 3/4 < 4: accepted.
        proved(replace(GOOD, "LEMMA units=2 eps=1/4", "LEMMA units=2 eps=3/2"));
    }
}
