package tradebounds.family.fixedprice.guarantee;

/** A node evaluator that counts its LP solves (for the run's summary and the benchmark). */
interface CountsSolves {
    long lpSolves();
}
