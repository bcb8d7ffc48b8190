package tradebounds.family.fixedprice.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.claims.DevToolExit;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.witness.WarmStartSearch;
import tradebounds.family.fixedprice.witness.WitnessSearchResult;
import tradebounds.model.AtomicFiles;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopAdapter;

/**
 * Issue 10 item 7: hardness supports with more points for (4.2) (k = 1) and (6.1) read strictly (k &gt;= 2), each
 * certified as an instance (Lemma 3.3 / 6.1 replayed and sup_p SW/OPT computed exactly by the checker).
 *
 * <p>{@code ladder OUT PROGRAM K START SECONDS SPEC...}: START is a stored qcp-witness certificate of PROGRAM with
 * a LEMMA section (its support and point are the first warm start). Each SPEC {@code n:alpha:beta:last} names a
 * support of the generic form of Prop. 6.1; the best point found so far (least exact r) is carried onto it by
 * {@link WarmStartSearch#transfer}, polished by one SLP run of at most SECONDS, repaired exactly, written as
 * {@code OUT/k<K>-n<NNN>.cert.gz} and checked; a file of that name is replaced only by a checked certificate with
 * a smaller ratio. Untrusted search; every number that counts comes from the checker.
 *
 * <p>{@code table OUT DOC}: checks every {@code OUT/*.cert.gz} and rewrites the section of DOC between the
 * markers {@value #BEGIN} and {@value #END} with a table per k of n versus the checked ratio, so the docs table
 * is regenerated from certificates, never typed. Exit codes: 0 done, 1 a written certificate did not prove,
 * 2 usage.
 */
public final class HardnessSupportsMain {
    static final Rational EPS = Rational.of(1, 1_000_000_000);
    static final String BEGIN = "<!-- hardness-supports:begin (tradebounds dev fixedprice-hardness-supports table) -->";
    static final String END = "<!-- hardness-supports:end -->";

    private HardnessSupportsMain() {
    }

    public static void run(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("table")) {
            table(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length >= 7 && args[0].equals("place")) {
            place(args);
            return;
        }
        if (args.length < 6 || !args[0].equals("ladder")) {
            System.err.println("usage: fixedprice-hardness-supports ladder OUT PROGRAM K START SECONDS "
                    + "n:alpha:beta:last... | place OUT PROGRAM K START SECONDS TOTAL [DENSIFY] | table OUT DOC");
            throw new DevToolExit(2);
        }
        Path out = Path.of(args[1]);
        String program = args[2];
        int k = Integer.parseInt(args[3]);
        if (!(program.equals("qcp42") && k == 1) && !(program.equals("qcp61-strict") && k >= 2)) {
            System.err.println("fixedprice-hardness-supports: program must be qcp42 with K = 1 or qcp61-strict with K >= 2");
            throw new DevToolExit(2);
        }
        Start start = start(args[4], program, k);
        Duration budget = Duration.ofSeconds(Long.parseLong(args[5]));
        List<Rational> bestPrices = start.prices();
        Rational[] bestPoint = start.point();
        Rational bestR = bestPoint[bestPoint.length - 1];
        System.out.println("start " + args[4] + ": n=" + bestPrices.size() + " r " + bestR.toDecimal(10, true));
        boolean ok = true;
        for (int a = 6; a < args.length; a++) {
            String[] s = args[a].split(":");
            int n = Integer.parseInt(s[0]);
            Rational alpha = Rational.parse(s[1]);
            Rational beta = Rational.parse(s[2]);
            Rational last = Rational.parse(s[3]);
            List<Rational> prices = PriceList.generic(n, alpha, beta, last);
            double[] x0 = WarmStartSearch.transfer(program, k, bestPrices, bestPoint, prices);
            WitnessSearchResult res = WarmStartSearch.polish(program, prices, k, x0, budget, new GlopAdapter(),
                    line -> { });
            String support = "n=" + n + " alpha=" + alpha + " beta=" + beta + " last=" + last;
            if (!res.found()) {
                System.out.printf("%s: float r %.10f, repair failed (%.0f s)%n", support, res.floatRatio(),
                        res.elapsed().toMillis() / 1000.0);
                continue;
            }
            Rational r = res.ratio().orElseThrow();
            Model model = WarmStartSearch.model(program, prices, k);
            Certificate cert = certificate(program, k, model, prices, res.point().orElseThrow(), r, support,
                    String.format("warm-started SLP, %d iterations, %d LPs, %.1f s, float r %.10f", res.iterations(),
                            res.lpCount(), res.elapsed().toMillis() / 1000.0, res.floatRatio()));
            Stored stored = store(out, k, n, cert, support);
            if (stored == null) {
                ok = false;
                continue;
            }
            System.out.printf("%s: r %s, checked ratio %s (%.0f s), %s%n", support, r.toDecimal(10, true),
                    stored.ratio().toDecimal(10, true), res.elapsed().toMillis() / 1000.0, stored.verdict());
            if (r.compareTo(bestR) < 0) {
                bestR = r;
                bestPrices = prices;
                bestPoint = res.point().orElseThrow();
            }
        }
        if (!ok) {
            throw new DevToolExit(1);
        }
    }

