package tradebounds.family.fixedprice.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.Certificate;
import tradebounds.check.Quantity;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.Verdict;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.fixedprice.witness.MultiUnitWitnessSearch;
import tradebounds.family.fixedprice.witness.WitnessSearch;
import tradebounds.family.fixedprice.witness.WitnessSearchResult;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;

/**
 * A hardness claim "r_1* &lt;= c" through program (4.2): search a witness, repair it exactly, certify it at program
 * level (every row of (4.2)) and at instance level (the Lemma 3.3 instance, evaluated exactly), and check the
 * stored certificate too. The established bound is the exact ratio sup_p SW / OPT of a checked instance.
 */
final class HardnessAudit {
    /** eps of Lemma 3.3: far below the gaps of the price list and far below the digits anyone publishes. */
    static final Rational EPS = Rational.of(1, 1_000_000_000);

    private HardnessAudit() {
    }

    static AuditRow run(Claim c, AuditContext ctx) {
        long t0 = System.nanoTime();
        List<Rational> prices = ProgramCatalog.prices(c.priceSpec());
        int k = c.units();
        Model model = model(c.programId(), prices, k);
        List<String> found = new ArrayList<>();
        Evidence fresh = null;
        double budget = ctx.seconds(c, "seconds", 120);
        long seed = (long) c.seconds("seed", 1);
        WitnessSearchResult res = search(c.programId(), prices, k, seed, budget, ctx, c.id());
        String search = String.format("search: float r %.10f, %d SLP iterations, %d LPs, %.1f s", res.floatRatio(),
                res.iterations(), res.lpCount(), res.elapsed().toMillis() / 1000.0);
        found.add(search);
        if (res.found()) {
            Certificate cert = WitnessCertificates.of(c, model, prices, k, res.point().get(), res.ratio().get(), EPS,
                    search, found);
            if (cert != null) {
                fresh = Evidence.judge(FixedPriceAuditor.writeFresh(ctx, c.id(), cert), model);
                found.add("fresh certificate " + FixedPriceAuditor.rel(ctx, fresh.path()) + ": " + fresh.describe());
            }
        }
        if (c.method().containsKey("printedProgram")) {
            found.addAll(PrintedReading.audit(c, prices, k, ctx));
        }
        Path storedPath = c.certificate() == null ? null : ctx.root().resolve(c.certificate());
        Evidence stored = storedPath != null && Files.exists(storedPath) ? Evidence.judge(storedPath, model) : null;
        if (stored != null) {
            found.add("stored certificate " + c.certificate() + ": " + stored.describe());
        }
        if (ctx.updateCertificates() && fresh != null && fresh.counts() && storedPath != null
                && (stored == null || !stored.counts() || ratio(fresh).compareTo(ratio(stored)) <= 0)) {
            FixedPriceAuditor.replaceStored(fresh.path(), storedPath);
            found.add("stored certificate updated from the fresh one");
            stored = Evidence.judge(storedPath, model);
        }
        Evidence best = better(fresh, stored);
        Evidence improved = improved(c, ctx, found);
        boolean fromImproved = false;
        if (improved != null && (best == null || ratio(improved).compareTo(ratio(best)) < 0)) {
            best = improved;
            fromImproved = true;
        }
        Rational established = best == null ? null : ratio(best);
        Verdict verdict = FixedPriceVerdicts.hardness(c.direction(), c.published(), established, res.floatRatio());
        String regenerated;
        if (best != null) {
            Rational programR = best.value(Quantity.OBJECTIVE).orElse(null);
            regenerated = "instance ratio <= " + established.toDecimal(10, true).toPlainString()
                    + (programR == null ? "" : ", program r = " + programR.toDecimal(10, true).toPlainString());
            if (fromImproved) {
                found.add(0, "improves published: a checked instance on other support points ("
                        + c.method().get("improved") + ") has sup_p SW/OPT = "
                        + established.toDecimal(12, true).toPlainString());
            }
            if (verdict == Verdict.CERTIFIED) {
                found.add(0, "CERTIFIED: " + (c.programId().endsWith("-sym") ? "explicit iid" : "Lemma " + (c.units() == 1 ? "3.3" : "6.1")) + " instance checked exactly, sup_p SW/OPT = "
                        + established.toDecimal(12, true).toPlainString() + " (rounded up) <= published "
                        + c.published().toDisplay() + "; below it by "
                        + c.published().subtract(established).toDecimal(12, false).toPlainString());
            } else {
                found.add(0, "OPEN: the best checked instance only gives " + established.toDisplay());
            }
        } else if (verdict == Verdict.NUMERIC) {
            regenerated = String.format("float r %.10f (no checked certificate)", res.floatRatio());
            found.add(0, "NUMERIC: only the search's floating point supports the claim");
        } else {
            regenerated = String.format("float r %.10f", res.floatRatio());
            found.add(0, "OPEN: no witness below the published value");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, established, verdict,
                FixedPriceAuditor.rel(ctx, best == null ? storedPath : best.path()), secs,
                FixedPriceAuditor.notes(c, found));
    }

