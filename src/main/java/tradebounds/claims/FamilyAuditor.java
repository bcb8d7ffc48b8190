package tradebounds.claims;

import java.util.Set;

/**
 * Audits the claims of one paper family. Implementations live in the family's tree ({@code family.<id>}) and are
 * returned by its {@link Family#auditors()}, which {@link Auditor} finds through {@code ServiceLoader}. An auditor
 * regenerates evidence, writes certificates to {@link AuditContext#workDir()}, has {@code check.Checker} judge them
 * (and the stored ones), and derives the verdict; it never reports CERTIFIED without a {@code Proved} outcome.
 * Auditors may be called from several threads at once ({@code audit --jobs}): shared state needs a lock.
 */
public interface FamilyAuditor {
    /** The registry {@code method.type} values this auditor handles. */
    Set<String> methods();

    AuditRow audit(Claim claim, AuditContext context);
}
