package tradebounds.family.groups;

/**
 * Effort of a Table 1 evaluation.
 *
 * @param latticeK     lattice resolution K (grid 1/K) for normal and mixed cells at n = 5
 * @param largeExact   compute Bernoulli n = 10^4 cells by exact binomial sums (about 10 s each) instead of
 *                     Bernstein bounds, and uniform n = 10^4 IR cells whose Bernstein enclosure is wider than
 *                     1e-9 by exact Irwin-Hall sums (about 2 minutes each)
 * @param mcRuns       Monte Carlo runs for the normal and mixed n = 100 estimates (no enclosure there)
 * @param pilotRuns    Monte Carlo runs used to estimate efficiency standard errors of normal and mixed cells
 * @param seed         base seed of every Monte Carlo
 * @param threads      threads for Monte Carlo
 * @param maxN         skip entries with n above this (tests)
 */
public record Config(int latticeK, boolean largeExact, long mcRuns, long pilotRuns, long seed, int threads, int maxN) {
    /**
     * The default audit's effort (it must stay within minutes for all 72 cells): Bernstein bounds instead of
     * exact sums at n = 10^4, a coarser lattice, fewer Monte Carlo runs. docs/findings-seed002.md uses
     * {@link #report()}.
     */
    public static Config audit() {
        return new Config(500, false, 20_000, 5_000, 20_020_002L, 2, 10_000);
    }

    /** What generated docs/findings-seed002.md. */
    public static Config report() {
        return new Config(2000, true, 100_000, 20_000, 20_020_002L, 2, 10_000);
    }
}
