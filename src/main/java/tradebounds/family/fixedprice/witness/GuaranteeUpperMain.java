package tradebounds.family.fixedprice.witness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import tradebounds.check.Quantity;
import tradebounds.claims.CheckedFiles;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.claims.DevToolExit;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Dev tool {@code fixedprice-guarantee-upper CLAIM_FILE OUT [seconds=120] [seed=1] [maxStarts]}: searches the claim's
 * guarantee program ({@code qcp41}, {@code qcp51}, {@code qcp51-sym}; its prices and k from the claim) for a
 * feasible point with small r ({@link GuaranteeUpperSearch}, one GLOP thread) and writes it as a
 * {@code qcp-witness} certificate (program, SOL, {@code CLAIM objective <= r}) to OUT, an upper bound on the
 * program's optimum. If OUT already holds a certificate that the checker proves, it is replaced only by a point
 * with smaller r, and its point is the search's first (warm) start. Exit 0 when OUT holds a proved point
 * afterwards, 1 when no point was found, 2 on bad usage.
 */
public final class GuaranteeUpperMain {
    private GuaranteeUpperMain() {
    }

    public static void run(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: fixedprice-guarantee-upper CLAIM_FILE OUT [seconds=120] [seed=1] [maxStarts]");
            throw new DevToolExit(2);
        }
        Path from = null;
        List<String> plain = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.startsWith("from=")) {
                from = Path.of(a.substring(5));
            } else {
                plain.add(a);
            }
        }
        args = plain.toArray(new String[0]);
        Claim c = ClaimRegistry.read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        double seconds;
        long seed;
        int maxStarts;
        try {
            seconds = args.length > 2 ? Double.parseDouble(args[2]) : 120;
            seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
            maxStarts = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            System.err.println(args[0] + ": arguments: " + e.getMessage());
            throw new DevToolExit(2);
        }
        String id = c.programId();
        if (!List.of("qcp41", "qcp51", "qcp51-sym").contains(id)) {
            System.err.println(args[0] + ": program: " + id + " is not a guarantee program (qcp41, qcp51, qcp51-sym)");
            throw new DevToolExit(2);
        }
        List<Rational> prices = ProgramCatalog.prices(c.priceSpec());
        int k = id.equals("qcp41") ? 1 : c.units();
        Model model = id.equals("qcp41") ? ProgramCatalog.build(id, prices) : ProgramCatalog.build(id, prices, k);
        Optional<Rational> stored = Optional.empty();
        double[] warm = null;
        if (Files.exists(out)) {
            CheckOutcome o = CheckedFiles.check(out);
            if (o instanceof Proved p && p.value(Quantity.OBJECTIVE).isPresent()) {
                stored = p.value(Quantity.OBJECTIVE);
                Certificate cert = CertificateReader.read(out);
                Rational[] x = cert.solution().orElseThrow().point(model);
                warm = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    warm[i] = x[i].toDouble();
                }
                System.err.println("stored " + out + ": proved, r <= " + stored.get().toDecimal(10, true)
                        .toPlainString() + " (warm start)");
            } else {
                System.err.println("stored " + out + ": " + o + " (ignored)");
            }
        }
        if (from != null) {
            Certificate src = CertificateReader.read(from);
            warm = lift(src.solution().orElseThrow(), prices.size(), k, id.equals("qcp51-sym"), model);
            System.err.println("warm start lifted from " + from);
        }
        WitnessSearchResult res = GuaranteeUpperSearch.search(id, prices, k, seed,
                Duration.ofMillis((long) (seconds * 1000)), maxStarts, warm, System.err::println);
        System.err.printf("%s k=%d n=%d: %d starts, %d descents, %.1f s, best float r %.10f%n", id, k, prices.size(),
                res.starts(), res.iterations(), res.elapsed().toMillis() / 1000.0, res.floatRatio());
        if (!res.found()) {
            System.out.println("no feasible point found");
            throw new DevToolExit(stored.isPresent() ? 0 : 1);
        }
        Rational r = res.ratio().get();
        if (stored.isPresent() && r.compareTo(stored.get()) >= 0) {
            System.out.println("found r <= " + r.toDecimal(10, true).toPlainString() + ", not below the stored "
                    + stored.get().toDecimal(10, true).toPlainString() + "; " + out + " kept");
            return;
        }
        Certificate cert = CertificateBuilder.of(CertificateType.QCP_WITNESS).meta("claim", c.id())
                .meta("method", "alternating LPs on " + id + " (k = " + k + "), repaired exactly; dev"
                        + " fixedprice-guarantee-upper, seed " + seed)
                .program(model).solution(res.point().get()).claim(ClaimKind.OBJECTIVE_AT_MOST, r).build();
        CertificateWriter.write(cert, out);
        CheckOutcome o = CheckedFiles.check(out);
        System.out.println("wrote " + out + ": r <= " + r.toDecimal(10, true).toPlainString() + ", checker: " + o);
        if (!(o instanceof Proved)) {
            throw new DevToolExit(1);
        }
    }

    /**
     * A point of a k-unit program from a k'-unit point on the same prices: unit q takes the mixture of the source
     * units at position (q-1)(k'-1)/(k-1) (linear in between), for sellers and buyers alike; r is left 0. Mixtures
     * of two consecutive units keep the printed dominance and mean rows when the source satisfies them; on the
     * diagonal the buyer copy is set from the seller.
     */
    static double[] lift(Certificate.Solution src, int n, int k, boolean diagonal, Model model) {
        int kSrc = 0;
        while (src.value("s1_" + (kSrc + 1)).isPresent()) {
            kSrc++;
        }
        if (kSrc == 0) {
            throw new IllegalArgumentException("source point has no s1_1");
        }
        double[] x = new double[model.variableCount()];
        for (int q = 1; q <= k; q++) {
            double pos = k == 1 ? 0 : (q - 1) * (kSrc - 1) / (double) (k - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(kSrc - 1, lo + 1);
            double w = pos - lo;
            for (String side : List.of("s", "b")) {
                for (int i = 1; i <= n; i++) {
                    double a = src.value(side + i + "_" + (lo + 1)).orElseThrow().toDouble();
                    double b = src.value(side + i + "_" + (hi + 1)).orElseThrow().toDouble();
                    x[model.indexOf(side + i + "_" + q)] = (1 - w) * a + w * b;
                }
            }
        }
        if (diagonal) {
            for (int q = 1; q <= k; q++) {
                for (int j = 1; j <= n; j++) {
                    x[model.indexOf("b" + j + "_" + q)] = x[model.indexOf("s" + j + "_" + (k - q + 1))];
                }
            }
        }
        return x;
    }
}
