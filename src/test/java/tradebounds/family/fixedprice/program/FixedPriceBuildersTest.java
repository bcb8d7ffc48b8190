package tradebounds.family.fixedprice.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.check.PointCheck;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/** Hand-checked evaluations of the printed programs on tiny price lists. */
class FixedPriceBuildersTest {
    private static final List<Rational> P3 = List.of(Rational.ZERO, Rational.ONE, Rational.of(2));

    private static Rational[] point(int n, int sellerAt, int buyerAt, Rational r) {
        Rational[] x = new Rational[2 * n + 1];
        java.util.Arrays.fill(x, Rational.ZERO);
        x[sellerAt - 1] = Rational.ONE;
        x[n + buyerAt - 1] = Rational.ONE;
        x[2 * n] = r;
        return x;
    }

    private static Rational row(Model m, String name, Rational[] x) {
        for (Row r : m.rows()) {
            if (r.name().equals(name)) {
                return r.expr().evaluate(x);
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void program42OnThreePricesSellerAtZeroBuyerAtTwo() {
        // s = (1,0,0), b = (0,0,1), r = 0. Row t: E[S] = 0 plus s1 b3 (2 - 0) = 2 whenever 1 <= t < 3.
        Model m = Qcp42Builder.build(P3);
        Rational[] x = point(3, 1, 3, Rational.ZERO);
        assertEquals(Rational.of(2), row(m, "sw1", x));
        assertEquals(Rational.of(2), row(m, "sw2", x));
        assertEquals(Rational.ZERO, row(m, "sw3", x));
        assertEquals(Rational.of(2), row(m, "opt", x)); // max{0, 2}
        assertEquals(Rational.ONE, row(m, "seller_mass", x));
    }

    @Test
    void program41DropsTheSellerAtTheThresholdPrice() {
        // (4.1) sums i <= t-1: at t = 1 no seller index is left, so row sw1 is E[S] = 0 only.
        Model m = Qcp41Builder.build(P3);
        Rational[] x = point(3, 1, 3, Rational.ZERO);
        assertEquals(Rational.ZERO, row(m, "sw1", x));
        assertEquals(Rational.of(2), row(m, "sw2", x));
        assertEquals(Rational.ZERO, row(m, "sw3", x));
    }

    @Test
    void program42RowsHaveTTimesNMinusTProducts() {
        Model m = Qcp42Builder.build(PriceList.prop42());
        assertEquals(50 + 3, m.rows().size());
        assertEquals(101, m.variableCount());
        for (int t = 1; t <= 50; t++) {
            assertEquals(t * (50 - t), m.rows().get(t - 1).expr().bilinear().size(), "row sw" + t);
        }
        // every pair except (1,1), whose coefficient max{p_1, p_1} = 0 vanishes
        assertEquals(50 * 50 - 1, m.rows().get(50).expr().bilinear().size());
    }

    @Test
    void program41MassCapIsOnePlusOneOverLastPrice() {
        Model m = Qcp41Builder.build(PriceList.prop41());
        Row mass = m.rows().get(m.rows().size() - 2);
        assertEquals("seller_mass", mass.name());
        assertEquals(Rational.of(1001, 1000), mass.bound().hi());
        assertEquals(32, PriceList.prop41().size());
    }

    @Test
    void paperPriceListsMatchThePrintedForms() {
        List<Rational> p = PriceList.prop42();
        assertEquals(50, p.size());
        assertEquals(Rational.of(31, 100), p.get(1)); // p_2 = (29 + 2)/100
        assertEquals(Rational.of(78, 100), p.get(48)); // p_49 = (29 + 49)/100
        assertEquals(Rational.of(4000), p.get(49));
        assertEquals(Rational.of(125, 100), PriceList.prop41().get(30));
    }

    @Test
    void rejectsPriceListsThePaperExcludes() {
        assertThrows(IllegalArgumentException.class, () -> PriceList.validated(List.of(Rational.ONE, Rational.of(2))));
        assertThrows(IllegalArgumentException.class,
                () -> PriceList.validated(List.of(Rational.ZERO, Rational.of(2), Rational.of(2))));
    }

    @Test
    void relaxationAdmitsTheLiftOfEveryFeasiblePointOf41() {
        // Prices {0, 1/2, 1}: seller at 0, buyer at 1 gives opt = 1 and row sw2 = 1, so r = 1 is feasible for (4.1).
        List<Rational> prices = List.of(Rational.ZERO, Rational.of(1, 2), Rational.ONE);
        Model exact = Qcp41Builder.build(prices);
        Rational[] x = point(3, 1, 3, Rational.ONE);
        assertTrue(PointCheck.maxViolation(exact, x).feasible());
        Model relax = Qcp41Relaxation.build(prices);
        Rational[] lifted = new Rational[relax.variableCount()];
        System.arraycopy(x, 0, lifted, 0, x.length);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                lifted[x.length + 3 * i + j] = x[i].multiply(x[3 + j]);
            }
        }
        assertEquals(PointCheck.Violation.class, PointCheck.maxViolation(relax, lifted).getClass());
        assertTrue(PointCheck.maxViolation(relax, lifted).feasible(), PointCheck.maxViolation(relax, lifted).where());
    }
}
