/**
 * Exact bilateral-trade instances: data, plus the exact constructions that produce instances from other data
 * (realization of per-unit laws by monotone vectors, the unit lift of Proposition 6.2). Read by the evaluator
 * and the checker, produced by searches. {@link tradebounds.instance.InstanceReader} and
 * {@link tradebounds.instance.InstanceWriter} hold the JSON file format (every rational a string, so no value
 * passes through a double) and its validation: marginal vectors of length {@code units}, seller decrements
 * nondecreasing and buyer increments nonincreasing as section 3 requires, masses summing exactly to 1. The
 * {@code "bilateral"} kind ({@link tradebounds.instance.BilateralInstanceReader}) holds seed 000's single-item
 * instances: a seller and a buyer value law. Imports
 * {@code model} and {@code json} only.
 */
package tradebounds.instance;
