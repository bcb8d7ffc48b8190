/**
 * Program builders for Giambartolomei and de Keijzer, "On the Approximation Ratio of Optimal Fixed-Price
 * Mechanisms for Single and Multi-Unit Bilateral Trade" (seed 003): programs (4.1), (4.2) (single unit), (5.1)
 * and (6.1) (k units) with the diagonal variants of Corollaries 5.1 and 6.1, and {@code qcp61-strict}, the one
 * builder of a program that is not printed ((6.1) with exact first-order seller dominance; see
 * {@link tradebounds.family.fixedprice.program.Qcp61Builder} for why it is needed). Imports {@code model} only; knows
 * nothing of solvers.
 */
package tradebounds.family.fixedprice.program;
