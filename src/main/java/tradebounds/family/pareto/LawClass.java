package tradebounds.family.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tradebounds.model.Rational;

/**
 * Discrete analogues of the paper's distribution classes (Def. 2.2), stated exactly, and seeded generators of laws
 * in each class for falsification searches.
 *
 * <p>For values v_1 &lt; ... &lt; v_k with masses f_j and tails S_j = Pr[v &gt;= v_j], j = 1..k-1:
 * <ul>
 *   <li>inverse hazard rate iota_j = (v_{j+1} - v_j) S_{j+1} / f_j, the discrete (1 - F)/f on the cell
 *       [v_j, v_{j+1});</li>
 *   <li>virtual value psi_j = v_j - iota_j (psi_k = v_k): the slope of the revenue curve through the points
 *       (S_j, v_j S_j), so psi nondecreasing is the revenue curve concave (Prop. 2.1);</li>
 *   <li><b>regular</b>: psi_1 &lt;= ... &lt;= psi_k; <b>MHR</b>: iota_1 &gt;= ... &gt;= iota_{k-1};
 *       <b>anti-MHR</b>: iota_1 &lt;= ... &lt;= iota_{k-1}.</li>
 * </ul>
 * The geometric law on a grid (the discretised exponential) has constant iota, so it is both MHR and anti-MHR, as
 * the exponential is. These are analogues, not the paper's classes: the paper assumes a continuous law with no atom
 * except at the top, which no discrete law is; in particular every two-point law passes all three tests (there is
 * one iota). A counterexample found among them refutes the discrete analogue, not the theorem.
 */
public final class LawClass {
    /** The classes searched. */
    public enum Kind {
        ANY("all discrete laws"),
        REGULAR_ANTI_MHR("regular and anti-MHR (psi nondecreasing, iota nondecreasing)"),
        ANTI_MHR("anti-MHR (iota nondecreasing)"),
        MHR("MHR (iota nonincreasing)"),
        REGULAR("regular (psi nondecreasing)");

        private final String test;

        Kind(String test) {
            this.test = test;
        }

        public String test() {
            return test;
        }
    }

    private LawClass() {
    }

    public static Rational[] iota(ParetoInstance in) {
        int k = in.types();
        Rational[] out = new Rational[Math.max(0, k - 1)];
        for (int j = 0; j + 1 < k; j++) {
            out[j] = in.v(j + 1).subtract(in.v(j)).multiply(in.upper(j + 1)).divide(in.f(j));
        }
        return out;
    }

    public static Rational[] psi(ParetoInstance in) {
        int k = in.types();
        Rational[] io = iota(in);
        Rational[] out = new Rational[k];
        for (int j = 0; j < k; j++) {
            out[j] = j + 1 < k ? in.v(j).subtract(io[j]) : in.v(j);
        }
        return out;
    }

