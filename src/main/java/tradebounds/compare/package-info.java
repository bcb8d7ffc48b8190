/**
 * Solver comparison: runs one model through adapters and measures each candidate exactly (maximum violation
 * of the returned point, safe bound of the returned duals), so solver defects show up as numbers, not surprises.
 * Imports {@code model}, {@code solve} and the exact measures of {@code check}.
 */
package tradebounds.compare;
