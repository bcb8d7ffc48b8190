package tradebounds.solve;

/** What the duals in a {@link SolveResult} are worth. Even TRUSTED duals prove nothing until checked. */
public enum DualTrust {
    /** None were returned. */
    NONE,
    /** The adapter believes them to be row multipliers (still only a candidate). */
    TRUSTED,
    /** Returned, but this solver is known to return wrong values here; kept so {@code compare} can expose it. */
    KNOWN_DEFECT,
    /** Returned by an approximate method (first-order, e.g. PDLP): useful only through a safe bound. */
    APPROXIMATE
}
