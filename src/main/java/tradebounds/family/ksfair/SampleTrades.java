package tradebounds.family.ksfair;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.model.Rational;

/**
 * The fixed instance suite the audit runs universal claims on: seeded random finite instances (values k/4 with
 * k in [0, 16], integer weights 1..6 normalized), bilateral and zero-value seller. A universal claim can only be
 * refuted by such a suite, never proved; the audit says CONSISTENT when no instance refutes it.
 */
public final class SampleTrades {
    private SampleTrades() {
    }

    /** {@code count} bilateral instances with 3 buyer and 3 seller values, seeds 1..count, redrawn until gains. */
    public static List<DiscreteTrade> bilateral(int count) {
        List<DiscreteTrade> out = new ArrayList<>();
        for (int seed = 1; seed <= count; seed++) {
            Random r = new Random(seed);
            DiscreteTrade t;
            do {
                t = new DiscreteTrade(values(r, 3, 0), probs(r, 3), values(r, 3, 0), probs(r, 3));
            } while (t.maxValue().compareTo(t.c(0)) <= 0);
            out.add(t);
        }
        return out;
    }

    /** n distinct increasing values k/4 for integers k drawn from [min, 16]. */
    static List<Rational> values(Random r, int n, int min) {
        TreeSet<Integer> ks = new TreeSet<>();
        while (ks.size() < n) {
            ks.add(min + r.nextInt(17 - min));
        }
        List<Rational> out = new ArrayList<>();
        ks.forEach(k -> out.add(Rational.of(k, 4)));
        return out;
    }

    /** n positive weights 1..6, normalized exactly. */
    static List<Rational> probs(Random r, int n) {
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
