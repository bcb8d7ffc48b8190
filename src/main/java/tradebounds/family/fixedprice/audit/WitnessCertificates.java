package tradebounds.family.fixedprice.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.claims.Claim;
import tradebounds.family.fixedprice.witness.MultiUnitLemmaInstance;
import tradebounds.instance.Atom;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Certificates for hardness witnesses. General programs ((4.2), (6.1) and its strict reading) get a LEMMA
 * section: the checker rebuilds the instance of Lemma 3.3 / 6.1 (seller atoms shifted by eps/k) itself. The
 * symmetric program (Corollary 6.1) cannot shift the seller without breaking symmetry, so its certificate carries
 * the unshifted instance explicitly (INSTANCE), realized from the point by quantile coupling; the audit checks here
 * that the seller's valuation law equals the buyer's (iid), which the checker does not know to ask.
 */
final class WitnessCertificates {
    private WitnessCertificates() {
    }

    static Certificate of(Claim c, Model model, List<Rational> prices, int k, Rational[] point, Rational r,
                          Rational eps, String search, List<String> found) {
        CertificateBuilder b = CertificateBuilder.of(CertificateType.QCP_WITNESS)
                .meta("claim", c.id()).meta("source", c.source()).meta("method", search)
                .program(model).solution(point).claim(ClaimKind.OBJECTIVE_AT_MOST, r);
        if (!c.programId().endsWith("-sym")) {
            return b.lemma(k, eps, prices, (i, q) -> k == 1 ? "s" + i : "s" + i + "_" + q,
                    (j, q) -> k == 1 ? "b" + j : "b" + j + "_" + q).claim(ClaimKind.RATIO_AT_MOST, r.add(eps)).build();
        }
        Optional<FixedPriceInstance> inst = MultiUnitLemmaInstance.of(model, prices, k, point, eps, false).instance(k);
        if (inst.isEmpty()) {
            found.add("the symmetric point's laws are not realizable by monotone vectors; no instance certificate");
            return null;
        }
        found.add(iid(inst.get()) ? "symmetry checked exactly: the seller's valuation law equals the buyer's (iid)"
                : "SYMMETRY BROKEN: the realized seller and buyer valuation laws differ");
        return CertificateBuilder.of(CertificateType.INSTANCE_HARDNESS)
                .meta("claim", c.id()).meta("source", c.source()).meta("method", search)
                .program(model).solution(point).instance(inst.get())
                .claim(ClaimKind.OBJECTIVE_AT_MOST, r).claim(ClaimKind.RATIO_AT_MOST, r).build();
    }

    /**
     * The seller's atoms are marginal decrements w~(q) = w(k-q+1) - w(k-q), so the increments of w are w~ read
     * backwards; the instance is iid iff (prob, reversed w~) and (prob, v^) have the same law.
     */
    static boolean iid(FixedPriceInstance inst) {
        Map<List<Rational>, Rational> seller = new HashMap<>();
        for (Atom a : inst.seller().atoms()) {
            List<Rational> rev = new java.util.ArrayList<>(a.values());
            java.util.Collections.reverse(rev);
            seller.merge(rev, a.prob(), Rational::add);
        }
        Map<List<Rational>, Rational> buyer = new HashMap<>();
        for (Atom a : inst.buyer().atoms()) {
            buyer.merge(a.values(), a.prob(), Rational::add);
        }
        seller.values().removeIf(Rational::isZero);
        buyer.values().removeIf(Rational::isZero);
        return seller.equals(buyer);
    }
}
