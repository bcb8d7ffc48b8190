package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tradebounds.check.PointCheck;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.model.Rational;

/**
 * The Section 3 LPs on random finite instances, certified exactly, against what the paper proves: Pi* = Pi(SOM),
 * U* = U(BOM) (Myerson 1981, Sec. 3), OPT_FB = E[(v-c)^+], OPT_SB = E[v] for a zero-value seller (Sec. 5),
 * the KS-fair lambda-ROM is feasible and has GFT &gt;= OPT_SB / 2 (Thm. 4.1), and the KS solution, seller- and
 * buyer-optimal KS-fair mechanisms share Pi and U (Sec. 3's remark).
 */
class MechanismLpTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void bilateral(long seed) {
        DiscreteTrade t = RandomTrades.bilateral(seed, 2 + (int) (seed % 2), 2 + (int) (seed / 3 % 2));
        Map<String, CertifiedValue> v = KsFairCertifier.certifyAll(t, dir);
        v.values().forEach(c -> assertTrue(c.exact(), c.program() + " not certified exactly: " + c));
        checkAgainstPaper(t, v);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void zeroValueSeller(long seed) {
        DiscreteTrade t = RandomTrades.zeroSeller(seed, 3 + (int) (seed % 2));
        Map<String, CertifiedValue> v = KsFairCertifier.certifyAll(t, dir);
        v.values().forEach(c -> assertTrue(c.exact(), c.program() + " not certified exactly: " + c));
        Rational mean = Rational.ZERO;
        for (int i = 0; i < t.buyers(); i++) {
            mean = mean.add(t.f(i).multiply(t.v(i)));
        }
        assertEquals(mean, value(v, "ksfair-opt-sb"), "OPT_SB = E[v] for a zero-value seller");
        assertEquals(mean, value(v, "ksfair-u-star"), "U* = E[v]: posting price 0");
        checkAgainstPaper(t, v);
    }

    private static void checkAgainstPaper(DiscreteTrade t, Map<String, CertifiedValue> v) {
        MechanismOutcome som = OfferMechanisms.sellerOffer(t);
        MechanismOutcome bom = OfferMechanisms.buyerOffer(t);
        Rational pi = som.seller();
        Rational u = bom.buyer();
        assertEquals(OfferMechanisms.firstBest(t), value(v, "ksfair-opt-fb"));
        assertEquals(pi, value(v, "ksfair-pi-star"), "Pi* = Pi(SOM)");
        assertEquals(u, value(v, "ksfair-u-star"), "U* = U(BOM)");
        Rational sb = value(v, "ksfair-opt-sb");
        assertTrue(sb.compareTo(value(v, "ksfair-opt-fb")) <= 0);
        assertTrue(sb.compareTo(som.gft()) >= 0 && sb.compareTo(bom.gft()) >= 0);
        assertTrue(sb.compareTo(pi.add(u)) <= 0, "OPT_SB <= Pi* + U* (proof of Thm. 4.2)");

        Rational lambda = OfferMechanisms.ksFairLambda(t);
        MechanismOutcome rom = OfferMechanisms.biasedRandomOffer(t, lambda);
        assertEquals(rom.seller().multiply(u), rom.buyer().multiply(pi), "lambda-ROM is KS-fair");
        assertTrue(PointCheck.maxViolation(KsFairPrograms.ksFairGft(t, pi, u), rom.point()).feasible(),
                "lambda-ROM is a feasible point of the KS-fair GFT LP");
        assertTrue(PointCheck.maxViolation(KsFairPrograms.secondBest(t), som.point()).feasible());
        assertTrue(PointCheck.maxViolation(KsFairPrograms.secondBest(t), bom.point()).feasible());
        Rational ks = value(v, "ksfair-gft");
        assertTrue(ks.compareTo(rom.gft()) >= 0, "GFT-optimal KS-fair >= lambda-ROM");
        assertTrue(rom.gft().multiply(Rational.of(2)).compareTo(sb) >= 0, "Thm. 4.1: lambda-ROM >= OPT_SB / 2");
        assertTrue(ks.compareTo(sb) <= 0);

        Rational sellerOpt = value(v, "ksfair-seller-optimal");
        assertEquals(sellerOpt.multiply(u).divide(pi), value(v, "ksfair-buyer-optimal"),
                "buyer-optimal KS-fair U = seller-optimal Pi . U*/Pi*");
        assertEquals(sellerOpt.multiply(Rational.ONE.add(u.divide(pi))), value(v, "ksfair-ks-solution"),
                "KS solution Pi + U = seller-optimal Pi . (1 + U*/Pi*)");
        assertTrue(value(v, "ksfair-ks-solution").compareTo(rom.gft()) >= 0, "Lemma 3.1: KS solution >= lambda-ROM");
        assertTrue(ks.compareTo(value(v, "ksfair-ks-solution")) >= 0, "GFT >= Pi + U under ex-ante WBB");
    }

    private static Rational value(Map<String, CertifiedValue> v, String id) {
        return v.get(id).value().orElseThrow(() -> new AssertionError(id + " has no exact value"));
    }
}
