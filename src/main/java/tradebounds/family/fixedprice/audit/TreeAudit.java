package tradebounds.family.fixedprice.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import tradebounds.check.Quantity;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.Verdict;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * A guarantee claim "r_k &gt;= c" for program (4.1) (k = 1) or (5.1) (k &gt;= 2) judged by stored guarantee trees
 * (method {@code guarantee-tree}): CERTIFIED when a replayed tree for exactly these prices and k proves it infeasible at some r &gt;= c; REFUTED when a
 * checked feasible point of (4.1) has r &lt; c; otherwise OPEN with the bracket [largest proved r, smallest checked
 * feasible r] and the ladder of proved levels. No search runs here: regenerating a tree is {@code tradebounds
 * prove} (minutes to an hour), which the audit never starts by itself.
 */
final class TreeAudit {
    private TreeAudit() {
    }

    static AuditRow run(Claim c, AuditContext ctx) {
        long t0 = System.nanoTime();
        List<Rational> prices = ProgramCatalog.prices(c.priceSpec());
        int units = c.units();
        // (4.1) for one unit, (5.1) for k >= 2 (Prop 5.2's program), or (5.1) on the diagonal (Cor 5.1's symmetric
        // program, which (5.1) trees bound too); the tree must be for the same prices and k.
        boolean symmetric = "qcp51-sym".equals(c.programId());
        String program = units == 1 ? "(4.1)" : symmetric ? "symmetric (5.1)" : "(5.1)";
        String value = "r_" + units;
        Model model = units == 1 ? ProgramCatalog.build("qcp41", prices)
                : symmetric ? tradebounds.family.fixedprice.program.Qcp51SymmetricBuilder.build(prices, units)
                : tradebounds.family.fixedprice.program.Qcp51Builder.build(prices, units);
        List<String> found = new ArrayList<>();
        List<StoredTrees.Proof> proofs = StoredTrees.proved(ctx, prices, units, symmetric, found);
        Rational lower = StoredTrees.best(proofs).map(StoredTrees.Proof::r).orElse(null);
        Rational upper = null;
        String upperFile = c.method().get("upper");
        if (upperFile != null) {
            Path path = ctx.root().resolve(upperFile);
            if (Files.exists(path)) {
                Evidence e = Evidence.judge(path, model);
                upper = e.value(Quantity.OBJECTIVE).orElse(null);
                found.add("feasible point " + upperFile + ": " + e.describe()
                        + (upper == null ? "" : ", " + value + " <= " + upper.toDecimal(8, true).toPlainString()));
            }
        }
        Verdict verdict = FixedPriceVerdicts.guarantee(c.published(), lower, upper, OptionalDouble.empty());
        String bracket = "[" + (lower == null ? "?" : lower.toDecimal(4, false).toPlainString()) + ", "
                + (upper == null ? "?" : upper.toDecimal(6, true).toPlainString()) + "]";
        switch (verdict) {
            case CERTIFIED -> found.add(0, "CERTIFIED: a replayed guarantee tree proves " + program + " infeasible at r = "
                    + lower.toDisplay() + " >= " + c.published() + " (" + StoredTrees.best(proofs).get().summary() + ")");
            case REFUTED -> found.add(0, "REFUTED: a checked feasible point of " + program + " has r = "
                    + upper.toDisplay());
            default -> found.add(0, "OPEN: certified " + value + " in " + bracket + "; no stored tree reaches "
                    + c.published() + " (trees are grown by 'tradebounds prove', an opt-in long run)");
        }
        if (!proofs.isEmpty()) {
            found.add("proved levels (the bracket's lower end over time): " + StoredTrees.ladder(ctx, proofs));
        }
        String regenerated = value + " in " + bracket + " certified (" + proofs.size() + " stored tree"
                + (proofs.size() == 1 ? "" : "s") + ")";
        String cert = StoredTrees.best(proofs).map(p -> ctx.root().relativize(p.path()).toString()).orElse(null);
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated,
                verdict == Verdict.CERTIFIED ? lower : null, verdict, cert, (System.nanoTime() - t0) / 1e9,
                FixedPriceAuditor.notes(c, found));
    }
}
