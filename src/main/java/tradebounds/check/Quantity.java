package tradebounds.check;

/** An exact value the checker established while proving; stable keys for reports and the claim registry. */
public enum Quantity {
    /** Largest violation of a variable bound or row at SOL (0 when proved). */
    MAX_VIOLATION(Rounding.NONE),
    OBJECTIVE(Rounding.NONE),
    /** Safe dual bound: a lower bound on a min optimum. */
    DUAL_LOWER_BOUND(Rounding.DOWN),
    /** Safe dual bound: an upper bound on a max optimum. */
    DUAL_UPPER_BOUND(Rounding.UP),
    EPS(Rounding.NONE),
    /** SOL["r"] + eps, the bound Lemma 3.3 / 6.1 promises. */
    R_PLUS_EPS(Rounding.UP),
    OPT(Rounding.NONE),
    /** sup_p SW(I, p). */
    SUP_WELFARE(Rounding.NONE),
    /** The smallest price attaining sup_p SW(I, p). */
    BEST_PRICE(Rounding.NONE),
    /** sup_p SW(I, p) / OPT(I). */
    RATIO(Rounding.UP),
    MECHANISM_WELFARE(Rounding.NONE),
    MECHANISM_PRICE(Rounding.NONE),
    /** SW(I, M) / OPT(I) for the mechanism of Definition 4.1. */
    MECHANISM_RATIO(Rounding.UP),
    /** The lowest proved lower end of a cover leaf's goal enclosure: the cover's minimum is at least this. */
    COVER_LOWEST_LEAF(Rounding.DOWN),
    /** A guarantee tree's r: the program has no feasible point at this level, so its optimum is at least it. */
    INFEASIBLE_AT(Rounding.NONE),
    /** A point-value certificate's GOAL at its POINT lies in [VALUE_LOWER, VALUE_UPPER]. */
    VALUE_LOWER(Rounding.DOWN),
    VALUE_UPPER(Rounding.UP);

    /** How a decimal for display is rounded so that it still bounds the exact value on the claimed side. */
    public enum Rounding { NONE, UP, DOWN }

    private final Rounding rounding;

    Quantity(Rounding rounding) {
        this.rounding = rounding;
    }

    public Rounding rounding() {
        return rounding;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
