package tradebounds.family.fixedprice.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tradebounds.cert.Certificate;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateType;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.cert.ClaimKind;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.WelfareEvaluator;
import tradebounds.claims.DevToolExit;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.fixedprice.witness.MultiUnitLemmaInstance;
import tradebounds.family.fixedprice.witness.MultiUnitWitnessSearch;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.json.JsonWriter;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopAdapter;

/**
 * Goes beyond Table 1 (issue item 7): for each k, a {@link SupportSweep} from the paper's support on the strict
 * reading of (6.1), and for every support whose exact r is below the published r_k an exact point file
 * ({@code k<k>.point}, one {@code name rational} line per variable), a QCP_WITNESS certificate with the Lemma 6.1
 * section ({@code k<k>.cert}, checked here; anything but Proved aborts), and a data row.
 *
 * <p>Usage: {@code BeyondTableMain sweep outDir sweepSeconds[,refineSeconds] k[:n:alpha:beta:last]...}
 * (a k alone starts from its Table 1 support) then {@code BeyondTableMain collect outDir}, which
 * merges the rows into {@code outDir/improved-supports.json}. Two processes with disjoint k lists use two cores:
 * threads in one JVM would not, because every OR-Tools solve is serialised behind the native-stdout lock.
 * Exit codes: 0 done, 1 a certificate did not prove, 2 usage.
 */
public final class BeyondTableMain {
    static final Rational EPS = Rational.of(1, 1_000_000_000);
    static final String PROGRAM = "qcp61-strict";

    private BeyondTableMain() {
    }

    public static void run(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("collect")) {
            collect(Path.of(args[1]));
            return;
        }
        if (args.length < 4 || !args[0].equals("sweep")) {
            System.err.println("usage: BeyondTableMain sweep outDir sweepSeconds[,refineSeconds] k[:n:alpha:beta:last]... | "
                    + "BeyondTableMain collect outDir");
            throw new DevToolExit(2);
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        String[] secs = args[2].split(",");
        Duration perK = Duration.ofSeconds(Long.parseLong(secs[0]));
        Duration refine = Duration.ofSeconds(secs.length > 1 ? Long.parseLong(secs[1]) : 0);
        for (int a = 3; a < args.length; a++) {
            String[] spec = args[a].split(":");
            int k = Integer.parseInt(spec[0]);
            Table1Main.Row row = Table1Main.TABLE.stream().filter(r -> r.k() == k).findFirst().orElseThrow();
            SupportSweep.Support start = spec.length == 5
                    ? new SupportSweep.Support(Integer.parseInt(spec[1]), Rational.parse(spec[2]),
                    Rational.parse(spec[3]), Rational.parse(spec[4]))
                    : new SupportSweep.Support(row.n(), Rational.parse(row.alpha()), Rational.parse(row.beta()),
                    Rational.parse(row.last()));
            if (!run(k, start, dir, perK, refine)) {
                throw new DevToolExit(1);
            }
        }
    }

    /** One k: sweep, then point, certificate and row for the best support if it beats the published r_k. */
    static boolean run(int k, SupportSweep.Support base, Path dir, Duration perK, Duration refine)
            throws IOException {
        Table1Main.Row row = Table1Main.TABLE.stream().filter(r -> r.k() == k).findFirst().orElseThrow();
        SupportSweep.Result out = SupportSweep.sweep(k, base, SupportSweep.Settings.strict(perK), new GlopAdapter(),
                System.err::println);
        Rational published = Rational.parse(row.publishedR());
        if (out.best().isEmpty()) {
            System.out.printf("k=%d: no witness found%n", k);
            return true;
        }
        SupportSweep.Scored best = out.best().get();
        if (!refine.isZero()) {
            best = SupportSweep.refine(k, best, SupportSweep.Settings.strict(refine), new GlopAdapter(),
                    System.err::println);
        }
        String baseR = out.baseline().map(s -> s.r().toDecimal(9, true).toPlainString()).orElse("none");
        boolean improves = best.r().compareTo(published) < 0;
        String summary = String.format("k=%d: best %s%s r %s (published %s, start support %s), %d supports, %.0fs", k,
                best.support(), best.generic() ? "" : " with points moved to " + describe(best.prices()),
                best.r().toDecimal(9, true).toPlainString(), row.publishedR(), baseR,
                out.evaluations(), out.elapsed().toMillis() / 1000.0);
        if (!improves) {
            System.out.println(summary + ": does not improve the published value");
            return true;
        }
        Model model = ProgramCatalog.build(PROGRAM, best.prices(), k);
        List<String> lines = new ArrayList<>();
        for (int v = 0; v < best.point().length; v++) {
            lines.add(model.variables().get(v).name() + " " + best.point()[v]);
        }
        Files.write(dir.resolve("k" + k + ".point"), lines);
        Path certFile = dir.resolve("k" + k + ".cert");
        CertificateWriter.write(certificate(k, model, best, row.publishedR()), certFile);
        CheckOutcome checked = Checker.check(certFile);
        if (!(checked instanceof Proved)) {
            System.out.println(summary + ": CERTIFICATE NOT PROVED: " + checked);
            return false;
        }
        FixedPriceInstance inst = MultiUnitLemmaInstance.of(model, best.prices(), k, best.point(), EPS, true)
                .instance(k).orElseThrow(() -> new IllegalStateException("strict point not realizable"));
        WelfareEvaluator e = new WelfareEvaluator(inst);
        Rational ratio = e.bestPrice().welfare().divide(e.opt());
        Files.writeString(dir.resolve("k" + k + ".row.json"), row(k, best, ratio, row.publishedR(), baseR, certFile));
        System.out.println(summary + ", instance ratio " + ratio.toDecimal(9, true).toPlainString() + ", " + certFile
                + " Proved");
        return true;
    }

