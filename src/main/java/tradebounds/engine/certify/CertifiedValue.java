package tradebounds.engine.certify;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Proved;
import tradebounds.model.Rational;

/**
 * The optimum of one grid LP, bracketed exactly: {@code lower <= optimum <= upper}. One side comes from an
 * exactly feasible point (SOL), the other from the safe dual bound (DUAL); both sides are claims in the written
 * certificate, and {@code outcome} is what the checker said when it replayed the file.
 *
 * @param point     the exact feasible point (empty if the crossover could not make one exactly feasible)
 * @param lower     a proved lower bound on the optimum (empty if none)
 * @param upper     a proved upper bound on the optimum (empty if none)
 * @param solver    adapter id that produced the untrusted candidate
 * @param size      "variables x rows, nonzeros"
 * @param solveTime the adapter's wall time; {@code checkTime} the exact checker's
 */
public record CertifiedValue(String program, Optional<Rational[]> point, Optional<Rational> lower,
                             Optional<Rational> upper, Path certificate, CheckOutcome outcome, String solver,
                             String size, Duration solveTime, Duration checkTime) {
    /** Proved by the checker, with both sides present and equal. */
    public boolean exact() {
        return proved() && lower.isPresent() && upper.isPresent() && lower.get().equals(upper.get());
    }

    public boolean proved() {
        return outcome instanceof Proved;
    }

    /** The exact optimum, when {@link #exact}. */
    public Optional<Rational> value() {
        return exact() ? lower : Optional.empty();
    }

    /** upper - lower, or empty when a side is missing. */
    public Optional<Rational> gap() {
        return lower.isPresent() && upper.isPresent() ? Optional.of(upper.get().subtract(lower.get()))
                : Optional.empty();
    }
}
