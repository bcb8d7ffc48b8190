/**
 * The audit of the fixed-price claims of Giambartolomei and de Keijzer (seed 003) and the Cai-Wu values it
 * cites: hardness by witness search and Lemma 3.3 replay, guarantees by certified relaxation bounds, solver runs
 * and checked feasible points, and the mechanism by falsification search.
 */
package tradebounds.family.fixedprice.audit;
