package tradebounds.family.fixedprice.witness;

import tradebounds.family.fixedprice.falsify.FalsifierFinding;
import tradebounds.family.fixedprice.falsify.MultiUnitFalsifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateReader;
import tradebounds.check.WelfareEvaluator;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.instance.UnitLift;
import tradebounds.model.Rational;

/**
 * Proposition 6.2 on the stored single-unit witness of Proposition 4.2, and the k = 2 falsification of M
 * against the published Proposition 5.2 bound.
 */
class LiftedWitnessTest {
    private static Rational ratio(FixedPriceInstance i) {
        WelfareEvaluator e = new WelfareEvaluator(i);
        return e.bestPrice().welfare().divide(e.opt());
    }

    /** Lemma 3.3's instance: seller atoms p_i + eps with mass SOL[s_i], buyer atoms p_j with mass SOL[b_j]. */
    private static FixedPriceInstance lemmaInstance(Certificate c) {
        Certificate.Lemma lemma = c.lemma().orElseThrow();
        Certificate.Solution sol = c.solution().orElseThrow();
        List<Atom> seller = new ArrayList<>();
        List<Atom> buyer = new ArrayList<>();
        for (Certificate.PricePoint p : lemma.prices()) {
            Rational s = sol.value(p.sellers().get(0)).orElseThrow();
            Rational b = sol.value(p.buyers().get(0)).orElseThrow();
            if (s.signum() > 0) {
                seller.add(Atom.single(p.price().add(lemma.eps()), s));
            }
            if (b.signum() > 0) {
                buyer.add(Atom.single(p.price(), b));
            }
        }
        return new FixedPriceInstance(1, new Distribution(seller), new Distribution(buyer));
    }

    @Test
    void liftingTheProp42WitnessKeepsItsExactRatioBelowThePublishedHardness() throws Exception {
        Certificate c = CertificateReader.read(Path.of("certificates/fixedprice/gdk-prop4.2.cert"));
        FixedPriceInstance single = lemmaInstance(c);
        Rational r1 = ratio(single);
        // Proposition 4.2 (Theorem 1.1): hardness 0.73805.
        assertTrue(r1.compareTo(Rational.parse("0.73805")) < 0, r1.toDisplay());
        for (int k = 2; k <= 3; k++) {
            FixedPriceInstance lifted = UnitLift.lift(single, k);
            assertEquals(k, lifted.units());
            // Proposition 6.2: OPT_k = k OPT_1 and SW_k(p) = k SW_1(p), so the ratio is the same rational.
            assertEquals(r1, ratio(lifted));
            assertEquals(new WelfareEvaluator(single).opt().multiply(Rational.of(k)),
                    new WelfareEvaluator(lifted).opt());
        }
    }

    @Test
    void shortFalsificationOfMForTwoUnitsStaysAboveTheProvenBounds() {
        MultiUnitFalsifier.Result res = MultiUnitFalsifier.run(
                new MultiUnitFalsifier.Settings(2, MultiUnitFalsifier.prop52Prices(), 3, 7, Duration.ofSeconds(3),
                        200_000, 6), s -> { });
        FalsifierFinding f = res.lowest();
        assertEquals(39, MultiUnitFalsifier.prop52Prices().size());
        assertEquals(2, f.instance().units());
        // Proposition 5.2 / Theorem 1.2: M is a 0.65-approximation for k = 2.
        assertTrue(f.mechanismRatio().compareTo(Rational.parse("0.65")) >= 0, f.mechanismRatio().toDisplay());
        // The best fixed price is a (1 - 1/e)-approximation for every k (Gerstgrasser et al. 2019); 0.632 < 1 - 1/e.
        assertTrue(f.bestPriceRatio().compareTo(Rational.parse("0.632")) > 0, f.bestPriceRatio().toDisplay());
        // The finding is re-evaluated exactly by an evaluator built afresh.
        WelfareEvaluator e = new WelfareEvaluator(f.instance());
        assertEquals(f.mechanismRatio(), e.mechanism(MultiUnitFalsifier.prop52Prices()).welfare().divide(e.opt()));
    }
}
