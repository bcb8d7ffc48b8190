package tradebounds.family.fixedprice.falsify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/**
 * Searches for a single-unit instance I on which the mechanism M of Definition 4.1 does badly, i.e. minimises
 * SW(I, M)/OPT(I) (or the best fixed price's ratio, see {@link FalsifierTarget}). Proposition 4.1 claims the
 * mechanism ratio is at least 0.7292 on every instance, so an exact finding below the claim refutes it.
 *
 * <p>Phases: random instances of several shapes ({@link FalsifierShapes}), then local search from the best of
 * them (and from any given instances): threshold accepting over moves of one atom's value or mass, mass
 * transfers, and "snap" moves that put an atom just beside one of M's prices OPT(I) p_t, where the ratio jumps.
 * The search runs in doubles on an integer grid ({@link FalsifierCandidate}); every candidate that improves the
 * search's best, and the end point of every local run, is re-evaluated exactly by
 * {@link tradebounds.check.WelfareEvaluator}, and only exact findings are reported.
 *
 * <p>Deterministic given the config while {@code maxEvaluations} binds: one seeded {@link Random}, no threads,
 * and the wall clock only decides when to report progress and when the time cap stops the run.
 */
public final class Falsifier {
    private static final int POOL_SIZE = 8;

    private final FalsifierConfig config;
    private final double[] basic;
    private final FalsifierFastEvaluator fast;
    private final Random rnd;
    private final Consumer<FalsifierProgress> progress;
    private final long startNanos = System.nanoTime();
    private long lastProgressNanos = startNanos;
    private long evaluations;
    private long exactEvaluations;
    private boolean timeUp;
    private String phase = "given";
    private double bestSearch = Double.POSITIVE_INFINITY;
    private FalsifierFinding lowestMechanism;
    private FalsifierFinding lowestBestPrice;
    private final List<FalsifierFinding> improvements = new ArrayList<>();

    private Falsifier(FalsifierConfig config, Consumer<FalsifierProgress> progress) {
        this.config = config;
        this.basic = config.basicPrices().stream().mapToDouble(Rational::toDouble).toArray();
        this.fast = new FalsifierFastEvaluator(basic);
        this.rnd = new Random(config.seed());
        this.progress = progress == null ? p -> { } : progress;
    }

    /** A full run with no given instances and no progress reports. */
    public static FalsifierResult run(FalsifierConfig config) {
        return run(config, List.of(), null);
    }

    /**
     * A full run. Each given instance is evaluated exactly as it is (any number of units); single-unit ones are
     * also moved onto the search grid and used as local-search starts, ahead of the random ones.
     *
     * @param progress called about every {@code config.progressEvery()} with the state of the search; may be null
     */
    public static FalsifierResult run(FalsifierConfig config, List<FixedPriceInstance> given,
            Consumer<FalsifierProgress> progress) {
        return new Falsifier(config, progress).search(given);
    }

    /** Hook for a single instance (such as a hardness witness): its exact evaluation against the basic prices. */
    public static FalsifierFinding evaluate(FixedPriceInstance instance, List<Rational> basicPrices) {
        return FalsifierFinding.evaluate(instance, basicPrices, "given", 0);
    }

