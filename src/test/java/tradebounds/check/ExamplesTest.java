package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tradebounds.model.Rational;

/** The README test: every toy certificate in certificates/examples is proved, with its hand-computed values. */
class ExamplesTest {
    static Stream<Path> examples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Twins.EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".cert")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no examples found");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsProved(Path file) {
        CheckOutcome o = Checker.check(file);
        assertInstanceOf(Proved.class, o, o::toString);
        assertEquals(0, Checker.exitCode(o));
    }

    @Test
    void handComputedValues() {
        Proved lp = proved("lp-optimum-toy.cert");
        assertEquals(Rational.of(5, 4), lp.values().get(Quantity.OBJECTIVE));
        assertEquals(Rational.of(5, 4), lp.values().get(Quantity.DUAL_LOWER_BOUND));

        Proved qcp = proved("qcp-witness-toy.cert");
        assertEquals(Rational.of(2), qcp.values().get(Quantity.OBJECTIVE));
        assertEquals(Rational.ZERO, qcp.values().get(Quantity.MAX_VIOLATION));

        Proved lemma = proved("lemma-hardness-toy.cert");
        assertEquals(Rational.of(15, 16), lemma.values().get(Quantity.OBJECTIVE));
        assertEquals(Rational.of(37, 32), lemma.values().get(Quantity.OPT));
        assertEquals(Rational.of(67, 64), lemma.values().get(Quantity.SUP_WELFARE));
        assertEquals(Rational.of(4), lemma.values().get(Quantity.BEST_PRICE));
        assertEquals(Rational.of(67, 74), lemma.values().get(Quantity.RATIO));
        assertEquals(Rational.of(17, 16), lemma.values().get(Quantity.R_PLUS_EPS));
        assertEquals(List.of("lemma bound holds: ratio <= r + eps"), lemma.notes());

        Proved instance = proved("instance-ratio-toy.cert");
        assertEquals(Rational.of(9, 2), instance.values().get(Quantity.OPT));
        assertEquals(Rational.of(8, 9), instance.values().get(Quantity.RATIO));

        Proved mech = proved("mechanism-counterexample-toy.cert");
        assertEquals(Rational.of(13, 4), mech.values().get(Quantity.OPT));
        assertEquals(Rational.of(8, 13), mech.values().get(Quantity.MECHANISM_RATIO));
        assertEquals(Rational.of(12, 13), mech.values().get(Quantity.RATIO));
    }

    @Test
    void reportRoundsRatiosUp() {
        Proved lemma = proved("lemma-hardness-toy.cert");
        // 67/74 = 0.905405405405..., so the 10-digit upward rounding ends in 5.
        assertEquals("0.9054054055 (rounded up)", Proved.decimal(Quantity.RATIO, Rational.of(67, 74)));
        assertEquals(true, lemma.report().contains("ratio = 67/74  ~ 0.9054054055 (rounded up)"));
    }

    private static Proved proved(String name) {
        CheckOutcome o = Checker.check(Twins.EXAMPLES.resolve(name));
        return assertInstanceOf(Proved.class, o, o::toString);
    }
}
