package tradebounds.family.fixedprice.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.check.PointCheck;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.Qcp41Builder;
import tradebounds.model.Model;
import tradebounds.model.Rational;

class GuaranteePointRepairTest {
    @Test
    void repairsASlightlyInfeasibleFloatPointIntoAnExactOne() {
        // Prices {0, 1/2, 1}: seller at 0 and buyer at 1 give opt = 1 and sw2 = 1, so r = 1 (hand-checked in
        // FixedPriceBuildersTest). Perturb as a solver would: masses 1 - 1e-9, r a hair low.
        List<Rational> prices = PriceList.parse(List.of("0", "1/2", "1"));
        Model m = Qcp41Builder.build(prices);
        double[] x = {1 - 1e-9, 0, 0, 0, 0, 1 - 1e-9, 1 - 1e-8};
        assertTrue(!PointCheck.maxViolation(m, x).feasible());
        Optional<Rational[]> p = GuaranteePointRepair.repair41(m, x, prices);
        assertTrue(p.isPresent());
        assertTrue(PointCheck.maxViolation(m, p.get()).feasible());
        // The repaired r is the largest sw row, 1 here (s_1 b_3 (1 - 0) after scaling the masses back to 1).
        assertEquals(Rational.ONE, p.get()[6]);
    }
}
