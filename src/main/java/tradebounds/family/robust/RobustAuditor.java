package tradebounds.family.robust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.FamilyAuditor;
import tradebounds.claims.Verdict;

/**
 * Maps the robust audit's per-claim results to rows. Two kinds of evidence:
 * <ul>
 *   <li>the finite-grid analogues of the theorems ({@link RobustAudit}, grids of 25 and 50 cells): a grid has atoms,
 *       outside the theorems' hypotheses, so held or failed they never decide a claim;</li>
 *   <li>the certified brackets of the continuous values ({@link Sandwich}, replayed from certificates/robust/sandwich)
 *       and the enclosures of Proposition 1's A ({@link ClosedFormA}, certificates/robust/closed-forms). A row whose
 *       registry entry names it a {@code constant} is about the continuous value for U[0,1] against U[0,1/2]: it is
 *       CERTIFIED as "the bracket [lo, hi] contains the published value" when every certificate is proved, its program
 *       is the builder's and the bracket contains the published value (and, for malik-prop1, every pair's bracket
 *       contains that pair's enclosure of A); REFUTED with the same certificates when the bracket excludes it.</li>
 * </ul>
 */
public final class RobustAuditor implements FamilyAuditor {
    private final Map<String, RobustAudit.AuditResult> runs = new HashMap<>();

    @Override
    public Set<String> methods() {
        return Set.of("robust-grid");
    }

    @Override
    public AuditRow audit(Claim c, AuditContext ctx) {
        long t0 = System.nanoTime();
        String key = c.method().getOrDefault("sizes", "[25,50]") + "|" + c.method().getOrDefault("mechanismsUpTo", "25");
        RobustAudit.AuditResult result;
        // One run serves every robust claim: a parallel audit computes it once, the other claims wait for it.
        synchronized (runs) {
            result = runs.get(key);
            if (result == null) {
                result = regenerate(c, ctx);
                runs.put(key, result);
            }
        }
        RobustAudit.ClaimResult r = result.claims().stream().filter(x -> x.claim().equals(c.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the robust audit has no result for " + c.id()));
        List<String> notes = new ArrayList<>();
        String grid = (r.holds() ? "the finite-grid analogue holds on every grid, each value certified exactly"
                : "the finite-grid analogue FAILS on some grid (grids have atoms, outside the theorem's hypotheses)")
                + ". " + r.evidence();
        boolean constant = "constant".equals(c.method().get("statementKind"));
        if (!constant) {
            notes.add((r.holds() ? "OPEN (consistent): " + grid + "; a grid is evidence about a continuous theorem, not"
                    + " a proof" : "OPEN: " + grid));
            notes.addAll(c.notes());
            Path first = r.certificates().isEmpty() ? null : r.certificates().get(0);
            if (first != null && java.nio.file.Files.exists(Path.of("certificates/robust").resolve(first.getFileName()))) {
                first = Path.of("certificates/robust").resolve(first.getFileName());
            }
            String regenerated = (r.holds() ? "grid analogue holds" : "grid analogue fails") + " on "
                    + result.rows().size() + " grids (" + r.certificates().size() + " certificates)";
            return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, null,
                    verdict(false, false, false), first == null ? null : first.toString(),
                    (System.nanoTime() - t0) / 1e9, notes);
        }
        Brackets b = brackets(ctx.root());
        // The pair the published number is about (all four rows: the worked example U[0,1] vs U[0,1/2]).
        String pairId = c.method().getOrDefault("bracketPair", "U01-U0half");
        Sandwich.Bracket half = b.bracket(pairId);
        boolean allProved = b.allProved();
        boolean contains = allProved && half.lo().get().compareTo(c.published()) <= 0
                && c.published().compareTo(half.hi().get()) <= 0;
        boolean excludes = allProved && !contains;
        // Prop. 1 is about every pair: its row also needs each pair's bracket to contain that pair's A.
        boolean others = !c.id().equals("malik-prop1") || b.enclosuresInside();
        Verdict v = verdict(allProved, contains && others, excludes || c.id().equals("malik-prop1") && allProved
                && b.enclosuresOutside());
        String range = half.proved() ? "[" + half.lo().get().toDecimal(7, false) + ", "
                + half.hi().get().toDecimal(7, true) + "]" : "[?, ?]";
        String regenerated = "bracket " + range + (contains ? " contains " : excludes ? " excludes " : " vs ")
                + "the published value" + (half.proved() ? " (width " + half.width().toDisplay() + ")" : "");
        notes.add(v + " as the statement \"the continuous value lies in the certified bracket " + range + ", which "
                + (contains ? "contains" : "does not contain") + " the published " + c.published() + "\" (statement"
                + " kind: constant). " + what(c.id()) + " " + b.summary());
        notes.add("Grid analogues (supporting, never deciding): " + grid);
        notes.addAll(c.notes());
        String cert = (c.id().equals("malik-prop1") ? b.enclosure(pairId).files().get(0)
                : half.files().get(0)).toString();
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, null, v, cert,
                (System.nanoTime() - t0) / 1e9, notes);
    }

    /** What the bracket is a bracket of, per claim. */
    private static String what(String claim) {
        return switch (claim) {
            case "malik-prop1" -> "Bracketed: the best deterministic posted price's guarantee (Prop. 1's A); the "
                    + "closed form (1-t)^2(1+t)/2 at t = 1/2 is exactly 3/16 (point-value).";
            case "malik-thm3" -> "Bracketed: the max-min over randomized posted prices (Thm. 3).";
            case "malik-thm4" -> "Bracketed: the min-max over couplings of the best posted price (Thm. 4); the max-min"
                    + " lies in the same bracket, so the two differ by at most its width.";
            case "malik-worst-distribution" -> "Bracketed: the worst-case gains of the posted price p* = 1/2 (the "
                    + "lower end is program (a) at p* itself).";
            default -> "";
        };
    }

