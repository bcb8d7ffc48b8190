/**
 * Exact bilateral-trade instances: pure data, no arithmetic beyond construction, read by the evaluator and the
 * checker and produced by searches. {@link tradebounds.instance.InstanceReader} and
 * {@link tradebounds.instance.InstanceWriter} hold the JSON file format (every rational a string, so no value
 * passes through a double) and its validation: marginal vectors of length {@code units}, seller decrements
 * nondecreasing and buyer increments nonincreasing as section 3 requires, masses summing exactly to 1. Imports
 * {@code model} and {@code json} only.
 */
package tradebounds.instance;
