package tradebounds.family.fixedprice.falsify;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/**
 * Searches for a k-unit instance (k &gt;= 2) on which the mechanism M of Definition 4.1 does badly, i.e. minimises
 * SW(I, M)/OPT(I) with M's per-unit prices OPT(I) p_t ((5.1) normalises the k-unit OPT summed over units to 1,
 * so the basic prices are per-unit prices of a unit-OPT instance). Proposition 5.2 claims ratio &gt;= 0.65 for
 * k = 2 with its 39 basic prices; an exact finding below that would refute it.
 *
 * <p>Instances are distributions over monotone marginal vectors: seller atoms w~ nondecreasing, buyer atoms v^
 * nonincreasing (the isomorphism of Section 3), kept monotone by re-sorting each touched vector. The search runs
 * in doubles (random restarts, then threshold-free hill climbing over value, mass and "snap" moves that put a
 * value exactly on a price OPT p_t, where the welfare jumps); every double improvement is rounded to a rational
 * instance (grid 1e-9) and re-evaluated exactly by {@link FalsifierFinding#evaluate}; only exact findings count.
 * Deterministic given the settings while the evaluation cap binds; the clock only stops it.
 */
public final class MultiUnitFalsifier {
    /** The 39 basic prices of Proposition 5.2, as printed. */
    private static final List<String> PROP52 = List.of("0", "0.02", "0.04", "0.06", "0.08", "0.1", "0.12", "0.14",
            "0.16", "0.18", "0.2", "0.22", "0.24", "0.26", "0.28", "0.3", "0.32", "0.34", "0.36", "0.38", "0.4", "0.42",
            "0.46", "0.48", "0.5", "0.52", "0.54", "0.56", "0.58", "0.6", "0.64", "0.66", "0.7", "0.72", "0.82", "0.92",
            "0.98", "1.25", "1000");
    private static final long GRID = 1_000_000_000L;

    /** Search settings; {@code atoms} per side, {@code maxEvaluations} double evaluations in all. */
    public record Settings(int units, List<Rational> basicPrices, int atoms, long seed, Duration budget,
                           long maxEvaluations, int restarts) {
        public static Settings prop52(long seed, Duration budget) {
            return new Settings(2, prop52Prices(), 4, seed, budget, Long.MAX_VALUE, 40);
        }
    }

    /** The lowest exact mechanism ratio found, with the effort spent. */
    public record Result(FalsifierFinding lowest, long evaluations, int exactEvaluations, Duration elapsed) {
    }

    private final Settings settings;
    private final double[] basic;
    private final SplittableRandom rnd;
    private long evaluations;
    private int exact;
    private FalsifierFinding lowest;

    private MultiUnitFalsifier(Settings settings) {
        this.settings = settings;
        this.basic = settings.basicPrices().stream().mapToDouble(Rational::toDouble).toArray();
        this.rnd = new SplittableRandom(settings.seed());
    }

    /** {@code MultiUnitFalsifier seconds seed atoms}: a k = 2 run against Proposition 5.2; prints the lowest finding. */
    public static void run(String[] args) {
        Settings s = new Settings(2, prop52Prices(), Integer.parseInt(args[2]), Long.parseLong(args[1]),
                Duration.ofSeconds(Long.parseLong(args[0])), Long.MAX_VALUE, Integer.MAX_VALUE);
        Result r = run(s, System.err::println);
        System.out.println("lowest exact mechanism ratio " + r.lowest().mechanismRatio().toDecimal(9, false)
                + " (best fixed price " + r.lowest().bestPriceRatio().toDecimal(9, false) + "), "
                + r.evaluations() + " evaluations, " + r.exactEvaluations() + " exact, " + r.lowest().origin());
    }

    public static List<Rational> prop52Prices() {
        return PriceList.parse(PROP52);
    }

    /** Runs the search and returns the lowest exact finding (never null: the first restart is always evaluated). */
    public static Result run(Settings settings, Consumer<String> progress) {
        if (settings.units() < 2 || settings.atoms() < 1) {
            throw new IllegalArgumentException("need units >= 2 and atoms >= 1");
        }
        long t0 = System.nanoTime();
        long deadline = t0 + settings.budget().toNanos();
        MultiUnitFalsifier f = new MultiUnitFalsifier(settings);
        for (int run = 0; run < settings.restarts(); run++) {
            if (run > 0 && (System.nanoTime() >= deadline || f.evaluations >= settings.maxEvaluations())) {
                break;
            }
            f.climb(f.randomStart(), deadline, "restart " + run, progress);
        }
        return new Result(f.lowest, f.evaluations, f.exact, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Instance in doubles: [side][atom][q] values and [side][atom] unnormalised weights; side 0 seller. */
    private record State(double[][][] values, double[][] weights) {
        State copy() {
            double[][][] v = new double[2][][];
            double[][] w = new double[2][];
            for (int s = 0; s < 2; s++) {
                v[s] = new double[values[s].length][];
                for (int a = 0; a < values[s].length; a++) {
                    v[s][a] = values[s][a].clone();
                }
                w[s] = weights[s].clone();
            }
            return new State(v, w);
        }
    }

    private State randomStart() {
        int m = settings.atoms();
        int k = settings.units();
        double[][][] v = new double[2][m][k];
        double[][] w = new double[2][m];
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < m; a++) {
                w[s][a] = 0.05 + rnd.nextDouble();
                for (int q = 0; q < k; q++) {
                    // Seller mass near 0 and heavy-tailed buyers are the shapes of the known hard instances.
                    boolean zero = s == 0 && rnd.nextDouble() < 0.4;
                    v[s][a][q] = zero ? 0 : Math.exp(rnd.nextGaussian() * 1.2);
                }
                sortAtom(v[s][a], s == 0);
            }
        }
        return new State(v, w);
    }

