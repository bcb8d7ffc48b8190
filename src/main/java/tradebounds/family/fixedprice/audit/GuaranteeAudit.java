package tradebounds.family.fixedprice.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.check.DualBound;
import tradebounds.check.Quantity;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.Verdict;
import tradebounds.compare.Assessment;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.fixedprice.program.Qcp41Relaxation;
import tradebounds.family.fixedprice.witness.GuaranteePointRepair;
import tradebounds.family.fixedprice.witness.WitnessSearch;
import tradebounds.family.fixedprice.witness.WitnessSearchResult;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;

/**
 * A guarantee claim "r_1 &gt;= c" on program (4.1). Three kinds of evidence, each labelled for what it is:
 * a certified lower bound on r_1 from the RLT relaxation (exact dual certificate; valid, weak); SCIP's run under a
 * time limit (its status and bound are a solver's word: NUMERIC at most); and SCIP's point repaired into an exactly
 * feasible point of (4.1), a certified upper bound on r_1 that refutes the claim if it falls below c.
 */
final class GuaranteeAudit {
    private GuaranteeAudit() {
    }

    static AuditRow run(Claim c, AuditContext ctx) {
        if (!c.programId().equals("qcp41")) {
            return scipOnly(c, ctx);
        }
        long t0 = System.nanoTime();
        List<Rational> prices = ProgramCatalog.prices(c.priceSpec());
        Model model = ProgramCatalog.build(c.programId(), prices);
        List<String> found = new ArrayList<>();

        Model relax = Qcp41Relaxation.build(prices);
        Evidence lower = relaxationBound(c, ctx, relax, found);
        Rational lb = lower == null ? null : lower.value(Quantity.DUAL_LOWER_BOUND).orElse(null);

        double secs = ctx.seconds(c, "seconds", 60);
        ctx.progress().accept("  " + c.id() + ": SCIP on " + model.name() + " for " + secs + " s");
        SolveResult scip = AdapterRegistry.get(c.method().getOrDefault("solver", "scip")).solve(model,
                SolveOptions.defaults().withTimeLimit(Duration.ofMillis((long) (secs * 1000))));
        Assessment a = Assessment.of(model, scip);
        found.add(String.format("SCIP: %s, objective %s, claimed bound %s, exact violation of its point %s, %.1f s",
                scip.termination(), scip.objective().map(d -> String.format("%.6f", d)).orElse("-"),
                scip.bestBound().map(d -> String.format("%.6f", d)).orElse("-"),
                a.violation().map(v -> v.amount().toDisplay()).orElse("-"), scip.elapsed().toMillis() / 1000.0));

        Evidence upper = null;
        if (scip.point().isPresent()) {
            Optional<Rational[]> point = GuaranteePointRepair.repair41(model, scip.point().get(), prices);
            if (point.isPresent()) {
                Rational r = point.get()[point.get().length - 1];
                upper = Evidence.judge(FixedPriceAuditor.writeFresh(ctx, c.id() + "-point",
                        CertificateBuilder.of(CertificateType.QCP_WITNESS).meta("claim", c.id())
                                .meta("method", "SCIP point repaired exactly").program(model).solution(point.get())
                                .claim(ClaimKind.OBJECTIVE_AT_MOST, r).build()), model);
                found.add("repaired SCIP point: " + upper.describe() + ", r_1 <= " + r.toDisplay());
            } else {
                found.add("SCIP's point could not be repaired into an exactly feasible point of (4.1)");
            }
        }
        double searchSecs = ctx.seconds(c, "searchSeconds", 30);
        WitnessSearchResult local = WitnessSearch.forProgram41(prices, (long) c.seconds("seed", 1),
                Duration.ofMillis((long) (searchSecs * 1000)), Integer.MAX_VALUE, AdapterRegistry.get("glop"),
                m -> ctx.progress().accept("  " + c.id() + ": " + m));
        found.add(String.format("sequential-LP search on (4.1): float r %.10f, %d iterations, %.1f s", local.floatRatio(),
                local.iterations(), local.elapsed().toMillis() / 1000.0));
        if (local.found()) {
            Rational r = local.ratio().get();
            Evidence e = Evidence.judge(FixedPriceAuditor.writeFresh(ctx, c.id() + "-local",
                    CertificateBuilder.of(CertificateType.QCP_WITNESS).meta("claim", c.id())
                            .meta("method", "sequential LP on (4.1), repaired exactly").program(model)
                            .solution(local.point().get()).claim(ClaimKind.OBJECTIVE_AT_MOST, r).build()), model);
            found.add("searched point: " + e.describe() + ", r_1 <= " + r.toDisplay());
            Rational prev = upper == null ? null : upper.value(Quantity.OBJECTIVE).orElse(null);
            if (e.counts() && (prev == null || r.compareTo(prev) < 0)) {
                upper = e;
            }
        }
        lower = keepStronger(c, ctx, lower, c.certificate(), relax, Quantity.DUAL_LOWER_BOUND, true, found);
        lb = lower == null ? null : lower.value(Quantity.DUAL_LOWER_BOUND).orElse(null);
        // A replayed guarantee tree for these prices is a far stronger lower bound than the RLT relaxation.
        List<StoredTrees.Proof> trees = StoredTrees.proved(ctx, prices, found);
        java.nio.file.Path lowerPath = lower == null ? null : lower.path();
        if (StoredTrees.best(trees).isPresent() && (lb == null || StoredTrees.best(trees).get().r().compareTo(lb) > 0)) {
            StoredTrees.Proof best = StoredTrees.best(trees).get();
            found.add("guarantee trees (replayed): r_1 >= " + best.r().toDisplay() + "; proved levels "
                    + StoredTrees.ladder(ctx, trees) + " (the RLT bound is " + (lb == null ? "-" : lb.toDecimal(6, false)
                    .toPlainString()) + ")");
            lb = best.r();
            lowerPath = best.path();
        }
        upper = keepStronger(c, ctx, upper, upperPath(c), model, Quantity.OBJECTIVE, false, found);
        Rational ub = upper == null ? null : upper.value(Quantity.OBJECTIVE).orElse(null);

        OptionalDouble solverBound = scip.bestBound().map(OptionalDouble::of).orElse(OptionalDouble.empty());
        Verdict verdict = FixedPriceVerdicts.guarantee(c.published(), lb, ub, solverBound);
        Rational established = verdict == Verdict.CERTIFIED ? lb : null;
        switch (verdict) {
            case REFUTED -> found.add(0, "REFUTED: a checked feasible point of (4.1) has r = " + ub.toDisplay() + " < "
                    + c.published());
            case CERTIFIED -> found.add(0, "CERTIFIED by a replayed certificate (tree or relaxation dual)");
            case NUMERIC -> found.add(0, "NUMERIC: SCIP claims a bound >= the published value; not a certificate");
            case OPEN -> found.add(0, "OPEN: certified r_1 in [" + (lb == null ? "?" : lb.toDecimal(6, false).toPlainString())
                    + ", " + (ub == null ? "?" : ub.toDecimal(6, true).toPlainString()) + "]; SCIP's bound "
                    + scip.bestBound().map(d -> String.format("%.4f", d)).orElse("none")
                    + " does not reach the published value in " + secs + " s");
        }
        String regenerated = "r_1 in [" + (lb == null ? "?" : lb.toDecimal(6, false).toPlainString()) + ", "
                + (ub == null ? "?" : ub.toDecimal(6, true).toPlainString()) + "] certified; SCIP "
                + scip.termination() + " bound " + scip.bestBound().map(d -> String.format("%.4f", d)).orElse("-");
        double total = (System.nanoTime() - t0) / 1e9;
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, established, verdict,
                FixedPriceAuditor.rel(ctx, lowerPath), total, FixedPriceAuditor.notes(c, found));
    }

    /**
     * k-unit guarantee programs ((5.1) and its symmetric variant): SCIP under a time limit, reported for what it is
     * (its point is measured exactly, not repaired), and the stored feasible point named by {@code method.upper}, if
     * any: a {@code qcp-witness} of exactly the registry's program (compared term by term) whose objective is a
     * certified upper end r_k &lt;= u, and a refutation of the published lower bound if u is below it. No lower end
     * is certified here (no tree or relaxation for these rows), so the verdict is REFUTED, NUMERIC or OPEN.
     */
    private static AuditRow scipOnly(Claim c, AuditContext ctx) {
        long t0 = System.nanoTime();
        List<Rational> prices = ProgramCatalog.prices(c.priceSpec());
        Model model = ProgramCatalog.build(c.programId(), prices, c.units());
        double secs = ctx.seconds(c, "seconds", 30);
        ctx.progress().accept("  " + c.id() + ": SCIP on " + model.name() + " (" + model.variableCount()
                + " variables) for " + secs + " s");
        SolveResult scip = AdapterRegistry.get("scip").solve(model,
                SolveOptions.defaults().withTimeLimit(Duration.ofMillis((long) (secs * 1000))));
        Assessment a = Assessment.of(model, scip);
        List<String> found = new ArrayList<>();
        String value = "r_" + c.units();
        Rational ub = null;
        String upperFile = c.method().get("upper");
        if (upperFile != null) {
            java.nio.file.Path path = ctx.root().resolve(upperFile);
            if (java.nio.file.Files.exists(path)) {
                Evidence e = Evidence.judge(path, model);
                ub = e.value(Quantity.OBJECTIVE).orElse(null);
                found.add("feasible point " + upperFile + ": " + e.describe()
                        + (ub == null ? "" : ", " + value + " <= " + ub.toDecimal(10, true).toPlainString()));
            } else {
                found.add("feasible point " + upperFile + ": missing");
            }
        }
        OptionalDouble solverBound = scip.bestBound().map(OptionalDouble::of).orElse(OptionalDouble.empty());
        Verdict verdict = FixedPriceVerdicts.guarantee(c.published(), null, ub, solverBound);
        String bracket = "[?, " + (ub == null ? "?" : ub.toDecimal(6, true).toPlainString()) + "]";
        found.add(0, switch (verdict) {
            case REFUTED -> "REFUTED: a checked feasible point of " + model.name() + " has " + value + " <= "
                    + ub.toDisplay() + " < " + c.published();
            case NUMERIC -> "NUMERIC: SCIP claims a bound >= the published value; not a certificate";
            default -> "OPEN: certified " + value + " in " + bracket + "; SCIP's claimed bound does not reach the"
                    + " published value in " + secs + " s";
        });
        found.add(1, String.format("SCIP: %s, objective %s, claimed bound %s, exact violation of its point %s",
                scip.termination(), scip.objective().map(d -> String.format("%.6f", d)).orElse("-"),
                scip.bestBound().map(d -> String.format("%.6f", d)).orElse("-"),
                a.violation().map(v -> v.amount().toDisplay() + " at " + v.where()).orElse("-")));
        String regenerated = (ub == null ? "" : value + " in " + bracket + " certified; ") + "SCIP "
                + scip.termination() + ": objective " + scip.objective().map(d -> String.format("%.4f", d)).orElse("-")
                + ", bound " + scip.bestBound().map(d -> String.format("%.4f", d)).orElse("-");
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, null, verdict,
                ub == null ? null : upperFile, (System.nanoTime() - t0) / 1e9, FixedPriceAuditor.notes(c, found));
    }

    /** Where the certified upper bound on r_1 (a feasible point of (4.1)) is stored, beside the registry's file. */
    private static String upperPath(Claim c) {
        return c.certificate() == null ? null : c.certificate().replace(".cert", "").replace("-rlt", "") + "-upper.cert";
    }

    /**
     * The stronger of a fresh certificate and the stored one at {@code stored} (larger for lower bounds, smaller
     * for upper bounds); with --update-certificates a stronger fresh one replaces the stored one.
     */
    private static Evidence keepStronger(Claim c, AuditContext ctx, Evidence fresh, String stored, Model program,
                                         Quantity q, boolean larger, List<String> found) {
        if (stored == null) {
            return fresh;
        }
        java.nio.file.Path path = ctx.root().resolve(stored);
        Evidence old = java.nio.file.Files.exists(path) ? Evidence.judge(path, program) : null;
        Rational f = fresh == null ? null : fresh.value(q).orElse(null);
        Rational o = old == null ? null : old.value(q).orElse(null);
        if (old != null && o == null) {
            found.add("stored certificate " + stored + ": " + old.describe());
        }
        boolean freshWins = f != null && (o == null || (larger ? f.compareTo(o) > 0 : f.compareTo(o) < 0));
        if (freshWins && ctx.updateCertificates()) {
            FixedPriceAuditor.replaceStored(fresh.path(), path);
            found.add("stored certificate " + stored + " updated");
            return Evidence.judge(path, program);
        }
        return freshWins || o == null ? fresh : old;
    }

    /** GLOP on the RLT relaxation; its duals, rounded to 12 digits, become an exact lp-optimum certificate. */
    private static Evidence relaxationBound(Claim c, AuditContext ctx, Model relax, List<String> found) {
        SolveResult r = AdapterRegistry.get("glop").solve(relax, SolveOptions.defaults());
        if (r.duals().isEmpty()) {
            found.add("RLT relaxation: GLOP returned no duals (" + r.termination() + ")");
            return null;
        }
        double[] y = Assessment.projected(relax, r.duals().get());
        Rational[] exact = new Rational[y.length];
        for (int i = 0; i < y.length; i++) {
            exact[i] = y[i] == 0 ? Rational.ZERO : Rational.of(new BigDecimal(y[i]).round(new MathContext(12)));
        }
        Optional<Rational> bound = DualBound.bound(relax, exact);
        if (bound.isEmpty()) {
            found.add("RLT relaxation: the duals give no finite bound");
            return null;
        }
        Rational claim = Rational.of(bound.get().toDecimal(10, false));
        Evidence e = Evidence.judge(FixedPriceAuditor.writeFresh(ctx, c.id() + "-rlt",
                CertificateBuilder.of(CertificateType.LP_OPTIMUM).meta("claim", c.id())
                        .meta("method", "GLOP duals of the RLT relaxation, rounded to 12 digits").program(relax)
                        .dual(exact).claim(ClaimKind.OBJECTIVE_AT_LEAST, claim).build()), relax);
        found.add("RLT relaxation of (4.1): certified r_1 >= " + bound.get().toDecimal(10, false).toPlainString() + " (" + e.describe()
                + "; GLOP objective " + r.objective().map(d -> String.format("%.10f", d)).orElse("-") + ")");
        return e;
    }

}
