package tradebounds.family.fixedprice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tradebounds.claims.Direction;
import tradebounds.claims.Verdict;
import tradebounds.model.Rational;

/** Seed 003's verdict rules with made-up findings: exact values decide, floating ones give at most NUMERIC. */
class FixedPriceVerdictsTest {
    private static final Rational PUBLISHED = Rational.parse("0.73805");

    @Test
    void hardness() {
        assertEquals(Verdict.CERTIFIED, FixedPriceVerdicts.hardness(Direction.AT_MOST, PUBLISHED,
                Rational.parse("0.7380492104"), 0.9));
        assertEquals(Verdict.CERTIFIED, FixedPriceVerdicts.hardness(Direction.AT_MOST, PUBLISHED, PUBLISHED, 0.9));
        assertEquals(Verdict.OPEN, FixedPriceVerdicts.hardness(Direction.AT_MOST, PUBLISHED,
                Rational.parse("0.7381"), 0.5));
        assertEquals(Verdict.NUMERIC, FixedPriceVerdicts.hardness(Direction.AT_MOST, PUBLISHED, null, 0.738));
        assertEquals(Verdict.OPEN, FixedPriceVerdicts.hardness(Direction.AT_MOST, PUBLISHED, null, 0.739));
    }

    @Test
    void guarantee() {
        Rational p = Rational.parse("0.7292");
        OptionalDouble none = OptionalDouble.empty();
        assertEquals(Verdict.REFUTED, FixedPriceVerdicts.guarantee(p, null, Rational.parse("0.729"), none));
        // a refuting point wins over a (then contradictory) dual bound: the checked point is exact
        assertEquals(Verdict.REFUTED, FixedPriceVerdicts.guarantee(p, p, Rational.parse("0.729"), none));
        assertEquals(Verdict.CERTIFIED, FixedPriceVerdicts.guarantee(p, p, Rational.parse("0.7302"), none));
        assertEquals(Verdict.NUMERIC, FixedPriceVerdicts.guarantee(p, Rational.parse("0.0011"),
                Rational.parse("0.7302"), OptionalDouble.of(0.73)));
        assertEquals(Verdict.OPEN, FixedPriceVerdicts.guarantee(p, Rational.parse("0.0011"), Rational.parse("0.7302"),
                OptionalDouble.of(0.0)));
        assertEquals(Verdict.OPEN, FixedPriceVerdicts.guarantee(p, null, null, none));
    }

    @Test
    void mechanism() {
        Rational p = Rational.parse("0.7292");
        assertEquals(Verdict.REFUTED, FixedPriceVerdicts.mechanism(p, Rational.parse("0.7")));
        assertEquals(Verdict.OPEN, FixedPriceVerdicts.mechanism(p, Rational.parse("0.73804922")));
        assertEquals(Verdict.OPEN, FixedPriceVerdicts.mechanism(p, p));
        assertEquals(Verdict.OPEN, FixedPriceVerdicts.mechanism(p, null));
    }
}