    /**
     * {@code place OUT PROGRAM K START SECONDS TOTAL [DENSIFY]}: optimised placement. The start's support is
     * compacted (interior points that carry no mass in any unit are dropped; the point is unchanged), then a
     * coordinate search moves one interior point at a time by +-delta (first improvement, delta halved when no
     * move helps), each trial polished by an SLP run of at most SECONDS from the current masses on the moved
     * prices; TOTAL bounds each search. DENSIFY times (default 0) a midpoint is then inserted between each two
     * consecutive interior points and the search repeated. After each search the best point is certified as in
     * {@code ladder} ({@code OUT/k<K>-n<NNN>.cert.gz}, replaced only by a smaller checked ratio).
     */
    static void place(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        String program = args[2];
        int k = Integer.parseInt(args[3]);
        Start start = start(args[4], program, k);
        Duration perTrial = Duration.ofSeconds(Long.parseLong(args[5]));
        Duration total = Duration.ofSeconds(Long.parseLong(args[6]));
        int densify = args.length > 7 ? Integer.parseInt(args[7]) : 0;
        List<Rational> prices = start.prices();
        Rational[] point = start.point();
        List<Rational> compact = WarmStartSearch.usedSupport(program, k, prices, point);
        WitnessSearchResult res = WarmStartSearch.polish(program, compact, k,
                WarmStartSearch.transfer(program, k, prices, point, compact), perTrial, new GlopAdapter(), l -> { });
        if (!res.found()) {
            System.out.println("compacted support n=" + compact.size() + ": repair failed");
            throw new DevToolExit(1);
        }
        prices = compact;
        point = res.point().orElseThrow();
        System.out.println("compacted to n=" + prices.size() + ": r " + point[point.length - 1].toDecimal(10, true));
        boolean ok = true;
        for (int round = 0; round <= densify; round++) {
            if (round > 0) {
                List<Rational> finer = new ArrayList<>();
                for (int i = 0; i < prices.size(); i++) {
                    if (i >= 2 && i <= prices.size() - 2) {
                        finer.add(prices.get(i - 1).add(prices.get(i)).divide(Rational.of(2)));
                    }
                    finer.add(prices.get(i));
                }
                WitnessSearchResult r = WarmStartSearch.polish(program, finer, k,
                        WarmStartSearch.transfer(program, k, prices, point, finer), perTrial, new GlopAdapter(),
                        l -> { });
                if (!r.found()) {
                    System.out.println("densified n=" + finer.size() + ": repair failed");
                    break;
                }
                prices = finer;
                point = r.point().orElseThrow();
            }
            long deadline = System.nanoTime() + total.toNanos();
            Rational best = point[point.length - 1];
            Rational delta = null;
            for (int i = 2; i < prices.size() - 1; i++) {
                Rational gap = prices.get(i).subtract(prices.get(i - 1));
                delta = delta == null || gap.compareTo(delta) < 0 ? gap : delta;
            }
            delta = dyadicBelow(delta == null ? Rational.of(1, 100) : delta.divide(Rational.of(4)));
            int halvings = 0;
            int trials = 0;
            while (System.nanoTime() < deadline && halvings <= 6 && prices.size() > 2) {
                boolean improved = false;
                for (int i = 1; i < prices.size() - 1 && System.nanoTime() < deadline; i++) {
                    for (int sign = 1; sign >= -1; sign -= 2) {
                        List<Rational> moved = new ArrayList<>(prices);
                        moved.set(i, prices.get(i).add(delta.multiply(Rational.of(sign))));
                        Rational minGap = Rational.of(1, 1_000_000);
                        if (moved.get(i).subtract(moved.get(i - 1)).compareTo(minGap) < 0
                                || moved.get(i + 1).subtract(moved.get(i)).compareTo(minGap) < 0) {
                            continue;
                        }
                        double[] x0 = new double[point.length];
                        for (int v = 0; v < point.length; v++) {
                            x0[v] = point[v].toDouble();
                        }
                        WitnessSearchResult r = WarmStartSearch.polish(program, moved, k, x0, perTrial,
                                new GlopAdapter(), l -> { });
                        trials++;
                        if (r.found() && r.ratio().orElseThrow().compareTo(best) < 0) {
                            prices = moved;
                            point = r.point().orElseThrow();
                            best = r.ratio().orElseThrow();
                            improved = true;
                            System.out.println("  n=" + prices.size() + " p_" + (i + 1) + (sign > 0 ? " +" : " -")
                                    + delta + ": r " + best.toDecimal(10, true));
                            break;
                        }
                    }
                }
                if (!improved) {
                    delta = delta.divide(Rational.of(2));
                    halvings++;
                }
            }
            String support = "placed: " + String.join(", ", prices.stream()
                    .map(p -> p.toDecimal(6, false).stripTrailingZeros().toPlainString()).toList())
                    + " (6 decimals; exact in the certificate)";
            Certificate cert = certificate(program, k, WarmStartSearch.model(program, prices, k), prices, point,
                    best, support, "compact + coordinate placement search, " + trials + " polished trials");
            Stored stored = store(out, k, prices.size(), cert, support);
            if (stored == null) {
                ok = false;
            } else {
                System.out.println("n=" + prices.size() + " " + support + ": checked ratio "
                        + stored.ratio().toDecimal(10, true) + ", " + stored.verdict());
            }
        }
        if (!ok) {
            throw new DevToolExit(1);
        }
    }

