package tradebounds.family.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import tradebounds.family.robust.program.CouplingPrograms;
import tradebounds.family.robust.program.MechanismPrograms;
import tradebounds.family.robust.program.PricePrograms;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;

/**
 * Sizes and times of the seed-004 grid LPs, and the convergence table of the grid values to Proposition 1's A.
 * Benchmarks, not tests: nothing here asserts a time. Everything runs on the first standard pair (buyer U[0,1],
 * seller U[0,1/2]) for the bench, on every standard pair for the convergence table.
 */
public final class RobustBench {
    /** Program (d) has 2 n^2 + 2n variables and ~7 n^2 rows and is highly degenerate; beyond this it is skipped. */
    public static final int MECHANISMS_UP_TO = 50;

    private RobustBench() {
    }

    /**
     * One LP: its size, the wall time of GLOP and of CLP (untrusted solves), and of the exact replay of the GLOP
     * certificate by {@code check.Checker}; {@code result} is the certified bracket.
     */
    public record Row(String program, int cells, int variables, int rows, long nonzeros, double glopSeconds,
                      double clpSeconds, double checkSeconds, String result) {
    }

    /** Programs (b) and (c) at every size, and (d) up to {@link #MECHANISMS_UP_TO} cells, on the pessimistic grid. */
    public static List<Row> rows(int[] sizes) {
        RobustAudit.Pair pair = RobustAudit.standardPairs().get(0);
        Path dir = tempDir();
        List<Row> out = new ArrayList<>();
        for (int n : sizes) {
            RobustGrid g = Discretization.pessimistic(pair.buyer(), pair.seller(), n);
            out.add(row("robust-b-maxmin", n, PricePrograms.maxMin(g), dir));
            out.add(row("robust-c-minmax", n, CouplingPrograms.minMax(g), dir));
            if (n <= MECHANISMS_UP_TO) {
                out.add(row("robust-d-mechanisms", n, MechanismPrograms.maxMin(g), dir));
            }
        }
        return out;
    }

    private static Row row(String id, int n, Model m, Path dir) {
        long nz = m.rows().stream().mapToLong(r -> r.expr().linear().size()).sum();
        CertifiedValue v = GridCertifier.certify(m, "glop", dir.resolve(id + "-" + n + ".cert"));
        Duration clp = AdapterRegistry.get("clp").solve(m, SolveOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(300))).elapsed();
        return new Row(id, n, m.variableCount(), m.rows().size(), nz, seconds(v.solveTime()), seconds(clp),
                seconds(v.checkTime()), bracket(v));
    }

    public static String markdown(List<Row> rows) {
        StringBuilder s = new StringBuilder("| program | cells per side | variables | rows | nonzeros | GLOP s | CLP s | "
                + "check s | certified value |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append(String.format("| %s | %d | %d | %d | %d | %.2f | %.2f | %.2f | %s |%n", r.program(), r.cells(),
                    r.variables(), r.rows(), r.nonzeros(), r.glopSeconds(), r.clpSeconds(), r.checkSeconds(),
                    r.result()));
        }
        return s.toString();
    }

    /**
     * Markdown: per standard pair and grid size, the certified max-min (b) on the pessimistic grid (a lower bound
     * on A, see {@link Discretization}) and on the optimistic grid (an upper bound), and Proposition 1's rigorous
     * enclosure of A, which must lie between them.
     */
    public static String convergence(int[] sizes) {
        Path dir = tempDir();
        StringBuilder s = new StringBuilder("| pair | cells | (b) pessimistic (certified) | (b) optimistic (certified) | "
                + "optimistic - pessimistic | A (Prop. 1, rigorous) |\n|---|---|---|---|---|---|\n");
        for (RobustAudit.Pair pair : RobustAudit.standardPairs()) {
            Proposition1.Result a = new Proposition1(pair.buyer(), pair.seller()).maximize(1e-9, 600);
            for (int n : sizes) {
                CertifiedValue lo = GridCertifier.certify(PricePrograms.maxMin(
                        Discretization.pessimistic(pair.buyer(), pair.seller(), n)), "glop",
                        dir.resolve(pair.id() + "-" + n + "-pess.cert"));
                CertifiedValue hi = GridCertifier.certify(PricePrograms.maxMin(
                        Discretization.optimistic(pair.buyer(), pair.seller(), n)), "glop",
                        dir.resolve(pair.id() + "-" + n + "-opt.cert"));
                String gap = lo.lower().isPresent() && hi.upper().isPresent()
                        ? String.format("%.3g", hi.upper().get().subtract(lo.lower().get()).toDouble()) : "-";
                s.append("| ").append(pair.id()).append(" | ").append(n).append(" | ").append(bracket(lo))
                        .append(" | ").append(bracket(hi)).append(" | ").append(gap).append(" | ")
                        .append(a.a()).append(" |\n");
            }
        }
        return s.toString();
    }

    /** An exact value as "p/q (~decimal)", else the certified bracket, or the checker's outcome when not proved. */
    static String bracket(CertifiedValue v) {
        if (!v.proved()) {
            return v.outcome() instanceof tradebounds.check.Unchecked u ? "UNCHECKED (" + u.cause() + ")" : "REJECTED";
        }
        if (v.exact()) {
            return v.value().get() + " (~" + v.value().get().toDisplay() + ")";
        }
        return "[" + v.lower().map(Rational::toDisplay).orElse("-") + ", " + v.upper().map(Rational::toDisplay)
                .orElse("-") + "]";
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tradebounds-robust-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code RobustBench [sizes, default 25,50,100,200] [convergence sizes, default 10,25,50,100]}. */
    public static void run(String[] args) {
        int[] sizes = parse(args.length > 0 ? args[0] : "25,50,100,200");
        int[] conv = parse(args.length > 1 ? args[1] : "10,25,50,100");
        System.out.print(convergence(conv));
        System.out.println();
        System.out.print(markdown(rows(sizes)));
    }

    private static int[] parse(String s) {
        return java.util.Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
