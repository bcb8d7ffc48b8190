package tradebounds.family.fixedprice.witness;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import tradebounds.check.PointCheck;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.Qcp41Builder;
import tradebounds.family.fixedprice.program.Qcp42Builder;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.SolverAdapter;

/**
 * Searches for a feasible point of program (4.2) with small r and repairs it into an exact one.
 *
 * <p>Method: sequential LP with second-order correction ({@link WitnessSearchSlp}) on the printed bilinear model,
 * every LP through the given {@link SolverAdapter}. The first start is structured (seller mass 0.9 at p_1 = 0,
 * the rest uniform on p_2..p_{n-1}; buyer with the equal-revenue survival min(1, 0.3/p_j) truncated at p_n);
 * later starts, while the budget lasts, are drawn from a {@link SplittableRandom} seeded with {@code seed}. Each
 * start's end point is repaired by {@link WitnessSearchRepair} and the least exact r is kept. Deterministic for a
 * given seed as long as no LP hits its time limit and the budget ends no start early.
 */
public final class WitnessSearch {
    private WitnessSearch() {
    }

    public static WitnessSearchResult forProgram42(List<Rational> prices, long seed, Duration budget, SolverAdapter lp,
                                                   Consumer<String> progress) {
        return forProgram42(prices, seed, budget, Integer.MAX_VALUE, lp, progress);
    }

    /** As above, trying at most {@code maxStarts} starts. */
    public static WitnessSearchResult forProgram42(List<Rational> prices, long seed, Duration budget, int maxStarts,
                                                   SolverAdapter lp, Consumer<String> progress) {
        Model model = Qcp42Builder.build(PriceList.validated(prices));
        return search(model, prices, seed, budget, maxStarts, lp, progress, x -> WitnessSearchRepair.repair42(model, x));
    }

    /**
     * The same search on the guarantee program (4.1): a feasible point with small r is an upper bound on r_1, and
     * one below a published guarantee would refute it. Repair by {@link GuaranteePointRepair}.
     */
    public static WitnessSearchResult forProgram41(List<Rational> prices, long seed, Duration budget, int maxStarts,
                                                   SolverAdapter lp, Consumer<String> progress) {
        Model model = Qcp41Builder.build(PriceList.validated(prices));
        return search(model, prices, seed, budget, maxStarts, lp, progress,
                x -> GuaranteePointRepair.repair41(model, x, prices));
    }

    private static WitnessSearchResult search(Model model, List<Rational> prices, long seed, Duration budget,
                                              int maxStarts, SolverAdapter lp, Consumer<String> progress,
                                              Function<double[], Optional<Rational[]>> repair) {
        long t0 = System.nanoTime();
        long deadline = t0 + budget.toNanos();
        List<Rational> p = PriceList.validated(prices);
        int n = p.size();
        double[] price = p.stream().mapToDouble(Rational::toDouble).toArray();
        WitnessSearchProgram prog = new WitnessSearchProgram(model);
        double[] scale = new double[2 * n + 1];
        for (int i = 0; i < n; i++) {
            scale[i] = 1;
            scale[n + i] = 1 / Math.max(1, price[i]);
        }
        scale[2 * n] = 1;
        SplittableRandom random = new SplittableRandom(seed);
        return bestOfStarts(model, prog, scale, 2 * n, t0, deadline, maxStarts, lp, progress, s -> "start " + s,
                s -> s == 0 ? structuredStart(price) : randomStart(price, random), (x, label) -> repair.apply(x));
    }

    /**
     * The multi-start loop of this search and {@link MultiUnitWitnessSearch}: start s = 0, 1, ... (while s &lt;
     * maxStarts and, after the first, the deadline lasts) gets one SLP run and the exact repair; the least exact r
     * (entry {@code rIndex}) is kept.
     */
    static WitnessSearchResult bestOfStarts(Model model, WitnessSearchProgram prog, double[] scale, int rIndex,
                                            long t0, long deadline, int maxStarts, SolverAdapter lp,
                                            Consumer<String> progress, IntFunction<String> label,
                                            IntFunction<double[]> start,
                                            BiFunction<double[], String, Optional<Rational[]>> repair) {
        WitnessSearchSlp.Parameters par = WitnessSearchSlp.Parameters.defaults();
        Rational[] best = null;
        double bestFloat = Double.NaN;
        double bestViolation = Double.NaN;
        int iterations = 0;
        int lps = 0;
        int starts = 0;
        while (starts < maxStarts && (starts == 0 || System.nanoTime() < deadline)) {
            double[] x0 = start.apply(starts);
            String name = label.apply(starts);
            WitnessSearchSlp.Run run = WitnessSearchSlp.minimise(prog, x0, scale, par, deadline, lp, progress, name);
            starts++;
            iterations += run.iterations();
            lps += run.lpCount();
            double floatR = run.point()[rIndex];
            Optional<Rational[]> repaired = repair.apply(run.point(), name);
            if (repaired.isEmpty()) {
                progress.accept(String.format("%s: float r %.10f, repair failed", name, floatR));
                continue;
            }
            Rational r = repaired.get()[rIndex];
            progress.accept(String.format("%s: float r %.10f, exact r %s", name, floatR, r.toDecimal(9, true)));
            if (best == null || r.compareTo(best[rIndex]) < 0) {
                best = repaired.get();
                bestFloat = floatR;
                bestViolation = prog.totalViolation(run.point());
            }
        }
        if (best != null && !PointCheck.maxViolation(model, best).feasible()) {
            throw new IllegalStateException("repaired point lost feasibility: " + PointCheck.maxViolation(model, best));
        }
        return new WitnessSearchResult(Optional.ofNullable(best), Optional.ofNullable(best == null ? null : best[rIndex]),
                bestFloat, bestViolation, iterations, lps, starts, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Seller 0.9 at p_1, 0.1 spread over p_2..p_{n-1}; buyer survival min(1, 0.3/p_j), the rest at p_n. */
    static double[] structuredStart(double[] price) {
        int n = price.length;
        double[] x = new double[2 * n + 1];
        if (n == 2) {
            x[0] = 1;
        } else {
            x[0] = 0.9;
            for (int i = 1; i < n - 1; i++) {
                x[i] = 0.1 / (n - 2);
            }
        }
        double previous = 1;
        for (int j = 1; j < n; j++) {
            double survival = Math.min(1, 0.3 / price[j]);
            x[n + j - 1] = previous - survival;
            previous = survival;
        }
        x[2 * n - 1] = previous;
        return x;
    }

    /** Flat-Dirichlet masses, extra seller mass at p_1, buyer mass below 1.2/p_n at p_n. */
    static double[] randomStart(double[] price, SplittableRandom random) {
        int n = price.length;
        double[] x = new double[2 * n + 1];
        dirichlet(x, 0, n, random);
        x[0] += random.nextDouble() * 5;
        normalise(x, 0, n);
        dirichlet(x, n, 2 * n, random);
        x[2 * n - 1] = random.nextDouble() * Math.min(1, 1.2 / price[n - 1]);
        normalise(x, n, 2 * n);
        return x;
    }

    private static void dirichlet(double[] x, int from, int to, SplittableRandom random) {
        for (int k = from; k < to; k++) {
            x[k] = -Math.log(1 - random.nextDouble());
        }
        normalise(x, from, to);
    }

    private static void normalise(double[] x, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += x[k];
        }
        for (int k = from; k < to; k++) {
            x[k] /= sum;
        }
    }
}
