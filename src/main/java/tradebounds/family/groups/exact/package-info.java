/**
 * Exact and enclosed values of the Table 1 quantities. Bernoulli cells are exact binomial sums in big integers,
 * uniform cells exact Irwin-Hall sums in rationals, normal and mixed cells intervals: a floor/ceiling lattice
 * sandwich for small n and Bernstein tail bounds for large n. Everything here is untrusted by the project's
 * checker: the values are exact (or rigorous) but computed outside {@code check}.
 */
package tradebounds.family.groups.exact;
