package tradebounds.family.ksfair;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tradebounds.check.Proved;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.CheckedFiles;
import tradebounds.claims.Claim;
import tradebounds.claims.Direction;
import tradebounds.claims.FamilyAuditor;
import tradebounds.claims.Verdict;
import tradebounds.model.Rational;

/**
 * Verdicts from KS-fair findings, by the tool's rules: for the finite LP claims, HOLDS or REFUTED becomes CERTIFIED
 * or REFUTED only when the finding carries certificates and the checker proves every one; the examples' numbers
 * (continuous laws, Lambert W) hold by rigorous interval arithmetic that lives outside the checker, so they are NUMERIC,
 * unless the registry names the row a constant, program value or finite instance and a stored point-value certificate
 * (closed forms, Table 1's refuting points) carries it through the checker; a refutation by an exact hand argument
 * stays OPEN with the argument in the notes, unless the finding's certificates carry a counterexample that meets the
 * claim's hypotheses as printed (then REFUTED once the checker proves them all);
 * CONSISTENT and NOT_CHECKED are OPEN.
 */
public final class KsFairAuditor implements FamilyAuditor {
    private static final Set<String> FINITE_KINDS = Set.of("constant", "program-value", "finite-instance");

    @Override
    public Set<String> methods() {
        return Set.of("ksfair-example", "ksfair-lp", "ksfair-cover");
    }

    @Override
    public AuditRow audit(Claim c, AuditContext ctx) {
        long t0 = System.nanoTime();
        Path dir = ctx.workDir().resolve("ksfair");
        KsFairFinding f = KsFairAudit.audit(c.id(), dir);
        int proved = 0;
        List<String> notes = new ArrayList<>();
        for (Path p : f.certificates()) {
            if (CheckedFiles.check(p) instanceof Proved) {
                proved++;
            } else {
                notes.add("certificate NOT proved by the checker: " + p);
            }
        }
        boolean allProved = !f.certificates().isEmpty() && proved == f.certificates().size();
        // An example's number is about a continuous law: its certificates are finite analogues, supporting evidence
        // only, so only the finite LP claims can be CERTIFIED or REFUTED by them.
        // P_REG's value is a finite-dimensional statement that interval covers prove in full, so it counts as finite.
        // An example row counts as finite only when the registry names it a constant, a program value or a finite
        // instance (method.statementKind) and its stored certificate is about exactly that (closed forms, refutations).
        // A universal claim (theorem on a family) may be REFUTED by certificates that carry a counterexample in its
        // hypotheses as printed (Lemma C.1: continuous laws through point-value certificates), never CERTIFIED.
        boolean counterexample = f.counterexampleInHypotheses() && f.status() == KsFairFinding.Status.REFUTED;
        boolean finite = c.methodType().equals("ksfair-lp") || c.methodType().equals("ksfair-cover")
                || c.methodType().equals("ksfair-example") && FINITE_KINDS.contains(c.method().getOrDefault("statementKind", ""))
                || counterexample;
        Verdict v = verdict(f.status(), finite, allProved);
        if (f.status() == KsFairFinding.Status.REFUTED && v == Verdict.OPEN) {
            notes.add("the finding contradicts the claim or the paper's own evidence (below) by exact or interval"
                    + " arithmetic outside the checker, and no checked certificate meets the claim's hypotheses, so the"
                    + " verdict stays OPEN");
        }
        String range = f.lower().isPresent() || f.upper().isPresent()
                ? "[" + f.lower().map(BigDecimal::toPlainString).orElse("?") + ", "
                + f.upper().map(BigDecimal::toPlainString).orElse("?") + "]" : "";
        notes.add(0, v + " (" + f.status() + (f.certificates().isEmpty() ? ", no certificate"
                : ", " + proved + "/" + f.certificates().size() + " certificates proved") + "): " + f.evidence());
        notes.addAll(c.notes());
        String regenerated = (f.status() == KsFairFinding.Status.REFUTED && v == Verdict.OPEN
                ? "refutation found (outside the checker)" : f.status().toString().toLowerCase())
                + (range.isEmpty() ? "" : " " + range);
        // A CERTIFIED finding's end on the claim's side is the bound its proved certificates establish.
        Optional<BigDecimal> end = c.direction() == Direction.AT_LEAST ? f.lower() : f.upper();
        Rational established = v == Verdict.CERTIFIED && end.isPresent() ? Rational.parse(end.get().toPlainString()) : null;
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, established, v,
                f.certificates().isEmpty() ? null : f.certificates().get(0).toString(), (System.nanoTime() - t0) / 1e9,
                notes);
    }

    /**
     * The rule of the class comment: a finding becomes a checked verdict only for a finite statement whose
     * certificates the checker all proved; otherwise HOLDS is NUMERIC and the rest OPEN.
     */
    public static Verdict verdict(KsFairFinding.Status status, boolean finite, boolean allProved) {
        return switch (status) {
            case HOLDS -> finite && allProved ? Verdict.CERTIFIED : Verdict.NUMERIC;
            case REFUTED -> finite && allProved ? Verdict.REFUTED : Verdict.OPEN;
            case CONSISTENT, NOT_CHECKED -> Verdict.OPEN;
        };
    }
}
