package tradebounds.family.ksfair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tradebounds.check.PointCheck;
import tradebounds.claims.DevTool;
import tradebounds.claims.DevToolExit;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.family.ksfair.program.MechanismSpace;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;

/**
 * Per-adapter sizes and times of the KS-fair LPs as the discretization grows ({@code scripts/bench ksfair}).
 * Benchmarks, not tests: nothing here asserts a time.
 *
 * <p>Instance: n buyer values (2k+1)/(2n) and n seller values k/(2n), k &lt; n, each with probability 1/n: U[0,1]
 * against U[0,1/2], asymmetric so that KS-fairness binds (with both laws U[0,1] the OPT_SB mechanism is already
 * KS-fair and the two programs have one optimum). Programs: OPT_SB and the
 * GFT-optimal KS-fair LP, with Pi*, U* from the offer mechanisms (exact). BIC rows: ADJACENT for every n (same
 * polytope, {@link MechanismSpace.Ic}); GLOBAL, the paper's all-pairs form, only up to a size where its 8 n^3
 * nonzeros still fit.
 *
 * <p>Every solve runs in its own JVM: a wall-clock cap that cannot be overrun (the child is killed; ojAlgo and
 * Commons Math do not always stop on time, and Commons Math's dense tableau can exhaust the heap), and the child's
 * peak resident memory (VmHWM: JVM, model and native solver together) as the memory figure. The reference for
 * "agrees" is the exact optimum certified from GLOP's candidate (crossover, safe dual bound, replay by the checker),
 * or GLOP's own objective when certification did not finish and GLOP itself reached OPTIMAL; otherwise "-".
 */
public final class KsFairBench {
    /** Agreement tolerance on the objective, relative to max(1, |reference|). */
    public static final double AGREE = 1e-6;
    /** Commons Math writes each upper bound as a dense row: skip models whose dense constraint matrix exceeds this. */
    static final long DENSE_BYTES = 1L << 30;
    private static final String MARK = "BENCH\t";

    private KsFairBench() {
    }