    /** The largest 2^-m not above x (x &gt; 0): steps that keep the moved prices short rationals. */
    private static Rational dyadicBelow(Rational x) {
        Rational d = Rational.ONE;
        while (d.compareTo(x) > 0) {
            d = d.divide(Rational.of(2));
        }
        return d;
    }

    /** The warm start of both modes: the LEMMA prices and the point of a stored qcp-witness certificate. */
    private record Start(List<Rational> prices, Rational[] point) {
    }

    private static Start start(String file, String program, int k) {
        Certificate start;
        try {
            start = CertificateReader.read(Path.of(file));
        } catch (CertificateException e) {
            System.err.println(file + ": " + e.getMessage());
            throw new DevToolExit(2);
        }
        List<Rational> prices = start.lemma().orElseThrow().prices().stream().map(Certificate.PricePoint::price)
                .toList();
        return new Start(prices, start.solution().orElseThrow().point(WarmStartSearch.model(program, prices, k)));
    }

    /** A checked certificate's exact ratio and what became of its file ("written F" or "kept F (ratio R)"). */
    record Stored(Rational ratio, String verdict) {
    }

    /**
     * Checks {@code cert} and writes it as OUT/k&lt;k&gt;-n&lt;NNN&gt;.cert.gz unless a stored one has a smaller ratio;
     * null, after printing why, when it does not prove.
     */
    static Stored store(Path out, int k, int n, Certificate cert, String support) throws IOException {
        Path file = out.resolve(String.format("k%d-n%03d.cert.gz", k, n));
        CheckOutcome fresh = Checker.check(cert);
        if (!(fresh instanceof Proved p)) {
            System.out.println(support + ": CERTIFICATE NOT PROVED: " + fresh);
            return null;
        }
        Rational ratio = p.value(Quantity.RATIO).orElseThrow();
        Rational stored = Files.exists(file) && Checker.check(file) instanceof Proved q
                ? q.value(Quantity.RATIO).orElse(null) : null;
        if (stored == null || ratio.compareTo(stored) < 0) {
            AtomicFiles.writeString(file, CertificateWriter.toText(cert));
            return new Stored(ratio, "written " + file);
        }
        return new Stored(ratio, "kept " + file + " (ratio " + stored.toDecimal(10, true) + ")");
    }

