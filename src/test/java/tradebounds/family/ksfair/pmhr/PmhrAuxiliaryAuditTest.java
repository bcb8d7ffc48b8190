package tradebounds.family.ksfair.pmhr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tradebounds.family.ksfair.pmhr.PmhrAuxiliaryAudit.Point;
import tradebounds.family.ksfair.pmhr.PmhrAuxiliaryAudit.Row;

/** Item 5b: each printed quantity against its definition (quadrature of the App. D curve, or a Brent root). */
class PmhrAuxiliaryAuditTest {
    private static Map<String, Row> rows;

    @BeforeAll
    static void audit() {
        List<Row> list = PmhrAuxiliaryAudit.audit(400, 7L);
        rows = list.stream().collect(Collectors.toMap(Row::quantity, r -> r));
    }

    @Test
    void pRangeIsTheW0RootOfTheConvexityBounds() {
        assertTrue(rows.get("p_lo (W_0)").matches());
        assertTrue(rows.get("p_hi (W_0)").matches());
    }

    @Test
    void v0BoundAndV1MatchTheirDefinitions() {
        assertTrue(rows.get("v0_max").matches());
        assertTrue(rows.get("v1").matches());
    }

    @Test
    void hBoundsAreTheAtomAndTheExponentialTail() {
        assertTrue(rows.get("H_lo = 1").matches());
        assertTrue(rows.get("H_hi = 2").matches());
    }

    @Test
    void lBoundsMatchQuadrature() {
        assertTrue(rows.get("L_lo").matches());
        assertTrue(rows.get("L_hi").matches());
    }

    @Test
    void mLowerMatchesQuadratureOfTheChord() {
        assertTrue(rows.get("M_lo").matches());
    }

    @Test
    void printedMUpperDoesNotMatchButTheCorrectedFormDoes() {
        assertFalse(rows.get("M_hi (printed)").matches());
        assertTrue(rows.get("M_hi (printed)").maxRelError() > 0.1, "not a rounding effect");
        assertTrue(rows.get("M_hi (corrected)").matches());
    }

    @Test
    void quadratureReproducesHandComputedExpectations() {
        // r_m = e, alpha = 0.7, v0 = 0: Phi is the chord v/e... only if p is on the chord; take p = p_hi (= p_lo)
        double p = PmhrFormulas.pUpper(Math.E, 0.7);
        Point x = new Point(Math.E, 0.7, p, 0);
        // exponential with mean e: E[v 1{v < p}] = e - (p + e) e^(-p/e)
        assertEquals(Math.E - (p + Math.E) * Math.exp(-p / Math.E), PmhrAuxiliaryAudit.lLowerByQuadrature(x), 1e-13);
        // E[v 1{p <= v < e}] = (p + e) e^(-p/e) - 2e/e
        assertEquals((p + Math.E) * Math.exp(-p / Math.E) - 2, PmhrAuxiliaryAudit.mLowerByQuadrature(x), 1e-13);
        assertEquals(2, PmhrAuxiliaryAudit.hUpperByQuadrature(x), 1e-13);
        // at v0 = v0_max the tangent at p is the chord to r_m: both M curves are that chord
        double q = (PmhrFormulas.pLower(2.2, 0.7) + PmhrFormulas.pUpper(2.2, 0.7)) / 2;
        Point y = new Point(2.2, 0.7, q, PmhrFormulas.v0Upper(2.2, 0.7, q));
        assertEquals(PmhrAuxiliaryAudit.mLowerByQuadrature(y), PmhrAuxiliaryAudit.mUpperByQuadrature(y), 1e-12);
    }
}
