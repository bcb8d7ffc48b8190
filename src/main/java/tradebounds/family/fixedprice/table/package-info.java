/**
 * Regenerations of the paper's tables by search: Table 1 (multi-unit hardness by k), the values beyond the table,
 * and the support sweep over the parameters of Proposition 6.1. Untrusted drivers of the witness searches.
 */
package tradebounds.family.fixedprice.table;
