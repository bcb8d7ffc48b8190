/**
 * Program builders for Giambartolomei and de Keijzer, "On the Approximation Ratio of Optimal Fixed-Price
 * Mechanisms for Single and Multi-Unit Bilateral Trade" (seed 003): programs (4.1), (4.2) (single unit) and,
 * later, (5.1), (6.1) and their symmetric variants. Imports {@code model} only; knows nothing of solvers.
 */
package tradebounds.programs.fixedprice;
