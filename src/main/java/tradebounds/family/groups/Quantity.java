package tradebounds.family.groups;

/** The two columns of Table 1 for each mean pair. */
public enum Quantity {
    /** Probability that a run is group IR (buyers and sellers). */
    IR,
    /** "Empirical expected GFT/FB" (how it is averaged is a reading). */
    EFFICIENCY;

    public String key() {
        return this == IR ? "ir" : "eff";
    }
}
