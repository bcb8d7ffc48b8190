package tradebounds.family.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import tradebounds.family.robust.program.DiscreteMarginal;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/** Random marginals with small exact rationals, for tests. */
final class RandomGrids {
    private RandomGrids() {
    }

    static DiscreteMarginal marginal(Random rnd, int size) {
        TreeSet<Integer> points = new TreeSet<>();
        while (points.size() < size) {
            points.add(rnd.nextInt(24));
        }
        List<Rational> values = new ArrayList<>();
        points.forEach(p -> values.add(Rational.of(p, 20)));
        int[] w = new int[size];
        int total = 0;
        for (int i = 0; i < size; i++) {
            w[i] = 1 + rnd.nextInt(9);
            total += w[i];
        }
        List<Rational> masses = new ArrayList<>();
        for (int x : w) {
            masses.add(Rational.of(x, total));
        }
        return new DiscreteMarginal(values, masses);
    }

    static RobustGrid grid(Random rnd, int m, int n) {
        return new RobustGrid(marginal(rnd, m), marginal(rnd, n));
    }
}