    static Model model(String programId, List<Rational> prices, int k) {
        return programId.equals("qcp42") ? ProgramCatalog.build(programId, prices)
                : ProgramCatalog.build(programId, prices, k);
    }

    static WitnessSearchResult search(String programId, List<Rational> prices, int k, long seed, double seconds,
                                      AuditContext ctx, String label) {
        Duration budget = Duration.ofMillis((long) (seconds * 1000));
        java.util.function.Consumer<String> progress = m -> ctx.progress().accept("  " + label + ": " + m);
        return programId.equals("qcp42")
                ? WitnessSearch.forProgram42(prices, seed, budget, AdapterRegistry.get("glop"), progress)
                : MultiUnitWitnessSearch.search(programId, prices, k, seed, budget, Integer.MAX_VALUE,
                AdapterRegistry.get("glop"), progress);
    }

    /**
     * A certificate for the same k on other support points (found by the support sweep, {@code method.improved}).
     * Its program is the same printed family on different prices, so it is tied to the claim by its instance,
     * which alone proves r_k* &lt;= ratio; the program match is replaced by checking the program id and k it names.
     */
    private static Evidence improved(Claim c, AuditContext ctx, List<String> found) {
        String rel = c.method().get("improved");
        if (rel == null) {
            return null;
        }
        Path path = ctx.root().resolve(rel);
        if (!Files.exists(path)) {
            found.add("improved certificate " + rel + " is missing");
            return null;
        }
        Evidence e = Evidence.judge(path, null);
        String program = null;
        int units = 0;
        try {
            var cert = tradebounds.cert.CertificateReader.read(path);
            program = cert.program().map(pr -> pr.model().provenance().get("program")).orElse(null);
            for (var m : cert.meta()) {
                if (m.key().equals("model.program")) {
                    program = m.text();
                }
            }
            units = cert.lemma().map(l -> l.units()).orElse(0);
        } catch (tradebounds.cert.CertificateException ex) {
            found.add("improved certificate " + rel + ": " + ex.getMessage());
            return null;
        }
        boolean same = c.programId().equals(program) && units == c.units();
        found.add("improved certificate " + rel + ": " + e.describe() + (same ? "" : " (but for program " + program
                + ", k = " + units + ": not counted)"));
        return same && e.counts() && e.value(Quantity.RATIO).isPresent() ? e : null;
    }

    private static Rational ratio(Evidence e) {
        return e.value(Quantity.RATIO).orElseThrow();
    }

    private static Evidence better(Evidence a, Evidence b) {
        boolean ua = a != null && a.counts() && a.value(Quantity.RATIO).isPresent();
        boolean ub = b != null && b.counts() && b.value(Quantity.RATIO).isPresent();
        if (ua && ub) {
            return ratio(a).compareTo(ratio(b)) < 0 ? a : b;
        }
        return ua ? a : ub ? b : null;
    }

}
