package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.model.Rational;

/**
 * App. B and C fairness notions on the hand instance: zero-value seller, buyer value 1 or 2 with probability 1/2
 * (OPT_SB = E[v] = 3/2, Pi* = 1, U*(v) = v, Pi*(0) = 1). Hand derivations:
 * <ul>
 *   <li>equitable: posting price 1 gives Pi(=E[p]) up to 1 and U = 1/2; paying the seller 1/2 makes Pi = U with
 *       full trade, so the optimum is 3/2;</li>
 *   <li>interim KS-fair (common ratio r): u_i = r v_i and BIC force X_1 = r &lt;= X_2 and P_1 = 0; the seller's
 *       r = pi(0) &lt;= E[P] = X_2 - r gives r &lt;= 1/2, so max GFT = r/2 + X_2 = 1/4 + 1 = 5/4 &gt; 0;</li>
 *   <li>ex-post KS-fair: ps_i = v_i - pb_i; BIC forces one price p, WBB 2p &gt;= 3/2: price 3/4 trades always,
 *       GFT 3/2 = OPT_SB.</li>
 * </ul>
 * The last two contradict the discrete analogue of Lemma C.1 (which is stated for a continuum of values).
 */
class AlternativeFairnessTest {
    @TempDir
    Path dir;

    static final DiscreteTrade T = DiscreteTrade.zeroValueSeller(List.of(Rational.ONE, Rational.of(2)),
            List.of(Rational.of(1, 2), Rational.of(1, 2)));

    @Test
    void interimBenchmarksAreTheOfferMechanisms() {
        Rational[][] ideal = OfferMechanisms.interimIdeals(T);
        assertEquals(Rational.ONE, ideal[0][0]);
        assertEquals(Rational.ONE, ideal[1][0]);
        assertEquals(Rational.of(2), ideal[1][1]);
    }

    @Test
    void equitableInterimAndExPostOptima() {
        Rational[][] ideal = OfferMechanisms.interimIdeals(T);
        assertEquals(Rational.of(3, 2), exact(KsFairPrograms.equitable(T)));
        assertEquals(Rational.of(5, 4), exact(KsFairPrograms.interimKsFair(T, ideal[0], ideal[1])));
        assertEquals(Rational.of(3, 2), exact(KsFairPrograms.expostKsFair(T)));
    }

    @Test
    void interimKsFairImpliesExAnteKsFair() {
        // App. C: interim KS-fairness implies ex-ante KS-fairness, so the interim optimum is at most the ex-ante one.
        for (long seed = 21; seed <= 23; seed++) {
            DiscreteTrade t = RandomTrades.zeroSeller(seed, 3);
            Rational[][] ideal = OfferMechanisms.interimIdeals(t);
            Rational pi = OfferMechanisms.sellerOffer(t).seller();
            Rational u = OfferMechanisms.buyerOffer(t).buyer();
            Rational interim = exact(KsFairPrograms.interimKsFair(t, ideal[0], ideal[1]));
            assertTrue(interim.compareTo(exact(KsFairPrograms.ksFairGft(t, pi, u))) <= 0);
            assertTrue(interim.signum() > 0, "a finite support admits trading interim KS-fair mechanisms");
        }
    }

    private Rational exact(tradebounds.model.Model m) {
        CertifiedValue c = KsFairCertifier.certify(m, dir);
        assertTrue(c.exact(), c.toString());
        return c.value().orElseThrow();
    }
}
