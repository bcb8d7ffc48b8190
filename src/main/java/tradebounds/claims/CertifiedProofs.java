package tradebounds.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Proved;

/**
 * The last gate of an audit: every CERTIFIED or REFUTED row must name a certificate that the exact checker proves now.
 * An auditor that says CERTIFIED or REFUTED without one is a bug in the auditor, and this makes it visible instead of
 * silent.
 */
public final class CertifiedProofs {
    private CertifiedProofs() {
    }

    /** One line per CERTIFIED or REFUTED row whose certificate is absent, missing on disk, or not proved. */
    public static List<String> unproved(List<AuditRow> rows, Path root) {
        List<String> out = new ArrayList<>();
        rows.parallelStream().filter(r -> r.verdict() == Verdict.CERTIFIED || r.verdict() == Verdict.REFUTED)
                .map(r -> {
            if (r.certificate() == null) {
                return r.claim() + ": " + r.verdict() + " without a certificate";
            }
            Path p = root.resolve(r.certificate());
            if (!Files.exists(p)) {
                return r.claim() + ": " + r.verdict() + " but its certificate " + r.certificate() + " does not exist";
            }
            CheckOutcome o = CheckedFiles.check(p);
            return o instanceof Proved ? null : r.claim() + ": " + r.verdict() + " but " + r.certificate() + " is " + o;
        }).forEachOrdered(s -> {
            if (s != null) {
                out.add(s);
            }
        });
        return out;
    }
}
