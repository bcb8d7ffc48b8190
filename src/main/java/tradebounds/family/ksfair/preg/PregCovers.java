package tradebounds.family.ksfair.preg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.Certificate;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateType;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover.Cell;
import tradebounds.cert.Cover;
import tradebounds.engine.cover.CoverSearch;
import tradebounds.model.Rational;

/**
 * Interval-cover certificates for P_REG (Lemma E.2): for consecutive cells [s_k, l_k] with alpha_k, a bisection
 * cover of each P_REG[s_k, l_k, alpha_k] proving its minimum &gt;= target, replayed by {@code check}.
 */
public final class PregCovers {
    /** A cell of the partition: q_m in [s, l] with the prover's alpha. */
    public record Spec(Rational s, Rational l, Rational alpha) {
        public static Spec of(String s, String l, String alpha) {
            return new Spec(Rational.parse(s), Rational.parse(l), Rational.parse(alpha));
        }
    }

    /** The certificate when every cell is proved, else empty; {@code results} receives one row per cell. */
    public static java.util.Optional<Certificate> build(List<Spec> cells, Rational target, long maxNodesPerCell,
                                                        List<CoverSearch.CellResult> results, String source) {
        Cover program = PregCoverProgram.program(cells.get(0).s(), cells.get(cells.size() - 1).l());
        CoverSearch search = new CoverSearch(program, PregCoverProgram.SPLIT_HINTS, target, maxNodesPerCell);
        List<Cell> out = new ArrayList<>();
        boolean all = true;
        for (Spec c : cells) {
            CoverSearch.CellResult r = search.cell(c.s(), c.l(), List.of(c.alpha()));
            results.add(r);
            System.err.printf("P_REG cover [%s, %s] alpha=%s: %s, %d tree lines, lowest %.7f, %d ms%n",
                    c.s().toDisplay(), c.l().toDisplay(), c.alpha().toDisplay(), r.outcome(), r.nodes().size(),
                    r.outcome() == CoverSearch.Decision.PROVED ? r.lowestBound() : r.lowestPoint(), r.millis());
            all &= r.outcome() == CoverSearch.Decision.PROVED;
            out.add(new Cell(c.s(), c.l(), List.of(c.alpha()), List.of(), 0));
        }
        if (!all) {
            return java.util.Optional.empty();
        }
        Cover cover = search.cover(out, results.subList(results.size() - cells.size(), results.size()));
        return java.util.Optional.of(CertificateBuilder.of(CertificateType.INTERVAL_COVER)
                .meta("source", source)
                .meta("program", "P_REG[s,l,alpha] of seed 000, App. E, H = 1 and L = L_hi (Lemma E.1); "
                        + "coordinates (qm, t, u) of tradebounds.family.ksfair.preg.PregCell; goal = min over M in [M_lo, M_hi]")
                .meta("built", "tradebounds.family.ksfair.preg.PregCovers")
                .cover(cover).claim(ClaimKind.MINIMUM_AT_LEAST, target).build());
    }

    /** {@code main target maxNodes out.cert s:l:alpha ...}. */
    public static void run(String[] args) throws IOException {
        Rational target = Rational.parse(args[0]);
        long maxNodes = Long.parseLong(args[1]);
        List<Spec> cells = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] p = args[i].split(":");
            cells.add(Spec.of(p[0], p[1], p[2]));
        }
        List<CoverSearch.CellResult> results = new ArrayList<>();
        var cert = build(cells, target, maxNodes, results, "command line");
        if (cert.isPresent()) {
            CertificateWriter.write(cert.get(), Path.of(args[2]));
            System.err.println("wrote " + args[2]);
        }
    }
}
