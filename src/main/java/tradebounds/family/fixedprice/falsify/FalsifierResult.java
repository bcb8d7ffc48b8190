package tradebounds.family.fixedprice.falsify;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a run. Every ratio here is exact ({@link FalsifierFinding}).
 *
 * @param lowestMechanism among all exact findings, the one with the lowest mechanism ratio SW(I, M)/OPT(I)
 * @param lowestBestPrice among all exact findings, the one with the lowest best-fixed-price ratio
 * @param improvements every exact finding that lowered the target ratio, in order
 * @param counterexample true iff {@code lowestMechanism.mechanismRatio() < config.claim()}
 * @param evaluations double evaluations by the search (given instances and exact checks not counted)
 * @param exactEvaluations evaluations by the exact {@link tradebounds.check.WelfareEvaluator}
 */
public record FalsifierResult(FalsifierConfig config, FalsifierFinding lowestMechanism,
        FalsifierFinding lowestBestPrice, List<FalsifierFinding> improvements, boolean counterexample,
        long evaluations, long exactEvaluations, Duration elapsed) {
    public FalsifierResult {
        improvements = List.copyOf(improvements);
    }

    /** The finding with the lowest ratio of the run's target. */
    public FalsifierFinding best() {
        return config.target() == FalsifierTarget.MECHANISM ? lowestMechanism : lowestBestPrice;
    }
}
