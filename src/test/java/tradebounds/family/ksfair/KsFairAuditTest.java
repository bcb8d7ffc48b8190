package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.family.ksfair.KsFairFinding.Status;
import tradebounds.json.InputException;

/**
 * Every registry claim of claims/ksfair has an audit, and the audit agrees with what the paper states (all its
 * examples' numbers hold, including the optima computed directly by the zero-seller reduction; P_REG/P_MHR are reported as not done), with every certificate replayed.
 */
@Tag("slow") // every KS-fair claim audited, covers replayed: minutes
class KsFairAuditTest {
    @TempDir
    Path dir;

    @Test
    void everyClaimAudits() throws IOException, InputException {
        Map<String, Status> expected = Map.ofEntries(Map.entry("bfm-thm4.1", Status.CONSISTENT),
                Map.entry("bfm-fb-sb-3.15", Status.CONSISTENT), Map.entry("bfm-prop5.1", Status.CONSISTENT),
                Map.entry("bfm-lemma5.2", Status.HOLDS), Map.entry("bfm-lemma5.6", Status.HOLDS),
                Map.entry("bfm-lemma5.9", Status.HOLDS), Map.entry("bfm-intro-uniform", Status.HOLDS),
                Map.entry("bfm-cor4.4", Status.HOLDS), Map.entry("bfm-thm5.3", Status.HOLDS),
                Map.entry("bfm-thm5.3-table1", Status.REFUTED), Map.entry("bfm-thm5.7", Status.HOLDS),
                // in the lemma's hypotheses (U[0,1] ex post, Example 5.3's top atom interim): stored point values
                Map.entry("bfm-lemmaC.1", Status.REFUTED),
                Map.entry("bfm-thm6.1", Status.CONSISTENT), Map.entry("bfm-ex5.2-ksfair-optimum", Status.HOLDS),
                Map.entry("bfm-ex5.3-ksfair-optimum", Status.HOLDS), Map.entry("bfm-thm6.1-examples", Status.HOLDS),
                // "at most 2" is attained, so an enclosure can only be consistent with it
                Map.entry("bfm-intro-er-equitable", Status.CONSISTENT),
                // App. E's printed L_lo exceeds L_hi (a stored point-value certificate)
                Map.entry("bfm-appE-L-lo", Status.REFUTED),
                // App. F's printed M_hi exceeds every possible value of M (a stored point-value certificate)
                Map.entry("bfm-appF-M-hi", Status.REFUTED),
                // the corrected-M_hi program, stored cover >= 0.915 above the published 0.913
                Map.entry("bfm-thm5.7-corrected", Status.HOLDS));
        java.util.List<Claim> claims = ClaimRegistry.load(Path.of("claims/ksfair"));
        assertEquals(expected.size(), claims.size(), "one registry file per audited claim");
        for (Claim c : claims) {
            KsFairFinding f = KsFairAudit.audit(c.id(), dir);
            // only Lemma C.1's finding claims a counterexample inside a universal claim's hypotheses
            assertEquals(c.id().equals("bfm-lemmaC.1"), f.counterexampleInHypotheses(), c.id());
            assertEquals(expected.get(c.id()), f.status(), c.id() + ": " + f.evidence());
            for (Path cert : f.certificates()) {
                // Stored certificates are replayed once, by StoredCertificatesTest; fresh ones are checked here.
                if (!cert.startsWith("certificates")) {
                    assertInstanceOf(Proved.class, Checker.check(cert), cert.toString());
                }
            }
            assertTrue(f.lower().isEmpty() || f.upper().isEmpty() || f.lower().get().compareTo(f.upper().get()) <= 0);
        }
        assertEquals(expected.keySet(), java.util.Set.copyOf(KsFairAudit.claimIds()));
    }

    @Test
    void unknownClaimIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> KsFairAudit.audit("bfm-nope", dir));
    }
}
