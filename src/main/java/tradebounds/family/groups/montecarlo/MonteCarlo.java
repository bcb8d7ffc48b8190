package tradebounds.family.groups.montecarlo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tradebounds.engine.progress.Progress;
import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.ForcedTrade;
import tradebounds.family.groups.mechanism.Law;
import tradebounds.family.groups.mechanism.Reading;

/**
 * Simulation of Algorithm 1 on one {@link Cell} under one {@link Reading}. {@link #shard} is a pure function of
 * (cell, reading, base seed, run range); {@link #run} splits a range over threads and merges exactly.
 */
public final class MonteCarlo {
    private MonteCarlo() {
    }

    /** The seed of run r: SplittableRandom's own mixing of base + r * golden gamma, via a throwaway generator. */
    static long runSeed(long base, long run) {
        return new SplittableRandom(base + run * 0x9E3779B97F4A7C15L).nextLong();
    }

    /** Partial sums over runs [from, to) of the experiment seeded by {@code base}. */
    public static PartialSums shard(Cell cell, Reading reading, long base, long from, long to) {
        Law f = cell.buyerLaw(reading.truncation());
        Law g = cell.sellerLaw(reading.truncation());
        int n = cell.n();
        double price = ForcedTrade.price(cell.muBuyer(), cell.muSeller()).toDouble();
        boolean trade = ForcedTrade.trades(cell.muBuyer(), cell.muSeller());
        long ir = 0;
        long nonNegative = 0;
        long sumGain = 0;
        long sumPlus = 0;
        long[] gainSquared = new long[2];
        long[] plusSquared = new long[2];
        for (long r = from; r < to; r++) {
            SplittableRandom random = new SplittableRandom(runSeed(base, r));
            double values = 0;
            double costs = 0;
            for (int i = 0; i < n; i++) {
                values += f.sample(random);
            }
            for (int j = 0; j < n; j++) {
                costs += g.sample(random);
            }
            if (ForcedTrade.individuallyRational(values, costs, n, price, trade, reading.ir())) {
                ir++;
            }
            double gain = values - costs;
            if (gain >= 0) {
                nonNegative++;
            }
            long q = Math.round(gain * PartialSums.SCALE);
            long qPlus = Math.max(0, q);
            sumGain += q;
            sumPlus += qPlus;
            add128(gainSquared, q);
            add128(plusSquared, qPlus);
        }
        return new PartialSums(to - from, ir, nonNegative, BigInteger.valueOf(sumGain), BigInteger.valueOf(sumPlus),
                to128(gainSquared), to128(plusSquared));
    }

    /** acc += q^2 in unsigned 128-bit (hi, lo). */
    private static void add128(long[] acc, long q) {
        long lo = q * q;
        long hi = Math.multiplyHigh(q, q);
        long sum = acc[1] + lo;
        acc[0] += hi + (Long.compareUnsigned(sum, acc[1]) < 0 ? 1 : 0);
        acc[1] = sum;
    }

    private static BigInteger to128(long[] acc) {
        return BigInteger.valueOf(acc[0]).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(acc[1])));
    }

    /** Runs [from, to) split into contiguous blocks over {@code threads} threads; the result is thread-independent. */
    public static PartialSums run(Cell cell, Reading reading, long base, long from, long to, int threads) {
        long blocks = Math.max(1, Math.min(to - from, threads * 8L));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PartialSums>> parts = new ArrayList<>();
            for (long b = 0; b < blocks; b++) {
                long lo = from + (to - from) * b / blocks;
                long hi = from + (to - from) * (b + 1) / blocks;
                parts.add(pool.submit(() -> shard(cell, reading, base, lo, hi)));
            }
            PartialSums total = PartialSums.EMPTY;
            for (int k = 0; k < parts.size(); k++) {
                total = total.merge(parts.get(k).get());
                // Blocks finish roughly in order; the count is of runs in the blocks merged so far.
                Progress.update("Monte Carlo", (to - from) * (k + 1) / blocks, to - from, "runs", threads
                        + " thread(s)");
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Measured throughput: draws per second (2 n draws per run) over {@code runs} runs on {@code threads}. */
    public static double drawsPerSecond(Cell cell, Reading reading, long runs, int threads) {
        long start = System.nanoTime();
        run(cell, reading, 1L, 0, runs, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        return 2.0 * cell.n() * runs / seconds;
    }

    /**
     * Markdown lines for {@code scripts/bench}: draws per second of {@code runs} runs of the normal (window) n = 100
     * cell and of {@code runs / 100} runs of the Bernoulli n = 10^4 cell, on 1 and 2 threads, with the implied time
     * of the paper's 10^6 runs at n = 10^4 (4 * 10^10 draws).
     */
    public static String throughputReport(long runs) {
        tradebounds.model.Rational a = tradebounds.model.Rational.of(51, 100);
        tradebounds.model.Rational b = tradebounds.model.Rational.of(49, 100);
        Reading reading = new Reading(tradebounds.family.groups.mechanism.Truncation.WINDOW,
                tradebounds.family.groups.mechanism.IrRule.WEAK,
                tradebounds.family.groups.mechanism.Efficiency.RATIO_OF_MEANS);
        StringBuilder sb = new StringBuilder("| cell | threads | draws/s | 4e10 draws would take |\n|---|---|---|---|\n");
        for (Cell cell : new Cell[] {
            new Cell(tradebounds.family.groups.mechanism.Shape.NORMAL, 100, a, b),
            new Cell(tradebounds.family.groups.mechanism.Shape.BERNOULLI, 10_000, a, b)}) {
            long r = cell.n() >= 10_000 ? Math.max(1, runs / 100) : runs;
            for (int threads = 1; threads <= 2; threads++) {
                double rate = drawsPerSecond(cell, reading, r, threads);
                sb.append(String.format(java.util.Locale.ROOT, "| %s n=%d | %d | %.3e | %.1f h |%n",
                        cell.shape(), cell.n(), threads, rate, 4e10 / rate / 3600));
            }
        }
        return sb.toString();
    }
}
