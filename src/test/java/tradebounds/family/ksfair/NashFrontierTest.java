package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.model.Rational;

/**
 * Sec. 6 on finite instances. Hand case: zero-value seller, buyer 1 or 2 w.p. 1/2. Pi &lt;= 1 (monopoly revenue)
 * and Pi + U &lt;= GFT &lt;= 3/2, both reached (prices 0 and 1), so the boundary is (3/2, 0) - (1/2, 1) - (0, 1)
 * and max U(3/2 - U) is at U = Pi = 3/4: NSW = 9/16.
 */
class NashFrontierTest {
    @TempDir
    Path dir;

    @Test
    void handCase() {
        DiscreteTrade t = DiscreteTrade.zeroValueSeller(List.of(Rational.ONE, Rational.of(2)),
                List.of(Rational.of(1, 2), Rational.of(1, 2)));
        NashFrontier.Result r = NashFrontier.maximize(t, dir);
        assertEquals(Rational.of(9, 16), r.nsw());
        assertEquals(new NashFrontier.Point(Rational.of(3, 4), Rational.of(3, 4)), r.best());
    }

    @Test
    void lemma62OnRandomInstances() {
        // Lemma 6.2: each trader gets at least half her benchmark, so Pi + U >= OPT_SB / 2 (Thm. 6.1).
        for (long seed = 31; seed <= 34; seed++) {
            DiscreteTrade t = RandomTrades.bilateral(seed, 3, 2);
            NashFrontier.Result r = NashFrontier.maximize(t, dir.resolve("s" + seed));
            Rational pi = OfferMechanisms.sellerOffer(t).seller();
            Rational u = OfferMechanisms.buyerOffer(t).buyer();
            Rational half = Rational.of(1, 2);
            assertTrue(r.best().seller().compareTo(pi.multiply(half)) >= 0, "Pi(NSW) >= Pi*/2");
            assertTrue(r.best().buyer().compareTo(u.multiply(half)) >= 0, "U(NSW) >= U*/2");
            Rational sb = KsFairCertifier.certify(KsFairPrograms.secondBest(t), dir.resolve("sb" + seed)).upper()
                    .orElseThrow();
            assertTrue(r.best().seller().add(r.best().buyer()).multiply(Rational.of(2)).compareTo(sb) >= 0);
            // The NSW optimum dominates the KS-fair lambda-ROM's product (it is one feasible point).
            MechanismOutcome rom = OfferMechanisms.biasedRandomOffer(t, OfferMechanisms.ksFairLambda(t));
            assertTrue(r.nsw().compareTo(rom.seller().multiply(rom.buyer())) >= 0);
        }
    }
}
