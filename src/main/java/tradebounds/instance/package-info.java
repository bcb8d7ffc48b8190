/**
 * Exact bilateral-trade instances: pure data, no arithmetic beyond construction. Read by the evaluator and the
 * checker, written by searches and the instance reader.
 */
package tradebounds.instance;
