package tradebounds.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the audit over a list of claims: each claim goes to the family auditor (of a {@link Family} found by
 * {@code ServiceLoader}) that handles its method, and
 * the two methods every family shares are handled here: {@code none} (OPEN, with the registry's reason) and
 * {@code implied-by} (the verdict of a stronger certified claim, when its certified bound implies this one).
 */
public final class Auditor {
    private final List<FamilyAuditor> families = Family.all().stream().flatMap(f -> f.auditors().stream()).toList();
    private final int jobs;
    /** Told of each row as its claim finishes (from the audit's worker threads), for a progress display. */
    private volatile java.util.function.Consumer<AuditRow> finished = r -> { };

    /** One claim at a time. */
    public Auditor() {
        this(1);
    }

    /**
     * Audits up to {@code jobs} claims at once. Rows do not depend on the order claims finish in (each auditor
     * writes its own files and a shared regeneration, such as the robust grids, is computed once under a lock),
     * but time budgets are wall-clock, so a loaded machine can find weaker fresh witnesses; the stored certificates,
     * which auditors also judge, keep the verdicts.
     */
    public Auditor(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        this.jobs = jobs;
    }

    /** Sets the listener told of each row as its claim finishes; it must be thread-safe. */
    public Auditor onFinished(java.util.function.Consumer<AuditRow> listener) {
        this.finished = listener;
        return this;
    }

    public List<AuditRow> run(List<Claim> claims, AuditContext context) {
        Map<String, AuditRow> done = context.done();
        List<Claim> deferred = new ArrayList<>();
        List<Claim> now = new ArrayList<>();
        for (Claim c : claims) {
            (c.methodType().equals("implied-by") ? deferred : now).add(c);
        }
        done.putAll(auditAll(now, context));
        for (Claim c : deferred) {
            AuditRow row = implied(c, done.get(c.method().get("claim")));
            done.put(c.id(), row);
            finished.accept(row);
        }
        Map<String, AuditRow> ordered = new LinkedHashMap<>();
        for (Claim c : claims) {
            AuditRow r = done.get(c.id());
            ordered.put(c.id(), r == null ? null : r.withKind(StatementKind.of(c)));
        }
        return new ArrayList<>(ordered.values());
    }

    /**
     * Longest first, so that a parallel run does not end on one long claim started last: claims without a time
     * budget (exact or interval computations whose length the registry does not state, the longest today) first,
     * then budgeted claims by decreasing budget.
     */
    private Map<String, AuditRow> auditAll(List<Claim> claims, AuditContext context) {
        Map<String, AuditRow> rows = new LinkedHashMap<>();
        if (jobs == 1 || claims.size() < 2) {
            claims.forEach(c -> rows.put(c.id(), audit(c, context)));
            return rows;
        }
        List<Claim> order = new ArrayList<>(claims);
        order.sort(Comparator.comparingDouble((Claim c) -> budget(c) == 0 ? Double.NEGATIVE_INFINITY : -budget(c)));
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "audit");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<AuditRow>> futures = new LinkedHashMap<>();
            for (Claim c : order) {
                futures.put(c.id(), pool.submit(() -> audit(c, context)));
            }
            for (Claim c : claims) {
                try {
                    rows.put(c.id(), futures.get(c.id()).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("audit of " + c.id() + " failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("audit interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }

    /** The registry's time budgets of a claim, summed (0 when it has none). */
    private static double budget(Claim c) {
        double s = 0;
        for (Map.Entry<String, String> e : c.method().entrySet()) {
            if (e.getKey().toLowerCase(java.util.Locale.ROOT).endsWith("seconds")) {
                try {
                    s += Double.parseDouble(e.getValue());
                } catch (NumberFormatException x) {
                    // not a number: not a budget
                }
            }
        }
        return s;
    }

    private AuditRow audit(Claim c, AuditContext context) {
        AuditRow row = auditOne(c, context);
        finished.accept(row);
        return row;
    }

    private AuditRow auditOne(Claim c, AuditContext context) {
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
