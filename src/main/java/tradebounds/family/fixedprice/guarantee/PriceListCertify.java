package tradebounds.family.fixedprice.guarantee;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.engine.bnb.BranchAndBound;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.fixedprice.witness.GuaranteePointRepair;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Certifies the lists {@link PriceListSearch} finds: r_1 of (4.1) bracketed by a checked feasible point (the
 * estimator's best, repaired exactly: the upper end) and guarantee trees at r on a grid of 1/1000, bisected
 * (the lower end: the largest grid r whose tree the checker replays as PROVED within the per-run budget). A prover
 * run that stops at a box no multiplier closes hands the box's point back to the search as a hard buyer, and the
 * upper end is re-estimated from it. Writes, per n, the witness and (when small) the tree into the repository, a
 * registry row, and the generated table {@code docs/pricelists.md}.
 */
final class PriceListCertify {
    /** The printed lists to compare with: Prop 4.1's 32 prices (r_1 certified in [0.715, 0.730206] by this tool). */
    static final String PRINTED = "Prop 4.1: 32 prices, published r_1 >= 0.7292 (Gurobi); certified here in "
            + "[0.715, 0.730206]. Cai and Wu's 16-price list (0.72) is not printed.";

    /** One certified list. */
    record Result(int n, String prices, double estimate, Rational lower, Rational upper, long treeNodes,
                  double proveSeconds, int proveRuns, String treeFile, String upperFile, String log) {
    }

    private final Path root;
    private final Path work;
    private final Consumer<String> progress;
    private final long nodeBudget;
    private final double secondsBudget;

    PriceListCertify(Path root, Path work, long nodeBudget, double secondsBudget, Consumer<String> progress) {
        this.root = root;
        this.work = work;
        this.nodeBudget = nodeBudget;
        this.secondsBudget = secondsBudget;
        this.progress = progress;
    }

    static void runAll(int nmin, int nmax, int step, double searchSeconds, Path work) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Files.createDirectories(work);
        Consumer<String> log = m -> {
            System.err.println(m);
        };
        PriceListSearch search = new PriceListSearch(1, 12, log);
        PriceListCertify cert = new PriceListCertify(root, work, 60_000, 90, log);
        List<Result> results = new ArrayList<>();
        double[] previous = null;
        for (int n = nmin; n <= nmax; n += step) {
            long t0 = System.nanoTime();
            List<double[]> extra = new ArrayList<>();
            if (previous != null) {
                double[] p = previous;
                while (p != null && p.length < n) {
                    p = PriceListSearch.grow(p);
                }
                if (p != null) {
                    extra.add(p);
                }
            }
            PriceListSearch.Scored best = search.search(n, extra, searchSeconds * n / 8.0);
            double searchSecs = (System.nanoTime() - t0) / 1e9;
            log.accept(String.format("n=%d: search %.0f s, %d evaluations, estimate %.5f on %s", n, searchSecs,
                    search.evaluations(), best.value(), PriceListSearch.describe(best.p())));
            Result r = cert.certify(search, best.p());
            results.add(r);
            previous = best.p();
            cert.writeTable(results);
        }
        search.close();
    }

    /** Brackets r_1 of the list p; see the class comment. */
    Result certify(PriceListSearch search, double[] pd) throws IOException {
        int n = pd.length;
        String text = PriceListSearch.describe(pd);
        List<Rational> prices = ProgramCatalog.prices(text);
        String tag = String.format("n%02d", n);
        StringBuilder log = new StringBuilder();
        PriceListSearch.Scored sc = search.thorough(pd, 300);
        Path upperFile = root.resolve("certificates/fixedprice/pricelists/" + tag + "-upper.cert");
        Rational upper = witness(prices, sc.point(), upperFile);
        double estimate = sc.value();
        int lo = -1;
        int hi = (int) Math.floor((upper == null ? estimate : upper.toDouble()) * 1000);
        if (upper != null && Rational.of(hi).divide(Rational.of(1000)).compareTo(upper) >= 0) {
            hi--;
        }
        // hi: the largest grid r not yet known to fail; lo: the largest proved.
        Path best = null;
        long bestNodes = 0;
        double seconds = 0;
        int runs = 0;
        int tryAt = hi - 3;
        int down = 5;
        while (lo < 0 && tryAt > 300) {
            Attempt a = prove(prices, tryAt, tag);
            runs++;
            seconds += a.seconds;
            log.append(a.describe()).append("; ");
            if (a.proved) {
                lo = tryAt;
                best = a.file;
                bestNodes = a.nodes;
            } else {
                hi = tryAt - 1;
                if (a.stopY != null) {
                    upper = reestimate(search, pd, a.stopY, prices, upperFile, upper);
                    if (upper != null) {
                        hi = Math.min(hi, (int) Math.floor(upper.toDouble() * 1000) - 1);
                    }
                }
                tryAt = Math.min(tryAt - down, hi - 3);
                down *= 2;
            }
        }
        while (lo >= 0 && hi > lo) {
            int mid = (lo + hi + 1) / 2;
            Attempt a = prove(prices, mid, tag);
            runs++;
            seconds += a.seconds;
            log.append(a.describe()).append("; ");
            if (a.proved) {
                lo = mid;
                if (best != null) {
                    Files.deleteIfExists(best);
                }
                best = a.file;
                bestNodes = a.nodes;
            } else {
                hi = mid - 1;
                if (a.stopY != null) {
                    upper = reestimate(search, pd, a.stopY, prices, upperFile, upper);
                    if (upper != null) {
                        hi = Math.min(hi, (int) Math.floor(upper.toDouble() * 1000) - 1);
                    }
                }
            }
        }
        Rational lower = lo < 0 ? null : Rational.of(lo).divide(Rational.of(1000));
        String treeFile = null;
        if (best != null && Files.size(best) < 400_000) {
            Path stored = root.resolve("certificates/fixedprice/guarantee/pricelist-" + tag + "-r"
                    + lower.toDecimal(3, false).toPlainString() + ".cert.gz");
            Files.createDirectories(stored.getParent());
            Files.copy(best, stored, StandardCopyOption.REPLACE_EXISTING);
            treeFile = root.relativize(stored).toString();
        }
        Result r = new Result(n, text, estimate, lower, upper, bestNodes, seconds, runs, treeFile,
                upper == null ? null : root.relativize(upperFile).toString(), log.toString());
        progress.accept(String.format("n=%d certified r_1 in [%s, %s] (%d prove runs, %.0f s): %s", n,
                lower == null ? "?" : lower.toDecimal(3, false).toPlainString(),
                upper == null ? "?" : upper.toDecimal(6, true).toPlainString(), runs, seconds, log));
        return r;
    }

    /** A prover run at r = k/1000 and what it left. */
    private record Attempt(int k, boolean proved, String status, long nodes, double seconds, Path file,
                           double[] stopY) {
        String describe() {
            return String.format("r=0.%03d %s %d boxes %.1f s", k, proved ? "PROVED" : status, nodes, seconds);
        }
    }

    private Attempt prove(List<Rational> prices, int k, String tag) throws IOException {
        Rational r = Rational.of(k).divide(Rational.of(1000));
        Path file = work.resolve(tag + "-r" + k + ".cert.gz");
        GuaranteeProver prover = new GuaranteeProver(prices, r);
        BranchAndBound.Options options = new BranchAndBound.Options(nodeBudget,
                Duration.ofMillis((long) (secondsBudget * 1000)), 1, BranchAndBound.Order.DEPTH_FIRST, null);
        GuaranteeProver.Outcome o = prover.run(options, null, file, null);
        BranchAndBound.Result res = o.result();
        boolean proved = false;
        if (res.status() == BranchAndBound.Status.CLOSED) {
            CheckOutcome c = Checker.check(file);
            proved = Checker.exitCode(c) == 0;
        }
        double[] stopY = res.status() == BranchAndBound.Status.STOPPED ? parseY(res.stopReason()) : null;
        if (!proved) {
            Files.deleteIfExists(file);
        }
        progress.accept(String.format("  prove %s r=%s: %s, %d boxes, %.1f s", tag, r, proved ? "PROVED"
                : res.status(), res.counts().nodes(), res.seconds()));
        return new Attempt(k, proved, res.status().toString(), res.counts().nodes(), res.seconds(),
                proved ? file : null, stopY);
    }

    /** The point "y = [..]" of the prover's stop message (a box it could not close), or null. */
    static double[] parseY(String reason) {
        if (reason == null) {
            return null;
        }
        int a = reason.indexOf("y = [");
        int b = reason.indexOf(']', a);
        if (a < 0 || b < 0) {
            return null;
        }
        String[] f = reason.substring(a + 5, b).split(",");
        double[] y = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            y[i] = Double.parseDouble(f[i].trim());
        }
        return y;
    }

    /** The buyer of the stop point joins the pool; a better feasible point replaces the witness. */
    private Rational reestimate(PriceListSearch search, double[] pd, double[] y, List<Rational> prices,
                                Path upperFile, Rational upper) throws IOException {
        double[] b = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            b[j] = Math.max(0, y[j] - (j + 1 < y.length ? y[j + 1] : 0));
        }
        search.addToPool(pd, b);
        PriceListSearch.Scored sc = search.thorough(pd, 30);
        if (upper == null || sc.value() < upper.toDouble()) {
            Path tmp = work.resolve("candidate-upper.cert");
            Rational w = witness(prices, sc.point(), tmp);
            if (w != null && (upper == null || w.compareTo(upper) < 0)) {
                Files.copy(tmp, upperFile, StandardCopyOption.REPLACE_EXISTING);
                progress.accept("  upper end lowered to " + w.toDecimal(6, true).toPlainString());
                return w;
            }
        }
        return upper;
    }

    /** Repairs the point exactly, writes a qcp-witness certificate and returns its r if the checker accepts it. */
    private Rational witness(List<Rational> prices, RatioEstimator.Point pt, Path out) throws IOException {
        if (pt == null) {
            return null;
        }
        int n = prices.size();
        Model model = ProgramCatalog.build("qcp41", prices);
        double[] x = new double[2 * n + 1];
        System.arraycopy(pt.s(), 0, x, 0, n);
        System.arraycopy(pt.b(), 0, x, n, n);
        x[2 * n] = pt.r();
        Optional<Rational[]> point = GuaranteePointRepair.repair41(model, x, prices);
        if (point.isEmpty()) {
            progress.accept("  witness: repair failed");
            return null;
        }
        Rational r = point.get()[2 * n];
        Files.createDirectories(out.getParent());
        CertificateWriter.write(CertificateBuilder.of(CertificateType.QCP_WITNESS)
                .meta("claim", "gdk-pricelist-" + String.format("n%02d", n))
                .meta("method", "alternating LPs on (4.1) from pooled buyers, repaired exactly").program(model)
                .solution(point.get()).claim(ClaimKind.OBJECTIVE_AT_MOST, r).build(), out);
        CheckOutcome c = Checker.check(out);
        if (Checker.exitCode(c) != 0) {
            progress.accept("  witness rejected: " + c);
            return null;
        }
        return r;
    }

    /** The generated table, rewritten after every n (temp file, then rename). */
    void writeTable(List<Result> results) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Price lists for (4.1) by certified threshold\n\n");
        sb.append("Generated by `tradebounds dev fixedprice-pricelists run` (PriceListCertify), ")
                .append(LocalDate.now(ZoneOffset.UTC)).append(", single thread. For each n: the list the search ")
                .append("found (pattern search on log-prices, objective the floating estimate of r_1, an upper ")
                .append("bound), then r_1 bracketed exactly: lower = the largest r on the 1/1000 grid whose ")
                .append("guarantee tree the checker replays as PROVED (per run at most ").append(nodeBudget)
                .append(" boxes, ").append((long) secondsBudget).append(" s), upper = a checked feasible point of ")
                .append("(4.1) (qcp-witness). A list is a guarantee of mechanism M of Def. 4.1 only through Cai ")
                .append("and Wu's Lemma 3.2, which the tool quotes, not checks.\n\n");
        sb.append("| n | prices | estimate | certified r_1 in | tree boxes | prove runs | prove s | tree |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            sb.append(String.format("| %d | %s | %.5f | [%s, %s] | %d | %d | %.0f | %s |%n", r.n(),
                    r.prices().replace(",", ", "), r.estimate(),
                    r.lower() == null ? "?" : r.lower().toDecimal(3, false).toPlainString(),
                    r.upper() == null ? "?" : r.upper().toDecimal(6, true).toPlainString(), r.treeNodes(),
                    r.proveRuns(), r.proveSeconds(), r.treeFile() == null ? "not stored"
                            : "`" + Path.of(r.treeFile()).getFileName() + "`"));
        }
        sb.append("\nFor comparison: ").append(PRINTED).append("\n\nProver runs per n (r, outcome, boxes, s):\n\n");
        for (Result r : results) {
            sb.append("* n = ").append(r.n()).append(": ").append(r.log()).append('\n');
        }
        write(root.resolve("docs/pricelists.md"), sb.toString());
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            json.append(String.format("  {\"n\": %d, \"prices\": \"%s\", \"lower\": \"%s\", \"upper\": \"%s\", "
                            + "\"tree\": %s, \"upperFile\": %s, \"treeNodes\": %d}%s%n", r.n(), r.prices(),
                    r.lower() == null ? "" : r.lower(), r.upper() == null ? "" : r.upper(),
                    r.treeFile() == null ? "null" : "\"" + r.treeFile() + "\"",
                    r.upperFile() == null ? "null" : "\"" + r.upperFile() + "\"", r.treeNodes(),
                    i + 1 < results.size() ? "," : ""));
        }
        write(work.resolve("results.json"), json.append("]\n").toString());
    }

    private static void write(Path out, String text) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".pricelists-", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
