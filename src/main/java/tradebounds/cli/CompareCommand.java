package tradebounds.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebounds.claims.Family;
import tradebounds.compare.Assessment;
import tradebounds.compare.Suite;
import tradebounds.compare.SuiteProgram;
import tradebounds.compare.SuiteReport;
import tradebounds.compare.SuiteRun;
import tradebounds.model.AtomicFiles;
import tradebounds.model.Model;
import tradebounds.solve.AdapterFailure;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.SolverAdapter;
import tradebounds.solve.Termination;

/** {@code tradebounds compare}: one program through every adapter that accepts it, measured exactly. */
final class CompareCommand implements Main.Command {
    @Override
    public String summary() {
        return "run one program through every accepting adapter; exact violation and safe dual bound per solver";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds compare [--solvers a,b,...] [--time-limit S] [--json] PROGRAM
                       tradebounds compare --suite NAME [--out FILE.md] [--solvers a,b,...] [--time-limit S]
                                           [--repeats N] [--json]
                  --suite NAME      a named suite instead of one program: quick or default. Every LP family's
                                    programs at a few sizes plus the (4.1)/(4.2) QCP witness programs, through every
                                    accepting adapter, one solve at a time; one table with the median time, the
                                    ratio to the fastest, the exact violation and the safe dual bound. quick: the
                                    smallest sizes, one solve each, limit 2 s; default: the published comparison,
                                    median of 3, limit 10 s (a few minutes)
                  --out FILE.md     with --suite: also write the Markdown page (docs/solver-comparison.md is
                                    'compare --suite default --out docs/solver-comparison.md')
                  --repeats N       with --suite: solves per row, the median is reported
                PROGRAM:
                """ + ProgramOption.HELP + """
                  --solvers LIST    adapters to try (default: all that accept the program)
                  --time-limit S    per-solver wall-clock limit in seconds (default 30)

                Columns: termination, objective, time, the maximum constraint violation measured exactly on the
                returned point, the safe objective bound implied by the returned duals (computed exactly,
                Neumaier-Shcherbina) and whether it meets the objective. A solver whose duals are wrong shows a
                bound that does not meet its own objective.
                Example: tradebounds compare --program qcp41-rlt --prices prop41
                         tradebounds compare --program robust-c-minmax --pair U01-U0half --cells 50
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("compare", argv, 1, Set.of("json", "no-presolve"),
                union(ProgramOption.KEYS, "solvers", "time-limit", "suite", "out", "repeats"));
        if (a.get("suite", null) != null) {
            return suite(a, argv, out, err);
        }
        for (String k : new String[] {"out", "repeats"}) {
            if (a.get(k, null) != null) {
                throw new UsageException("compare: --" + k + " applies to --suite only");
            }
        }
        Model model = ProgramOption.resolve(a, "compare");
        List<SolverAdapter> adapters = adapters(a);
        SolveOptions options = SolveOptions.defaults()
                .withTimeLimit(Duration.ofMillis((long) (a.seconds("time-limit", 30) * 1000)))
                .withPresolve(!a.flag("no-presolve"));
        List<Assessment> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SolverAdapter ad : adapters) {
            if (!ad.capabilities().accepts(model)) {
                skipped.add(ad.id() + " (does not accept " + model.features() + ")");
                continue;
            }
            err.printf("compare: %s on %s (%d variables, %d rows) ...%n", ad.id(), model.name(), model.variableCount(),
                    model.rows().size());
            try {
                SolveResult r = ad.solve(model, options);
                rows.add(Assessment.of(model, r));
                err.printf("compare: %s %s in %.2f s%n", ad.id(), r.termination(), r.elapsed().toMillis() / 1000.0);
            } catch (AdapterFailure e) {
                skipped.add(ad.id() + " (failed: " + e.getMessage() + ")");
            }
        }
        String agreement = agreement(rows);
        if (a.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("program", model.name());
            m.put("provenance", model.provenance());
            m.put("results", rows.stream().map(Assessment::toMap).toList());
            m.put("skipped", skipped);
            m.put("agreement", agreement);
            out.print(JsonOut.write(m));
        } else {
            out.printf("%s: %d variables, %d rows, features %s%n", model.name(), model.variableCount(), model.rows().size(),
                    model.features());
            out.print(table(rows));
            for (String s : skipped) {
                out.println("skipped: " + s);
            }
            out.println(agreement);
        }
        return Main.OK;
    }

    /** {@code --suite NAME}: the programs every family contributes to the suite, through every accepting adapter. */
    private int suite(Args a, String[] argv, PrintStream out, PrintStream err) {
        Suite suite;
        try {
            suite = Suite.named(a.get("suite", null));
        } catch (IllegalArgumentException e) {
            throw new UsageException("compare: --suite: " + e.getMessage());
        }
        for (String k : ProgramOption.KEYS) {
            if (a.get(k, null) != null) {
                throw new UsageException("compare: --" + k + " does not apply to --suite (the suite names its programs)");
            }
        }
        if (!a.positionals().isEmpty() || a.flag("no-presolve")) {
            throw new UsageException("compare: --suite takes no program and no --no-presolve");
        }
        if (a.get("time-limit", null) != null) {
            suite = suite.withTimeLimit(Duration.ofMillis((long) (a.seconds("time-limit", 10) * 1000)));
        }
        if (a.get("repeats", null) != null) {
            long r = a.integer("repeats", 1);
            if (r < 1 || r > 99) {
                throw new UsageException("compare: --repeats must be in 1..99, got " + r);
            }
            suite = suite.withRepeats((int) r);
        }
        List<SolverAdapter> adapters = adapters(a);
        List<SuiteProgram> programs = new ArrayList<>();
        for (Family f : Family.all()) {
            programs.addAll(f.comparisonPrograms(suite.name()));
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        SuiteRun.Result result;
        try (ProgressLine progress = ProgressLine.forCommand(err, a.flag("json"));
             var searches = progress.searches()) {
            result = SuiteRun.run(suite, programs, adapters, progress::status, progress::log);
        }
        String command = "tradebounds " + String.join(" ", argv);
        String machine = String.format("Machine: %d cores, Java %s, %s; load average %.1f at the start",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.arch"), load);
        if (a.get("out", null) != null) {
            Path file = Path.of(a.get("out", null));
            try {
                AtomicFiles.writeString(file, SuiteReport.markdown(result, command, machine));
            } catch (IOException e) {
                throw new UsageException("compare: --out: " + file + ": cannot write: " + e.getMessage());
            }
            err.println("compare: wrote " + file);
        }
        if (a.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("suite", suite.name());
            m.put("timeLimitSeconds", suite.timeLimit().toMillis() / 1000.0);
            m.put("repeats", suite.repeats());
            m.put("versions", result.versions());
            m.put("machine", machine);
            m.put("seconds", result.seconds());
            m.put("results", result.entries().stream().map(SuiteRun.Entry::toMap).toList());
            m.put("skipped", result.skipped());
            out.print(JsonOut.write(m));
        } else {
            Table t = new Table(SuiteReport.HEADER.toArray(String[]::new));
            for (SuiteRun.Entry e : result.entries()) {
                t.add(SuiteReport.cells(e).toArray());
            }
            out.print(t.render());
            result.versions().forEach((k, v) -> out.println("version: " + k + " = " + v));
            SuiteReport.perAdapter(result).forEach((k, v) -> out.println(k + ": " + v));
            result.skipped().forEach(s -> out.println("skipped: " + s));
            out.printf("suite %s: %d rows in %.1f s%n", suite.name(), result.entries().size(), result.seconds());
        }
        return Main.OK;
    }

    /** The program keys plus a command's own option keys. */
    static Set<String> union(Set<String> keys, String... more) {
        Set<String> all = new java.util.HashSet<>(keys);
        all.addAll(java.util.List.of(more));
        return all;
    }

    /** --solvers id,id,... (each resolved as in adapter()), or every registered adapter. */
    private static List<SolverAdapter> adapters(Args a) {
        List<SolverAdapter> adapters = new ArrayList<>();
        if (a.get("solvers", null) != null) {
            for (String id : a.get("solvers", null).split(",")) {
                adapters.add(adapter(id.trim(), "compare"));
            }
        } else {
            adapters.addAll(AdapterRegistry.all());
        }
        return adapters;
    }

    static SolverAdapter adapter(String id, String command) {
        try {
            return AdapterRegistry.get(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
    }

    static String agreement(List<Assessment> rows) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (Assessment r : rows) {
            if (r.result().termination() == Termination.OPTIMAL && r.result().objective().isPresent()) {
                lo = Math.min(lo, r.result().objective().get());
                hi = Math.max(hi, r.result().objective().get());
                n++;
            }
        }
        StringBuilder conflicts = new StringBuilder();
        for (Assessment r : rows) {
            Termination t = r.result().termination();
            if (n > 0 && (t == Termination.INFEASIBLE || t == Termination.UNBOUNDED
                    || t == Termination.INFEASIBLE_OR_UNBOUNDED)) {
                conflicts.append(String.format("%ndisagreement: %s reports %s while %d solver(s) return optimal points",
                        r.adapterId(), t, n));
            }
        }
        if (n == 0) {
            return "agreement: no solver reported OPTIMAL" + conflicts;
        }
        return String.format("agreement: %d solver(s) report OPTIMAL, objectives within %.3g (range [%.10g, %.10g])",
                n, hi - lo, lo, hi) + conflicts;
    }

    static String table(List<Assessment> rows) {
        Table t = new Table("solver", "termination", "objective", "seconds", "max violation (exact)", "duals",
                "safe bound", "dual check");
        for (Assessment r : rows) {
            SolveResult s = r.result();
            t.add(r.adapterId(), s.termination(), s.objective().map(d -> String.format("%.10g", d)).orElse("-"),
                    String.format("%.2f", s.elapsed().toMillis() / 1000.0),
                    r.violation().map(v -> v.feasible() ? "0" : v.amount().toDisplay() + " @" + v.where()).orElse("-"),
                    s.dualTrust(), r.safeBound().map(b -> b.toDisplay()).orElse("-"), r.dualsVerdict()
                            + (r.breaches().isEmpty() ? "" : " CONTRACT: " + String.join("; ", r.breaches())));
        }
        return t.render();
    }
}
