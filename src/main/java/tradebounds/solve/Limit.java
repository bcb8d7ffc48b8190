package tradebounds.solve;

/** Which limit stopped a solve; present iff the termination is {@link Termination#LIMIT}. */
public enum Limit {
    TIME,
    ITERATION,
    OTHER
}
