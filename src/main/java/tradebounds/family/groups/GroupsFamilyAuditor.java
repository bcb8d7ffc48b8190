package tradebounds.family.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.FamilyAuditor;
import tradebounds.claims.Verdict;

/**
 * Audits the 72 Table 1 cells of seed 002 (method type {@value #METHOD}; registry rows in {@code claims/groups/}).
 *
 * <p>Verdicts: the values are exact rationals (Bernoulli, uniform) or rigorous intervals (lattice, Bernstein),
 * but they are computed outside the exact checker, for which no certificate type for binomial or Irwin-Hall sums
 * exists yet. So a printed number that agrees (within 4 Monte Carlo standard errors at 10^6 runs, plus 5e-7 for
 * the 6-decimal print) under the paper's stated reading is NUMERIC, and one that does not is OPEN; the notes
 * carry the value, z, and the readings that do reproduce the number. Never CERTIFIED or REFUTED here.
 */
public final class GroupsFamilyAuditor implements FamilyAuditor {
    public static final String METHOD = "groups-table1";
    private Table1Audit audit;

    @Override
    public Set<String> methods() {
        return Set.of(METHOD);
    }

    @Override
    public AuditRow audit(Claim claim, AuditContext context) {
        long start = System.nanoTime();
        Table1.Entry entry = Table1.entries().stream().filter(e -> e.id().equals(claim.id())).findFirst()
                .orElse(null);
        if (entry == null) {
            return new AuditRow(claim.id(), claim.source(), claim.published(), claim.direction(),
                    "no Table 1 cell has this id", null, Verdict.OPEN, null, seconds(start),
                    List.of("unknown claim id for " + METHOD));
        }
        if (!entry.printed().equals(claim.published())) {
            return new AuditRow(claim.id(), claim.source(), claim.published(), claim.direction(),
                    "registry value differs from Table 1 as transcribed (" + entry.printed().toDecimal(6, false)
                            + ")", null, Verdict.OPEN, null, seconds(start), List.of("registry/transcription mismatch"));
        }
        context.progress().accept("groups: " + claim.id());
        Finding f = table1().evaluate(entry);
        return row(claim, f, seconds(start));
    }

    /** One shared evaluator (its memo tables serve every cell); created once, whichever audit thread comes first. */
    private synchronized Table1Audit table1() {
        if (audit == null) {
            audit = new Table1Audit(Config.audit());
        }
        return audit;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static AuditRow row(Claim claim, Finding f, double seconds) {
        Evidence s = f.stated();
        double p = f.printed();
        List<String> notes = new ArrayList<>();
        String regenerated;
        Verdict verdict;
        if (s == null) {
            regenerated = "not evaluated under the stated reading " + f.statedReading();
            verdict = Verdict.OPEN;
        } else {
            regenerated = String.format(Locale.ROOT, "%s %s under stated reading %s; SE@1e6 %.2e; z %+.2f",
                    s.method(), FindingsReport.decimal(s), s.reading(), s.paperSe(), s.z(p));
            verdict = s.agrees(p) && s.rigorous() ? Verdict.NUMERIC : Verdict.OPEN;
            if (s.exact() != null) {
                notes.add("exact value " + (s.exact().bitLength() < 400 ? s.exact().toString()
                        : "(" + s.exact().bitLength() + "-bit rational; see docs/seed002-exact-values.txt)"));
            }
        }
        for (Evidence e : f.evidence()) {
            notes.add(String.format(Locale.ROOT, "reading %s: %s (%s, %s) z %+.2f -> %s", e.reading(),
                    FindingsReport.decimal(e), e.method(), e.rigorous() ? "rigorous" : "estimate", e.z(p),
                    e.agrees(p) ? "reproduces" : "does not reproduce"));
        }
        notes.add("issue-12 verdict under the stated reading: " + f.statedVerdict()
                + " (no checker certificate for binomial/Irwin-Hall sums yet, hence " + verdict + ")");
        return new AuditRow(claim.id(), claim.source(), claim.published(), claim.direction(), regenerated, null,
                verdict, null, seconds, notes);
    }
}
