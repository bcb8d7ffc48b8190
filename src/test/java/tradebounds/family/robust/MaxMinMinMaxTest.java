package tradebounds.family.robust;

import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.family.robust.program.CouplingPrograms;
import tradebounds.family.robust.program.PricePrograms;
import tradebounds.family.robust.program.RobustGrid;

/**
 * (b) = (c) exactly, both certified, on random marginals; and both equal the best deterministic price's guarantee
 * against the comonotone coupling (a theorem-level identity: the quantile coupling is worst for every price at once,
 * so min-max &lt;= max_p W(p) &lt;= max-min &lt;= min-max).
 */
class MaxMinMinMaxTest {
    @TempDir
    Path dir;

    @Test
    void maxMinEqualsMinMaxOnRandomMarginals() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 8; trial++) {
            RobustGrid g = RandomGrids.grid(rnd, 3 + rnd.nextInt(5), 3 + rnd.nextInt(5));
            String solver = trial % 2 == 0 ? "glop" : "clp";
            CertifiedValue b = GridCertifier.certify(PricePrograms.maxMin(g), solver, dir.resolve("b.cert"));
            CertifiedValue c = GridCertifier.certify(CouplingPrograms.minMax(g), solver, dir.resolve("c.cert"));
            assertTrue(b.exact(), "trial " + trial + ": " + b.outcome());
            assertTrue(c.exact(), "trial " + trial + ": " + c.outcome());
            assertEquals(b.value(), c.value(), "trial " + trial);
            assertEquals(Comonotone.bestPrice(g).value(), b.value().get(), "trial " + trial);
        }
    }
}
