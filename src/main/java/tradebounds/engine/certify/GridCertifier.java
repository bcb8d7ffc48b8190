package tradebounds.engine.certify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateType;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.cert.ClaimKind;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.DualBound;
import tradebounds.check.PointCheck;
import tradebounds.compare.Assessment;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.Termination;

/**
 * Solve (untrusted), cross over to exact rationals, write an {@code lp-optimum} certificate with both objective
 * claims, and replay it with the exact {@link Checker}. The claims are exactly the values the exact point and the
 * safe dual bound give, so the certificate proves the tightest bracket this candidate supports.
 */
public final class GridCertifier {
    private GridCertifier() {
    }

    /** Certifies {@code model} with the given LP adapter ("glop" or "clp" are the trusted-dual ones). */
    public static CertifiedValue certify(Model model, String adapterId, Path certificate) {
        SolveResult r = solve(model, adapterId);
        Optional<Rational[]> point = exactPoint(model, r);
        Optional<Rational> primalSide = point.map(p -> PointCheck.objectiveValue(model, p));
        Rational[] y = bestDual(model, r.duals().get(), primalSide);
        return write(model, point, y, adapterId + " " + r.solverVersion(), adapterId, r.elapsed(), certificate);
    }

    /**
     * Like {@link #certify}, but the multipliers come first from the exact LP dual ({@link LpDual}) solved by the
     * same adapter and crossed over as a <em>primal</em> point, and only if their bound does not meet the primal
     * side from the solver's own duals as well. Why: on degenerate LPs such as (d) at 50 cells the solvers' duals
     * (GLOP and CLP, with presolve) do not cross over exactly, while their primal vertices do, so solving the dual
     * as a primal closes brackets that {@link #certify} leaves open; the price is a second solve. SOL and DUAL in
     * the one certificate come from different solves, which the format allows (the checker checks each alone).
     */
    public static CertifiedValue certifyWithDualLp(Model model, String adapterId, Path certificate) {
        SolveResult r = solve(model, adapterId);
        Optional<Rational[]> point = exactPoint(model, r);
        Optional<Rational> primalSide = point.map(p -> PointCheck.objectiveValue(model, p));
        LpDual lpDual = LpDual.of(model);
        SolveResult rd = AdapterRegistry.get(adapterId).solve(lpDual.model(), SolveOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(300)));
        Duration solveTime = r.elapsed().plus(rd.elapsed());
        Optional<Rational[]> fromDualLp = rd.termination() == Termination.OPTIMAL && rd.point().isPresent()
                ? Optional.of(lpDual.multipliers(ExactCrossover.primal(lpDual.model(), rd.point().get())))
                : Optional.empty();
        Optional<Rational> dualLpSide = fromDualLp.flatMap(y -> DualBound.bound(model, y));
        Rational[] y;
        if (dualLpSide.isPresent() && primalSide.isPresent() && dualLpSide.get().equals(primalSide.get())) {
            y = fromDualLp.get();
        } else {
            Rational[] own = bestDual(model, r.duals().get(), primalSide);
            y = fromDualLp.isEmpty() || tighter(model, DualBound.bound(model, own), dualLpSide) ? own : fromDualLp.get();
        }
        return write(model, point, y, adapterId + " " + r.solverVersion() + " (SOL), " + adapterId
                + " on the LP dual (DUAL)", adapterId, solveTime, certificate);
    }

    private static SolveResult solve(Model model, String adapterId) {
        SolveResult r = AdapterRegistry.get(adapterId).solve(model, SolveOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(300)));
        if (r.termination() != Termination.OPTIMAL || r.point().isEmpty() || r.duals().isEmpty()) {
            throw new IllegalStateException(adapterId + " did not return an optimal primal-dual pair for "
                    + model.name() + ": " + r.termination() + " " + r.rawStatus());
        }
        return r;
    }

    private static Optional<Rational[]> exactPoint(Model model, SolveResult r) {
        Rational[] x = ExactCrossover.primal(model, r.point().get());
        return PointCheck.maxViolation(model, x).feasible() ? Optional.of(x) : Optional.empty();
    }

    /** Whether bound {@code a} is at least as tight as {@code b} (an absent bound is the weakest). */
    private static boolean tighter(Model model, Optional<Rational> a, Optional<Rational> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return b.isEmpty();
        }
        int cmp = a.get().compareTo(b.get());
        return model.objective().sense() == Sense.MINIMIZE ? cmp >= 0 : cmp <= 0;
    }

    /** Writes SOL (if any), DUAL and the claims they support, and replays the file with the checker. */
    private static CertifiedValue write(Model model, Optional<Rational[]> point, Rational[] y, String source,
                                        String adapterId, Duration solveTime, Path certificate) {
        boolean min = model.objective().sense() == Sense.MINIMIZE;
        Optional<Rational> primalSide = point.map(p -> PointCheck.objectiveValue(model, p));
        Optional<Rational> dualSide = DualBound.bound(model, y);
        CertificateBuilder cb = CertificateBuilder.of(CertificateType.LP_OPTIMUM)
                .meta("source", "tradebounds.engine.certify.GridCertifier via " + source)
                .program(model);
        point.ifPresent(cb::solution);
        cb.dual(y);
        primalSide = primalSide.map(v -> outward(v, !min));
        dualSide = dualSide.map(v -> outward(v, min));
        primalSide.ifPresent(v -> cb.claim(min ? ClaimKind.OBJECTIVE_AT_MOST : ClaimKind.OBJECTIVE_AT_LEAST, v));
        dualSide.ifPresent(v -> cb.claim(min ? ClaimKind.OBJECTIVE_AT_LEAST : ClaimKind.OBJECTIVE_AT_MOST, v));
        try {
            java.nio.file.Files.createDirectories(certificate.toAbsolutePath().getParent());
            CertificateWriter.write(cb.build(), certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        CheckOutcome outcome = Checker.check(certificate);
        Duration checkTime = Duration.ofNanos(System.nanoTime() - t0);
        Optional<Rational> lower = min ? dualSide : primalSide;
        Optional<Rational> upper = min ? primalSide : dualSide;
        return new CertifiedValue(model.name(), point, lower, upper, certificate, outcome, adapterId, size(model),
                solveTime, checkTime);
    }

    /**
     * The exact crossover multipliers, unless the plain rounded (and projected) solver duals give a tighter safe
     * bound; either choice is valid, the checker recomputes the bound.
     */
    static Rational[] bestDual(Model model, double[] duals, Optional<Rational> primalSide) {
        Rational[] exact = ExactCrossover.dual(model, duals);
        Optional<Rational> be = DualBound.bound(model, exact);
        double[] projected = Assessment.projected(model, duals);
        // A common dyadic grid keeps the bound's denominator small (distinct nice() denominators multiply up).
        Rational[] rounded = new Rational[projected.length];
        Rational scale = Rational.of(1L << 40);
        for (int i = 0; i < projected.length; i++) {
            rounded[i] = Rational.of(Math.round(projected[i] * (1L << 40))).divide(scale);
        }
        Optional<Rational> br = DualBound.bound(model, rounded);
        if (be.isEmpty()) {
            return rounded;
        }
        if (br.isEmpty()) {
            return exact;
        }
        boolean min = model.objective().sense() == Sense.MINIMIZE;
        int cmp = be.get().compareTo(br.get());
        return (min ? cmp >= 0 : cmp <= 0) ? exact : rounded;
    }

    /**
     * A value short enough to write as a claim: itself when it has at most 256 bits, else rounded to 30 digits
     * toward -inf (a lower bound, {@code down}) or +inf (an upper bound), which only weakens the claim.
     */
    static Rational outward(Rational v, boolean down) {
        if (v.bitLength() <= 256) {
            return v;
        }
        return Rational.of(v.toDecimal(30, !down));
    }

    static String size(Model m) {
        long nz = m.rows().stream().mapToLong(r -> r.expr().linear().size()).sum();
        return m.variableCount() + " x " + m.rows().size() + ", " + nz + " nonzeros";
    }
}
