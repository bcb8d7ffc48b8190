package tradebounds.family.ksfair.pmhr;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover;
import tradebounds.engine.cover.CoverSearch;
import tradebounds.family.ksfair.pmhr.PmhrFormulas.Variant;
import tradebounds.model.Rational;

/**
 * Interval-cover certificates for P_MHR (Lemma F.2 with alpha affine in H per r_m cell, see
 * {@link PmhrCoverProgram}): equal cells of r_m in [1, e+], alphas from {@link PmhrExplorer#cellAffine}, every cell
 * then proved by {@link CoverSearch} on the LET program. Only the covers prove anything.
 */
public final class PmhrCovers {
    /** The LET quantities worth splitting besides the coordinates (lam: v1's position, loose near the 0/0 corner). */
    public static final List<String> SPLIT_HINTS = List.of("lam");

    private PmhrCovers() {
    }

    /** The program part as a cover without cells. */
    public static Cover program(Variant variant) {
        try {
            return CertificateReader.read(PmhrCoverProgram.programText(variant) + "CELL 0\nCLAIM minimum >= 0\n",
                    "PmhrCoverProgram").cover().orElseThrow();
        } catch (CertificateException e) {
            throw new IllegalStateException("PmhrCoverProgram emits an unreadable program: " + e.getMessage(), e);
        }
    }

    /** Cells of r_m with their alphas (alpha1 at H = 1, alpha2 at H = 2), rounded to 4 decimals. */
    public static List<Cover.Cell> cells(Variant variant, int count) {
        Cover p = program(variant);
        Rational lo = p.coords().get(0).lo();
        Rational hi = p.coords().get(0).hi();
        List<Cover.Cell> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Rational s = i == 0 ? lo : cut(lo, hi, i, count);
            Rational l = i == count - 1 ? hi : cut(lo, hi, i + 1, count);
            double[] a = PmhrExplorer.cellAffine(variant, s.toDouble(), l.toDouble(), 6);
            out.add(new Cover.Cell(s, l, List.of(round(a[0]), round(a[1])), List.of(), 0));
        }
        return out;
    }

    private static Rational cut(Rational lo, Rational hi, int i, int n) {
        Rational x = lo.add(hi.subtract(lo).multiply(Rational.of(i, n)));
        return Rational.of(x.toDecimal(4, false));
    }

    private static Rational round(double a) {
        return Rational.of(new BigDecimal(a).setScale(4, RoundingMode.HALF_EVEN));
    }

    /** Covers every cell against target; the certificate if all are proved. */
    public static Optional<Certificate> build(Variant variant, List<Cover.Cell> cells, Rational target, long maxNodes) {
        Cover program = program(variant);
        CoverSearch search = new CoverSearch(program, SPLIT_HINTS, target, maxNodes);
        List<CoverSearch.CellResult> results = new ArrayList<>();
        boolean all = true;
        for (Cover.Cell c : cells) {
            CoverSearch.CellResult r = search.cell(c.lo(), c.hi(), c.paramValues());
            results.add(r);
            System.err.printf("P_MHR cover rm in [%s, %s] alpha=%s: %s, %d lines, lowest %s, point %.6f, %d ms%s%n",
                    c.lo().toDisplay(), c.hi().toDisplay(), c.paramValues(), r.outcome(), r.nodes().size(),
                    r.lowestBound(), r.lowestPoint(), r.millis(), r.openRegion() == null ? "" : " open " + r.openRegion());
            all &= r.outcome() == CoverSearch.Decision.PROVED;
        }
        if (!all) {
            return Optional.empty();
        }
        return Optional.of(CertificateBuilder.of(CertificateType.INTERVAL_COVER)
                .meta("source", "seed 000, Lemma 5.8 / App. D, F: program P_MHR (" + variant + ")")
                .meta("built", "tradebounds.family.ksfair.pmhr.PmhrCovers")
                .cover(search.cover(cells, results)).claim(ClaimKind.MINIMUM_AT_LEAST, target).build());
    }

    /** {@code main variant cells target maxNodes out.cert [firstCell lastCell]}. */
    public static void run(String[] args) throws IOException {
        Variant variant = Variant.valueOf(args[0]);
        List<Cover.Cell> cells = cells(variant, Integer.parseInt(args[1]));
        if (args.length > 6) {
            cells = cells.subList(Integer.parseInt(args[5]), Integer.parseInt(args[6]) + 1);
        }
        Optional<Certificate> c = build(variant, cells, Rational.parse(args[2]), Long.parseLong(args[3]));
        if (c.isPresent()) {
            CertificateWriter.write(c.get(), Path.of(args[4]));
            System.err.println("wrote " + args[4]);
        }
    }
}
