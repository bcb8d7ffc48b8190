/**
 * Untrusted searches for the fixed-price programs (the "completer" in VIPR's terms): witness searches that
 * call solver adapters and round their answers to exact candidates, and falsification searches over instances.
 * Everything found here is only a candidate until the checker accepts its certificate.
 */
package tradebounds.family.fixedprice.search;
