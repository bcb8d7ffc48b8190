package tradebounds.family.ksfair;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link KsFairAudit} found for one registry claim.
 *
 * @param status      HOLDS: the stated number is established (exact rational or rigorous enclosure on the right
 *                    side of it); CONSISTENT: a universal or asymptotic claim that no instance of the fixed suite or
 *                    no evaluated K contradicts (not a proof); REFUTED: a certified counterexample or an enclosure
 *                    on the wrong side; NOT_CHECKED: not implemented (the evidence says what is missing)
 * @param lower       a proved lower end of the enclosure of {@code quantity} (the claim's quantity), if any
 * @param upper       a proved upper end, if any
 * @param certificates lp-optimum certificates written (and replayed by the checker) on the way
 * @param counterexampleInHypotheses true when the certificates carry a counterexample that meets the claim's
 *                    hypotheses as printed (so a universal claim may be REFUTED by them); false for finite analogues
 * @param evidence    one line: the numbers behind the status
 */
public record KsFairFinding(String claimId, Status status, Optional<BigDecimal> lower, Optional<BigDecimal> upper,
                            List<Path> certificates, boolean counterexampleInHypotheses, String evidence) {
    public enum Status { HOLDS, CONSISTENT, REFUTED, NOT_CHECKED }

    public KsFairFinding {
        certificates = List.copyOf(certificates);
    }

    /** A finding whose certificates (if any) are not a counterexample in the claim's hypotheses. */
    public KsFairFinding(String claimId, Status status, Optional<BigDecimal> lower, Optional<BigDecimal> upper,
                         List<Path> certificates, String evidence) {
        this(claimId, status, lower, upper, certificates, false, evidence);
    }
}
