package tradebounds.family.ksfair.pmhr;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.Cover;
import tradebounds.engine.cover.CoverPrograms;
import tradebounds.family.ksfair.KsFairFinding.Status;
import tradebounds.family.ksfair.KsFairFinding;
import tradebounds.family.ksfair.pmhr.PmhrFormulas.Variant;

/**
 * The registry finding for claim bfm-thm5.7 (C = value of P_MHR &gt;= 0.913) from the stored interval cover: the
 * cover's LET program must be {@link PmhrCoverProgram}'s printed program and its cells must reach the claim; the
 * auditor then runs the checker on the file. A cover below the claim is CONSISTENT (a weaker bound is proved, the
 * claim is neither established nor contradicted).
 */
public final class PmhrFinding {
    public static final Path PRINTED = Path.of("certificates", "ksfair", "pmhr-printed.cert.gz");
    static final BigDecimal PUBLISHED = new BigDecimal("0.913");

    private PmhrFinding() {
    }

    /**
     * The stored cover of P_MHR with the corrected M_hi (a different program from the printed one, see
     * {@link PmhrFormulas}): 16 equal r_m-cells, alpha affine in H, proves 0.915 (issue 13 item 6).
     */
    public static final Path CORRECTED = Path.of("certificates", "ksfair", "pmhr-corrected.cert.gz");

    public static KsFairFinding programValue() {
        return programValue(PRINTED);
    }

    /** Claim bfm-thm5.7-corrected: the corrected program's value against the same published 0.913. */
    public static KsFairFinding correctedProgramValue() {
        return programValue(CORRECTED, Variant.CORRECTED, "bfm-thm5.7-corrected");
    }

    static KsFairFinding programValue(Path file) {
        return programValue(file, Variant.PRINTED, "bfm-thm5.7");
    }

    static KsFairFinding programValue(Path file, Variant variant, String claimId) {
        Certificate c;
        try {
            c = CertificateReader.read(file);
        } catch (CertificateException e) {
            return new KsFairFinding(claimId, Status.NOT_CHECKED, Optional.empty(), Optional.empty(), List.of(),
                    "no usable stored P_MHR cover: " + e.getMessage());
        }
        Cover cover = c.cover().orElseThrow();
        Optional<String> diff = CoverPrograms.difference(cover, PmhrCovers.program(variant));
        if (diff.isPresent()) {
            return new KsFairFinding(claimId, Status.NOT_CHECKED, Optional.empty(), Optional.empty(),
                    List.of(file), "the stored P_MHR cover is not the builder's program: " + diff.get());
        }
        BigDecimal bound = c.claims().get(0).bound().toDecimal(6, false);
        Status status = bound.compareTo(PUBLISHED) >= 0 ? Status.HOLDS : Status.CONSISTENT;
        String what = variant == Variant.PRINTED ? "P_MHR (as printed, L = L_hi by Lemma F.1)"
                : "P_MHR with the corrected M_hi (not the printed program; L = L_hi by Lemma F.1)";
        String estimate = variant == Variant.PRINTED ? "0.91381" : "0.94081";
        return new KsFairFinding(claimId, status, Optional.of(bound), Optional.empty(), List.of(file),
                what + " >= " + bound.toPlainString() + " by an interval cover: "
                        + cover.cells().size() + " cells of r_m in [1, e], alpha affine in H per cell (the tool's own"
                        + " partition; the paper prints none), program compared with the builder's; double-precision"
                        + " estimate of the program's value " + estimate + " (PmhrExplorer)");
    }
}
