/**
 * Exact bilateral-trade instances: data, plus the exact constructions that produce instances from other data
 * (realization of per-unit laws by monotone vectors, the unit lift of Proposition 6.2). Read by the evaluator
 * and the checker, written by searches and the instance reader.
 */
package tradebounds.instance;
