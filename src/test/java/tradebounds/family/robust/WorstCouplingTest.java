package tradebounds.family.robust;

import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.family.robust.program.CouplingPrograms;
import tradebounds.family.robust.program.DiscreteMarginal;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/** Program (a) against independent exact values: a hand-derived case and the greedy (Figure 11) structure. */
class WorstCouplingTest {
    @TempDir
    Path dir;

    @Test
    void handDerivedTwoByTwo() {
        // Buyer {1/4, 3/4}, seller {0, 1/2}, masses 1/2. At p = 1/2 buyer 3/4 (mass 1/2) trades with whichever seller
        // it meets; the cheapest is seller 1/2, gain 1/4: W = 1/2 * 1/4 = 1/8. At p = 1/4 seller 0 must meet a buyer,
        // cheapest buyer 1/4: W = 1/8. At p = 3/4 buyer 3/4 meets seller 1/2: 1/8. At p = 0 seller 0 meets buyer 1/4: 1/8.
        RobustGrid g = new RobustGrid(DiscreteMarginal.uniformOn(List.of(Rational.of(1, 4), Rational.of(3, 4))),
                DiscreteMarginal.uniformOn(List.of(Rational.ZERO, Rational.of(1, 2))));
        for (Rational p : g.prices()) {
            CertifiedValue v = GridCertifier.certify(CouplingPrograms.worstCoupling(g, p), "glop", dir.resolve("a.cert"));
            assertTrue(v.exact(), v.outcome().toString());
            assertEquals(Rational.of(1, 8), v.value().get(), "price " + p);
        }
    }

    /**
     * On random grids, (a) at every candidate price equals the greedy minimum: the mass that must trade,
     * l = G(p) - F(p-) when positive, taken from the lowest buyers at or above p and the highest sellers at or below
     * p. Computed here directly from the marginals, without any coupling.
     */
    @Test
    void randomGridsMatchTheGreedyMinimum() {
        Random rnd = new Random(4);
        for (int trial = 0; trial < 6; trial++) {
            RobustGrid g = RandomGrids.grid(rnd, 3 + rnd.nextInt(3), 3 + rnd.nextInt(3));
            for (Rational p : g.prices()) {
                CertifiedValue v = GridCertifier.certify(CouplingPrograms.worstCoupling(g, p), "clp", dir.resolve("a.cert"));
                assertTrue(v.exact(), v.outcome().toString());
                assertEquals(greedy(g.buyer(), g.seller(), p), v.value().get(), "trial " + trial + " price " + p);
            }
        }
    }

    static Rational greedy(DiscreteMarginal f, DiscreteMarginal g, Rational p) {
        Rational buyersAbove = Rational.ZERO;
        for (int i = 0; i < f.size(); i++) {
            if (f.value(i).compareTo(p) >= 0) {
                buyersAbove = buyersAbove.add(f.mass(i));
            }
        }
        Rational sellersAbove = Rational.ZERO;
        for (int j = 0; j < g.size(); j++) {
            if (g.value(j).compareTo(p) > 0) {
                sellersAbove = sellersAbove.add(g.mass(j));
            }
        }
        Rational need = buyersAbove.subtract(sellersAbove).max(Rational.ZERO);
        Rational value = Rational.ZERO;
        Rational left = need;
        for (int i = 0; i < f.size() && left.signum() > 0; i++) {
            if (f.value(i).compareTo(p) >= 0) {
                Rational t = left.min(f.mass(i));
                value = value.add(t.multiply(f.value(i)));
                left = left.subtract(t);
            }
        }
        left = need;
        for (int j = g.size() - 1; j >= 0 && left.signum() > 0; j--) {
            if (g.value(j).compareTo(p) <= 0) {
                Rational t = left.min(g.mass(j));
                value = value.subtract(t.multiply(g.value(j)));
                left = left.subtract(t);
            }
        }
        return value;
    }
}
