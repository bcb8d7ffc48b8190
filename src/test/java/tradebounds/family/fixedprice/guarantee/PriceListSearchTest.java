package tradebounds.family.fixedprice.guarantee;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Limits;
import tradebounds.cert.TreeCertificateReader;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Rational;

/** The price-list search's pieces, and the stored price-list certificates against each other. */
class PriceListSearchTest {
    @Test
    void snappingKeepsTheDecimalGridAndTheOrder() {
        assertArrayEquals(new double[] {0, 0.123, 0.5, 1000}, PriceListSearch.snap(new double[] {0, 0.12345, 0.5,
            5000}));
        assertArrayEquals(new double[] {0, 0.3, 0.7, 12}, PriceListSearch.snap(new double[] {0, 0.3, 0.7, 12.4}));
        // 0.3001 and 0.3004 meet on the grid: no longer strictly increasing.
        assertNull(PriceListSearch.snap(new double[] {0, 0.3001, 0.3004, 1000}));
        assertEquals("0,0.25,0.5,1000", PriceListSearch.describe(new double[] {0, 0.25, 0.5, 1000}));
    }

    @Test
    void growingAddsAPriceInTheWidestInteriorGap() {
        assertArrayEquals(new double[] {0, 0.2, 0.3, 0.55, 0.8, 1000},
                PriceListSearch.grow(new double[] {0, 0.2, 0.3, 0.8, 1000}));
    }

    @Test
    void movingABuyerOntoOtherPricesKeepsItsMassAndItsTop() {
        double[] q = {0, 0.3, 0.6, 1000};
        double[] b = {0.1, 0.5, 0.4, 0.001};
        double[] moved = PriceListSearch.moveOnto(q, b, new double[] {0, 0.25, 0.35, 0.7, 500});
        // 0 -> 0, 0.3 -> 0.25 (the largest price not above it), 0.6 -> 0.35, the top stays on top.
        assertArrayEquals(new double[] {0.1, 0.5, 0.4, 0, 0.001}, moved, 1e-15);
    }

    @Test
    void theProversStopPointIsParsed() {
        double[] y = PriceListCertify.parseY("a box of width below 1e-15 is not closed at r = 33/50: (4.1) is "
                + "probably feasible there (y = [1.001, 1.0, 3.9E-4])");
        assertArrayEquals(new double[] {1.001, 1.0, 3.9e-4}, y);
        assertNull(PriceListCertify.parseY("budget"));
    }

    /**
     * Two prices {0, P}: every row (a_t) reads s_2 P &lt;= r (no pair i &lt; t &lt; j exists), and s = (C, 0),
     * b = (0, C) with C = 1 + 1/P has OPT = C^2 P &gt;= 1, so r_1 = 0 (worked by hand). The estimator must find it.
     */
    @Test
    void twoPricesHaveRatioZero() {
        try (RatioEstimator e = new RatioEstimator()) {
            RatioEstimator.Point pt = e.estimate(new double[] {0, 2}, List.of(), 4, new Random(1));
            assertNotNull(pt);
            assertEquals(0, pt.r(), 1e-7);
        }
    }

    /** The welfare rows by hand on {0, 1/2, 1}: t = 2 adds s_1 b_3 (1 - 0), the others only sum s_i p_i. */
    @Test
    void theRowValueMatchesAHandComputation() {
        double v = RatioEstimator.value(new double[] {0, 0.5, 1}, new double[] {0.6, 0.4, 0}, new double[] {0.2,
            0.3, 0.5});
        assertEquals(0.4 * 0.5 + 0.6 * 0.5 * 1, v, 1e-15);
    }

    /**
     * Each stored price-list tree is proved by the checker, and the registry row's checked feasible point has r at
     * or above the tree's level (weak duality between the two certificates; a violation would mean a wrong
     * checker or a wrong program).
     */
    @Test
    @Tag("slow")
    void storedPriceListTreesLieBelowTheirFeasiblePoints() throws Exception {
        Pattern file = Pattern.compile("pricelist-(n\\d\\d)-r([0-9.]+)\\.cert\\.gz");
        int seen = 0;
        try (Stream<Path> s = Files.list(Path.of("certificates/fixedprice/guarantee"))) {
            for (Path tree : s.sorted().toList()) {
                Matcher m = file.matcher(tree.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                seen++;
                CheckOutcome c = Checker.check(tree);
                Proved p = assertInstanceOf(Proved.class, c, c::toString);
                Rational r = p.values().get(Quantity.INFEASIBLE_AT);
                assertEquals(Rational.parse(m.group(2)), r);
                List<Rational> prices;
                try (TreeCertificateReader in = TreeCertificateReader.open(tree, Limits.DEFAULT)) {
                    prices = in.header().prices();
                }
                Path upper = Path.of("certificates/fixedprice/pricelists/" + m.group(1) + "-upper.cert");
                Proved u = assertInstanceOf(Proved.class, Checker.check(upper), upper::toString);
                Rational objective = u.values().get(Quantity.OBJECTIVE);
                assertTrue(objective.compareTo(r) >= 0, tree + ": feasible point " + objective + " below " + r);
                String text = Files.readString(upper);
                String priceLine = ProgramCatalog.prices(String.join(",", prices.stream().map(Rational::toString)
                        .toList())).stream().map(Rational::toString).reduce((a, b) -> a + " " + b).orElseThrow();
                assertTrue(text.contains("META model.prices " + priceLine + "\n"), upper + ": other prices");
            }
        }
        assertTrue(seen >= 1, "no stored price-list trees");
    }
}
