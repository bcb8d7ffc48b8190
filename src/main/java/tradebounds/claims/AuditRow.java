package tradebounds.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradebounds.model.Rational;

/**
 * One line of the audit.
 *
 * @param claim       claim id
 * @param source      paper section
 * @param published   the published constant
 * @param direction   {@code >=} or {@code <=}
 * @param regenerated what the tool established or found, in words and numbers
 * @param established the exact bound a checked certificate established, if any (same direction as the claim)
 * @param verdict     the verdict
 * @param certificate certificate path, or null
 * @param seconds     wall time spent on the claim
 * @param notes       what the tool found, one line each
 * @param kind        what the verdict is about (set by the {@link Auditor} from the claim), or null before that
 */
public record AuditRow(String claim, String source, Rational published, Direction direction, String regenerated,
                       Rational established, Verdict verdict, String certificate, double seconds, List<String> notes,
                       StatementKind kind) {
    /** A row as a family auditor makes it; the auditor adds the kind. */
    public AuditRow(String claim, String source, Rational published, Direction direction, String regenerated,
                    Rational established, Verdict verdict, String certificate, double seconds, List<String> notes) {
        this(claim, source, published, direction, regenerated, established, verdict, certificate, seconds, notes, null);
    }

    /**
     * This row with its statement kind; a verdict the kind does not admit (CERTIFIED or NUMERIC for a theorem tested on
     * a family) falls to OPEN, with a note saying why.
     */
    public AuditRow withKind(StatementKind k) {
        if (k.admits(verdict)) {
            return new AuditRow(claim, source, published, direction, regenerated, established, verdict, certificate,
                    seconds, notes, k);
        }
        List<String> n = new java.util.ArrayList<>(notes);
        n.add(0, "OPEN, not " + verdict + ": a " + k.label() + " can only be REFUTED or OPEN");
        return new AuditRow(claim, source, published, direction, regenerated, null, Verdict.OPEN, certificate, seconds,
                n, k);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim", claim);
        m.put("source", source);
        m.put("published", published.toString());
        m.put("direction", direction.symbol());
        m.put("regenerated", regenerated);
        m.put("verdict", verdict.toString());
        m.put("kind", kind == null ? null : kind.key());
        m.put("certificate", certificate);
        m.put("seconds", Math.round(seconds * 100) / 100.0);
        m.put("established", established == null ? null : established.toString());
        m.put("notes", notes);
        return m;
    }
}