    /** The qcp-witness with the Lemma 3.3 (k = 1) / 6.1 section, the type of the stored hardness rows. */
    static Certificate certificate(String program, int k, Model model, List<Rational> prices, Rational[] point,
                                   Rational r, String support, String method) {
        return CertificateBuilder.of(CertificateType.QCP_WITNESS)
                .meta("claim", k == 1 ? "gdk-prop4.2-supports" : "gdk-table1-k" + k + "-supports")
                .meta("source", "issue 10 item 7: hardness support " + support)
                .meta("support", support)
                .meta("method", method)
                .program(model).solution(point)
                .lemma(k, EPS, prices, (i, q) -> k == 1 ? "s" + i : "s" + i + "_" + q,
                        (j, q) -> k == 1 ? "b" + j : "b" + j + "_" + q)
                .claim(ClaimKind.OBJECTIVE_AT_MOST, r)
                .claim(ClaimKind.RATIO_AT_MOST, r.add(EPS)).build();
    }

    /** One checked certificate of the directory: its k, n, support text and exact ratio. */
    record Entry(int k, int n, String support, Rational ratio, String file) {
    }

    static List<Entry> entries(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("k\\d+-n\\d+\\.cert\\.gz")).sorted().toList();
        }
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            CheckOutcome o = Checker.check(f);
            if (!(o instanceof Proved p)) {
                throw new IllegalStateException(f + " does not prove: " + o);
            }
            Certificate c;
            try {
                c = CertificateReader.read(f);
            } catch (CertificateException e) {
                throw new IllegalStateException(f + ": " + e.getMessage());
            }
            Certificate.Lemma lemma = c.lemma().orElseThrow();
            String support = c.meta().stream().filter(m -> m.key().equals("support")).map(Certificate.Meta::text)
                    .findFirst().orElse("");
            if (!support.startsWith("n=")) {
                // a placed support: list the checked LEMMA prices themselves, not the provenance text
                List<String> ps = lemma.prices().stream().map(x -> x.price().toDecimal(6, false)
                        .stripTrailingZeros().toPlainString()).toList();
                support = ps.size() <= 8 ? "placed: " + String.join(", ", ps) + " (6 decimals)"
                        : "placed: 0, " + (ps.size() - 2) + " points in [" + ps.get(1) + ", " + ps.get(ps.size() - 2)
                        + "], " + ps.get(ps.size() - 1);
            }
            out.add(new Entry(lemma.units(), lemma.prices().size(), support, p.value(Quantity.RATIO).orElseThrow(),
                    f.toString().replace('\\', '/')));
        }
        return out;
    }

    static void table(Path dir, Path doc) throws IOException {
        Map<Integer, List<Entry>> byK = new TreeMap<>();
        for (Entry e : entries(dir)) {
            byK.computeIfAbsent(e.k(), x -> new ArrayList<>()).add(e);
        }
        StringBuilder sb = new StringBuilder(BEGIN).append("\n");
        sb.append("Every value below is the exact sup_p SW(I, p)/OPT(I) of the Lemma 3.3 (k = 1) / Lemma 6.1 instance"
                + " of a stored certificate in `").append(dir.toString().replace('\\', '/'))
                .append("/`, computed by the checker when this table was generated (rounded up to 10 digits).\n");
        for (var g : byK.entrySet()) {
            sb.append("\n| k = ").append(g.getKey()).append(" | n | support p_i = (i + alpha)/beta, p_n = last"
                    + " (uniform), or placed | certified sup_p SW/OPT (least in bold) | certificate |\n"
                    + "|---|---|---|---|---|\n");
            List<Entry> rows = new ArrayList<>(g.getValue());
            rows.sort((a, b) -> a.n() != b.n() ? Integer.compare(a.n(), b.n()) : a.ratio().compareTo(b.ratio()));
            Entry least = rows.stream().min((a, b) -> a.ratio().compareTo(b.ratio())).orElseThrow();
            for (Entry e : rows) {
                sb.append("| | ").append(e.n()).append(" | ").append(e.support()).append(" | ")
                        .append(e == least ? "**" : "").append(e.ratio().toDecimal(10, true).toPlainString())
                        .append(e == least ? "**" : "").append(" | `").append(e.file()).append("` |\n");
            }
        }
        sb.append(END);
        String text = Files.exists(doc) ? Files.readString(doc) : "";
        int b = text.indexOf(BEGIN.substring(0, 32));
        int e = text.indexOf(END);
        String updated = b >= 0 && e > b ? text.substring(0, b) + sb + text.substring(e + END.length())
                : text + (text.endsWith("\n") ? "" : "\n") + "\n" + sb + "\n";
        AtomicFiles.writeString(doc, updated);
        System.out.println("wrote the hardness-supports table of " + doc + " (" + byK.values().stream()
                .mapToInt(List::size).sum() + " certificates)");
    }
}
