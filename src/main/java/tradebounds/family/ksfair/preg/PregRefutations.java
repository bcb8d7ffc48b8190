package tradebounds.family.ksfair.preg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.check.CoverEvaluator;
import tradebounds.check.Enclosure;
import tradebounds.engine.cover.CoverPrograms;
import tradebounds.model.Rational;

/**
 * Refutations of Table 1 (App. E of seed 000) as point-value certificates (FORMAT.md section 6): for each cell
 * [s_k, l_k] with alpha_k whose P_REG[s_k, l_k, alpha_k] is below 0.851, one exact point (q_m, t, u), t &lt; 1, of the cell's
 * cover program ({@link PregCoverProgram#program}: coordinates as in {@link PregCell}, every point of the box is
 * feasible) at which the goal, the inner minimum over M, is enclosed below 0.851. The point is found by a small grid
 * scan in doubles (untrusted, milliseconds); the checker proves it; {@link #difference} is the audit's comparison of
 * a stored file with the builder (program, cell, alpha, claim).
 */
public final class PregRefutations {
    public static final Rational PRINTED = Rational.parse("0.851");
    /** Table 1's cells whose printed alpha fails (indices into {@link PregAudit#TABLE_1}). */
    public static final List<Integer> REFUTED_CELLS = List.of(0, 2, 3, 4, 5);

    private PregRefutations() {
    }

    public static Path file(int cell) {
        return PregCertificates.DIR.resolve("preg-table1-refute-cell" + (cell + 1) + ".cert");
    }

    public static List<Path> files() {
        return REFUTED_CELLS.stream().map(PregRefutations::file).toList();
    }

    static Rational r(java.math.BigDecimal d) {
        return Rational.parse(d.toPlainString());
    }

    /** The cell's program at the point: PARAM alpha, COORD qm in [s_k, l_k], t, u in [0, 1]. */
    public static Cover program(int cell) {
        PregCell c = PregAudit.TABLE_1.get(cell);
        return PregCoverProgram.program(r(c.s()), r(c.l()));
    }

    /** The certificate for a Table 1 cell, or empty if the scan finds no point proved below 0.851. */
    public static Optional<Certificate> certificate(int cell) {
        PregCell c = PregAudit.TABLE_1.get(cell);
        Cover program = program(cell);
        Rational alpha = r(c.alpha());
        CoverEvaluator ev = new CoverEvaluator(program);
        Rational[] best = null;
        double bestHi = Double.POSITIVE_INFINITY;
        // q_m near the cell's ends (the minima sit at q_m = l, or q_m -> 0 in the first cell), t and u on a grid
        List<Rational> qms = new ArrayList<>(List.of(r(c.l())));
        if (c.s().signum() == 0) {
            for (int e = 4; e <= 12; e++) {
                qms.add(Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(e)));
            }
        }
        for (Rational qm : qms) {
            // t < 1: at q = 1 the printed formulas are 0/0 (only their limits exist), so stay where they are defined
            for (int i = 0; i < 200; i++) {
                for (int j = 0; j <= 20; j++) {
                    Rational t = Rational.of(i, 200);
                    Rational u = Rational.of(j, 20);
                    Optional<Enclosure> g = goal(ev, alpha, qm, t, u);
                    if (g.isPresent() && g.get().hi() < bestHi) {
                        bestHi = g.get().hi();
                        best = new Rational[] {qm, t, u};
                    }
                }
            }
        }
        if (best == null || !(bestHi < PRINTED.toDouble())) {
            return Optional.empty();
        }
        Cover at = program.at(List.of(new Cover.Value("alpha", alpha, 0), new Cover.Value("qm", best[0], 0),
                new Cover.Value("t", best[1], 0), new Cover.Value("u", best[2], 0)));
        return Optional.of(CertificateBuilder.of(CertificateType.POINT_VALUE)
                .meta("source", "seed 000, App. E, Table 1 cell [" + c.s() + ", " + c.l() + "], alpha " + c.alpha())
                .meta("program", "P_REG[s,l,alpha] inner value (H = 1, L = L_hi, minimum over M), see"
                        + " tradebounds.family.ksfair.preg.PregCoverProgram; q = 1 - alpha(1-q_m)(1-t), v0 = u v_max")
                .meta("built", "tradebounds.family.ksfair.preg.PregRefutations")
                .cover(at).claim(ClaimKind.VALUE_BELOW, PRINTED).build());
    }

    private static Optional<Enclosure> goal(CoverEvaluator ev, Rational alpha, Rational qm, Rational t, Rational u) {
        try {
            Enclosure[] v = ev.values(new Enclosure[] {Enclosure.of(alpha)},
                    new Enclosure[] {Enclosure.of(qm), Enclosure.of(t), Enclosure.of(u)});
            return Optional.of(v[ev.goalIndex()]);
        } catch (Enclosure.Failure f) {
            return Optional.empty();
        }
    }

    /**
     * Whether a stored refutation is about Table 1's cell: the builder's program over the cell's q_m range, the
     * printed alpha, and the claim value &lt; 0.851. Whether its point proves the claim is the checker's business.
     */
    public static Optional<String> difference(Path stored, int cell) {
        try {
            Certificate c = CertificateReader.read(stored);
            if (c.type() != CertificateType.POINT_VALUE) {
                return Optional.of(stored + " is not a point-value certificate");
            }
            Cover cover = c.cover().orElseThrow();
            Optional<String> d = CoverPrograms.difference(cover, program(cell));
            if (d.isPresent()) {
                return d.map(s -> stored + ": " + s);
            }
            Rational alpha = r(PregAudit.TABLE_1.get(cell).alpha());
            boolean printedAlpha = cover.point().stream().anyMatch(v -> v.name().equals("alpha")
                    && v.value().equals(alpha));
            boolean claim = c.claims().size() == 1 && c.claims().get(0).kind() == ClaimKind.VALUE_BELOW
                    && c.claims().get(0).bound().equals(PRINTED);
            return printedAlpha && claim ? Optional.empty()
                    : Optional.of(stored + ": not Table 1's alpha " + alpha.toDisplay() + " or not 'value < 0.851'");
        } catch (CertificateException | RuntimeException e) {
            return Optional.of("cannot read " + stored + ": " + e.getMessage());
        }
    }

    /** Dev tool: writes the stored refutations. */
    public static void run(String[] args) throws java.io.IOException {
        for (int cell : REFUTED_CELLS) {
            Optional<Certificate> c = certificate(cell);
            if (c.isEmpty()) {
                System.err.println("cell " + (cell + 1) + ": no point below 0.851 found");
                continue;
            }
            tradebounds.certwrite.CertificateWriter.write(c.get(), file(cell));
            System.err.println("wrote " + file(cell) + ": " + tradebounds.check.Checker.check(file(cell)));
        }
    }
}
