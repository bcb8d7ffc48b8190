package tradebounds.family.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;

/** The bench's tiers and its law (no timing is asserted: a benchmark, not a test). */
class ParetoBenchTest {
    @Test
    void tiersReachFiftyBuyersAndTwoHundredAtoms() {
        ParetoBench.Settings quick = ParetoBench.Settings.parse(new String[] {"--quick"});
        assertArrayEquals(new int[] {2, 50}, quick.ns());
        assertArrayEquals(new int[] {20, 200}, quick.atoms());
        assertArrayEquals(new int[] {20, 200}, quick.frontierAtoms());
        assertEquals(List.of("glop", "clp", "highs"), quick.solvers());
        assertEquals(Duration.ofSeconds(60), quick.frontierCap());
        ParetoBench.Settings full = ParetoBench.Settings.parse(new String[] {});
        assertArrayEquals(new int[] {2, 10, 50}, full.ns());
        assertArrayEquals(new int[] {20, 50, 200}, full.frontierAtoms());
        ParetoBench.Settings custom = ParetoBench.Settings.parse(new String[] {"--ns", "3", "--solvers", "clp",
            "--frontier-cap", "5"});
        assertArrayEquals(new int[] {3}, custom.ns());
        assertEquals(List.of("clp"), custom.solvers());
        assertEquals(Duration.ofSeconds(5), custom.frontierCap());
        assertThrows(IllegalArgumentException.class, () -> ParetoBench.Settings.parse(new String[] {"--bogus", "1"}));
        assertThrows(IllegalArgumentException.class, () -> ParetoBench.Settings.parse(new String[] {"--ns"}));
    }

    @Test
    void benchLawIsNormalisedOnZeroToKMinusOne() {
        ParetoInstance in = ParetoBench.law(50, 200);
        assertEquals(200, in.types());
        assertEquals(Rational.ZERO, in.v(0));
        assertEquals(Rational.of(199), in.v(199));
        assertEquals(50, in.buyers());
    }
}
