/**
 * Monte Carlo of Algorithm 1: run r of an experiment draws from its own {@code SplittableRandom} seeded by a
 * fixed mix of (base seed, r), so any partition of a run range into shards (threads, machines) yields the same
 * integer partial sums, and merging is exact integer addition. Per-run quantities are quantised to 2^-24 before
 * summing; that quantisation (at most 3e-8 per run) is the only difference from real-valued sums.
 */
package tradebounds.family.groups.montecarlo;