    static Certificate certificate(int k, Model model, SupportSweep.Scored best, String published) {
        return CertificateBuilder.of(CertificateType.QCP_WITNESS)
                .meta("claim", "gdk-table1-k" + k + "-improved")
                .meta("source", "beyond Table 1 (k=" + k + ", published " + published + "): support " + best.support())
                .meta("method", "SupportSweep + MultiUnitWitnessSearch on " + PROGRAM + ", exact repair")
                .program(model).solution(best.point())
                .lemma(k, EPS, best.prices(), (i, q) -> "s" + i + "_" + q, (j, q) -> "b" + j + "_" + q)
                .claim(ClaimKind.OBJECTIVE_AT_MOST, best.r())
                .claim(ClaimKind.RATIO_AT_MOST, best.r().add(EPS)).build();
    }

    private static String row(int k, SupportSweep.Scored best, Rational ratio, String published, String baseR,
                              Path cert) {
        SupportSweep.Support s = best.support();
        return "{\"k\": " + k + ", \"n\": " + s.n() + ", \"alpha\": " + JsonWriter.quote(s.alpha().toString())
                + ", \"beta\": " + JsonWriter.quote(s.beta().toString()) + ", \"last\": "
                + JsonWriter.quote(s.last().toString()) + ", \"shape\": "
                + JsonWriter.quote(best.generic() ? "generic" : "generic with moved points") + ", \"prices\": ["
                + String.join(", ", best.prices().stream().map(p -> JsonWriter.quote(p.toString())).toList()) + "]"
                + ", \"r\": " + JsonWriter.quote(best.r().toString())
                + ", \"r_decimal_up\": " + JsonWriter.quote(best.r().toDecimal(9, true).toPlainString())
                + ", \"instance_ratio\": " + JsonWriter.quote(ratio.toString())
                + ", \"instance_ratio_decimal_up\": " + JsonWriter.quote(ratio.toDecimal(9, true).toPlainString())
                + ", \"published\": " + JsonWriter.quote(published)
                + ", \"start_support_r_decimal_up\": " + JsonWriter.quote(baseR)
                + ", \"program\": " + JsonWriter.quote(PROGRAM)
                + ", \"certificate\": " + JsonWriter.quote(cert.toString().replace('\\', '/')) + "}";
    }

    /** Merges the per-k rows (written by separate processes) into one array, sorted by k, and removes them. */
    static void collect(Path dir) throws IOException {
        List<Path> rows;
        try (Stream<Path> s = Files.list(dir)) {
            rows = s.filter(p -> p.getFileName().toString().matches("k\\d+\\.row\\.json"))
                    .sorted((a, b) -> Integer.compare(unit(a), unit(b))).toList();
        }
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            sb.append("  ").append(Files.readString(rows.get(i)).strip()).append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        sb.append("]\n");
        Files.writeString(dir.resolve("improved-supports.json"), sb.toString());
        for (Path p : rows) {
            Files.delete(p);
        }
        System.out.println("wrote " + dir.resolve("improved-supports.json") + " with " + rows.size() + " rows");
    }

    private static String describe(List<Rational> prices) {
        return String.join(" ", prices.stream().map(Rational::toString).toList());
    }

    private static int unit(Path p) {
        return Integer.parseInt(p.getFileName().toString().replaceAll("\\D", ""));
    }
}
