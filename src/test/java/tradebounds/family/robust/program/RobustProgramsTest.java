package tradebounds.family.robust.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/** Shapes and coefficients of the grid programs, checked by hand on a 2 x 2 grid. */
class RobustProgramsTest {
    // Buyer {1/4, 3/4}, seller {0, 1/2}, masses 1/2 each; candidate prices U = {0, 1/4, 1/2, 3/4}.
    private static final RobustGrid GRID = new RobustGrid(
            DiscreteMarginal.uniformOn(List.of(Rational.of(1, 4), Rational.of(3, 4))),
            DiscreteMarginal.uniformOn(List.of(Rational.ZERO, Rational.of(1, 2))));

    private static Row row(Model m, String name) {
        return m.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void marginalsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new DiscreteMarginal(
                List.of(Rational.ONE, Rational.ONE), List.of(Rational.of(1, 2), Rational.of(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> new DiscreteMarginal(
                List.of(Rational.ZERO, Rational.ONE), List.of(Rational.of(1, 2), Rational.of(1, 3))));
    }

    @Test
    void worstCouplingAtHalfCostsOnlyTradingCells() {
        Model m = CouplingPrograms.worstCoupling(GRID, Rational.of(1, 2));
        assertEquals(4, m.variableCount());
        assertEquals(4, m.rows().size());
        // p = 1/2 trades (3/4, 0) with gain 3/4 and (3/4, 1/2) with gain 1/4; buyer 1/4 never trades.
        assertEquals(2, m.objective().expr().linear().size());
        Rational sum = m.objective().expr().linear().stream().map(t -> t.coef()).reduce(Rational.ZERO, Rational::add);
        assertEquals(Rational.ONE, sum);
    }

    @Test
    void maxMinRowCountsPricesBetweenCostAndValue() {
        Model m = PricePrograms.maxMin(GRID);
        assertEquals(4 + 2 + 2, m.variableCount());
        assertEquals(1 + 4, m.rows().size());
        // pair (v=3/4, c=0): prices 0, 1/4, 1/2, 3/4 all trade, gain 3/4: a + b + four mu terms.
        assertEquals(6, row(m, "pair_1_0").expr().linear().size());
        // pair (v=1/4, c=1/2): no price trades: a + b <= 0 only.
        assertEquals(2, row(m, "pair_0_1").expr().linear().size());
    }

    @Test
    void minMaxHasOnePriceRowPerCandidate() {
        Model m = CouplingPrograms.minMax(GRID);
        assertEquals(4 + 1, m.variableCount());
        assertEquals(2 + 2 + 4, m.rows().size());
        // price 1/4 trades (1/4, 0) and (3/4, 0): z and two cells.
        assertEquals(3, row(m, "price_1").expr().linear().size());
    }

    @Test
    void mechanismClassHasLocalIcRows() {
        Model m = MechanismPrograms.maxMin(GRID);
        // q, t per cell and a, b potentials; rows: 4 pair, 8 IR, buyer IC 2 per seller cost, seller IC 2 per value.
        assertEquals(8 + 4, m.variableCount());
        assertEquals(4 + 8 + 4 + 4, m.rows().size());
    }
}
