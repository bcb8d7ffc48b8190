package tradebounds.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.WelfareEvaluator;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.witness.WitnessSearch;
import tradebounds.family.fixedprice.witness.WitnessSearchResult;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;

/**
 * {@code scripts/bench}: wall time and memory of the operations a user waits for, written as a Markdown table to
 * {@code target/bench.md} and stdout. Benchmarks, not tests: nothing here asserts a time. Arguments: repeats
 * (default 3), optionally robust grid sizes such as {@code 25,50,100,200}, and the word {@code table1} for one
 * witness regeneration per row of Table 1 (seed 003).
 */
public final class Bench {
    private Bench() {
    }

    public static void run(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("ksfair")) {
            ksfair(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String[]> rows = new ArrayList<>();
        rows.add(checkAll(repeats));
        rows.add(evalLarge(100_000, repeats));
        rows.add(witness());
        if (java.util.Arrays.asList(args).contains("table1")) {
            rows.addAll(table1());
        }
        StringBuilder sb = new StringBuilder("| operation | median seconds | runs | peak heap MiB | result |\n"
                + "|---|---|---|---|---|\n");
        for (String[] r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (args.length > 1 && args[1].matches("[0-9,]+")) {
            int[] sizes = java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
            sb.append("\nRobust grid LPs (seed 004), pessimistic grid of U[0,1] vs U[0,1/2]:\n\n")
                    .append(tradebounds.family.robust.RobustBench.markdown(tradebounds.family.robust.RobustBench.rows(sizes)));
        }
        if (java.util.Arrays.asList(args).contains("covers")) {
            sb.append("\nP_REG interval work (seed 000): Table 1 cells, then the stored covers:\n\n")
                    .append(tradebounds.family.ksfair.preg.PregBench.markdown());
        }
        sb.append("\nmachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append('\n');
        Path out = Path.of("target/bench.md");
        tradebounds.model.AtomicFiles.writeString(out, sb.toString());
        System.out.print(sb);
    }

    /**
     * {@code ksfair [--json] [--sizes 20,50,100,200] [--global-up-to 20] [--cap S] [--slow-cap S] [--certify-cap S]
     * [--solvers LIST]}: the KS-fair LPs per adapter ({@link tradebounds.family.ksfair.KsFairBench}); Markdown on stdout (JSON
     * with --json), also written to target/bench-ksfair.md or .json, progress on stderr.
     */
    private static void ksfair(String[] args) throws IOException {
        tradebounds.family.ksfair.KsFairBench.Settings d = tradebounds.family.ksfair.KsFairBench.Settings.defaults();
        int[] sizes = d.sizes();
        int globalUpTo = d.globalUpTo();
        Duration cap = d.cap();
        Duration slow = d.slowCap();
        Duration certify = d.certifyCap();
        List<String> solvers = d.adapters();
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                json = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException("bench ksfair: " + a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--sizes" -> sizes = java.util.Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--global-up-to" -> globalUpTo = Integer.parseInt(v);
                case "--cap" -> cap = Duration.ofSeconds(Long.parseLong(v));
                case "--slow-cap" -> slow = Duration.ofSeconds(Long.parseLong(v));
                case "--certify-cap" -> certify = Duration.ofSeconds(Long.parseLong(v));
                case "--solvers" -> solvers = List.of(v.split(","));
                default -> {
                    throw new UsageException("bench ksfair: unknown option " + a);
                }
            }
        }
        long t0 = System.nanoTime();
        List<tradebounds.family.ksfair.KsFairBench.Row> rows = tradebounds.family.ksfair.KsFairBench.run(
                new tradebounds.family.ksfair.KsFairBench.Settings(sizes, globalUpTo, cap, slow, certify, solvers),
                line -> System.err.println("bench ksfair: " + line));
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + String.format(", %.0f s in all", (System.nanoTime() - t0) / 1e9);
        String text;
        if (json) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("machine", machine);
            m.put("rows", rows.stream().map(tradebounds.family.ksfair.KsFairBench.Row::toMap).toList());
            text = JsonOut.write(m);
        } else {
            text = tradebounds.family.ksfair.KsFairBench.markdown(rows) + "\nmachine: " + machine + "\n";
        }
        tradebounds.model.AtomicFiles.writeString(Path.of(json ? "target/bench-ksfair.json" : "target/bench-ksfair.md"),
                text);
        System.out.print(text);
    }

    private static String[] checkAll(int repeats) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("certificates"))) {
            files = s.filter(p -> p.toString().endsWith(".cert")).sorted().toList();
        }
        double[] t = new double[repeats];
        int proved = 0;
        for (int k = 0; k < repeats; k++) {
            long t0 = System.nanoTime();
            proved = 0;
            for (Path f : files) {
                CheckOutcome o = Checker.check(f);
                proved += o instanceof Proved ? 1 : 0;
            }
            t[k] = (System.nanoTime() - t0) / 1e9;
        }
        return new String[] {"check every certificate (" + files.size() + " files)", median(t), "" + repeats, heap(),
            proved + "/" + files.size() + " proved"};
    }

    private static String[] evalLarge(int atoms, int repeats) {
        SplittableRandom rnd = new SplittableRandom(7);
        FixedPriceInstance inst = new FixedPriceInstance(1, random(rnd, atoms), random(rnd, atoms));
        double[] t = new double[repeats];
        String result = "";
        for (int k = 0; k < repeats; k++) {
            long t0 = System.nanoTime();
            WelfareEvaluator ev = new WelfareEvaluator(inst);
            Rational opt = ev.opt();
            WelfareEvaluator.BestPrice best = ev.bestPrice();
            t[k] = (System.nanoTime() - t0) / 1e9;
            result = "ratio " + best.welfare().divide(opt).toDisplay();
        }
        return new String[] {"eval " + atoms + " + " + atoms + " atoms (OPT and best price, exact)", median(t),
            "" + repeats, heap(), result};
    }

    /** Masses k/atoms (exact, summing to one), values with 6 decimals in [0, 10). */
    private static Distribution random(SplittableRandom rnd, int atoms) {
        List<Atom> list = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            list.add(Atom.single(Rational.of(rnd.nextInt(10_000_000), 1_000_000), Rational.of(1, atoms)));
        }
        return new Distribution(list);
    }

    private static String[] witness() {
        long t0 = System.nanoTime();
        WitnessSearchResult r = WitnessSearch.forProgram42(PriceList.prop42(), 1, Duration.ofSeconds(120), 1,
                AdapterRegistry.get("glop"), m -> { });
        double s = (System.nanoTime() - t0) / 1e9;
        return new String[] {"witness search for (4.2), Prop 4.2 prices, first start", String.format("%.2f", s), "1",
            heap(), r.ratio().map(x -> "exact r " + x.toDecimal(9, true)).orElse("none") + ", " + r.lpCount() + " LPs"};
    }

    /** Table 1 of seed 003: one first-start witness per k on the paper's supports, strict reading of (6.1). */
    private static List<String[]> table1() {
        String[][] rows = {{"2", "30", "5", "98", "2500"}, {"3", "17", "5", "100", "1000"}, {"4", "11", "7", "98.5", "1000"},
            {"5", "8", "4", "82.5", "1000"}, {"6", "8", "4", "95", "1000"}, {"7", "8", "3.5", "95", "1000"},
            {"8", "6", "2.85", "96", "1000"}};
        List<String[]> out = new ArrayList<>();
        for (String[] r : rows) {
            int k = Integer.parseInt(r[0]);
            List<Rational> prices = PriceList.generic(Integer.parseInt(r[1]), Rational.parse(r[2]), Rational.parse(r[3]),
                    Rational.parse(r[4]));
            long t0 = System.nanoTime();
            WitnessSearchResult w = tradebounds.family.fixedprice.witness.MultiUnitWitnessSearch.search("qcp61-strict", prices, k,
                    1, Duration.ofSeconds(300), 1, AdapterRegistry.get("glop"), m -> { });
            double s = (System.nanoTime() - t0) / 1e9;
            out.add(new String[] {"Table 1 witness k=" + k + " (qcp61-strict, first start)", String.format("%.2f", s),
                "1", heap(), w.ratio().map(x -> "exact r " + x.toDecimal(9, true)).orElse("none") + ", " + w.lpCount()
                    + " LPs"});
        }
        return out;
    }

    private static String median(double[] t) {
        double[] c = t.clone();
        java.util.Arrays.sort(c);
        return String.format("%.3f", c[c.length / 2]);
    }

    private static String heap() {
        Runtime rt = Runtime.getRuntime();
        return String.format("%.0f", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }
}
