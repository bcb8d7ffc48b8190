package tradebounds.family.ksfair;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Certifies every Section 3 LP of one finite instance with {@link GridCertifier} (GLOP candidate, exact crossover,
 * exact point check, safe dual bound, {@code lp-optimum} certificate replayed by the checker). The fairness LPs
 * use Pi* = Pi(SOM) and U* = U(BOM) from {@link OfferMechanisms}: exact rationals, and equal to the LP benchmarks
 * by Myerson (1981), which the tests confirm against the certified {@code ksfair-pi-star}/{@code ksfair-u-star}.
 */
public final class KsFairCertifier {
    /** GLOP's duals are trusted (README); any adapter would do, the checker recomputes the bound. */
    public static final String SOLVER = "glop";

    private KsFairCertifier() {
    }

    public static CertifiedValue certify(Model model, Path dir) {
        return GridCertifier.certify(model, SOLVER, dir.resolve(model.name() + ".cert"));
    }

    /** All eight programs of {@code KsFairCatalog} that are LPs, by id, certified into {@code dir}. */
    public static Map<String, CertifiedValue> certifyAll(DiscreteTrade t, Path dir) {
        Rational pi = OfferMechanisms.sellerOffer(t).seller();
        Rational u = OfferMechanisms.buyerOffer(t).buyer();
        Map<String, CertifiedValue> out = new LinkedHashMap<>();
        for (Model m : new Model[] {KsFairPrograms.firstBest(t), KsFairPrograms.secondBest(t),
            KsFairPrograms.sellerIdeal(t), KsFairPrograms.buyerIdeal(t), KsFairPrograms.ksFairGft(t, pi, u),
            KsFairPrograms.ksSolution(t, pi, u), KsFairPrograms.ksFairSeller(t, pi, u),
            KsFairPrograms.ksFairBuyer(t, pi, u)}) {
            out.put(m.name(), certify(m, dir));
        }
        return out;
    }
}
