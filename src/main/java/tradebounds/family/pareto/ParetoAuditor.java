package tradebounds.family.pareto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.FamilyAuditor;
import tradebounds.claims.Verdict;
import tradebounds.model.Rational;

/**
 * Audits the rows of {@code claims/pareto/} (method type {@value #METHOD}, parameter {@code check}).
 *
 * <p>Verdicts. A theorem about a distribution class tested on discrete laws can only be OPEN here: the class test
 * is a discrete analogue ({@link LawClass}), so even a counterexample refutes the analogue, not the theorem (it is
 * reported in the notes). The universal welfare bounds (Thm 4.1(i), 5.3(i)) would be REFUTED by a counterexample
 * whose frontier certificates are stored; none has been found, so they are OPEN. These rows are "theorem-on-family"
 * (REFUTED or OPEN only). Thm D.1 as printed is REFUTED by a stored point-value certificate of a continuous
 * counterexample ({@link Constants#theoremD1Counterexample}). The closed-form constants (Lemma C.1, C.6, C.8, Thm E.1's
 * two) are separate "constant" rows ({@code check: constant}): a stored point-value certificate, compared with
 * {@link Constants} and proved by the checker, CERTIFIED or REFUTED by the side of the published number. Example 4.2
 * (asymptotic) is a certified table for growing n, OPEN.
 * Every frontier used is exact, from lp-optimum certificates replayed by the checker (written under the audit work
 * directory, {@code pareto/}).
 */
public final class ParetoAuditor implements FamilyAuditor {
    public static final String METHOD = "pareto-check";
    private Checks checks;

    @Override
    public Set<String> methods() {
        return Set.of(METHOD);
    }

    @Override
    public synchronized AuditRow audit(Claim claim, AuditContext context) {
        long start = System.nanoTime();
        Path dir = context.workDir().resolve("pareto");
        if (checks == null) {
            checks = new Checks(dir);
        }
        String check = claim.method().getOrDefault("check", "");
        context.progress().accept("pareto: " + claim.id());
        if (check.equals("constant")) {
            return constant(claim, start);
        }
        Checks.Outcome o;
        try {
            o = run(check);
        } catch (RuntimeException e) {
            return row(claim, "evaluation failed: " + e.getMessage(), Verdict.OPEN, List.of(e.toString()), start);
        }
        if (check.equals("thmD.1") && o != null) {
            return refutedByStoredForm(claim, o, start);
        }
        if (o == null) {
            return row(claim, "not evaluated: " + claim.method().getOrDefault("reason", "no check " + check),
                    Verdict.OPEN, List.of(), start);
        }
        List<String> notes = new ArrayList<>(o.notes());
        notes.add("frontier LPs solved and certified so far in this audit: " + o.lps() + " (certificates under "
                + dir + ")");
        return row(claim, o.regenerated(), o.verdict(), notes, start);
    }

