package tradebounds.ksfair;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tradebounds.model.Rational;
import tradebounds.programs.ksfair.DiscreteTrade;

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

    /** n distinct increasing values k/4 for integers k >= min drawn from [min, 16]. */
    private static List<Rational> values(Random r, int n, int min) {
        java.util.TreeSet<Integer> ks = new java.util.TreeSet<>();
        while (ks.size() < n) {
            ks.add(min + r.nextInt(17 - min));
        }
        List<Rational> out = new ArrayList<>();
        ks.forEach(k -> out.add(Rational.of(k, 4)));
        return out;
    }

    private static List<Rational> probs(Random r, int n) {
        int[] w = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 1 + r.nextInt(6);
            total += w[i];
        }
        List<Rational> out = new ArrayList<>();
        for (int x : w) {
            out.add(Rational.of(x, total));
        }
        return out;
    }
}
