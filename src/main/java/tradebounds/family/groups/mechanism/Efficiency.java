package tradebounds.family.groups.mechanism;

/**
 * How "empirical expected GFT/FB" is averaged over runs. With D = sum v - sum c the realised gain of the forced
 * trade, FB per run is D^+.
 */
public enum Efficiency {
    /** E[D] / E[D^+]: mean GFT over mean first best (the stated reading: "expected GFT/FB"). */
    RATIO_OF_MEANS,
    /**
     * E[min(1, max(0, D/D^+))] with 0/0 = 1: per-run ratio clipped to [0,1], which equals P(D &ge; 0). A run with
     * D &lt; 0 has FB = 0 and a negative GFT, so its unclipped ratio is undefined; clipping is the only reading
     * that yields a number in [0,1].
     */
    MEAN_OF_RUN_RATIOS
}