    /**
     * One measured run.
     *
     * @param adapter    adapter id, or "exact" for the certification of GLOP's candidate
     * @param status     termination (OPTIMAL, LIMIT/TIME, ...), PROVED/REJECTED for "exact", TIMEOUT when killed,
     *                   SKIPPED with the reason in {@code note}
     * @param objective  the adapter's objective (for "exact": the certified value or bracket)
     * @param seconds    the adapter's own solve time (for "exact": solve + crossover + check)
     * @param violation  exact maximum bound or row violation of the returned point (each double read exactly)
     * @param agrees     "yes"/"no" against the reference, "-" when there is nothing to compare
     * @param peakMiB    the child JVM's peak resident set, MiB
     */
    public record Row(String program, String ic, int n, int rows, int columns, long nonzeros, String adapter,
                      String status, String objective, double seconds, String violation, String agrees,
                      String peakMiB, String note) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("program", program);
            m.put("bicRows", ic);
            m.put("n", n);
            m.put("rows", rows);
            m.put("columns", columns);
            m.put("nonzeros", nonzeros);
            m.put("adapter", adapter);
            m.put("status", status);
            m.put("objective", objective);
            m.put("seconds", seconds);
            m.put("maxViolation", violation);
            m.put("agrees", agrees);
            m.put("peakRssMiB", peakMiB);
            m.put("note", note);
            return m;
        }
    }

    /** Settings of one bench run. */
    public record Settings(int[] sizes, int globalUpTo, Duration cap, Duration slowCap, Duration certifyCap,
                           List<String> adapters) {
        public static Settings defaults() {
            return new Settings(new int[] {20, 50, 100, 200}, 20, Duration.ofSeconds(60), Duration.ofSeconds(30),
                    Duration.ofSeconds(300), AdapterRegistry.ids());
        }
    }

    /** The bench instance with n values per side. */
    public static DiscreteTrade uniform(int n) {
        List<Rational> b = new ArrayList<>();
        List<Rational> s = new ArrayList<>();
        List<Rational> p = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            b.add(Rational.of(2L * k + 1, 2L * n));
            s.add(Rational.of(k, 2L * n));
            p.add(Rational.of(1, n));
        }
        return new DiscreteTrade(b, p, s, p);
    }

    static Model build(String program, int n, MechanismSpace.Ic ic) {
        DiscreteTrade t = uniform(n);
        return switch (program) {
            case "ksfair-opt-sb" -> KsFairPrograms.secondBest(t, ic);
            case "ksfair-gft" -> KsFairPrograms.ksFairGft(t, OfferMechanisms.sellerOffer(t).seller(),
                    OfferMechanisms.buyerOffer(t).buyer(), ic);
            default -> throw new IllegalArgumentException("bench program must be ksfair-opt-sb or ksfair-gft, got "
                    + program);
        };
    }

    static long nonzeros(Model m) {
        return m.rows().stream().mapToLong(r -> r.expr().linear().size()).sum();
    }

    /** Bytes of the dense rows Commons Math builds: one per finite upper bound and per row side, n doubles each. */
    static long denseBytes(Model m) {
        long rows = m.variables().stream().filter(v -> v.bound().hi() != null).count();
        for (var r : m.rows()) {
            rows += (r.bound().lo() != null ? 1 : 0) + (r.bound().hi() != null ? 1 : 0);
        }
        return rows * m.variableCount() * 8L;
    }

    /** Runs the whole bench; {@code progress} gets one line per child. */
    public static List<Row> run(Settings s, Consumer<String> progress) {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("tradebounds-ksfair-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> out = new ArrayList<>();
        Map<String, Integer> givenUp = new HashMap<>();
        for (int n : s.sizes()) {
            for (MechanismSpace.Ic ic : MechanismSpace.Ic.values()) {
                if (ic == MechanismSpace.Ic.GLOBAL && n > s.globalUpTo()) {
                    continue;
                }
                for (String program : List.of("ksfair-opt-sb", "ksfair-gft")) {
                    String key = program + "/" + ic;
                    Map<String, String> exact = child(program, n, ic, "exact", s.certifyCap(), tmp, progress);
                    String ref = exact.getOrDefault("ref", "");
                    out.add(row(program, ic, n, "exact", exact, "-", ""));
                    for (String a : s.adapters()) {
                        String giveUpKey = key + "/" + a;
                        Map<String, String> base = Map.of("rows", exact.getOrDefault("rows", "0"), "columns",
                                exact.getOrDefault("columns", "0"), "nonzeros", exact.getOrDefault("nonzeros", "0"));
                        if (givenUp.containsKey(giveUpKey)) {
                            out.add(row(program, ic, n, a, merge(base, "status", "SKIPPED"), "-", "no result at n = "
                                    + givenUp.get(giveUpKey)));
                            continue;
                        }
                        if (a.equals("cmath") && Long.parseLong(exact.getOrDefault("dense", "0")) > DENSE_BYTES) {
                            out.add(row(program, ic, n, a, merge(base, "status", "SKIPPED"), "-", String.format(
                                    "dense rows need %.1f GiB", Long.parseLong(exact.get("dense")) / 1073741824.0)));
                            givenUp.put(giveUpKey, n);
                            continue;
                        }
                        Duration cap = a.equals("ojalgo") || a.equals("cmath") ? s.slowCap() : s.cap();
                        Map<String, String> r = child(program, n, ic, a, cap, tmp, progress);
                        // Fallback reference: only an OPTIMAL GLOP answer; a LIMIT point compares nothing.
                        if (ref.isEmpty() && a.equals("glop") && r.containsKey("objective")
                                && r.getOrDefault("status", "").equals("OPTIMAL")) {
                            ref = r.get("objective");
                        }
                        String agrees = "-";
                        String vs = exact.containsKey("ref") ? "" : " (vs GLOP)";
                        if (!ref.isEmpty() && r.containsKey("objective") && !r.get("objective").isEmpty()) {
                            double x = Double.parseDouble(r.get("objective"));
                            double y = Double.parseDouble(ref);
                            agrees = (Math.abs(x - y) <= AGREE * Math.max(1, Math.abs(y)) ? "yes" : "no") + vs;
                        }
                        String st = r.getOrDefault("status", "");
                        if (!st.startsWith("OPTIMAL")) {
                            givenUp.put(giveUpKey, n);
                        }
                        out.add(row(program, ic, n, a, r, agrees, r.getOrDefault("note", "")));
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> merge(Map<String, String> base, String k, String v) {
        Map<String, String> m = new HashMap<>(base);
        m.put(k, v);
        return m;
    }

    private static Row row(String program, MechanismSpace.Ic ic, int n, String adapter, Map<String, String> r,
                           String agrees, String note) {
        return new Row(program, ic.toString().toLowerCase(), n, Integer.parseInt(r.getOrDefault("rows", "0")),
                Integer.parseInt(r.getOrDefault("columns", "0")), Long.parseLong(r.getOrDefault("nonzeros", "0")),
                adapter, r.getOrDefault("status", "?"), r.getOrDefault("shown", r.getOrDefault("objective", "")),
                Double.parseDouble(r.getOrDefault("seconds", "0")), r.getOrDefault("violation", ""), agrees,
                r.getOrDefault("peak", ""), note.isEmpty() ? r.getOrDefault("note", "") : note);
    }

    /** One child JVM; a killed or crashed child becomes a TIMEOUT or ERROR row, never an exception. */
    private static Map<String, String> child(String program, int n, MechanismSpace.Ic ic, String adapter,
                                             Duration cap, Path tmp, Consumer<String> progress) {
        String tag = program + " " + ic.toString().toLowerCase() + " n=" + n + " " + adapter;
        progress.accept(tag + " ...");
        Path outFile = tmp.resolve("out-" + System.nanoTime() + ".txt");
        Path errFile = tmp.resolve("err-" + System.nanoTime() + ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The child runs through the same entry point as this process ("tradebounds dev ksfair-bench-child").
        String entry = System.getProperty(DevTool.LAUNCHER_PROPERTY);
        if (entry == null) {
            throw new IllegalStateException("run the KS-fair bench through the tradebounds CLI (" + DevTool.LAUNCHER_PROPERTY + " unset)");
        }
        List<String> cmd = List.of(java, "-Xss16m", "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                entry, "dev", "ksfair-bench-child", "--child", program, Integer.toString(n), ic.toString(), adapter,
                Long.toString(cap.toMillis()), tmp.resolve("cert-" + program + "-" + ic + "-" + n).toString());
        Map<String, String> r = new HashMap<>();
        long t0 = System.nanoTime();
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
            // The cap is the solver's; the slack covers JVM start, model building and the exact violation, so an adapter
            // that does not stop on its own is killed soon after its cap.
            long wait = cap.toMillis() + 20_000 + (long) n * n;
            boolean done = p.waitFor(wait, TimeUnit.MILLISECONDS);
            if (!done) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (String line : Files.readAllLines(outFile, StandardCharsets.UTF_8)) {
                if (line.startsWith(MARK)) {
                    for (String kv : line.substring(MARK.length()).split("\t")) {
                        int eq = kv.indexOf('=');
                        r.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                }
            }
            if (!done) {
                r.put("status", "TIMEOUT");
                r.put("note", String.format("killed after %.0f s", (System.nanoTime() - t0) / 1e9));
            } else if (!r.containsKey("status")) {
                List<String> err = Files.readAllLines(errFile, StandardCharsets.UTF_8);
                String last = err.stream().filter(l -> l.contains("Exception") || l.contains("Error")).findFirst()
                        .orElse(err.isEmpty() ? "no output" : err.get(err.size() - 1));
                r.put("status", "ERROR");
                r.put("note", last.length() > 120 ? last.substring(0, 120) : last);
            }
        } catch (IOException e) {
            r.put("status", "ERROR");
            r.put("note", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.put("status", "ERROR");
            r.put("note", "interrupted");
        }
        progress.accept(tag + ": " + r.getOrDefault("status", "?") + " " + r.getOrDefault("seconds", "") + " s");
        return r;
    }

    /**
     * Child entry ({@code tradebounds dev ksfair-bench-child --child PROGRAM N IC ADAPTER CAP_MILLIS CERT_DIR});
     * prints one BENCH line.
     */
    public static void runChild(String[] args) {
        if (args.length != 7 || !args[0].equals("--child")) {
            System.err.println("usage: KsFairBench --child PROGRAM N GLOBAL|ADJACENT ADAPTER|exact CAP_MILLIS DIR");
            throw new DevToolExit(2);
        }
        String program = args[1];
        int n = Integer.parseInt(args[2]);
        MechanismSpace.Ic ic = MechanismSpace.Ic.valueOf(args[3]);
        String adapter = args[4];
        Duration cap = Duration.ofMillis(Long.parseLong(args[5]));
        Map<String, String> r = new LinkedHashMap<>();
        Model m = build(program, n, ic);
        r.put("rows", Integer.toString(m.rows().size()));
        r.put("columns", Integer.toString(m.variableCount()));
        r.put("nonzeros", Long.toString(nonzeros(m)));
        r.put("dense", Long.toString(denseBytes(m)));
        // Sizes first, so a child killed mid-solve still reports them.
        StringBuilder head = new StringBuilder(MARK);
        r.forEach((k, v) -> head.append(k).append('=').append(v).append('\t'));
        System.out.println(head.toString().strip());
        System.out.flush();
        if (adapter.equals("exact")) {
            long t0 = System.nanoTime();
            CertifiedValue v = GridCertifier.certify(m, KsFairCertifier.SOLVER, Path.of(args[6], "exact.cert"));
            double total = (System.nanoTime() - t0) / 1e9;
            r.put("status", v.proved() ? (v.exact() ? "PROVED exact" : "PROVED bracket") : "NOT PROVED ("
                    + (v.outcome() instanceof tradebounds.check.Unchecked u ? "unchecked: " + u.cause() : "rejected")
                    + ")");
            r.put("seconds", String.format("%.2f", total));
            if (v.exact()) {
                r.put("ref", Double.toString(v.value().get().toDouble()));
                r.put("shown", v.value().get().toDisplay() + (v.value().get().toString().length() < 24
                        ? " = " + v.value().get() : ""));
            } else {
                r.put("shown", "[" + v.lower().map(Rational::toDisplay).orElse("-") + ", "
                        + v.upper().map(Rational::toDisplay).orElse("-") + "]");
            }
            r.put("note", String.format("GLOP %.2f s, check %.2f s, crossover and dual bound %.2f s",
                    v.solveTime().toNanos() / 1e9, v.checkTime().toNanos() / 1e9,
                    total - (v.solveTime().plus(v.checkTime())).toNanos() / 1e9));
        } else {
            SolveResult s = AdapterRegistry.get(adapter).solve(m, SolveOptions.defaults().withTimeLimit(cap));
            r.put("status", s.termination() + s.limit().map(l -> "/" + l).orElse(""));
            r.put("seconds", String.format("%.2f", s.elapsed().toNanos() / 1e9));
            s.objective().ifPresent(o -> r.put("objective", Double.toString(o)));
            s.objective().ifPresent(o -> r.put("shown", String.format("%.9f", o)));
            s.point().ifPresent(x -> {
                PointCheck.Violation v = PointCheck.maxViolation(m, x);
                r.put("violation", v.feasible() ? "0" : String.format("%.2e", v.amount().toDouble()));
            });
        }
        r.put("peak", peakRssMiB());
        StringBuilder sb = new StringBuilder(MARK);
        r.forEach((k, v) -> sb.append(k).append('=').append(v.replace('\t', ' ').replace('\n', ' ')).append('\t'));
        System.out.println(sb.toString().strip());
        System.out.flush();
        // OR-Tools' native threads can keep the JVM alive; the answer is out.
        throw new DevToolExit(0);
    }

    /** VmHWM from /proc (Linux); the JVM heap's committed size elsewhere. */
    private static String peakRssMiB() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.toString(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return Long.toString(Runtime.getRuntime().totalMemory() / 1048576) + " (heap)";
    }

    /** The table, one line per run. */
    public static String markdown(List<Row> rows) {
        StringBuilder s = new StringBuilder("| program | BIC rows | n per side | rows | columns | nonzeros | adapter | "
                + "status | objective | seconds | max violation | agrees | peak RSS MiB | note |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append(String.format("| %s | %s | %d | %d | %d | %d | %s | %s | %s | %.2f | %s | %s | %s | %s |%n",
                    r.program(), r.ic(), r.n(), r.rows(), r.columns(), r.nonzeros(), r.adapter(), r.status(),
                    r.objective(), r.seconds(), r.violation(), r.agrees(), r.peakMiB(), r.note()));
        }
        return s.toString();
    }
}
