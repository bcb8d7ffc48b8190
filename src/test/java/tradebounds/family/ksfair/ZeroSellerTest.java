package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.interval.Interval;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.model.Rational;

/**
 * {@link ZeroSeller} against values it does not compute: certified LP optima of the full mechanism LPs
 * ({@code ksfair-gft}, {@code ksfair-equitable}), {@link NashFrontier}'s certified frontier, hand derivations, and
 * expression (3) of Example 5.2 (enclosed through Lambert W by {@link PaperExamples}).
 */
class ZeroSellerTest {
    @TempDir
    Path dir;

    /**
     * v = 1 or 10 w.p. 1/2. Prices: 1 gives (R, U, G) = (1, 9/2, 11/2); 10 gives (5, 0, 5). Pi* = 5, U* = 11/2.
     * KS: d = Pi* U - U* R is 17 at price 1 and -55/2 at 10; d-neutral mix puts 55/89 on price 1:
     * GFT = 5 + (1/2)(55/89) = 945/178 (check: U/U* = R/Pi* = 45/89). Equitable: d = U - R is 7/2 and -5, weight 10/17
     * on price 1: GFT = 5 + 5/17 = 90/17. NSW: on the segment (1, 9/2)-(5, 0), R = 1 + 4s, U = 9/2 (1 - s), U R is
     * maximal at s = 3/8 (where U = 45/16 &gt;= R = 5/2): 225/32; the other segments stay below (at most 55/8).
     */
    @Test
    void handCase() {
        DiscreteTrade t = DiscreteTrade.zeroValueSeller(List.of(Rational.ONE, Rational.of(10)),
                List.of(Rational.of(1, 2), Rational.of(1, 2)));
        assertEquals(Rational.of(945, 178), ZeroSeller.ksFairGft(t).exact().orElseThrow());
        assertEquals(Rational.of(90, 17), ZeroSeller.equitableGft(t).exact().orElseThrow());
        ZeroSeller.Optimum nsw = ZeroSeller.nsw(t);
        assertEquals(Rational.of(225, 32), nsw.exact().orElseThrow());
        assertTrue(nsw.gft().contains(Rational.of(85, 16).toDecimal(30, false)));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17})
    void equalsCertifiedLps(long seed) {
        DiscreteTrade t = RandomTrades.zeroSeller(seed, 3 + (int) (seed % 3));
        Rational pi = OfferMechanisms.sellerOffer(t).seller();
        Rational u = OfferMechanisms.buyerOffer(t).buyer();
        CertifiedValue ks = KsFairCertifier.certify(KsFairPrograms.ksFairGft(t, pi, u), dir.resolve("ks" + seed));
        CertifiedValue eq = KsFairCertifier.certify(KsFairPrograms.equitable(t), dir.resolve("eq" + seed));
        assertEquals(ks.value().orElseThrow(), ZeroSeller.ksFairGft(t).exact().orElseThrow(), "ksfair-gft LP");
        assertEquals(eq.value().orElseThrow(), ZeroSeller.equitableGft(t).exact().orElseThrow(), "equitable LP");
        assertEquals(NashFrontier.maximize(t, dir.resolve("nsw" + seed)).nsw(), ZeroSeller.nsw(t).exact().orElseThrow(),
                "NSW frontier");
    }

    @Test
    void example52GridEqualsLp() {
        DiscreteTrade t = Example52Grid.lower(25, 20);
        CertifiedValue lp = Example52Grid.ksFairOptimum(25, 20, dir);
        Rational mine = ZeroSeller.ksFairGft(t).exact().orElseThrow();
        assertTrue(lp.lower().orElseThrow().compareTo(mine) <= 0 && mine.compareTo(lp.upper().orElseThrow()) <= 0,
                mine + " outside the certified LP bracket " + lp.lower() + ", " + lp.upper());
    }

    /** Continuous Example 5.2 at K = 25: the enclosure contains (3) . U* (Lemma 5.6 and a KS-fair fixed price). */
    @Test
    void example52Continuous() {
        long k = 25;
        BigDecimal tol = new BigDecimal("1e-5");
        ZeroSeller.Optimum o = ZeroSeller.ksFairGft(BuyerLaw.example52(k), tol);
        Interval logK = Interval.log(Interval.of(Rational.of(k)));
        Interval uStar = Interval.of(Rational.of(k, k - 1)).multiply(logK);
        Interval paper = PaperExamples.example52(k).valueFormula().multiply(uStar);
        assertTrue(o.enclosure().lo().compareTo(paper.hi()) <= 0 && paper.lo().compareTo(o.enclosure().hi()) <= 0,
                o.enclosure() + " vs (3) U* = " + paper);
        assertTrue(o.enclosure().width().compareTo(new BigDecimal("2e-5")) < 0, o.enclosure().toString());
        Interval pi = ZeroSeller.sellerIdeal(BuyerLaw.example52(k), tol);
        assertTrue(pi.contains(BigDecimal.ONE), "Pi* = 1: " + pi);
    }
}
