package tradebounds.family.ksfair;

import java.util.List;
import java.util.Random;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.model.Rational;

/** Small random finite instances with exact rational values and probabilities (seeded, reproducible). */
final class RandomTrades {
    private RandomTrades() {
    }

    /** Redraws (same stream) until some buyer value exceeds some seller value: KS-fairness needs gains. */
    static DiscreteTrade bilateral(long seed, int n, int m) {
        Random r = new Random(seed);
        while (true) {
            DiscreteTrade t = new DiscreteTrade(values(r, n, 0), probs(r, n), values(r, m, 0), probs(r, m));
            if (t.maxValue().compareTo(t.c(0)) > 0) {
                return t;
            }
        }
    }

    static DiscreteTrade zeroSeller(long seed, int n) {
        Random r = new Random(seed);
        return DiscreteTrade.zeroValueSeller(values(r, n, 1), probs(r, n));
    }

    private static List<Rational> values(Random r, int n, int min) {
        return SampleTrades.values(r, n, min);
    }

    private static List<Rational> probs(Random r, int n) {
        return SampleTrades.probs(r, n);
    }
}