    /** Every pair's replayed bracket and enclosure of A. */
    record Brackets(List<Sandwich.Bracket> brackets, List<ClosedFormA.Enclosure> enclosures) {
        Sandwich.Bracket bracket(String pair) {
            return brackets.stream().filter(x -> x.pair().equals(pair)).findFirst().orElseThrow();
        }

        ClosedFormA.Enclosure enclosure(String pair) {
            return enclosures.stream().filter(x -> x.pairId().equals(pair)).findFirst().orElseThrow();
        }

        boolean allProved() {
            return brackets.stream().allMatch(Sandwich.Bracket::proved)
                    && enclosures.stream().allMatch(ClosedFormA.Enclosure::proved);
        }

        /** Each pair's enclosure of A lies inside its bracket. */
        boolean enclosuresInside() {
            return allProved() && brackets.stream().allMatch(x -> {
                ClosedFormA.Enclosure e = enclosure(x.pair());
                return x.lo().get().compareTo(e.lo().get()) <= 0 && e.hi().get().compareTo(x.hi().get()) <= 0;
            });
        }

        /** Some pair's enclosure of A is disjoint from its bracket (Prop. 1's A is not that pair's value). */
        boolean enclosuresOutside() {
            return allProved() && brackets.stream().anyMatch(x -> {
                ClosedFormA.Enclosure e = enclosure(x.pair());
                return e.hi().get().compareTo(x.lo().get()) < 0 || x.hi().get().compareTo(e.lo().get()) < 0;
            });
        }

        String summary() {
            StringBuilder s = new StringBuilder("Brackets (sandwich, certificates/robust/sandwich): ");
            for (Sandwich.Bracket x : brackets) {
                ClosedFormA.Enclosure e = enclosure(x.pair());
                s.append(x.pair()).append(' ');
                if (x.proved()) {
                    s.append('[').append(x.lo().get().toDecimal(7, false)).append(", ")
                            .append(x.hi().get().toDecimal(7, true)).append("] (width ")
                            .append(x.width().toDisplay()).append(')');
                } else {
                    s.append("NOT PROVED: ").append(x.failure().orElse(""));
                }
                s.append(", A ");
                if (e.proved()) {
                    s.append('[').append(e.lo().get().toDecimal(10, false)).append(", ")
                            .append(e.hi().get().toDecimal(10, true)).append(']');
                } else {
                    s.append("NOT PROVED: ").append(e.failure().orElse(""));
                }
                s.append("; ");
            }
            return s.append("every file replayed by the checker, programs compared with the builders.").toString();
        }
    }

    private static final Map<Path, Brackets> BRACKETS = new HashMap<>();

    /** Replays every pair once per audit (the claims share it; a parallel audit waits for the first). */
    static Brackets brackets(Path root) {
        synchronized (BRACKETS) {
            return BRACKETS.computeIfAbsent(root, r -> new Brackets(
                    Sandwich.specs().stream().map(s -> Sandwich.replay(s, r)).toList(),
                    Sandwich.specs().stream().map(s -> ClosedFormA.replay(s.pair().id(), r)).toList()));
        }
    }

    /**
     * The smallest grid's certificates are kept under certificates/robust/ (the larger grids' run to megabytes and
     * are regenerated by every audit under the work directory).
     */
    private static void store(RobustAudit.AuditResult result, AuditContext ctx) {
        Path dir = ctx.root().resolve("certificates/robust");
        for (RobustAudit.ClaimResult r : result.claims()) {
            for (Path p : r.certificates()) {
                if (p.getFileName().toString().contains("-n25-")) {
                    try {
                        tradebounds.model.AtomicFiles.copy(p, dir.resolve(p.getFileName()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException("cannot store " + p, e);
                    }
                }
            }
        }
    }

    private static int[] parseInts(String json) {
        String[] parts = json.replaceAll("[\\[\\]\\s]", "").split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    /**
     * The verdict rule of the class comment: a grid analogue alone never decides (OPEN); a constant row is CERTIFIED
     * when every certificate is proved and the bracket contains the published value, REFUTED when they are proved and
     * it does not, OPEN otherwise.
     */
    public static Verdict verdict(boolean allProved, boolean contains, boolean excludes) {
        if (!allProved) {
            return Verdict.OPEN;
        }
        return contains ? Verdict.CERTIFIED : excludes ? Verdict.REFUTED : Verdict.OPEN;
    }

    private static RobustAudit.AuditResult regenerate(Claim c, AuditContext ctx) {
        int[] sizes = parseInts(c.method().getOrDefault("sizes", "[25,50]"));
        int mech = Integer.parseInt(c.method().getOrDefault("mechanismsUpTo", "25"));
        ctx.progress().accept("  robust grids " + java.util.Arrays.toString(sizes) + ", mechanisms up to " + mech
                + " (one run serves every robust claim)");
        RobustAudit.AuditResult result = RobustAudit.audit(RobustAudit.standardPairs(), sizes, mech, ctx.workDir().resolve("robust"),
                c.method().getOrDefault("solver", "glop"));
        if (ctx.updateCertificates()) {
            store(result, ctx);
        }
        return result;
    }
}
