package tradebounds.family.fixedprice.guarantee;

/** A node evaluator that counts its LP solves and where its time went (for the run's summary and the benchmark). */
interface CountsSolves {
    long lpSolves();

    /**
     * Cumulative nanoseconds of building/updating the LP, solving it and the exact leaf checks, then how often the
     * affine LP was tried, how often it closed its box, and its nanoseconds (within the solves): six numbers, summed over threads by {@link NodeLps}.
     */
    default long[] profile() {
        return new long[6];
    }
}