    /**
     * A closed-form constant (statementKind "constant"): the stored point-value certificate must be the builder's form
     * ({@link Constants#difference}) and proved by the checker; then the published number on the right side of the
     * proved bracket is CERTIFIED, on the wrong side (a bound printed rounded the wrong way) REFUTED.
     */
    private static AuditRow constant(Claim claim, long start) {
        java.util.Optional<Constants.Form> form = Constants.of(claim.id());
        if (form.isEmpty()) {
            return row(claim, "no stored closed form for this row", Verdict.OPEN, List.of(), start);
        }
        Constants.Form f = form.get();
        List<String> notes = new ArrayList<>();
        java.util.Optional<String> diff = Constants.difference(f);
        String bracket = "[" + f.bracket(true).map(r -> r.toDecimal(12, false).toPlainString()).orElse("?") + ", "
                + f.bracket(false).map(r -> r.toDecimal(12, true).toPlainString()).orElse("?") + "]";
        Verdict v;
        Rational established = null;
        String regenerated;
        if (diff.isPresent()) {
            v = Verdict.OPEN;
            regenerated = "stored " + f.file() + " is not the builder's closed form: " + diff.get();
        } else if (!(tradebounds.claims.CheckedFiles.check(f.file()) instanceof tradebounds.check.Proved)) {
            v = Verdict.OPEN;
            regenerated = "stored " + f.file() + " NOT proved by the checker: "
                    + tradebounds.claims.CheckedFiles.check(f.file());
        } else {
            boolean atLeast = claim.direction() == tradebounds.claims.Direction.AT_LEAST;
            Constants.Side side = Constants.judge(f, claim.published(), atLeast);
            v = switch (side) {
                case RIGHT -> Verdict.CERTIFIED;
                case WRONG -> Verdict.REFUTED;
                case UNDECIDED -> Verdict.OPEN;
            };
            if (v == Verdict.CERTIFIED) {
                established = f.bracket(atLeast).orElse(null);
            }
            regenerated = "value in " + bracket + " (checker-proved point value"
                    + f.exact().map(x -> "; exactly " + x).orElse("") + "): published " + claim.published().toDisplay()
                    + switch (side) {
                        case RIGHT -> " is on the claimed side";
                        case WRONG -> " is on the wrong side (printed bound rounded the wrong way)";
                        case UNDECIDED -> " is inside the bracket, undecided";
                    };
        }
        notes.add("certificate " + f.file() + " (" + f.source() + ")");
        notes.addAll(claim.notes());
        return new AuditRow(claim.id(), claim.source(), claim.published(), claim.direction(), regenerated, established,
                v, f.file().toString(), (System.nanoTime() - start) / 1e9, notes);
    }

    /**
     * A theorem row with a stored refutation (a point-value certificate of a counterexample's bound, {@link
     * Constants}): REFUTED when the file is the builder's, the checker proves it and its bracket is below the
     * published bound; otherwise the search's own OPEN outcome. The search's evidence is kept in the notes.
     */
    private AuditRow refutedByStoredForm(Claim claim, Checks.Outcome o, long start) {
        Constants.Form f = Constants.of(claim.id()).orElseThrow();
        List<String> notes = new ArrayList<>();
        boolean same = Constants.difference(f).isEmpty();
        boolean proved = same && tradebounds.claims.CheckedFiles.check(f.file()) instanceof tradebounds.check.Proved;
        boolean wrong = proved && Constants.judge(f, claim.published(),
                claim.direction() == tradebounds.claims.Direction.AT_LEAST) == Constants.Side.WRONG;
        notes.add((wrong ? "REFUTED by " : "stored counterexample NOT usable (" + (same ? "not proved" : "not the"
                + " builder's form") + "): ") + f.file() + " (" + f.source() + "), bound in ["
                + f.bracket(true).map(r -> r.toDecimal(12, false).toPlainString()).orElse("?") + ", "
                + f.bracket(false).map(r -> r.toDecimal(12, true).toPlainString()).orElse("?") + "]"
                + f.exact().map(x -> " = " + x).orElse(""));
        notes.add("discrete search (evidence only): " + o.regenerated());
        notes.addAll(o.notes());
        notes.addAll(claim.notes());
        return new AuditRow(claim.id(), claim.source(), claim.published(), claim.direction(),
                wrong ? "counterexample: welfare(Nash)/(Pi* + U*) <= " + f.exact().map(Rational::toString).orElse("?")
                        + " < 1/(e-1) (stored point value, checker-proved)" : o.regenerated(), null,
                wrong ? Verdict.REFUTED : o.verdict(), f.file().toString(), (System.nanoTime() - start) / 1e9, notes);
    }

    private static AuditRow row(Claim claim, String regenerated, Verdict v, List<String> notes, long start) {
        return new AuditRow(claim.id(), claim.source(), claim.published(), claim.direction(), regenerated, null, v,
                null, (System.nanoTime() - start) / 1e9, notes);
    }

    private static final int[] SMALL = {2, 3};
    private static final int[] ONE_TO_THREE = {1, 2, 3};
    private static final int[] EXAMPLE_N = {2, 4, 8, 16};

    /** The law class and sample seed of a frontier check: one table for the audit and the report's pictures. */
    record Sample(LawClass.Kind kind, long seed) {
    }

