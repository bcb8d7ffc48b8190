package tradebounds.family.fixedprice.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tradebounds.cert.Certificate;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.FamilyAuditor;
import tradebounds.model.AtomicFiles;

/** Dispatches the fixed-price claims to their audits; shared certificate handling lives here. */
public final class FixedPriceAuditor implements FamilyAuditor {
    @Override
    public Set<String> methods() {
        return Set.of("witness-search", "guarantee", "guarantee-tree", "falsify", "printed-refutation");
    }

    @Override
    public AuditRow audit(Claim claim, AuditContext context) {
        return switch (claim.methodType()) {
            case "witness-search" -> HardnessAudit.run(claim, context);
            case "guarantee" -> GuaranteeAudit.run(claim, context);
            case "guarantee-tree" -> TreeAudit.run(claim, context);
            case "falsify" -> MechanismAudit.run(claim, context);
            case "printed-refutation" -> PrintedRefutation.run(claim, context);
            default -> throw new IllegalArgumentException("not a fixed-price method: " + claim.methodType());
        };
    }

    /** Writes a fresh certificate under the audit's work directory (atomically, by the writer). */
    /** Dev tool entry: writes a {@code printed-refutation} claim's stored witness (see PrintedRefutation). */
    public static void writePrintedRefutation(String[] args) throws Exception {
        PrintedRefutation.write(args);
    }

    static Path writeFresh(AuditContext ctx, String name, Certificate cert) {
        Path out = ctx.workDir().resolve(name + ".cert");
        try {
            Files.createDirectories(out.getParent());
            CertificateWriter.write(cert, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return out;
    }

    /** Replaces the stored certificate by a fresh one (temporary copy, then rename). */
    static void replaceStored(Path fresh, Path stored) {
        try {
            AtomicFiles.copy(fresh, stored);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + stored, e);
        }
    }

    static List<String> notes(Claim c, List<String> found) {
        List<String> n = new ArrayList<>(found);
        n.addAll(c.notes());
        return n;
    }

    static String rel(AuditContext ctx, Path p) {
        return p == null ? null : ctx.root().toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize())
                .toString();
    }
}
