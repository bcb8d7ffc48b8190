/**
 * The solver layer: one {@link tradebounds.solve.SolverAdapter} interface, capabilities, untrusted candidate
 * results. Adapters live in subpackages, one per library. Imports {@code model}; never {@code check}'s internals
 * beyond the exact measures it exposes.
 */
package tradebounds.solve;
