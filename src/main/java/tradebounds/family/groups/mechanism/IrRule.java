package tradebounds.family.groups.mechanism;

/**
 * Group IR: "the total utility of buyers and sellers should be positive respectively" (Sec. 3). A run is IR when
 * both totals pass; the two options differ only on ties (total exactly 0), which have positive probability for
 * Bernoulli laws with n p integral.
 */
public enum IrRule {
    /** total &gt; 0: "positive" read strictly (the stated reading). */
    STRICT,
    /** total &ge; 0: non-negative. */
    WEAK;

    public boolean holds(double total) {
        return this == STRICT ? total > 0 : total >= 0;
    }
}