    private void climb(State start, long deadline, String origin, Consumer<String> progress) {
        State cur = start;
        double curRatio = ratio(cur);
        exactIfLower(cur, origin);
        int stale = 0;
        while (stale < 4000 && System.nanoTime() < deadline && evaluations < settings.maxEvaluations()) {
            State next = move(cur);
            double r = ratio(next);
            if (r < curRatio - 1e-12) {
                cur = next;
                curRatio = r;
                stale = 0;
                if (lowest == null || r < lowest.mechanismRatio().toDouble() - 1e-7) {
                    exactIfLower(cur, origin);
                    progress.accept(origin + ": double " + r + ", lowest exact "
                            + lowest.mechanismRatio().toDecimal(9, false).toPlainString());
                }
            } else {
                stale++;
            }
        }
        exactIfLower(cur, origin + " end");
    }

    private State move(State s) {
        State n = s.copy();
        int side = rnd.nextInt(2);
        int a = rnd.nextInt(settings.atoms());
        int kind = rnd.nextInt(4);
        double[] vec = n.values()[side][a];
        int q = rnd.nextInt(vec.length);
        if (kind == 0) {
            n.weights()[side][a] *= Math.exp(rnd.nextGaussian() * 0.3);
        } else if (kind == 1) {
            vec[q] = vec[q] == 0 ? 0.01 * rnd.nextDouble() : vec[q] * Math.exp(rnd.nextGaussian() * 0.2);
        } else if (kind == 2) {
            vec[q] = side == 0 && rnd.nextDouble() < 0.2 ? 0 : vec[q] + rnd.nextGaussian() * 0.01;
            vec[q] = Math.max(0, vec[q]);
        } else {
            // Snap onto one of M's prices: buyers trade at v >= p and sellers at w <= p, so sitting exactly on
            // (or just past) a price is where the adversary gains.
            double price = opt(n) * basic[rnd.nextInt(basic.length)];
            double nudge = rnd.nextBoolean() ? 1 : (side == 0 ? 1 + 1e-6 : 1 - 1e-6);
            vec[q] = price * nudge;
        }
        sortAtom(vec, side == 0);
        return n;
    }

    /** Seller marginal decrements ascending, buyer marginal increments descending (Section 3). */
    private static void sortAtom(double[] v, boolean seller) {
        Arrays.sort(v);
        if (!seller) {
            for (int i = 0, j = v.length - 1; i < j; i++, j--) {
                double t = v[i];
                v[i] = v[j];
                v[j] = t;
            }
        }
    }

    private double opt(State s) {
        double[] ws = normalised(s.weights()[0]);
        double[] wb = normalised(s.weights()[1]);
        double total = 0;
        for (int a = 0; a < ws.length; a++) {
            for (int b = 0; b < wb.length; b++) {
                for (int q = 0; q < settings.units(); q++) {
                    total += ws[a] * wb[b] * Math.max(s.values()[0][a][q], s.values()[1][b][q]);
                }
            }
        }
        return total;
    }

    /** SW(I, M) / OPT(I) in doubles: (1.2) at every price OPT p_t, the best one. */
    private double ratio(State s) {
        evaluations++;
        double[] ws = normalised(s.weights()[0]);
        double[] wb = normalised(s.weights()[1]);
        double opt = opt(s);
        if (opt <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double best = 0;
        for (double t : basic) {
            double p = opt * t;
            double sw = 0;
            for (int a = 0; a < ws.length; a++) {
                for (int b = 0; b < wb.length; b++) {
                    for (int q = 0; q < settings.units(); q++) {
                        double w = s.values()[0][a][q];
                        double v = s.values()[1][b][q];
                        sw += ws[a] * wb[b] * (w <= p && p <= v ? v : w);
                    }
                }
            }
            best = Math.max(best, sw);
        }
        return best / opt;
    }

    private static double[] normalised(double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / sum;
        }
        return out;
    }

    private void exactIfLower(State s, String origin) {
        FixedPriceInstance inst = exactInstance(s);
        if (inst == null) {
            return;
        }
        exact++;
        FalsifierFinding f = FalsifierFinding.evaluate(inst, settings.basicPrices(), origin, evaluations);
        if (lowest == null || f.mechanismRatio().compareTo(lowest.mechanismRatio()) < 0) {
            lowest = f;
        }
    }

    /** Rounds values and masses to the 1e-9 grid; rounding is monotone, so every vector stays monotone. */
    private FixedPriceInstance exactInstance(State s) {
        List<Distribution> sides = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            double[] w = normalised(s.weights()[side]);
            List<Atom> atoms = new ArrayList<>();
            Rational rest = Rational.ONE;
            for (int a = 0; a < w.length; a++) {
                Rational p = a + 1 == w.length ? rest : Rational.of(Math.max(1, Math.round(w[a] * GRID)), GRID);
                rest = rest.subtract(p);
                if (p.signum() <= 0) {
                    return null;
                }
                List<Rational> vals = new ArrayList<>();
                for (double x : s.values()[side][a]) {
                    vals.add(Rational.of(BigInteger.valueOf(Math.round(x * GRID)), BigInteger.valueOf(GRID)));
                }
                atoms.add(new Atom(p, vals));
            }
            sides.add(new Distribution(atoms));
        }
        return new FixedPriceInstance(settings.units(), sides.get(0), sides.get(1));
    }
}
