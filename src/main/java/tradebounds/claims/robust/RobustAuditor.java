package tradebounds.claims.robust;

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
import tradebounds.robust.RobustAudit;

/**
 * Maps the robust audit's per-claim results to rows. Verdicts: the claims are theorems about continuous marginals,
 * so certified grid analogues leave them OPEN (consistent) or, where a grid analogue fails, OPEN with the failure
 * named: a finite grid violates the theorems' hypotheses (atoms), so it cannot refute them either.
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
        RobustAudit.AuditResult result = runs.get(key);
        if (result == null) {
            int[] sizes = parseInts(c.method().getOrDefault("sizes", "[25,50]"));
            int mech = Integer.parseInt(c.method().getOrDefault("mechanismsUpTo", "25"));
            ctx.progress().accept("  robust grids " + java.util.Arrays.toString(sizes) + ", mechanisms up to " + mech
                    + " (one run serves every robust claim)");
            result = RobustAudit.audit(RobustAudit.standardPairs(), sizes, mech, ctx.workDir().resolve("robust"),
                    c.method().getOrDefault("solver", "glop"));
            runs.put(key, result);
        }
        RobustAudit.ClaimResult r = result.claims().stream().filter(x -> x.claim().equals(c.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the robust audit has no result for " + c.id()));
        List<String> notes = new ArrayList<>();
        notes.add((r.holds() ? "OPEN (consistent): the finite-grid analogue holds on every grid, each value certified"
                + " exactly; a grid is evidence about a continuous theorem, not a proof"
                : "OPEN: the finite-grid analogue FAILS on some grid (grids have atoms, outside the theorem's"
                + " hypotheses)") + ". " + r.evidence());
        notes.addAll(c.notes());
        Path first = r.certificates().isEmpty() ? null : r.certificates().get(0);
        String regenerated = (r.holds() ? "grid analogue holds" : "grid analogue fails") + " on "
                + result.rows().size() + " grids (" + r.certificates().size() + " certificates)";
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, null, Verdict.OPEN,
                first == null ? null : first.toString(), (System.nanoTime() - t0) / 1e9, notes);
    }

    private static int[] parseInts(String json) {
        String[] parts = json.replaceAll("[\\[\\]\\s]", "").split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }
}
