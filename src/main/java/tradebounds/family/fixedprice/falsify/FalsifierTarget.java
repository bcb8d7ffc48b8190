package tradebounds.family.fixedprice.falsify;

/** Which ratio the falsifier drives down; both are reported for every exact finding. */
public enum FalsifierTarget {
    /** SW(I, M) / OPT(I) for the mechanism M of Definition 4.1: the quantity Proposition 4.1 bounds. */
    MECHANISM,
    /** sup_p SW(I, p) / OPT(I), the best fixed price: the quantity r_1^* of (3.1) takes the infimum of. */
    BEST_PRICE
}
