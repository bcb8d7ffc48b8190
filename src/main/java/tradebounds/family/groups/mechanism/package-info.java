/**
 * The non-excludable trade between groups of Xu, Zhang &amp; Conitzer (seed 002): n buyers with i.i.d. values
 * from F, n sellers with i.i.d. costs from G, one shared outcome, and Algorithm 1 (forced trade at the midpoint
 * of the means). Every ambiguous phrase of the paper is an explicit option ({@link
 * tradebounds.family.groups.mechanism.Reading}); nothing here knows the printed numbers.
 */
package tradebounds.family.groups.mechanism;
