package tradebounds.family.groups.mechanism;

/**
 * How the normal law N(mu, sigma^2), sigma = 1/5, is "truncated to the specified support" (Sec. 6). Only NORMAL
 * (and the normal third of MIXED) depends on it: the uniform laws of Table 1 already lie in [0,1].
 */
public enum Truncation {
    /** Conditioned on the window [mu - 2/5, mu + 2/5] (the uniform family's support, i.e. mu +- 2 sigma). */
    WINDOW,
    /** Conditioned on [0,1] (the textbook truncated normal; what "supported on [0,1]" states). */
    UNIT_CONDITION,
    /** Clamped to [0,1]: min(max(x, 0), 1), atoms at 0 and 1. */
    UNIT_CLAMP,
    /** Not truncated at all (values outside [0,1] allowed). */
    NONE
}
