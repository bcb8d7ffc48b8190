package tradebounds.claims;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What every family auditor receives.
 *
 * @param root               repository root (registry under claims/, certificates under certificates/)
 * @param workDir            where fresh certificates are written (target/audit); never the stored ones
 * @param budgetScale        multiplies every time budget in the registry (CI and benchmarks scale it)
 * @param updateCertificates replace a stored certificate when the fresh one is checked and at least as strong
 * @param progress           one-line progress messages for stderr
 * @param done               rows of the claims audited so far, by claim id (for "implied-by")
 */
public record AuditContext(Path root, Path workDir, double budgetScale, boolean updateCertificates,
                           Consumer<String> progress, Map<String, AuditRow> done) {
    public double seconds(Claim c, String key, double fallback) {
        return c.seconds(key, fallback) * budgetScale;
    }
}