    private static boolean monotone(Rational[] a, boolean up) {
        for (int j = 1; j < a.length; j++) {
            int c = a[j].compareTo(a[j - 1]);
            if (up ? c < 0 : c > 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean regular(ParetoInstance in) {
        return monotone(psi(in), true);
    }

    public static boolean mhr(ParetoInstance in) {
        return monotone(iota(in), false);
    }

    public static boolean antiMhr(ParetoInstance in) {
        return monotone(iota(in), true);
    }

    public static boolean in(ParetoInstance in, Kind kind) {
        return switch (kind) {
            case ANY -> true;
            case REGULAR_ANTI_MHR -> regular(in) && antiMhr(in);
            case ANTI_MHR -> antiMhr(in);
            case MHR -> mhr(in);
            case REGULAR -> regular(in);
        };
    }

    /** The lowest monopoly price (0-based type index): the smallest j maximising v_j S_j. */
    public static int lowestMonopoly(ParetoInstance in) {
        int best = 0;
        Rational r = Rational.ZERO;
        for (int j = 0; j < in.types(); j++) {
            Rational rj = in.v(j).multiply(in.upper(j));
            if (rj.compareTo(r) > 0) {
                r = rj;
                best = j;
            }
        }
        return best;
    }

    /**
     * count laws of the class (n = 1, m = 1 placeholders), from a fixed seed: a few canonical ones (discretised
     * exponential, equal revenue, uniform) that pass the test, then random ones built through iota (values
     * v_{j+1} = v_j + iota_j f_j / S_{j+1} with iota monotone in the class's direction) or, for ANY, random values
     * and masses; each is kept only if it passes the exact class test.
     */
    public static List<ParetoInstance> sample(Kind kind, int count, long seed) {
        List<ParetoInstance> out = new ArrayList<>();
        for (ParetoInstance c : canonical()) {
            if (out.size() < Math.min(count, 3) && in(c, kind)) {
                out.add(c);
            }
        }
        Random rnd = new Random(seed);
        int attempts = 0;
        while (out.size() < count && attempts++ < 5000) {
            ParetoInstance c = kind == Kind.ANY || kind == Kind.REGULAR ? randomLaw(rnd) : throughIota(rnd, kind);
            if (c != null && in(c, kind)) {
                out.add(c);
            }
        }
        return out;
    }

    static List<ParetoInstance> canonical() {
        return List.of(
                // geometric on the grid 0, 1, 2, 3 with ratio 1/2 and its tail as top atom: iota = 1 throughout
                ParetoInstance.of(1, 1, new String[] {"0", "1", "2", "3"}, new String[] {"1/2", "1/4", "1/8", "1/8"}),
                // equal revenue on 1, 2, 4, 8 (S_j = 1/v_j): psi = 0, 0, 0, 8; iota = 1, 2, 4
                ParetoInstance.of(1, 1, new String[] {"1", "2", "4", "8"}, new String[] {"1/2", "1/4", "1/8", "1/8"}),
                // uniform on 1..4: iota = 3, 2, 1 (MHR)
                ParetoInstance.of(1, 1, new String[] {"1", "2", "3", "4"}, new String[] {"1/4", "1/4", "1/4", "1/4"}));
    }

    private static ParetoInstance randomLaw(Random rnd) {
        int k = 2 + rnd.nextInt(3);
        java.util.TreeSet<Integer> vals = new java.util.TreeSet<>();
        while (vals.size() < k) {
            vals.add(rnd.nextInt(13));
        }
        return build(vals.stream().map(Rational::of).toList(), weights(rnd, k));
    }

    private static List<Rational> weights(Random rnd, int k) {
        int[] w = new int[k];
        int total = 0;
        for (int j = 0; j < k; j++) {
            w[j] = 1 + rnd.nextInt(6);
            total += w[j];
        }
        List<Rational> p = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            p.add(Rational.of(w[j], total));
        }
        return p;
    }

    private static ParetoInstance throughIota(Random rnd, Kind kind) {
        int k = 2 + rnd.nextInt(4);
        List<Rational> p = weights(rnd, k);
        Rational[] starts = {Rational.ZERO, Rational.of(1, 2), Rational.ONE, Rational.of(2)};
        Rational v = starts[rnd.nextInt(starts.length)];
        Rational io = Rational.of(1 + rnd.nextInt(4), 2);
        boolean up = kind != Kind.MHR;
        List<Rational> values = new ArrayList<>();
        values.add(v);
        Rational tail = Rational.ONE;
        for (int j = 0; j + 1 < k; j++) {
            tail = tail.subtract(p.get(j));
            v = v.add(io.multiply(p.get(j)).divide(tail));
            values.add(v);
            Rational step = Rational.of(rnd.nextInt(3), 4);
            io = up ? io.multiply(Rational.ONE.add(step))
                    : io.multiply(Rational.ONE.subtract(step.divide(Rational.of(2))));
        }
        return build(values, p);
    }

    private static ParetoInstance build(List<Rational> values, List<Rational> probs) {
        return new ParetoInstance(1, 1, values, probs);
    }
}
