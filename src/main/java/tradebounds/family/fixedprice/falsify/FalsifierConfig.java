package tradebounds.family.fixedprice.falsify;

import java.time.Duration;
import java.util.List;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.model.Rational;

/**
 * Budget and search space of one falsification run. The run is a pure function of the config while
 * {@code maxEvaluations} binds; {@code maxTime} is a safety cap that makes it stop early (and so depend on the
 * machine) only when it binds first.
 *
 * @param basicPrices the p_t of Definition 4.1 (validated: 0 = p_1 &lt; ... &lt; p_n)
 * @param claim a finding whose exact mechanism ratio is below this is a counterexample
 * @param randomFraction share of the evaluations spent on random instances before local search
 * @param progressEvery how often the progress callback is called (wall clock; never changes the search)
 */
public record FalsifierConfig(List<Rational> basicPrices, Rational claim, long seed, long maxEvaluations,
        Duration maxTime, int minAtoms, int maxAtoms, double randomFraction, FalsifierTarget target,
        Duration progressEvery) {
    public FalsifierConfig {
        basicPrices = PriceList.validated(basicPrices);
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
        if (minAtoms < 1 || maxAtoms < minAtoms) {
            throw new IllegalArgumentException("need 1 <= minAtoms <= maxAtoms, got " + minAtoms + ", " + maxAtoms);
        }
        if (!(randomFraction > 0 && randomFraction <= 1)) {
            throw new IllegalArgumentException("randomFraction must be in (0, 1], got " + randomFraction);
        }
    }

    /** Proposition 4.1: the 32 basic prices and the claim 0.7292, 2 to 40 atoms per side. */
    public static FalsifierConfig prop41(long seed, long maxEvaluations, Duration maxTime) {
        return new FalsifierConfig(PriceList.prop41(), Rational.parse("0.7292"), seed, maxEvaluations, maxTime, 2, 40,
                0.2, FalsifierTarget.MECHANISM, Duration.ofSeconds(5));
    }

    public FalsifierConfig withBasicPrices(List<Rational> prices) {
        return new FalsifierConfig(prices, claim, seed, maxEvaluations, maxTime, minAtoms, maxAtoms, randomFraction,
                target, progressEvery);
    }

    public FalsifierConfig withTarget(FalsifierTarget t) {
        return new FalsifierConfig(basicPrices, claim, seed, maxEvaluations, maxTime, minAtoms, maxAtoms,
                randomFraction, t, progressEvery);
    }
}
