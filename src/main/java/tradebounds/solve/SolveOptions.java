package tradebounds.solve;

import java.time.Duration;
import java.util.Optional;

/**
 * Options common to every adapter.
 *
 * @param timeLimit wall-clock limit the adapter must pass to its solver
 * @param presolve  whether the solver may presolve (GLOP gives a Farkas ray only without)
 * @param hint      optional starting point, in model variable order
 * @param verbose   let the solver print its log to stderr
 */
public record SolveOptions(Duration timeLimit, boolean presolve, Optional<double[]> hint, boolean verbose) {
    public static SolveOptions defaults() {
        return new SolveOptions(Duration.ofSeconds(60), true, Optional.empty(), false);
    }

    public SolveOptions withTimeLimit(Duration d) {
        return new SolveOptions(d, presolve, hint, verbose);
    }

    public SolveOptions withPresolve(boolean p) {
        return new SolveOptions(timeLimit, p, hint, verbose);
    }

    public SolveOptions withHint(double[] h) {
        return new SolveOptions(timeLimit, presolve, Optional.of(h.clone()), verbose);
    }
}
