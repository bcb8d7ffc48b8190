package tradebounds.family.groups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tradebounds.family.groups.theorems.GridMechanisms;
import tradebounds.family.groups.theorems.TheoremTables;
import tradebounds.model.Rational;

/** Hand-checked theorem instances. */
class TheoremsTest {
    @Test
    void firstBestAndBestDeterministicMechanismForSmallN() {
        // n = 1: FB = E[(U - 1/2)^+] = 1/8.
        assertEquals(Rational.of(1, 8), TheoremTables.firstBestUniformVsHalf(1));
        // n = 5, m = 3, tau = 1/2: (5/2) C(4,2) 3^3 3^3 / 6^6 = 15/64.
        Rational[] best = TheoremTables.bestDeterministic(5);
        assertEquals(Rational.of(15, 64), best[0]);
        assertEquals(Rational.of(3), best[1]);
    }

    @Test
    void gridCharacterisationHoldsWithTiesToTradeAndFailsWithout() {
        GridMechanisms three = new GridMechanisms(1, 3);
        // {allocations, implementable, threshold, implementable-not-threshold, threshold-not-IC, example}
        long[] indifferent = three.census(false);
        assertArrayEquals(new long[] {512, 20, 12, 8, 0}, java.util.Arrays.copyOf(indifferent, 5));
        // Trade only at (bid 1, ask 0): price 1/2 leaves the middle types indifferent.
        assertEquals("000/000/100", three.show(indifferent[5]));
        assertArrayEquals(new long[] {512, 12, 12, 0, 0}, java.util.Arrays.copyOf(three.census(true), 5));
    }
}
