package tradebounds.claims;

import java.util.Set;

/**
 * Audits the claims of one paper family. Implementations live in subpackages ({@code claims.fixedprice}, ...)
 * and are listed in {@link Auditor}. An auditor regenerates evidence, writes certificates to
 * {@link AuditContext#workDir()}, has {@code check.Checker} judge them (and the stored ones), and derives the
 * verdict; it never reports CERTIFIED without a {@code Proved} outcome.
 */
public interface FamilyAuditor {
    /** The registry {@code method.type} values this auditor handles. */
    Set<String> methods();

    AuditRow audit(Claim claim, AuditContext context);
}
