package tradebounds.family.ksfair.pmhr;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.Cover;
import tradebounds.family.ksfair.CoverPrograms;
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

    public static KsFairFinding programValue() {
        return programValue(PRINTED);
    }

    static KsFairFinding programValue(Path file) {
        Certificate c;
        try {
            c = CertificateReader.read(file);
        } catch (CertificateException e) {
            return new KsFairFinding("bfm-thm5.7", Status.NOT_CHECKED, Optional.empty(), Optional.empty(), List.of(),
                    "no usable stored P_MHR cover: " + e.getMessage());
        }
        Cover cover = c.cover().orElseThrow();
        Optional<String> diff = CoverPrograms.difference(cover, PmhrCovers.program(Variant.PRINTED));
        if (diff.isPresent()) {
            return new KsFairFinding("bfm-thm5.7", Status.NOT_CHECKED, Optional.empty(), Optional.empty(),
                    List.of(file), "the stored P_MHR cover is not the builder's program: " + diff.get());
        }
        BigDecimal bound = c.claims().get(0).bound().toDecimal(6, false);
        Status status = bound.compareTo(PUBLISHED) >= 0 ? Status.HOLDS : Status.CONSISTENT;
        return new KsFairFinding("bfm-thm5.7", status, Optional.of(bound), Optional.empty(), List.of(file),
                "P_MHR (as printed, L = L_hi by Lemma F.1) >= " + bound.toPlainString() + " by an interval cover: "
                        + cover.cells().size() + " cells of r_m in [1, e], alpha affine in H per cell (the tool's own"
                        + " partition; the paper prints none), program compared with the builder's; double-precision"
                        + " estimate of the printed program's value 0.91381 (PmhrExplorer)");
    }
}
