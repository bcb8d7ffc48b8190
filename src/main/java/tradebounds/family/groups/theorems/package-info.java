/**
 * Small exact cases of the theorems of seed 002: Lemma 4.1 (growth of the first best), Theorem 4.3's Chernoff
 * bounds (1)-(2) against exact binomial tails, Theorem 4.4 (best deterministic IC mechanism for F = U[0,1],
 * G = delta_{1/2}) and Theorem 5.2's bound (1/8)/FB_n.
 */
package tradebounds.family.groups.theorems;
