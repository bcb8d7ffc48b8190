package tradebounds.family.fixedprice.falsify;

import java.time.Duration;
import tradebounds.model.Rational;

/** A progress report: evaluations so far, the best double ratio of the search, the best exact ratio found. */
public record FalsifierProgress(String phase, long evaluations, Duration elapsed, double bestSearchRatio,
        Rational bestExactRatio) {
    @Override
    public String toString() {
        return String.format("falsifier %s: %d evaluations, %.1f s, search ratio %.6f, exact ratio %s", phase,
                evaluations, elapsed.toMillis() / 1000.0, bestSearchRatio,
                bestExactRatio == null ? "-" : bestExactRatio.toDisplay());
    }
}
