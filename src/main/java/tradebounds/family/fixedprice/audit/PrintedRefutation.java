package tradebounds.family.fixedprice.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Proved;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.CheckedFiles;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.claims.ProgramMatch;
import tradebounds.claims.Verdict;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.fixedprice.witness.WitnessSearchResult;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Method {@code printed-refutation}: program (6.1) exactly as printed (weak seller dominance rows) has, on Table 1's
 * support, a feasible point whose objective is below 1 - 1/e. Every k-unit instance has a fixed price keeping at
 * least 1 - 1/e of OPT (Gerstgrasser et al. 2019, quoted in seed 003), and Lemma 6.1 turns every feasible point of a
 * valid hardness program into an instance with ratio at most its objective plus eps; so the printed program, read
 * literally, cannot be that program. The stored certificate is a plain {@code qcp-witness} (program, SOL, claim
 * {@code objective <= r}); the audit requires the checker to prove it, its program to be the builder's printed
 * (6.1) term by term, and r to lie below the claim's published lower bound (a rational just under 1 - 1/e). The
 * instance Lemma 6.1 would build from this point is rejected by the checker as NOT_REALIZABLE (PrintedReading,
 * regenerated on the Table 1 rows), which is where the printed rows go wrong.
 */
final class PrintedRefutation {
    private PrintedRefutation() {
    }

    static AuditRow run(Claim c, AuditContext ctx) {
        long t0 = System.nanoTime();
        List<Rational> prices = ProgramCatalog.prices(c.priceSpec());
        Model model = HardnessAudit.model(c.programId(), prices, c.units());
        List<String> notes = new ArrayList<>();
        Verdict v = Verdict.OPEN;
        String regenerated;
        Path stored = ctx.root().resolve(c.certificate());
        try {
            Certificate cert = CertificateReader.read(stored);
            Optional<String> diff = cert.type() == CertificateType.QCP_WITNESS && cert.program().isPresent()
                    ? ProgramMatch.firstDifference(model, cert.program().get().model())
                    : Optional.of("not a qcp-witness with a program");
            Optional<Rational> r = cert.claims().stream().filter(x -> x.kind() == ClaimKind.OBJECTIVE_AT_MOST)
                    .map(Certificate.Claim::bound).min(Rational::compareTo);
            CheckOutcome o = CheckedFiles.check(stored);
            boolean below = r.isPresent() && r.get().compareTo(c.published()) < 0;
            if (o instanceof Proved && diff.isEmpty() && below) {
                v = Verdict.REFUTED;
                notes.add("REFUTED: the checker proves a feasible point of " + c.programId() + " as printed (program"
                        + " compared with the builder) with objective <= " + r.get().toDecimal(9, true).toPlainString()
                        + " < " + c.published().toDisplay() + " < 1 - 1/e");
            } else {
                notes.add("OPEN: " + (o instanceof Proved ? "" : "checker: " + o + "; ") + diff.map(d -> "program: " + d
                        + "; ").orElse("") + (below ? "" : "objective claim not below the published bound"));
            }
            regenerated = "printed (6.1) optimum <= " + r.map(x -> x.toDecimal(9, true).toPlainString()).orElse("?");
        } catch (Exception e) {
            regenerated = "stored certificate unreadable";
            notes.add("OPEN: " + e.getMessage());
        }
        notes.addAll(c.notes());
        return new AuditRow(c.id(), c.source(), c.published(), c.direction(), regenerated, null, v, c.certificate(),
                (System.nanoTime() - t0) / 1e9, notes);
    }

    /** Dev tool {@code claimFile [seconds]}: searches the printed program and writes the claim's stored witness. */
    static void write(String[] args) throws Exception {
        Claim c = ClaimRegistry.read(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        List<Rational> prices = ProgramCatalog.prices(c.priceSpec());
        Model model = HardnessAudit.model(c.programId(), prices, c.units());
        AuditContext ctx = new AuditContext(Path.of("."), Path.of("target/printed-refutation"), 1, false,
                System.err::println, new HashMap<>());
        WitnessSearchResult res = HardnessAudit.search(c.programId(), prices, c.units(), (long) c.seconds("seed", 1),
                seconds, ctx, c.id());
        if (!res.found()) {
            throw new IOException("no witness found in " + seconds + " s");
        }
        Certificate cert = CertificateBuilder.of(CertificateType.QCP_WITNESS).meta("claim", c.id())
                .meta("source", c.source()).meta("program", c.programId() + " as printed, k = " + c.units())
                .program(model).solution(res.point().get()).claim(ClaimKind.OBJECTIVE_AT_MOST, res.ratio().get()).build();
        CertificateWriter.write(cert, Path.of(c.certificate()));
        System.err.println("wrote " + c.certificate() + ": objective <= " + res.ratio().get().toDisplay());
    }
}
