/**
 * Untrusted witness searches for the fixed-price hardness programs (the "completer" in VIPR's terms): sequential LP
 * on programs (4.1), (5.1) and (6.1), single and multi-unit, with exact repairs of the floating answers into
 * candidates. Everything found here is only a candidate until the checker accepts its certificate.
 */
package tradebounds.family.fixedprice.witness;
