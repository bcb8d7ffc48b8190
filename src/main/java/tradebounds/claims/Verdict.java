package tradebounds.claims;

/**
 * The audit's answer for one published claim. Derived here from checker outcomes and solver candidates; the
 * checker itself never says CERTIFIED.
 */
public enum Verdict {
    /** The exact checker accepted a certificate that establishes the claim. */
    CERTIFIED,
    /** Only a solver's (or a search's) floating answer supports the claim. */
    NUMERIC,
    /** A checked certificate contradicts the published value or the paper's evidence. */
    REFUTED,
    /** Not established either way. */
    OPEN
}
