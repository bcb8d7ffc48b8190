package tradebounds.family.ksfair.preg;

import java.io.IOException;
import java.nio.file.Files;
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
import tradebounds.engine.cover.CoverPrograms;
import tradebounds.model.Rational;

/**
 * The stored P_REG cover certificates ({@code certificates/ksfair/}): the Table 1 cells that hold, and the best
 * constant found by {@link PregPartitionSearch} (a main cover of q_m in [s0, 1] and a tail cover of [0, s0] by
 * {@link PregCoverProgram#tail}). {@link #main} regenerates them; {@link #programValue} is what the audit trusts:
 * the checker's verdict on each file plus a comparison of each file's LET program with the builder's, so that
 * a proved certificate is known to be about P_REG.
 */
public final class PregCertificates {
    public static final Path DIR = Path.of("certificates", "ksfair");
    public static final Path MAIN = DIR.resolve("preg-best-main.cert.gz");
    public static final Path TAIL = DIR.resolve("preg-best-tail.cert");
    public static final Path TABLE1_CELL2 = DIR.resolve("preg-table1-cell2.cert");
    public static final Path TABLE1_CELLS7_8 = DIR.resolve("preg-table1-cells7-8.cert");
    /** The tail cell's alpha: the tail bound is min(alpha, f2) and f2 stays near 0.89 there. */
    public static final Rational TAIL_ALPHA = Rational.of(9, 10);
    public static final Rational S0 = Rational.of(1, 1_000_000);

    private PregCertificates() {
    }

    /** What the stored main and tail covers establish, if their programs and domains are the right ones. */
    public record ProgramValue(Rational bound, int cells, List<Path> certificates, String problem) {
    }

    /**
     * Reads the stored main and tail covers, checks that their LET programs are {@link PregCoverProgram}'s and that
     * their q_m domains meet at s0 and cover [0, 1]; the bound is the smaller of their claims. Whether each file is
     * proved is left to the caller's checker run.
     */
    public static ProgramValue programValue(Path main, Path tail) {
        try {
            Certificate m = CertificateReader.read(main);
            Certificate t = CertificateReader.read(tail);
            Cover mc = m.cover().orElseThrow();
            Cover tc = t.cover().orElseThrow();
            Rational s0 = tc.coords().get(0).hi();
            Optional<String> diff = CoverPrograms.difference(mc,
                    PregCoverProgram.program(mc.coords().get(0).lo(), Rational.ONE));
            if (diff.isEmpty()) {
                diff = CoverPrograms.difference(tc, PregCoverProgram.tail(s0));
            }
            if (diff.isEmpty() && !mc.coords().get(0).lo().equals(s0)) {
                diff = Optional.of("the main cover starts at " + mc.coords().get(0).lo() + ", the tail ends at " + s0);
            }
            Rational bound = m.claims().get(0).bound().min(t.claims().get(0).bound());
            return new ProgramValue(bound, mc.cells().size() + tc.cells().size(), List.of(main, tail),
                    diff.orElse(null));
        } catch (CertificateException | RuntimeException e) {
            return new ProgramValue(null, 0, List.of(main, tail), "cannot read the stored covers: " + e.getMessage());
        }
    }

    /** The tail cover: q_m in [0, s0], one cell, alpha = {@link #TAIL_ALPHA}. */
    static Optional<Certificate> tailCertificate(Rational target, Rational s0, long maxNodes) {
        Cover program = PregCoverProgram.tail(s0);
        CoverSearch search = new CoverSearch(program, List.of(), target, maxNodes);
        CoverSearch.CellResult r = search.cell(Rational.ZERO, s0, List.of(TAIL_ALPHA));
        System.err.println("P_REG tail [0, " + s0.toDisplay() + "]: " + r.outcome() + ", " + r.nodes().size()
                + " tree lines, lowest " + r.lowestBound());
        if (r.outcome() != CoverSearch.Decision.PROVED) {
            return Optional.empty();
        }
        Cover cover = search.cover(List.of(new Cover.Cell(Rational.ZERO, s0, List.of(TAIL_ALPHA), List.of(), 0)),
                List.of(r));
        return Optional.of(CertificateBuilder.of(CertificateType.INTERVAL_COVER)
                .meta("source", "seed 000, Lemma 5.4 / App. E, program P_REG near q_m = 0")
                .meta("program", "a lower bound of P_REG's inner value for q_m <= s0: min(alpha, 1/(1 + L_hi/(alpha"
                        + " + ln(q/s0)))), see tradebounds.family.ksfair.preg.PregCoverProgram.tail")
                .meta("built", "tradebounds.family.ksfair.preg.PregCertificates")
                .cover(cover).claim(ClaimKind.MINIMUM_AT_LEAST, target).build());
    }

    /** {@code main [target]}: regenerates the four stored files (several minutes for the best partition). */
    public static void run(String[] args) throws IOException {
        Rational target = Rational.parse(args.length > 0 ? args[0] : "0.86");
        Files.createDirectories(DIR);
        Rational printed = Rational.parse("0.851");
        write(PregCovers.build(List.of(PregCovers.Spec.of("0.002", "0.008", "0.78")), printed, 200_000,
                new ArrayList<>(), "seed 000, App. E, Table 1 cell [0.002, 0.008], alpha 0.78"), TABLE1_CELL2);
        write(PregCovers.build(List.of(PregCovers.Spec.of("0.078", "0.1", "0.68"),
                        PregCovers.Spec.of("0.1", "1", "0.66")), printed, 200_000, new ArrayList<>(),
                "seed 000, App. E, Table 1 cells [0.078, 0.1] alpha 0.68 and [0.1, 1] alpha 0.66"), TABLE1_CELLS7_8);
        List<PregPartitionSearch.Found> found = PregPartitionSearch.search(target, S0, 12_000);
        if (found.isEmpty() || !found.get(found.size() - 1).spec().l().equals(Rational.ONE)) {
            System.err.println("no partition proves " + target.toDisplay());
            return;
        }
        List<PregCovers.Spec> specs = found.stream().map(PregPartitionSearch.Found::spec).toList();
        write(PregCovers.build(specs, target, 200_000, new ArrayList<>(), "tradebounds.family.ksfair.preg.PregPartitionSearch"
                + " (item 5c): own partition of q_m in [s0, 1] and alphas"), MAIN);
        write(tailCertificate(target, S0, 200_000), TAIL);
    }

    private static void write(Optional<Certificate> c, Path p) throws IOException {
        if (c.isEmpty()) {
            System.err.println("not written (a cell is not proved): " + p);
            return;
        }
        CertificateWriter.write(c.get(), p);
        System.err.println("wrote " + p);
    }
}
