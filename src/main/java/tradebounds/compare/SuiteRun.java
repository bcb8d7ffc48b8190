package tradebounds.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterFailure;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.SolverAdapter;
import tradebounds.solve.commonsmath.CommonsMathAdapter;
import tradebounds.solve.Termination;

/**
 * Runs a suite: every program through every adapter whose declared capabilities accept it, single-threaded, one
 * after another. Each (program, adapter) pair is solved {@link Suite#repeats()} times and timed by the wall clock
 * around {@code adapter.solve} (model mapping included: that is what a caller waits for); the first solve is
 * measured exactly by {@link Assessment} (the solvers are deterministic on a fixed model, so later repeats only
 * add timings). Each adapter solves its first program once untimed beforehand, so that loading a native library
 * and warming the JIT count against no row.
 */
public final class SuiteRun {
    /** A time this many times the limit is reported as an overrun: the adapter did not stop when told. */
    static final double OVERRUN = 1.5;
    /**
     * Commons Math pivots a dense m x n tableau and has no clock: its adapter turns the limit into a budget of
     * {@link CommonsMathAdapter#PIVOTS_PER_SECOND} pivots per second, which bounds pivots, not seconds (a trial run
     * of this suite spent 400 s wall in the budget of a 10 s limit on the degenerate robust-d-mechanisms LP at 10
     * cells). It runs only where the whole budget fits the limit at this many tableau updates per second, i.e.
     * m n PIVOTS_PER_SECOND &lt;= this rate, so it can overrun the limit by a small factor at worst.
     */
    static final double DENSE_UPDATES_PER_SECOND = 1e9;

    /**
     * One (program, adapter) row.
     *
     * @param assessment the first solve, measured exactly; empty when the adapter failed (see {@code note})
     * @param seconds    median wall time of the solves
     * @param runs       how many solves the median is over
     * @param ratio      seconds over the fastest OPTIMAL solve of the same program (empty unless this row is OPTIMAL)
     * @param gap        the objective minus the best safe dual bound that any adapter's duals proved for the same
     *                   program (bound minus objective for a maximization), exact; negative means the objective is
     *                   better than a proved bound, so the point is infeasible or the objective wrong. Empty
     *                   without an objective or a finite proved bound
     */
    public record Entry(SuiteProgram program, int variables, int rows, long nonzeros, String adapter,
                        Optional<Assessment> assessment, double seconds, int runs, Optional<Double> ratio,
                        Optional<Rational> gap, String note) {
        public String status() {
            return assessment.map(a -> a.result().termination().toString())
                    .orElse(note.startsWith("skipped") ? "SKIPPED" : "FAILED");
        }

        /** The exact maximum violation of the returned point; empty without a point. */
        public Optional<Rational> violation() {
            return assessment.flatMap(Assessment::violation).map(v -> v.amount());
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("family", program.family());
            m.put("program", program.program());
            m.put("size", program.size());
            m.put("variables", variables);
            m.put("rows", rows);
            m.put("nonzeros", nonzeros);
            m.put("adapter", adapter);
            m.put("status", status());
            m.put("medianSeconds", seconds);
            m.put("runs", runs);
            m.put("ratioToFastest", ratio.orElse(null));
            m.put("gapToProvedBound", gap.map(Rational::toDisplay).orElse(null));
            m.put("violationDisplay", violation().map(SuiteRun::violationText).orElse(null));
            m.put("assessment", assessment.map(Assessment::toMap).orElse(null));
            m.put("note", note);
            return m;
        }
    }

    /** The whole run: rows in suite order, and the version string of every adapter that solved something. */
    public record Result(Suite suite, List<SuiteProgram> programs, List<Entry> entries, Map<String, String> versions,
                         List<String> skipped, List<String> declined, double seconds) {
    }

    private SuiteRun() {
    }

    /** As {@link #run(Suite, List, List, Consumer, Consumer)} without a log. */
    public static Result run(Suite suite, List<SuiteProgram> programs, List<SolverAdapter> adapters,
                             Consumer<String> status) {
        return run(suite, programs, adapters, status, null);
    }

