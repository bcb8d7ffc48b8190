package tradebounds.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.Qcp42Builder;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/** How verdicts follow from established bounds, and how a certificate's program is tied to the registry's. */
class VerdictLogicTest {
    private static Claim claim(String id, String published, Direction d, Map<String, String> method) {
        return new Claim(id, id + ".json", "p", "s", "st", Rational.parse(published), d, "context", "qcp42", null,
                "n/a", method, null, List.of(), 1);
    }

    @Test
    void directionsImplyOnlyOnTheirOwnSide() {
        Rational c = Rational.parse("0.7381");
        assertTrue(Direction.AT_MOST.implies(Rational.parse("0.73805"), c));
        assertTrue(Direction.AT_MOST.implies(c, c));
        assertFalse(Direction.AT_MOST.implies(Rational.parse("0.7382"), c));
        assertTrue(Direction.AT_LEAST.implies(Rational.parse("0.73"), Rational.parse("0.72")));
        assertFalse(Direction.AT_LEAST.implies(Rational.parse("0.71"), Rational.parse("0.72")));
    }

    @Test
    void impliedByFollowsOnlyACertifiedStrongerBound() {
        Claim weak = claim("weak", "0.7381", Direction.AT_MOST, Map.of("type", "implied-by", "claim", "strong"));
        Claim none = claim("strong", "0.73805", Direction.AT_MOST, Map.of("type", "none"));
        AuditContext ctx = new AuditContext(Path.of("."), Path.of("target/test-audit"), 1, false, m -> { },
                new HashMap<>());
        // The "strong" claim has method none: OPEN, no established bound, so "weak" cannot be certified through it.
        List<AuditRow> rows = new Auditor().run(List.of(weak, none), ctx);
        assertEquals(Verdict.OPEN, rows.get(0).verdict());
        assertEquals(Verdict.OPEN, rows.get(1).verdict());
    }

    @Test
    void programMatchFindsAChangedCoefficientAndIgnoresTermOrder() {
        List<Rational> prices = PriceList.parse(List.of("0", "1/2", "3"));
        Model a = Qcp42Builder.build(prices);
        Model same = Qcp42Builder.build(prices);
        assertEquals(java.util.Optional.empty(), ProgramMatch.firstDifference(a, same));
        Model other = Qcp42Builder.build(PriceList.parse(List.of("0", "1/2", "4")));
        assertTrue(ProgramMatch.firstDifference(a, other).isPresent());

        ModelBuilder m1 = new ModelBuilder("t");
        int x = m1.addVariable("x", Bound.nonNegative());
        int y = m1.addVariable("y", Bound.nonNegative());
        m1.addRow("r", Expr.builder().add(x, Rational.ONE).add(y, Rational.of(2)).build(), Bound.atMost(Rational.ONE));
        m1.objective(Sense.MINIMIZE, Expr.variable(x));
        ModelBuilder m2 = new ModelBuilder("t");
        m2.addVariable("x", Bound.nonNegative());
        m2.addVariable("y", Bound.nonNegative());
        m2.addRow("r", Expr.builder().add(y, Rational.of(2)).add(x, Rational.ONE).build(), Bound.atMost(Rational.ONE));
        m2.objective(Sense.MINIMIZE, Expr.variable(x));
        assertEquals(java.util.Optional.empty(), ProgramMatch.firstDifference(m1.build(), m2.build()));
    }
}
