package tradebounds.family.groups.montecarlo;

import java.math.BigInteger;

/**
 * Exact integer sums over a set of runs: the run count, IR runs, runs with D &ge; 0, and with D quantised to
 * q = round(D 2^24): sum q, sum q^+, sum q^2, sum (q^+)^2 (the last two as 128-bit integers). {@link #merge} is
 * associative and commutative, so shards combine in any order to the same value.
 */
public record PartialSums(long runs, long irRuns, long nonNegativeRuns, BigInteger sumGain, BigInteger sumPlus,
                          BigInteger sumGainSquared, BigInteger sumPlusSquared) {
    public static final double SCALE = 1L << 24;
    public static final PartialSums EMPTY = new PartialSums(0, 0, 0, BigInteger.ZERO, BigInteger.ZERO,
            BigInteger.ZERO, BigInteger.ZERO);

    public PartialSums merge(PartialSums o) {
        return new PartialSums(runs + o.runs, irRuns + o.irRuns, nonNegativeRuns + o.nonNegativeRuns,
                sumGain.add(o.sumGain), sumPlus.add(o.sumPlus), sumGainSquared.add(o.sumGainSquared),
                sumPlusSquared.add(o.sumPlusSquared));
    }

    private double mean(BigInteger s, double scale) {
        return s.doubleValue() / scale / runs;
    }

    public double irProbability() {
        return (double) irRuns / runs;
    }

    public double irStandardError() {
        double p = irProbability();
        return Math.sqrt(p * (1 - p) / runs);
    }

    public double nonNegative() {
        return (double) nonNegativeRuns / runs;
    }

    public double nonNegativeStandardError() {
        double p = nonNegative();
        return Math.sqrt(p * (1 - p) / runs);
    }

    /** sum D / sum D^+ (ratio of means). */
    public double ratioOfMeans() {
        return sumGain.doubleValue() / sumPlus.doubleValue();
    }

    /**
     * Delta-method standard error of the ratio estimate R = mean(D)/mean(D^+): sqrt(Var(D - R D^+) / N) / mean(D^+),
     * using D D^+ = (D^+)^2.
     */
    public double ratioStandardError() {
        double r = ratioOfMeans();
        double ed = mean(sumGain, SCALE);
        double ep = mean(sumPlus, SCALE);
        double edd = mean(sumGainSquared, SCALE * SCALE);
        double epp = mean(sumPlusSquared, SCALE * SCALE);
        double var = edd - 2 * r * epp + r * r * epp - Math.pow(ed - r * ep, 2);
        return Math.sqrt(Math.max(0, var) / runs) / ep;
    }
}
