package tradebounds.family.robust;

import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.family.robust.program.MechanismPrograms;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/**
 * (d) against (b) on pessimistic grids, decided exactly where the certificates allow. The value of (b) is
 * taken independently of any LP: the best deterministic price against the comonotone coupling (see
 * {@link Comonotone}), which equals (b) because that coupling is worst for every price at once.
 */
@Tag("slow") // 50-cell mechanism LPs certified exactly: a minute or more
class MechanismGapTest {
    @TempDir
    Path dir;

    /**
     * Buyer U[0,1], seller U[0,3/4]: the best price guarantees 243/5000 (computed exactly by the scan), while an
     * exactly feasible grid mechanism of the DSIC, ex-post IR, BB class guarantees more. So on this finite grid
     * posted prices do lose: DSIC among 50 grid types is weaker than DSIC on the continuum, where Thm. 3 says
     * nothing is lost.
     */
    @Test
    void mechanismsBeatPostedPricesOnTheThreeQuarterGrid() {
        RobustAudit.Pair pair = RobustAudit.standardPairs().get(1);
        RobustGrid g = Discretization.pessimistic(pair.buyer(), pair.seller(), 50);
        Rational b = Comonotone.bestPrice(g).value();
        assertEquals(Rational.of(243, 5000), b);
        CertifiedValue d = GridCertifier.certify(MechanismPrograms.maxMin(g), "glop", dir.resolve("d.cert"));
        assertTrue(d.proved(), d.outcome().toString());
        assertTrue(d.lower().isPresent() && d.lower().get().compareTo(b) > 0, d.lower().toString());
    }

    /**
     * F(v) = v^2 against U[0,1]: (d) certified exactly, and equal to the best price's guarantee. 25 cells keep the
     * test fast; {@code RobustBench} and the audit run the same certification at 50 cells (exact there too).
     */
    @Test
    void mechanismsEqualPostedPricesOnTheSquaredGrid() {
        RobustAudit.Pair pair = RobustAudit.standardPairs().get(2);
        RobustGrid g = Discretization.pessimistic(pair.buyer(), pair.seller(), 25);
        CertifiedValue d = GridCertifier.certify(MechanismPrograms.maxMin(g), "glop", dir.resolve("d.cert"));
        assertTrue(d.exact(), d.lower() + " " + d.upper());
        assertEquals(Comonotone.bestPrice(g).value(), d.value().get());
    }

    /**
     * Buyer U[0,1], seller U[0,1/2], 50 cells: (d) is certified exactly equal to (b) = 9/50 in one certificate. The
     * value 9/50 is the best price's guarantee from the comonotone scan, not from any LP. Plain {@link
     * GridCertifier#certify} leaves [9/50, 9/50 + 4.1e-10] here (no solver dual crosses over exactly); the
     * multipliers now come from CLP's vertex of the LP dual.
     */
    @Test
    void mechanismsEqualPostedPricesOnTheHalfGridAtFiftyCells() {
        RobustAudit.Pair pair = RobustAudit.standardPairs().get(0);
        RobustGrid g = Discretization.pessimistic(pair.buyer(), pair.seller(), 50);
        Rational b = Comonotone.bestPrice(g).value();
        assertEquals(Rational.of(9, 50), b);
        CertifiedValue d = GridCertifier.certifyWithDualLp(MechanismPrograms.maxMin(g), "clp", dir.resolve("d.cert"));
        assertTrue(d.exact(), d.outcome() + " " + d.lower() + " " + d.upper());
        assertEquals(b, d.value().get());
    }
}