    private FalsifierResult search(List<FixedPriceInstance> given) {
        List<FalsifierCandidate> starts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            record(FalsifierFinding.evaluate(given.get(i), config.basicPrices(), "given[" + i + "]", 0));
            if (given.get(i).units() == 1) {
                starts.add(FalsifierCandidate.of(given.get(i)));
            }
        }
        phase = "random";
        List<Scored> pool = randomPhase();
        phase = "local";
        localPhase(starts, pool);
        report(true);
        boolean counterexample = lowestMechanism != null
                && lowestMechanism.mechanismRatio().compareTo(config.claim()) < 0;
        return new FalsifierResult(config, lowestMechanism, lowestBestPrice, improvements, counterexample, evaluations,
                exactEvaluations, elapsed());
    }

    private record Scored(FalsifierCandidate candidate, double score) {
    }

    private List<Scored> randomPhase() {
        long budget = Math.max(1, (long) (config.maxEvaluations() * config.randomFraction()));
        List<Scored> pool = new ArrayList<>();
        for (long n = 0; n < budget && !exhausted(); n++) {
            int shape = (int) (n % FalsifierShapes.NAMES.length);
            FalsifierCandidate c = FalsifierShapes.draw(shape, rnd, config.minAtoms(), config.maxAtoms());
            double s = score(c);
            if (s < bestSearch) {
                bestSearch = s;
                exact(c, "random/" + FalsifierShapes.NAMES[shape]);
            }
            if (pool.size() < POOL_SIZE || s < pool.get(pool.size() - 1).score()) {
                pool.add(new Scored(c, s));
                pool.sort(Comparator.comparingDouble(Scored::score));
                if (pool.size() > POOL_SIZE) {
                    pool.remove(pool.size() - 1);
                }
            }
        }
        return pool;
    }

    private void localPhase(List<FalsifierCandidate> given, List<Scored> randomPool) {
        List<Scored> pool = new ArrayList<>();
        for (FalsifierCandidate c : given) {
            pool.add(new Scored(c, score(c)));
        }
        pool.addAll(randomPool);
        if (pool.isEmpty()) {
            return;
        }
        long remaining = config.maxEvaluations() - evaluations;
        long runLength = Math.max(2_000, remaining / (3L * pool.size()));
        Scored globalBest = pool.stream().min(Comparator.comparingDouble(Scored::score)).orElseThrow();
        for (int run = 0; !exhausted(); run++) {
            int slot = run % pool.size();
            // Every third run after the first round restarts from a kicked copy of the best point so far.
            boolean kick = run >= pool.size() && run % 3 == 2;
            FalsifierCandidate start = kick ? kicked(globalBest.candidate()) : pool.get(slot).candidate();
            Scored end = localRun(start, runLength);
            if (!kick && end.score() <= pool.get(slot).score()) {
                pool.set(slot, end);
            }
            if (end.score() < globalBest.score()) {
                globalBest = end;
            }
        }
    }

    /** Threshold accepting with a step size that grows on success and shrinks on failure. */
    private Scored localRun(FalsifierCandidate start, long length) {
        FalsifierCandidate cur = start.copy();
        double curScore = score(cur);
        double curOpt = fast.opt;
        FalsifierCandidate runBest = cur;
        double runBestScore = curScore;
        double sigma = 0.3;
        for (long i = 0; i < length && !exhausted(); i++) {
            double threshold = 0.002 * (1 - (double) i / length);
            FalsifierCandidate cand = mutate(cur, sigma, curOpt);
            double s = score(cand);
            if (s < curScore + threshold) {
                cur = cand;
                curScore = s;
                curOpt = fast.opt;
            }
            if (s < runBestScore) {
                runBest = cand;
                runBestScore = s;
                sigma = Math.min(1.0, sigma * 1.1);
                if (s < bestSearch) {
                    bestSearch = s;
                    exact(cand, "local");
                }
            } else {
                sigma = Math.max(1e-4, sigma * 0.995);
            }
        }
        exact(runBest, "local");
        return new Scored(runBest, runBestScore);
    }

    private FalsifierCandidate mutate(FalsifierCandidate c, double sigma, double opt) {
        FalsifierCandidate m = c.copy();
        boolean seller = rnd.nextBoolean();
        long[] values = seller ? m.sellerValues : m.buyerValues;
        long[] weights = seller ? m.sellerWeights : m.buyerWeights;
        int i = rnd.nextInt(values.length);
        double move = rnd.nextDouble();
        if (move < 0.35) {
            if (values[i] == 0 || rnd.nextInt(10) == 0) {
                values[i] = values[i] == 0 && rnd.nextBoolean() ? 0 : grid(opt * sigma * rnd.nextDouble());
            } else {
                values[i] = FalsifierCandidate.clampValue(Math.round(values[i] * Math.exp(sigma * rnd.nextGaussian())));
            }
        } else if (move < 0.65) {
            if (rnd.nextInt(20) == 0 && positive(weights) > 1) {
                weights[i] = 0;
            } else {
                double w = Math.max(weights[i], 1 + rnd.nextInt(1000));
                weights[i] = clampWeight(Math.round(w * Math.exp(2 * sigma * rnd.nextGaussian())));
            }
        } else if (move < 0.85) {
            // Just beside one of M's prices OPT p_t: a buyer just below misses that price, a seller just above too.
            double price = opt * basic[rnd.nextInt(basic.length)];
            long at = grid(price);
            values[i] = FalsifierCandidate.clampValue(seller ? at + 1 + rnd.nextInt(3) : at - 1 - rnd.nextInt(3));
        } else {
            int j = rnd.nextInt(values.length);
            long amount = Math.round(weights[i] * rnd.nextDouble() * sigma);
            if (i != j && weights[i] - amount > 0) {
                weights[i] -= amount;
                weights[j] = clampWeight(weights[j] + amount);
            }
        }
        if (positive(weights) == 0) {
            weights[i] = 1;
        }
        return m;
    }

    private FalsifierCandidate kicked(FalsifierCandidate c) {
        FalsifierCandidate m = c.copy();
        for (long[] v : new long[][] {m.sellerValues, m.buyerValues}) {
            for (int i = 0; i < v.length; i++) {
                v[i] = FalsifierCandidate.clampValue(Math.round(v[i] * Math.exp(0.05 * rnd.nextGaussian())));
            }
        }
        for (long[] w : new long[][] {m.sellerWeights, m.buyerWeights}) {
            for (int i = 0; i < w.length; i++) {
                w[i] = clampWeight(Math.round(w[i] * Math.exp(0.2 * rnd.nextGaussian())));
            }
            if (positive(w) == 0) {
                w[0] = 1;
            }
        }
        return m;
    }

    private static long grid(double value) {
        return FalsifierCandidate.clampValue((long) Math.floor(value * FalsifierCandidate.VALUE_DEN));
    }

    private static long clampWeight(long w) {
        return Math.max(0, Math.min(FalsifierCandidate.MAX_WEIGHT, w));
    }

    private static int positive(long[] w) {
        int n = 0;
        for (long x : w) {
            n += x > 0 ? 1 : 0;
        }
        return n;
    }

    /** The target ratio in doubles; +inf when OPT vanishes (all values 0), so such points are never kept. */
    private double score(FalsifierCandidate c) {
        fast.evaluate(c.values(true), c.masses(true), c.values(false), c.masses(false));
        evaluations++;
        if ((evaluations & 255) == 0) {
            timeUp = System.nanoTime() - startNanos > config.maxTime().toNanos();
            report(false);
        }
        if (!(fast.opt > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return (config.target() == FalsifierTarget.MECHANISM ? fast.mechanism : fast.best) / fast.opt;
    }

    private void exact(FalsifierCandidate c, String origin) {
        FixedPriceInstance inst = c.toInstance();
        boolean allZero = inst.seller().atoms().stream().allMatch(a -> a.values().get(0).isZero())
                && inst.buyer().atoms().stream().allMatch(a -> a.values().get(0).isZero());
        if (allZero) {
            return;
        }
        exactEvaluations++;
        record(FalsifierFinding.evaluate(inst, config.basicPrices(), origin, evaluations));
    }

    private void record(FalsifierFinding f) {
        FalsifierFinding previous = config.target() == FalsifierTarget.MECHANISM ? lowestMechanism : lowestBestPrice;
        if (lowestMechanism == null || f.mechanismRatio().compareTo(lowestMechanism.mechanismRatio()) < 0) {
            lowestMechanism = f;
        }
        if (lowestBestPrice == null || f.bestPriceRatio().compareTo(lowestBestPrice.bestPriceRatio()) < 0) {
            lowestBestPrice = f;
        }
        if (previous == null || f.ratio(config.target()).compareTo(previous.ratio(config.target())) < 0) {
            improvements.add(f);
        }
    }

    private boolean exhausted() {
        return evaluations >= config.maxEvaluations() || timeUp;
    }

    private void report(boolean last) {
        long now = System.nanoTime();
        if (last || now - lastProgressNanos >= config.progressEvery().toNanos()) {
            lastProgressNanos = now;
            FalsifierFinding best = config.target() == FalsifierTarget.MECHANISM ? lowestMechanism : lowestBestPrice;
            progress.accept(new FalsifierProgress(phase, evaluations, elapsed(), bestSearch,
                    best == null ? null : best.ratio(config.target())));
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
