/**
 * Certified guarantees for seed 003 (Giambartolomei and de Keijzer; Cai and Wu): proofs that program (4.1) has
 * no feasible point at a level r, by branch and bound on the buyer's survival coordinates with the seller
 * eliminated by weak duality (the argument is in {@link tradebounds.check.TreeChecks}). Everything here is
 * untrusted search; its output is a guarantee-tree certificate that the checker replays.
 */
package tradebounds.family.fixedprice.guarantee;
