package tradebounds.family.fixedprice.witness;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import tradebounds.engine.progress.Progress;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolverAdapter;

/**
 * Sequential linear programming with a box trust region and second-order correction, on the exact-penalty
 * merit {@code objective + mu * sum violation} of a {@link WitnessSearchProgram}. Local and untrusted.
 *
 * <p>Each iteration solves the step LP of {@link WitnessSearchStepLp}. If the step's actual merit decrease is
 * below {@code accept} times the predicted one, the LP is solved once more with the exact bilinear remainder
 * of that step added to each row (second-order correction): without it the trust region collapses on the
 * curved surface where most sw_t rows are active (the Maratos effect) and progress stalls. The radius grows
 * by {@code grow} when the ratio exceeds {@code expand} and shrinks by {@code shrink} on rejection.
 */
final class WitnessSearchSlp {
    /**
     * Tuning, as found in the Python prototype for program (4.2).
     *
     * @param mu              exact-penalty price; above the opt row's multiplier (about r)
     * @param initialRadius   starting trust-region radius, in scaled units
     * @param maxRadius       largest radius
     * @param accept          least actual/predicted ratio for a step to be accepted
     * @param expand          ratio above which the radius grows
     * @param grow            growth factor
     * @param shrink          shrink factor on rejection
     * @param minRadius       radius below which a start is abandoned
     * @param stallWindow     iterations over which the merit must fall by at least {@code stallTolerance}
     * @param stallTolerance  see {@code stallWindow}
     * @param maxIterations   iteration cap per start
     * @param lpTimeLimit     time limit of one step LP
     */
    record Parameters(double mu, double initialRadius, double maxRadius, double accept, double expand, double grow,
                      double shrink, double minRadius, int stallWindow, double stallTolerance, int maxIterations,
                      Duration lpTimeLimit) {
        static Parameters defaults() {
            return new Parameters(10, 0.01, 0.5, 0.1, 0.75, 2, 0.3, 1e-12, 100, 1e-10, 2000, Duration.ofSeconds(20));
        }
    }

    /** Where one start ended. */
    record Run(double[] point, double merit, int iterations, int lpCount) {
    }

    private WitnessSearchSlp() {
    }

    static Run minimise(WitnessSearchProgram prog, double[] start, double[] scale, Parameters par, long deadlineNanos,
                        SolverAdapter lp, Consumer<String> progress, String label) {
        double[] x = start.clone();
        prog.project(x);
        prog.tightenObjective(x);
        double phi = prog.merit(x, par.mu());
        double delta = par.initialRadius();
        double[] history = new double[par.stallWindow()];
        int lps = 0;
        int it = 0;
        for (; it < par.maxIterations(); it++) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                break;
            }
            if (Progress.active()) {
                Progress.update("witness search", it, par.maxIterations(), "SLP iterations", String.format(
                        java.util.Locale.ROOT, "%s, merit %.8f, %d LPs, %.0f s left", label, phi, lps, left / 1e9));
            }
            history[it % history.length] = phi;
            if (it >= history.length && history[(it + 1) % history.length] - phi < par.stallTolerance()) {
                break;
            }
            SolveOptions options = SolveOptions.defaults()
                    .withTimeLimit(Duration.ofNanos(Math.min(left, par.lpTimeLimit().toNanos())));
            Optional<WitnessSearchStepLp.Step> step =
                    WitnessSearchStepLp.solve(prog, x, scale, delta, par.mu(), null, lp, options);
            lps++;
            if (step.isEmpty()) {
                delta *= par.shrink();
                if (delta < par.minRadius()) {
                    break;
                }
                continue;
            }
            double predicted = phi - step.get().predictedMerit();
            if (predicted < 1e-13) {
                break;
            }
            double[] trial = settle(prog, step.get().point());
            double trialMerit = prog.merit(trial, par.mu());
            double rho = (phi - trialMerit) / predicted;
            if (rho < par.accept()) {
                double[] remainders = remainders(prog, x, step.get().point());
                Optional<WitnessSearchStepLp.Step> corrected =
                        WitnessSearchStepLp.solve(prog, x, scale, delta, par.mu(), remainders, lp, options);
                lps++;
                if (corrected.isPresent()) {
                    double[] second = settle(prog, corrected.get().point());
                    double secondMerit = prog.merit(second, par.mu());
                    double rho2 = (phi - secondMerit) / predicted;
                    if (rho2 > rho) {
                        trial = second;
                        trialMerit = secondMerit;
                        rho = rho2;
                    }
                }
            }
            if (rho > par.accept()) {
                x = trial;
                phi = trialMerit;
                if (rho > par.expand()) {
                    delta = Math.min(delta * par.grow(), par.maxRadius());
                }
            } else {
                delta *= par.shrink();
                if (delta < par.minRadius()) {
                    break;
                }
            }
            if (it % 50 == 0) {
                progress.accept(String.format("%s it %d merit %.10f violation %.2e radius %.2e lps %d", label, it, phi,
                        prog.totalViolation(x), delta, lps));
            }
        }
        progress.accept(String.format("%s stopped at it %d merit %.10f violation %.2e lps %d", label, it, phi,
                prog.totalViolation(x), lps));
        return new Run(x, phi, it, lps);
    }

    private static double[] settle(WitnessSearchProgram prog, double[] point) {
        double[] y = point.clone();
        prog.project(y);
        prog.tightenObjective(y);
        return y;
    }

    /** e_i = g_i(y) - g_i(x) - grad g_i(x).(y - x) for each row: the exact bilinear remainder of the step. */
    private static double[] remainders(WitnessSearchProgram prog, double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = y[k] - x[k];
        }
        var rows = prog.rows();
        double[] e = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            e[i] = rows[i].remainder(d);
        }
        return e;
    }
}
