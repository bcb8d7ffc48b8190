package tradebounds.family.fixedprice.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.Certificate;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.check.Quantity;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.Verdict;
import tradebounds.family.fixedprice.falsify.Falsifier;
import tradebounds.family.fixedprice.falsify.FalsifierConfig;
import tradebounds.family.fixedprice.falsify.FalsifierFinding;
import tradebounds.family.fixedprice.falsify.FalsifierResult;
import tradebounds.family.fixedprice.falsify.MultiUnitFalsifier;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/**
 * A mechanism claim "SW(I, M) &gt;= c OPT(I) for every I": search for instances where M does badly (random and
 * adversarial, plus the instances of every stored hardness certificate), evaluate every finding exactly, and
 * certify the lowest one as a mechanism-counterexample certificate with claim "mechanism-ratio &lt; x". If x &lt;= c
 * that refutes the claim; otherwise it certifies only that M's guarantee is at most x, and the claim stays OPEN.
 */
final class MechanismAudit {
    private MechanismAudit() {
    }

    static AuditRow run(Claim c, AuditContext ctx) {
        long t0 = System.nanoTime();
        List<Rational> basic = ProgramCatalog.prices(c.priceSpec());
        List<String> found = new ArrayList<>();
        double secs = ctx.seconds(c, "seconds", 30);
        long seed = (long) c.seconds("seed", 1);
        FalsifierFinding low;
        boolean counterexample;
        if (c.units() == 1) {
            List<FixedPriceInstance> given = witnessInstances(ctx, found);
            long evaluations = (long) (c.seconds("evaluations", 4_000_000) * ctx.budgetScale());
            FalsifierConfig config = FalsifierConfig.prop41(seed, Math.max(1000, evaluations),
                    Duration.ofMillis((long) (secs * 1000))).withBasicPrices(basic);
            FalsifierResult res = Falsifier.run(config, given, p -> ctx.progress().accept("  " + c.id() + ": " + p));
            low = res.lowestMechanism();
            counterexample = res.counterexample();
            found.add(String.format("falsifier: %d evaluations (+%d exact) in %.1f s; lowest exact SW(M)/OPT = %s (%s);"
                            + " lowest best-price ratio %s", res.evaluations(), res.exactEvaluations(),
                    res.elapsed().toMillis() / 1000.0, low.mechanismRatio().toDecimal(10, true).toPlainString(),
                    low.origin(), res.lowestBestPrice().bestPriceRatio().toDecimal(10, true).toPlainString()));
        } else {
            MultiUnitFalsifier.Result res = MultiUnitFalsifier.run(new MultiUnitFalsifier.Settings(c.units(), basic,
                    (int) c.seconds("atoms", 4), seed, Duration.ofMillis((long) (secs * 1000)), Long.MAX_VALUE, 40),
                    m -> ctx.progress().accept("  " + c.id() + ": " + m));
            low = res.lowest();
            counterexample = low.mechanismRatio().compareTo(c.published()) < 0;
            found.add(String.format("%d-unit falsifier: %d evaluations (+%d exact) in %.1f s; lowest exact SW(M)/OPT = %s;"
                            + " best fixed price on that instance %s", c.units(), res.evaluations(),
                    res.exactEvaluations(), res.elapsed().toMillis() / 1000.0,
                    low.mechanismRatio().toDecimal(10, true).toPlainString(),
                    low.bestPriceRatio().toDecimal(10, true).toPlainString()));
        }
        // The certified statement: on this instance M's ratio is below the smallest 10-digit decimal above it.
        Rational bound = Rational.of(low.mechanismRatio().toDecimal(10, true)).add(Rational.of(1, 10_000_000_000L));
        Certificate cert = CertificateBuilder.of(CertificateType.MECHANISM_COUNTEREXAMPLE)
                .meta("claim", c.id()).meta("origin", low.origin())
                .instance(low.instance()).basicPrices(basic)
                .claim(ClaimKind.MECHANISM_RATIO_BELOW, counterexample ? c.published() : bound).build();
        Evidence e = Evidence.judge(FixedPriceAuditor.writeFresh(ctx, c.id(), cert), null);
        Path stored = c.certificate() == null ? null : ctx.root().resolve(c.certificate());
        Evidence old = stored != null && Files.exists(stored) ? Evidence.judge(stored, null) : null;
        Rational freshRatio = e.value(Quantity.MECHANISM_RATIO).orElse(null);
        Rational oldRatio = old == null ? null : old.value(Quantity.MECHANISM_RATIO).orElse(null);
        if (ctx.updateCertificates() && stored != null && freshRatio != null
                && (oldRatio == null || freshRatio.compareTo(oldRatio) < 0)) {
            FixedPriceAuditor.replaceStored(e.path(), stored);
            found.add("stored certificate updated (lower ratio)");
            old = Evidence.judge(stored, null);
            oldRatio = freshRatio;
        }
        Evidence best = oldRatio != null && (freshRatio == null || oldRatio.compareTo(freshRatio) <= 0) ? old : e;
        Rational ratio = best.value(Quantity.MECHANISM_RATIO).orElse(null);
        Verdict verdict = FixedPriceVerdicts.mechanism(c.published(), ratio);
        if (verdict == Verdict.REFUTED) {
            found.add(0, "REFUTED: checked instance with SW(M)/OPT = " + ratio.toDisplay() + " < " + c.published());
        } else {
            found.add(0, "OPEN: no counterexample; certified only that M's guarantee is <= "
                    + (ratio == null ? "?" : ratio.toDecimal(10, true).toPlainString())
                    + " (a search is evidence, not proof)");
        }
        String regenerated = "lowest SW(M)/OPT found " + (ratio == null ? "?" : ratio.toDecimal(8, true).toPlainString())
                + " (checked)";
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, null, verdict,
                FixedPriceAuditor.rel(ctx, best.path()), (System.nanoTime() - t0) / 1e9, FixedPriceAuditor.notes(c, found));
    }

    /** The Lemma 3.3 instances of the stored single-unit hardness certificates: the paper's own hard cases. */
    private static List<FixedPriceInstance> witnessInstances(AuditContext ctx, List<String> found) {
        List<FixedPriceInstance> out = new ArrayList<>();
        Path dir = ctx.root().resolve("certificates/fixedprice");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".cert")).sorted().toList()) {
                Certificate cert = CertificateReader.read(p);
                if (cert.lemma().isPresent() && cert.lemma().get().units() == 1 && cert.solution().isPresent()) {
                    out.add(lemmaInstance(cert));
                    found.add("also evaluated: the Lemma 3.3 instance of " + FixedPriceAuditor.rel(ctx, p));
                }
            }
        } catch (java.io.IOException | CertificateException e) {
            found.add("could not read stored certificates: " + e.getMessage());
        }
        return out;
    }

    static FixedPriceInstance lemmaInstance(Certificate cert) {
        var lemma = cert.lemma().get();
        var sol = cert.solution().get();
        List<Atom> seller = new ArrayList<>();
        List<Atom> buyer = new ArrayList<>();
        for (var pp : lemma.prices()) {
            Rational s = sol.value(pp.sellers().get(0)).orElseThrow();
            Rational b = sol.value(pp.buyers().get(0)).orElseThrow();
            if (!s.isZero()) {
                seller.add(Atom.single(pp.price().add(lemma.eps()), s));
            }
            if (!b.isZero()) {
                buyer.add(Atom.single(pp.price(), b));
            }
        }
        return new FixedPriceInstance(1, new Distribution(seller), new Distribution(buyer));
    }
}
