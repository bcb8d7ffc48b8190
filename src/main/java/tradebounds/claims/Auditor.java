package tradebounds.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the audit over a list of claims: each claim goes to the family auditor (of a {@link Family} found by
 * {@code ServiceLoader}) that handles its method, and
 * the two methods every family shares are handled here: {@code none} (OPEN, with the registry's reason) and
 * {@code implied-by} (the verdict of a stronger certified claim, when its certified bound implies this one).
 */
public final class Auditor {
    private final List<FamilyAuditor> families = Family.all().stream().flatMap(f -> f.auditors().stream()).toList();

    public List<AuditRow> run(List<Claim> claims, AuditContext context) {
        Map<String, AuditRow> done = context.done();
        List<Claim> deferred = new ArrayList<>();
        for (Claim c : claims) {
            if (c.methodType().equals("implied-by")) {
                deferred.add(c);
                continue;
            }
            done.put(c.id(), audit(c, context));
        }
        for (Claim c : deferred) {
            done.put(c.id(), implied(c, done.get(c.method().get("claim"))));
        }
        Map<String, AuditRow> ordered = new LinkedHashMap<>();
        for (Claim c : claims) {
            ordered.put(c.id(), done.get(c.id()));
        }
        return new ArrayList<>(ordered.values());
    }

    private AuditRow audit(Claim c, AuditContext context) {
        long t0 = System.nanoTime();
        context.progress().accept("audit: " + c.id() + " (" + c.source() + ", method " + c.methodType() + ")");
        if (c.methodType().equals("none")) {
            String why = c.unavailable() != null ? c.unavailable() : "no method registered";
            return new AuditRow(c.id(), c.source(), c.published(), c.direction(), "not regenerated: " + why, null,
                    Verdict.OPEN, null, 0, notes(c, "OPEN: " + why));
        }
        for (FamilyAuditor f : families) {
            if (f.methods().contains(c.methodType())) {
                try {
                    return f.audit(c, context);
                } catch (RuntimeException e) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    return new AuditRow(c.id(), c.source(), c.published(), c.direction(), "failed: " + e, null,
                            Verdict.OPEN, c.certificate(), s, notes(c, "the audit of this claim failed: " + e));
                }
            }
        }
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), "no auditor for method "
                + c.methodType(), null, Verdict.OPEN, null, 0, notes(c, "no auditor handles method " + c.methodType()));
    }

    /** A claim is implied when the stronger claim's certified bound lies on the published side of this one. */
    private static AuditRow implied(Claim c, AuditRow stronger) {
        String by = c.method().get("claim");
        if (stronger == null) {
            return new AuditRow(c.id(), c.source(), c.published(), c.direction(), "implying claim " + by + " not audited",
                    null, Verdict.OPEN, null, 0, notes(c, "OPEN: " + by + " was not audited"));
        }
        boolean certified = stronger.verdict() == Verdict.CERTIFIED && stronger.established() != null
                && stronger.direction() == c.direction() && c.direction().implies(stronger.established(), c.published());
        String text = "implied by " + by + (stronger.established() == null ? ""
                : " (certified " + stronger.direction().symbol() + " " + stronger.established().toDecimal(10, c.direction()
                == Direction.AT_MOST).toPlainString() + ")");
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), text,
                certified ? stronger.established() : null, certified ? Verdict.CERTIFIED : Verdict.OPEN,
                stronger.certificate(), 0, notes(c, certified
                        ? "CERTIFIED as a statement through " + by + "'s checked certificate; the cited paper's own"
                        + " instance was not rebuilt" : "OPEN: " + by + " did not certify a bound implying this one"));
    }

    static List<String> notes(Claim c, String found) {
        List<String> n = new ArrayList<>();
        n.add(found);
        n.addAll(c.notes());
        return n;
    }
}
