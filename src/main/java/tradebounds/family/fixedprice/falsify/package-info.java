/**
 * Untrusted falsification searches over instances: look for an instance on which a printed guarantee (ratio of
 * the best fixed price to the optimum, single or multi-unit) fails. A finding is a candidate until its exact
 * instance is re-evaluated and, where the audit needs it, certified by the checker.
 */
package tradebounds.family.fixedprice.falsify;
