package tradebounds.family.fixedprice.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * Hand-checked evaluations of the k-unit programs on p = (0, 1, 2), k = 2. Every expected value below is
 * worked out in the comment above it from the printed formulas, not from the builders.
 */
class MultiUnitBuildersTest {
    private static final List<Rational> P3 = List.of(Rational.ZERO, Rational.ONE, Rational.of(2));

    /** A point of the k = 2, n = 3 layout with the named variables set to 1 and r = 0. */
    private static Rational[] point(Model m, String... ones) {
        Rational[] x = new Rational[m.variableCount()];
        Arrays.fill(x, Rational.ZERO);
        for (String name : ones) {
            int k = m.indexOf(name);
            assertTrue(k >= 0, name);
            x[k] = Rational.ONE;
        }
        return x;
    }

    private static Row row(Model m, String name) {
        return m.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    private static Rational value(Model m, String name, Rational[] x) {
        return row(m, name).expr().evaluate(x);
    }

    @Test
    void program61SumsTheUnitsWelfare() {
        // unit 1: seller at 0, buyer at 2; unit 2: seller at 1, buyer at 1.
        // sw_t = sum_q [E s(q) + sum_{i<=t<j} s_i b_j (p_j - p_i)]: unit 1 adds E = 0 and the pair (1,3) with
        // gain 2 for t = 1, 2; unit 2 adds E = 1 and its pair (2,2) never has i <= t < j. So 3, 3, 1.
        Model m = Qcp61Builder.build(P3, 2);
        Rational[] x = point(m, "s1_1", "b3_1", "s2_2", "b2_2");
        assertEquals(Rational.of(3), value(m, "sw1", x));
        assertEquals(Rational.of(3), value(m, "sw2", x));
        assertEquals(Rational.of(1), value(m, "sw3", x));
        // opt = max(0, 2) + max(1, 1) = 3
        assertEquals(Rational.of(3), value(m, "opt", x));
        // seller rows (printed, lag 1): t=1: s1_1 - 0 = 1; t=2: s1_1 + s2_1 - s1_2 = 1
        assertEquals(Rational.ONE, value(m, "seller_dom1_1", x));
        assertEquals(Rational.ONE, value(m, "seller_dom2_1", x));
        // buyer rows: t=1: b1_1 - b1_2 = 0; t=2: b1_1 + b2_1 - b1_2 - b2_2 = -1
        assertEquals(Rational.ZERO, value(m, "buyer_dom1_1", x));
        assertEquals(Rational.of(-1), value(m, "buyer_dom2_1", x));
        assertEquals(Rational.ONE, value(m, "seller_mass2", x));
        // 3 sw + opt + 2 seller dom + 2 buyer dom + 4 mass; 2*2*3 masses + r
        assertEquals(12, m.rows().size());
        assertEquals(13, m.variableCount());
    }

    @Test
    void printedSideRowsAdmitAReversedChainTheStrictReadingRejects() {
        // Seller unit 1 at p_2 = 1, unit 2 at p_1 = 0: w~(1) > w~(2), realizable by no submodular valuation.
        // Printed rows: t=1: s1_1 - (empty) = 0 >= 0; t=2: s1_1 + s2_1 - s1_2 = 1 - 1 = 0 >= 0: both hold.
        // Exact chain: t=1: s1_1 - s1_2 = -1 < 0.
        Model printed = Qcp61Builder.build(P3, 2);
        Model strict = Qcp61StrictBuilder.build(P3, 2);
        Rational[] x = point(printed, "s2_1", "s1_2", "b3_1", "b3_2");
        assertEquals(Rational.ZERO, value(printed, "seller_dom1_1", x));
        assertEquals(Rational.ZERO, value(printed, "seller_dom2_1", x));
        assertEquals(Rational.of(-1), value(strict, "seller_dom1_1", x));
    }

    @Test
    void symmetricProgram61CountsTheBuyerAtTheThresholdAndTiesTheDiagonal() {
        // Diagonal for k = 2: b_j(1) = s_j(2), b_j(2) = s_j(1). Seller unit 1 at 0, unit 2 at 2; so buyer
        // unit 1 at 2 and unit 2 at 0. sw_t with j from t: unit 1 has E = 0 and pair (1,3), gain 2, for
        // 1 <= t <= 3; unit 2 has E = 2 and pair (3,1), never i <= t <= j. So sw_t = 4 for every t, whereas
        // printed (6.1) (j > t) loses the pair at t = 3: 2.
        Model sym = Qcp61SymmetricBuilder.build(P3, 2);
        Model plain = Qcp61Builder.build(P3, 2);
        Rational[] x = point(sym, "s1_1", "s3_2", "b3_1", "b1_2");
        for (int t = 1; t <= 3; t++) {
            assertEquals(Rational.of(4), value(sym, "sw" + t, x), "sw" + t);
        }
        assertEquals(Rational.of(2), value(plain, "sw3", x));
        assertEquals(Rational.of(4), value(sym, "opt", x)); // max(0,2) + max(2,0)
        for (Row r : sym.rows()) {
            if (r.name().startsWith("diag")) {
                assertEquals(Rational.ZERO, r.expr().evaluate(x), r.name());
            }
        }
        // breaking the symmetry (buyer unit 1 moved from 2 to 1) violates diag3_1: b3_1 - s3_2 = -1
        x[sym.indexOf("b3_1")] = Rational.ZERO;
        x[sym.indexOf("b2_1")] = Rational.ONE;
        assertEquals(Rational.of(-1), value(sym, "diag3_1", x));
        assertEquals(Rational.of(1), value(sym, "diag2_1", x));
        // 3 sw + opt + 2 + 2 dominance + 4 mass + 6 diag
        assertEquals(18, sym.rows().size());
    }

    @Test
    void program51RowsAsPrinted() {
        // unit 1: seller at 0, buyer at 2; unit 2: seller at 1, buyer at 1.
        // sw_t sums i <= t-1, j >= t+1: unit 1's pair (1,3) only at t = 2; E = 0 + 1. So 1, 3, 1.
        Model m = Qcp51Builder.build(P3, 2);
        Rational[] x = point(m, "s1_1", "b3_1", "s2_2", "b2_2");
        assertEquals(Rational.of(1), value(m, "sw1", x));
        assertEquals(Rational.of(3), value(m, "sw2", x));
        assertEquals(Rational.of(1), value(m, "sw3", x));
        assertEquals(Rational.of(-1), value(m, "seller_mean1", x)); // E s(1) - E s(2) = 0 - 1
        assertEquals(Rational.of(1), value(m, "buyer_mean1", x)); // E b(1) - E b(2) = 2 - 1
        assertEquals(Rational.of(1), value(m, "seller_dom2_1", x)); // s1_1 + s2_1 - s1_2
        assertEquals(Rational.of(-1), value(m, "buyer_dom2_1", x)); // b1_1 - b1_2 - b2_2
        assertEquals(Rational.ZERO, value(m, "buyer_head1", x)); // b1_1 + b2_1
        // the mass cap 1 + 1/p_n = 3/2; dominance only for 2 <= t <= n-1 = 2
        assertEquals(Rational.of(3, 2), row(m, "seller_mass1").bound().hi());
        assertEquals(Rational.ONE, row(m, "seller_mass1").bound().lo());
        assertThrows(AssertionError.class, () -> row(m, "seller_dom1_1"));
        // 3 sw + opt + 2 mean + 2 dominance + 4 mass + 4 head
        assertEquals(16, m.rows().size());
        Model sym = Qcp51SymmetricBuilder.build(P3, 2);
        assertEquals(16 + 6, sym.rows().size());
        assertEquals(value(m, "sw2", x), value(sym, "sw2", x));
    }

    @Test
    void program61WithOneUnitIsProgram42() {
        // For k = 1 the layout s{i}_1, b{j}_1, r is that of (4.2), and there are no dominance rows.
        List<Rational> p = PriceList.generic(8, Rational.of(5), Rational.of(98), Rational.of(2500));
        Model one = Qcp61Builder.build(p, 1);
        Model single = Qcp42Builder.build(p);
        assertEquals(single.variableCount(), one.variableCount());
        for (int t = 1; t <= 8; t++) {
            assertEquals(row(single, "sw" + t).expr(), row(one, "sw" + t).expr());
        }
        assertEquals(row(single, "opt").expr(), row(one, "opt").expr());
    }

    @Test
    void tableOneSizes() {
        // k = 2, n = 30: per unit t(n-t) products in sw_t; the symmetric one t(n-t+1) - 1 (the (t,t) pair is 0).
        List<Rational> p = PriceList.generic(30, Rational.of(5), Rational.of(98), Rational.of(2500));
        Model m = Qcp61Builder.build(p, 2);
        Model sym = Qcp61SymmetricBuilder.build(p, 2);
        assertEquals(121, m.variableCount());
        assertEquals(30 + 1 + 29 + 29 + 4, m.rows().size());
        for (int t = 1; t <= 30; t++) {
            assertEquals(2 * t * (30 - t), row(m, "sw" + t).expr().bilinear().size());
            assertEquals(2 * (t * (31 - t) - 1), row(sym, "sw" + t).expr().bilinear().size());
        }
    }

    @Test
    void catalogNamesTheMultiUnitPrograms() {
        assertTrue(ProgramCatalog.ids().containsAll(List.of("qcp51", "qcp51-sym", "qcp61", "qcp61-strict",
                "qcp61-sym", "qcp42")));
        assertEquals(List.of("qcp51", "qcp51-sym", "qcp61", "qcp61-strict", "qcp61-sym"),
                ProgramCatalog.multiUnitIds());
        assertEquals("qcp61-strict", ProgramCatalog.build("qcp61-strict", P3, 3).name());
        assertEquals("3", ProgramCatalog.build("qcp61", P3, 3).provenance().get("units"));
        assertThrows(IllegalArgumentException.class, () -> ProgramCatalog.build("qcp61", P3));
        assertThrows(IllegalArgumentException.class, () -> ProgramCatalog.build("qcp42", P3, 2));
        assertThrows(IllegalArgumentException.class, () -> Qcp61Builder.build(P3, 0));
    }
}
