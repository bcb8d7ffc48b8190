package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.family.ksfair.program.MechanismSpace.Ic;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * The adjacent-type BIC rows ({@link Ic#ADJACENT}) describe the same polytope as all pairs: certified optima agree
 * with the all-pairs programs and with the paper's facts (OPT_SB = E[v] for a zero-value seller), and the sizes of
 * the bench instance are the hand counts.
 */
class AdjacentIcTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34})
    void sameOptimaAsAllPairs(long seed) {
        DiscreteTrade t = RandomTrades.bilateral(seed, 3 + (int) (seed % 2), 3);
        Rational pi = OfferMechanisms.sellerOffer(t).seller();
        Rational u = OfferMechanisms.buyerOffer(t).buyer();
        Rational sbAll = value(KsFairPrograms.secondBest(t), "sb-all" + seed);
        Rational sbAdj = value(KsFairPrograms.secondBest(t, Ic.ADJACENT), "sb-adj" + seed);
        assertEquals(sbAll, sbAdj, "OPT_SB");
        Rational ksAll = value(KsFairPrograms.ksFairGft(t, pi, u), "ks-all" + seed);
        Rational ksAdj = value(KsFairPrograms.ksFairGft(t, pi, u, Ic.ADJACENT), "ks-adj" + seed);
        assertEquals(ksAll, ksAdj, "KS-fair GFT");
    }

    @Test
    void zeroSellerSecondBestIsMean() {
        DiscreteTrade t = RandomTrades.zeroSeller(41, 6);
        Rational mean = Rational.ZERO;
        for (int i = 0; i < t.buyers(); i++) {
            mean = mean.add(t.f(i).multiply(t.v(i)));
        }
        assertEquals(mean, value(KsFairPrograms.secondBest(t, Ic.ADJACENT), "zs"));
    }

    /**
     * n types per side: ADJACENT has 2(n-1) BIC rows per side, n IIR rows per side and WBB: 6n - 3; all pairs have
     * n(n-1) per side: 2n^2 + 1. Columns x, pb, ps per type pair: 3n^2. The KS-fair program adds one row.
     */
    @Test
    void benchSizesAreHandCounts() {
        for (int n : new int[] {3, 20}) {
            DiscreteTrade t = KsFairBench.uniform(n);
            assertEquals(6 * n - 3, KsFairPrograms.secondBest(t, Ic.ADJACENT).rows().size());
            assertEquals(2 * n * n + 1, KsFairPrograms.secondBest(t).rows().size());
            assertEquals(3 * n * n, KsFairPrograms.secondBest(t, Ic.ADJACENT).variableCount());
            assertEquals(6 * n - 2, KsFairBench.build("ksfair-gft", n, Ic.ADJACENT).rows().size());
        }
    }

    private Rational value(Model m, String sub) {
        return KsFairCertifier.certify(m, dir.resolve(sub)).value()
                .orElseThrow(() -> new AssertionError(m.name() + " not certified exactly"));
    }
}