    /**
     * @param status one line per solve for a progress display ("[k/N] program size on adapter"); may be null
     * @param log    one line per finished program (adapters and seconds), for logs; may be null
     */
    public static Result run(Suite suite, List<SuiteProgram> programs, List<SolverAdapter> adapters,
                             Consumer<String> status, Consumer<String> log) {
        long start = System.nanoTime();
        SolveOptions options = SolveOptions.defaults().withTimeLimit(suite.timeLimit());
        List<Model> models = programs.stream().map(p -> p.build().get()).toList();
        int total = 0;
        for (Model m : models) {
            for (SolverAdapter a : adapters) {
                total += a.capabilities().accepts(m) ? 1 : 0;
            }
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, String> versions = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<String> declined = new ArrayList<>();
        Set<String> warm = new HashSet<>();
        int done = 0;
        for (int i = 0; i < programs.size(); i++) {
            SuiteProgram p = programs.get(i);
            Model m = models.get(i);
            long nz = m.rows().stream().mapToLong(r -> r.expr().linear().size() + r.expr().bilinear().size()).sum();
            long programStart = System.nanoTime();
            List<Entry> mine = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (SolverAdapter a : adapters) {
                if (!a.capabilities().accepts(m)) {
                    refused.add(a.id());
                    continue;
                }
                done++;
                if (status != null) {
                    status.accept(String.format("compare: [%d/%d] %s %s on %s", done, total, p.program(), p.size(),
                            a.id()));
                }
                mine.add(solve(p, m, nz, a, suite, options, warm, versions));
            }
            if (!refused.isEmpty()) {
                declined.add(p.program() + " " + p.size() + " (features " + m.features() + "): declined by "
                        + String.join(", ", refused));
            }
            if (mine.isEmpty()) {
                skipped.add(p.program() + " " + p.size() + ": no adapter accepts " + m.features());
            }
            entries.addAll(withRatios(mine, m));
            if (log != null) {
                log.accept(String.format("compare: %s %s: %d adapter(s), %.1f s", p.program(), p.size(), mine.size(),
                        (System.nanoTime() - programStart) / 1e9));
            }
        }
        return new Result(suite, programs, entries, versions, skipped, declined, (System.nanoTime() - start) / 1e9);
    }

    private static Entry solve(SuiteProgram p, Model m, long nz, SolverAdapter a, Suite suite, SolveOptions options,
                               Set<String> warm, Map<String, String> versions) {
        if (a.id().equals("cmath") && denseCells(m) * CommonsMathAdapter.PIVOTS_PER_SECOND > DENSE_UPDATES_PER_SECOND) {
            return new Entry(p, m.variableCount(), m.rows().size(), nz, a.id(), Optional.empty(), 0, 0,
                    Optional.empty(), Optional.empty(), String.format("skipped: %.1e-cell dense tableau, pivot budget unbounded in time",
                    denseCells(m)));
        }
        try {
            if (warm.add(a.id())) {
                a.solve(m, options);
                versions.put(a.id(), a.solverVersion());
            }
            double[] times = new double[suite.repeats()];
            SolveResult first = null;
            int runs = 0;
            for (int r = 0; r < suite.repeats(); r++) {
                long t0 = System.nanoTime();
                SolveResult res = a.solve(m, options);
                times[runs++] = (System.nanoTime() - t0) / 1e9;
                if (first == null) {
                    first = res;
                }
                if (res.termination() == Termination.LIMIT) {
                    break;
                }
            }
            double median = median(Arrays.copyOf(times, runs));
            String note = median > OVERRUN * suite.timeLimit().toMillis() / 1000.0
                    ? String.format("ran %.0f s past a %d s limit", median - suite.timeLimit().toSeconds(),
                    suite.timeLimit().toSeconds()) : "";
            return new Entry(p, m.variableCount(), m.rows().size(), nz, a.id(), Optional.of(Assessment.of(m, first)),
                    median, runs, Optional.empty(), Optional.empty(), note);
        } catch (AdapterFailure e) {
            return new Entry(p, m.variableCount(), m.rows().size(), nz, a.id(), Optional.empty(), 0, 0,
                    Optional.empty(), Optional.empty(), "adapter failed: " + e.getMessage());
        }
    }

    /** m n: the cells of Commons Math's dense tableau (m: row sides and finite upper variable bounds). */
    static double denseCells(Model m) {
        long rows = m.variables().stream().filter(v -> v.bound().hi() != null).count();
        for (var r : m.rows()) {
            rows += (r.bound().lo() != null ? 1 : 0) + (r.bound().hi() != null ? 1 : 0);
        }
        return (double) rows * m.variableCount();
    }

    /**
     * The columns that compare rows of one program: each OPTIMAL row's time over the fastest OPTIMAL time, and
     * each objective's distance to the best bound proved by any row's duals (every safe bound is valid, whoever
     * returned the multipliers).
     */
    static List<Entry> withRatios(List<Entry> rows, Model m) {
        double fastest = rows.stream().filter(e -> e.status().equals("OPTIMAL")).mapToDouble(Entry::seconds).min()
                .orElse(Double.NaN);
        boolean max = m.objective().sense() == tradebounds.model.Sense.MAXIMIZE;
        Optional<Rational> best = rows.stream().flatMap(e -> e.assessment().flatMap(Assessment::safeBound).stream())
                .reduce((a, b) -> (max ? a.compareTo(b) <= 0 : a.compareTo(b) >= 0) ? a : b);
        List<Entry> out = new ArrayList<>();
        for (Entry e : rows) {
            Optional<Double> ratio = e.status().equals("OPTIMAL") && fastest > 0
                    ? Optional.of(e.seconds() / fastest) : Optional.empty();
            Optional<Double> obj = e.assessment().flatMap(a -> a.result().objective()).filter(Double::isFinite);
            Optional<Rational> gap = best.isPresent() && obj.isPresent()
                    ? Optional.of(max ? best.get().subtract(Rational.ofDouble(obj.get()))
                    : Rational.ofDouble(obj.get()).subtract(best.get())) : Optional.empty();
            out.add(new Entry(e.program(), e.variables(), e.rows(), e.nonzeros(), e.adapter(), e.assessment(),
                    e.seconds(), e.runs(), ratio, gap, e.note()));
        }
        return out;
    }

    static double median(double[] t) {
        if (t.length == 0) {
            return 0;
        }
        double[] s = t.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** "0" exactly when the point is exactly feasible; otherwise three significant digits. */
    public static String violationText(Rational v) {
        return v.isZero() ? "0" : String.format("%.2e", v.toDouble());
    }
}
