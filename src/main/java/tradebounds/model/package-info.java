/**
 * The solver-neutral model: exact rational data, variables and ranged rows with linear and bilinear terms.
 * Imports nothing else from tradebounds. Program builders produce these; solver adapters consume them.
 */
package tradebounds.model;
