package tradebounds.family.pareto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.DualBound;
import tradebounds.check.PointCheck;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.ExactCrossover;
import tradebounds.engine.certify.LpDual;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.Termination;

/**
 * Solves an LP with an adapter and turns the answer into an exact optimum through an {@code lp-optimum}
 * certificate (exact feasible point SOL + Neumaier-Shcherbina safe dual bound DUAL) that the checker replays
 * ({@link GridCertifier}). An optimum counts as exact only when the checker proved both sides and they are equal.
 * The certificates are written under {@code dir} as {@code prefix-NNN.cert}.
 */
public final class ExactLp {
    private final String adapter;
    private final Path dir;
    private final String prefix;
    private final List<CertifiedValue> done = new ArrayList<>();

    public ExactLp(String adapter, Path dir, String prefix) {
        this.adapter = adapter;
        this.dir = dir;
        this.prefix = prefix;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary directory (eval, tests). */
    public static ExactLp temporary(String adapter) {
        try {
            return new ExactLp(adapter, Files.createTempDirectory("tradebounds-pareto"), "lp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact optimum and an exact optimal point, certified; throws when no exact certificate is obtained. */
    public Solved solve(Model model, String label) {
        Path file = dir.resolve(String.format("%s-%03d-%s.cert", prefix, done.size() + 1, label));
        CertifiedValue c;
        try {
            c = certify(model, file, adapter);
        } catch (IllegalStateException e) {
            c = null;
        }
        if (c == null || !c.exact() || c.point().isEmpty()) {
            CertifiedValue exact = exactSimplex(model, file);
            if (exact != null) {
                c = exact;
            }
        }
        if (c == null) {
            c = certify(model, file, adapter);
        }
        // A vertex that does not cross over exactly with one solver often does with another (different pivots).
        for (String other : FALLBACK) {
            if (c.exact() && c.point().isPresent()) {
                break;
            }
            if (!other.equals(adapter)) {
                c = certify(model, file, other);
            }
        }
        done.add(c);
        if (!c.exact() || c.point().isEmpty()) {
            throw new IllegalStateException("no exact lp-optimum certificate for " + label + " (" + adapter
                    + "): lower " + c.lower() + ", upper " + c.upper() + ", checker " + c.outcome());
        }
        return new Solved(c.value().get(), c.point().get(), c.certificate());
    }

    /**
     * Like {@code GridCertifier.certify} (solve, exact crossover of the vertex and of the duals, and if the dual
     * bound does not meet the point, the exact LP dual solved as a primal), but the claims are written whole, never
     * shortened to 30 digits: the Border right-hand sides are powers (1 - S)^n, so the optima of large n have long
     * exact values, and only exact optima locate frontier edges.
     */
    /**
     * The exact simplex on the model and on its LP dual ({@link LpDual}), written as an lp-optimum certificate and
     * replayed; null when it does not give an exact optimum.
     */
    private CertifiedValue exactSimplex(Model model, Path file) {
        long t0 = System.nanoTime();
        Rational[] x = ExactSimplex.solve(model);
        if (x == null || !PointCheck.maxViolation(model, x).feasible()) {
            return null;
        }
        LpDual lpDual = LpDual.of(model);
        Rational[] dp = ExactSimplex.solve(lpDual.model());
        if (dp == null) {
            return null;
        }
        Rational[] y = lpDual.multipliers(dp);
        return write(model, Optional.of(x), y, "exact simplex (family.pareto.ExactSimplex) on the LP and its dual",
                file, Duration.ofNanos(System.nanoTime() - t0), "exact-simplex", "n/a");
    }

    private static final List<String> FALLBACK = List.of("clp", "highs");

    private CertifiedValue certify(Model model, Path file, String adapter) {
        SolveOptions opts = SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(120));
        SolveResult r = AdapterRegistry.get(adapter).solve(model, opts);
        if (r.termination() != Termination.OPTIMAL || r.point().isEmpty()) {
            throw new IllegalStateException(adapter + ": " + r.termination() + " " + r.rawStatus() + " on " + file);
        }
        Rational[] x = ExactCrossover.primal(model, r.point().get());
        if (!PointCheck.maxViolation(model, x).feasible()) {
            x = DenseVertex.solve(model, r.point().get());
        }
        Optional<Rational[]> point = PointCheck.maxViolation(model, x).feasible() ? Optional.of(x) : Optional.empty();
        if (point.isEmpty() && Boolean.getBoolean("pareto.debug")) {
            PointCheck.Violation v = PointCheck.maxViolation(model, x);
            double[] d = r.point().get();
            StringBuilder b = new StringBuilder(adapter + " " + file + ": " + v.where() + " " + v.amount().toDouble());
            for (int j = 0; j < d.length; j++) {
                b.append(' ').append(model.variables().get(j).name()).append('=').append(d[j]).append('/')
                        .append(x[j].toDouble());
            }
            System.err.println(b);
        }
        Optional<Rational> primal = point.map(p -> PointCheck.objectiveValue(model, p));
        Rational[] y = r.duals().isPresent() ? ExactCrossover.dual(model, r.duals().get()) : null;
        Optional<Rational> dual = y == null ? Optional.empty() : DualBound.bound(model, y);
        Duration elapsed = r.elapsed();
        if (primal.isEmpty() || dual.isEmpty() || !dual.get().equals(primal.get())) {
            LpDual lpDual = LpDual.of(model);
            SolveResult rd = AdapterRegistry.get(adapter).solve(lpDual.model(), opts);
            elapsed = elapsed.plus(rd.elapsed());
            if (rd.termination() == Termination.OPTIMAL && rd.point().isPresent()) {
                Rational[] dp = ExactCrossover.primal(lpDual.model(), rd.point().get());
                if (!PointCheck.maxViolation(lpDual.model(), dp).feasible()) {
                    dp = DenseVertex.solve(lpDual.model(), rd.point().get());
                }
                Rational[] y2 = lpDual.multipliers(dp);
                Optional<Rational> d2 = DualBound.bound(model, y2);
                if (d2.isPresent() && (dual.isEmpty() || tighter(model, d2.get(), dual.get()))) {
                    y = y2;
                    dual = d2;
                }
            }
        }
        if (y == null) {
            throw new IllegalStateException("no multipliers for " + file);
        }
        return write(model, point, y, adapter + " " + r.solverVersion(), file, elapsed, adapter, "");
    }

    private CertifiedValue write(Model model, Optional<Rational[]> point, Rational[] y, String source, Path file,
                                 Duration elapsed, String adapter, String unused) {
        Optional<Rational> primal = point.map(p -> PointCheck.objectiveValue(model, p));
        Optional<Rational> dual = DualBound.bound(model, y);
        boolean min = model.objective().sense() == Sense.MINIMIZE;
        CertificateBuilder cb = CertificateBuilder.of(CertificateType.LP_OPTIMUM)
                .meta("source", "tradebounds.family.pareto.ExactLp via " + source)
                .program(model);
        point.ifPresent(cb::solution);
        cb.dual(y);
        primal.ifPresent(v -> cb.claim(min ? ClaimKind.OBJECTIVE_AT_MOST : ClaimKind.OBJECTIVE_AT_LEAST, v));
        dual.ifPresent(v -> cb.claim(min ? ClaimKind.OBJECTIVE_AT_LEAST : ClaimKind.OBJECTIVE_AT_MOST, v));
        try {
            CertificateWriter.write(cb.build(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        CheckOutcome outcome = Checker.check(file);
        Duration checkTime = Duration.ofNanos(System.nanoTime() - t0);
        Optional<Rational> lower = min ? dual : primal;
        Optional<Rational> upper = min ? primal : dual;
        long nz = model.rows().stream().mapToLong(row -> row.expr().linear().size()).sum();
        return new CertifiedValue(model.name(), point, lower, upper, file, outcome, adapter,
                model.variableCount() + " x " + model.rows().size() + ", " + nz + " nonzeros", elapsed, checkTime);
    }

    private static boolean tighter(Model model, Rational a, Rational b) {
        int cmp = a.compareTo(b);
        return model.objective().sense() == Sense.MINIMIZE ? cmp > 0 : cmp < 0;
    }

    /** An exact optimum with its point and the replayed certificate. */
    public record Solved(Rational value, Rational[] point, Path certificate) {
    }

    public List<CertifiedValue> certified() {
        return List.copyOf(done);
    }

    public String adapter() {
        return adapter;
    }

    /** How many LPs have been certified so far (read by the bench's watchdog from another thread: a hint only). */
    public int solvedCount() {
        return done.size();
    }
}