    static final Map<String, Sample> SAMPLES = Map.ofEntries(
            Map.entry("thm4.1i", new Sample(LawClass.Kind.ANY, 11)),
            Map.entry("thm4.1ii", new Sample(LawClass.Kind.REGULAR_ANTI_MHR, 12)),
            Map.entry("thm5.2", new Sample(LawClass.Kind.REGULAR_ANTI_MHR, 12)),
            Map.entry("thm5.3i", new Sample(LawClass.Kind.ANY, 11)),
            Map.entry("thm5.3ii", new Sample(LawClass.Kind.REGULAR_ANTI_MHR, 12)),
            Map.entry("thm3.4", new Sample(LawClass.Kind.REGULAR_ANTI_MHR, 12)),
            Map.entry("thm3.5", new Sample(LawClass.Kind.ANTI_MHR, 13)),
            Map.entry("cor3.6", new Sample(LawClass.Kind.ANTI_MHR, 13)),
            Map.entry("thm3.7", new Sample(LawClass.Kind.MHR, 14)),
            Map.entry("cor3.8", new Sample(LawClass.Kind.MHR, 14)),
            Map.entry("prop3.1", new Sample(LawClass.Kind.ANY, 11)));

    Checks.Outcome run(String check) {
        Sample s = SAMPLES.get(check);
        return switch (check) {
            case "thm4.1i" -> checks.welfare(s.kind(), 6, s.seed(), ONE_TO_THREE, Checks.Solution.KS,
                    n -> Rational.of(1, 2), "1/2", true);
            case "thm4.1ii" -> checks.welfare(s.kind(), 6, s.seed(), SMALL, Checks.Solution.KS,
                    n -> Rational.of(n, n + 1), "n/(n+1)", false);
            case "thm5.2" -> checks.welfare(s.kind(), 6, s.seed(), SMALL, Checks.Solution.NASH,
                    n -> Rational.of(n - 1, n), "(n-1)/n", false);
            case "thm5.3i" -> checks.welfare(s.kind(), 6, s.seed(), ONE_TO_THREE, Checks.Solution.CROSS,
                    n -> Rational.of(1, 2), "1/2", true);
            case "thm5.3ii" -> checks.welfare(s.kind(), 6, s.seed(), SMALL, Checks.Solution.CROSS,
                    n -> Rational.of(n - 1, n), "(n-1)/n", false);
            case "thm3.4" -> checks.structure(Checks.Structure.THM34, s.kind(), 6, s.seed(), SMALL);
            case "thm3.5" -> checks.structure(Checks.Structure.THM35, s.kind(), 6, s.seed(), SMALL);
            case "cor3.6" -> checks.structure(Checks.Structure.COR36, s.kind(), 6, s.seed(), SMALL);
            case "thm3.7" -> checks.structure(Checks.Structure.THM37, s.kind(), 6, s.seed(), SMALL);
            case "cor3.8" -> checks.structure(Checks.Structure.COR38, s.kind(), 6, s.seed(), SMALL);
            case "prop3.1" -> checks.structure(Checks.Structure.PROP31, s.kind(), 6, s.seed(), new int[] {1});
            case "lemC.6" -> checks.lemmaC6(20, 14, 6);
            case "lemC.8" -> checks.lemmaC8(6, 14, ONE_TO_THREE);
            case "thm4.2" -> checks.theorem42(3, 16, new int[] {2, 4});
            case "lemC.1" -> checks.bulowKlemperer(10, 15, SMALL);
            case "thmE.1" -> checks.theoremE1(24, 21);
            case "thmD.1" -> checks.theoremD1(8, 14);
            case "ex4.2-ks" -> checks.example42(EXAMPLE_N, Checks.Solution.KS, "at most 1/2 + o(1)");
            case "ex4.2-nash" -> checks.example42(EXAMPLE_N, Checks.Solution.NASH, "o(1)");
            case "ex4.2-cross" -> checks.example42(EXAMPLE_N, Checks.Solution.CROSS, "at most 1/2 + o(1)");
            default -> null;
        };
    }
}
