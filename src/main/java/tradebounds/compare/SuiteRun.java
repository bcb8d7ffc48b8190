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
     * Commons Math pivots a dense tableau and has no clock (its adapter turns the limit into a pivot budget, which
     * bounds pivots, not seconds), so on a large model it runs far past the limit. It is skipped when the estimated
     * work, 2 m^2 n for m dense rows (row sides and finite upper bounds) and n columns (about 2m pivots of m n
     * each), exceeds this many operations per second of limit: a conservative Java rate on a shared machine.
     */
    static final double DENSE_WORK_PER_SECOND = 2e8;

    /**
     * One (program, adapter) row.
     *
     * @param assessment the first solve, measured exactly; empty when the adapter failed (see {@code note})
     * @param seconds    median wall time of the solves
     * @param runs       how many solves the median is over
     * @param ratio      seconds over the fastest OPTIMAL solve of the same program (empty unless this row is OPTIMAL)
     */
    public record Entry(SuiteProgram program, int variables, int rows, long nonzeros, String adapter,
                        Optional<Assessment> assessment, double seconds, int runs, Optional<Double> ratio, String note) {
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
            m.put("violationDisplay", violation().map(SuiteRun::violationText).orElse(null));
            m.put("assessment", assessment.map(Assessment::toMap).orElse(null));
            m.put("note", note);
            return m;
        }
    }

    /** The whole run: rows in suite order, and the version string of every adapter that solved something. */
    public record Result(Suite suite, List<SuiteProgram> programs, List<Entry> entries, Map<String, String> versions,
                         List<String> skipped, double seconds) {
    }

    private SuiteRun() {
    }

    /**
     * @param status one line per solve for a progress display ("[k/N] program size adapter"); may be null
     */
    public static Result run(Suite suite, List<SuiteProgram> programs, List<SolverAdapter> adapters,
                             Consumer<String> status) {
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
        Set<String> warm = new HashSet<>();
        int done = 0;
        for (int i = 0; i < programs.size(); i++) {
            SuiteProgram p = programs.get(i);
            Model m = models.get(i);
            long nz = m.rows().stream().mapToLong(r -> r.expr().linear().size() + r.expr().bilinear().size()).sum();
            List<Entry> mine = new ArrayList<>();
            for (SolverAdapter a : adapters) {
                if (!a.capabilities().accepts(m)) {
                    continue;
                }
                done++;
                if (status != null) {
                    status.accept(String.format("compare: [%d/%d] %s %s on %s", done, total, p.program(), p.size(),
                            a.id()));
                }
                mine.add(solve(p, m, nz, a, suite, options, warm, versions));
            }
            if (mine.isEmpty()) {
                skipped.add(p.program() + " " + p.size() + ": no adapter accepts " + m.features());
            }
            entries.addAll(withRatios(mine));
        }
        return new Result(suite, programs, entries, versions, skipped, (System.nanoTime() - start) / 1e9);
    }

    private static Entry solve(SuiteProgram p, Model m, long nz, SolverAdapter a, Suite suite, SolveOptions options,
                               Set<String> warm, Map<String, String> versions) {
        if (a.id().equals("cmath") && denseWork(m) > DENSE_WORK_PER_SECOND * suite.timeLimit().toSeconds()) {
            return new Entry(p, m.variableCount(), m.rows().size(), nz, a.id(), Optional.empty(), 0, 0,
                    Optional.empty(), String.format("skipped: dense tableau, about %.1e operations (no clock)",
                    denseWork(m)));
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
                    median, runs, Optional.empty(), note);
        } catch (AdapterFailure e) {
            return new Entry(p, m.variableCount(), m.rows().size(), nz, a.id(), Optional.empty(), 0, 0,
                    Optional.empty(), "adapter failed: " + e.getMessage());
        }
    }

    /** 2 m^2 n: about 2m pivots over a dense m x n tableau (m: row sides and finite upper variable bounds). */
    static double denseWork(Model m) {
        long rows = m.variables().stream().filter(v -> v.bound().hi() != null).count();
        for (var r : m.rows()) {
            rows += (r.bound().lo() != null ? 1 : 0) + (r.bound().hi() != null ? 1 : 0);
        }
        return 2.0 * rows * rows * m.variableCount();
    }

    /** Each OPTIMAL row's time over the fastest OPTIMAL time of the same program. */
    static List<Entry> withRatios(List<Entry> rows) {
        double fastest = rows.stream().filter(e -> e.status().equals("OPTIMAL")).mapToDouble(Entry::seconds).min()
                .orElse(Double.NaN);
        List<Entry> out = new ArrayList<>();
        for (Entry e : rows) {
            Optional<Double> ratio = e.status().equals("OPTIMAL") && fastest > 0
                    ? Optional.of(e.seconds() / fastest) : Optional.empty();
            out.add(new Entry(e.program(), e.variables(), e.rows(), e.nonzeros(), e.adapter(), e.assessment(),
                    e.seconds(), e.runs(), ratio, e.note()));
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
