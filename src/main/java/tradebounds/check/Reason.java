package tradebounds.check;

/**
 * Why the checker rejected a certificate. The checker's own vocabulary, never a solver status. Structural
 * reasons (the certificate cannot be understood) map to exit code 2, the others (it is understood and wrong)
 * to exit code 1.
 */
public enum Reason {
    MALFORMED(true),
    DIMENSION(true),
    UNKNOWN_NAME(true),
    DUPLICATE_NAME(true),
    /** A section the TYPE or a CLAIM needs is absent. */
    MISSING_SECTION(true),
    /** A section the TYPE does not use is present (nothing unchecked may hide in a certificate). */
    UNUSED_SECTION(true),
    /** A claim the certificate's TYPE does not make, or that needs a linear program. */
    CLAIM_NOT_ALLOWED(true),
    UNREADABLE(true),
    /** SOL leaves a variable bound. */
    BOUND_VIOLATED(false),
    /** SOL leaves a row. */
    ROW_VIOLATED(false),
    OBJECTIVE_ABOVE_CLAIM(false),
    OBJECTIVE_BELOW_CLAIM(false),
    /** A split dual part is negative. */
    DUAL_SIGN(false),
    /** The safe dual bound is void or does not reach the claim. */
    BOUND_NOT_IMPLIED(false),
    /** Prices are not 0 = p_1 &lt; p_2 &lt; ... &lt; p_n. */
    PRICE_ORDER(false),
    EPS_NOT_POSITIVE(false),
    /** 0 = p_1 &lt; p_1 + eps/k &lt; p_2 &lt; ... fails. */
    EPS_TOO_LARGE(false),
    NEGATIVE_MASS(false),
    MASS_NOT_ONE(false),
    NEGATIVE_VALUE(false),
    /** The laws are not those of a distribution over monotone marginal vectors. */
    NOT_REALIZABLE(false),
    /** OPT(I) = 0, so no ratio is defined. */
    ZERO_OPT(false),
    RATIO_ABOVE_CLAIM(false),
    /** An operation of a cover's LET program left its domain over a leaf's region. */
    LEAF_FAILED(false),
    /** A cover leaf's enclosure does not reach its stated bound, or the bound does not reach the claim. */
    LEAF_BOUND(false),
    /** A leaf marked empty whose region is not proved empty. */
    LEAF_NOT_EMPTY(false),
    /** A point-value POINT outside its COORD range, or a FEASIBLE quantity not proved >= 0 there. */
    POINT_OUTSIDE(false),
    /** A point-value GOAL enclosure that does not prove its claim. */
    VALUE_NOT_PROVED(false),
    /** A tree split whose point is not strictly inside its (order-tightened) box. */
    SPLIT_OUTSIDE_BOX(false),
    /** A tree leaf the prover left open: the certificate is partial. */
    OPEN_LEAF(false);

    private final boolean structural;

    Reason(boolean structural) {
        this.structural = structural;
    }

    public boolean structural() {
        return structural;
    }
}
