package tradebounds.family.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;

/**
 * {@code tradebounds dev pareto-bench [n,n,...] [k,k,...] [adapters] [frontier-max-k]}: wall times of one mechanism
 * LP (max Pi + U/2, printed class, one unit) per adapter and size, and of the exact certified frontier trace with
 * GLOP (each LP certified and replayed) for supports up to frontier-max-k atoms. Laws: values 0..k-1 with random
 * integer weights 1..9 (seed 1), normalised exactly.
 */
public final class ParetoBench {
    private ParetoBench() {
    }

    static ParetoInstance law(int n, int k) {
        Random rnd = new Random(1);
        List<Rational> v = new ArrayList<>();
        int[] w = new int[k];
        int total = 0;
        for (int j = 0; j < k; j++) {
            v.add(Rational.of(j));
            w[j] = 1 + rnd.nextInt(9);
            total += w[j];
        }
        List<Rational> p = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            p.add(Rational.of(w[j], total));
        }
        return new ParetoInstance(n, 1, v, p);
    }

    public static void run(String[] args) {
        int[] ns = ints(args.length > 0 ? args[0] : "2,10,50");
        int[] ks = ints(args.length > 1 ? args[1] : "20,50,200");
        String[] adapters = (args.length > 2 ? args[2] : "glop,clp,highs").split(",");
        int frontierMax = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        System.out.println("| n | atoms | adapter | one LP (s) | status |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int n : ns) {
            for (int k : ks) {
                Model m = MechanismLp.weighted(law(n, k), Reading.PRINTED, Rational.ONE, Rational.of(1, 2), null);
                for (String a : adapters) {
                    long t0 = System.nanoTime();
                    SolveResult r = AdapterRegistry.get(a).solve(m, SolveOptions.defaults());
                    System.out.printf(Locale.ROOT, "| %d | %d | %s | %.3f | %s |%n", n, k, a,
                            (System.nanoTime() - t0) / 1e9, r.termination());
                }
            }
        }
        System.out.println();
        System.out.println("| n | atoms | extreme points | LPs | certified frontier (s) |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int n : ns) {
            for (int k : ks) {
                if (k > frontierMax) {
                    continue;
                }
                long t0 = System.nanoTime();
                Frontier f = Frontier.trace(law(n, k), Reading.PRINTED, ExactLp.temporary("glop"));
                System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %.2f |%n", n, k, f.points().size(), f.lpCount(),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static int[] ints(String s) {
        String[] p = s.split(",");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i].trim());
        }
        return out;
    }
}
