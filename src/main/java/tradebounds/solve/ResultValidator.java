package tradebounds.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebounds.model.Model;

/**
 * Checks a {@link SolveResult} against the status contract before anyone reads it (MathOpt's
 * termination validator). A breach is reported, never thrown: the caller decides whether a breaking adapter is
 * fatal. This is about shape and consistency only; whether a point is feasible is {@code check.PointCheck}'s
 * question.
 *
 * <p>The contract: OPTIMAL and LOCALLY_SOLVED carry a point and a FEASIBLE primal claim; LIMIT carries a
 * limit, and a point only with a FEASIBLE claim; INFEASIBLE carries no point and an INFEASIBLE claim; every
 * point has one finite value per variable; duals have one finite value per row and are present iff the dual
 * trust is not NONE; a reported objective is finite and comes with a point.
 */
public final class ResultValidator {
    private ResultValidator() {
    }

    public static List<String> breaches(Model model, SolveResult r) {
        List<String> out = new ArrayList<>();
        if (r.adapterId() == null || r.adapterId().isEmpty()) {
            out.add("adapter id is empty");
        }
        if (r.solverVersion() == null || r.solverVersion().isEmpty()) {
            out.add("solver version is empty");
        }
        if (r.limit().isPresent() != (r.termination() == Termination.LIMIT)) {
            out.add("limit present=" + r.limit().isPresent() + " with termination " + r.termination());
        }
        switch (r.termination()) {
            case OPTIMAL, LOCALLY_SOLVED -> {
                if (r.point().isEmpty()) {
                    out.add(r.termination() + " without a point");
                }
                if (r.primalClaim() != FeasibilityClaim.FEASIBLE) {
                    out.add(r.termination() + " with primal claim " + r.primalClaim());
                }
            }
            case LIMIT -> {
                if (r.point().isPresent() != (r.primalClaim() == FeasibilityClaim.FEASIBLE)) {
                    out.add("LIMIT: point present=" + r.point().isPresent() + " but primal claim " + r.primalClaim());
                }
            }
            case INFEASIBLE -> {
                if (r.point().isPresent()) {
                    out.add("INFEASIBLE with a point");
                }
                if (r.primalClaim() != FeasibilityClaim.INFEASIBLE) {
                    out.add("INFEASIBLE with primal claim " + r.primalClaim());
                }
            }
            default -> {
                if (r.primalClaim() == FeasibilityClaim.FEASIBLE && r.point().isEmpty()) {
                    out.add(r.termination() + " claims a feasible point but has none");
                }
            }
        }
        vector("point", r.point(), model.variableCount(), out);
        vector("duals", r.duals(), model.rows().size(), out);
        if (r.duals().isPresent() == (r.dualTrust() == DualTrust.NONE)) {
            out.add("duals present=" + r.duals().isPresent() + " with dual trust " + r.dualTrust());
        }
        r.objective().ifPresent(v -> {
            if (!Double.isFinite(v)) {
                out.add("objective is " + v);
            }
            if (r.point().isEmpty()) {
                out.add("objective without a point");
            }
        });
        r.bestBound().ifPresent(v -> {
            if (Double.isNaN(v)) {
                out.add("best bound is NaN");
            }
        });
        if (r.elapsed() == null || r.elapsed().isNegative()) {
            out.add("elapsed time missing or negative");
        }
        return out;
    }

    private static void vector(String what, Optional<double[]> v, int expected, List<String> out) {
        if (v.isEmpty()) {
            return;
        }
        double[] a = v.get();
        if (a.length != expected) {
            out.add(what + " has " + a.length + " values, expected " + expected);
        }
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                out.add(what + "[" + i + "] is " + a[i]);
                return;
            }
        }
    }
}
