/**
 * Seed 001 (Babaioff, Chen, Chen and Feng): the (seller revenue, buyers' surplus) Pareto frontier of selling m
 * identical units to n i.i.d. unit-demand buyers, its extreme points, and the KS, Nash and cross-side Nash
 * solutions on it, exactly on discrete value laws. Everything here is untrusted: every exact frontier point comes
 * with an {@code lp-optimum} certificate that {@code check.Checker} replays.
 */
package tradebounds.family.pareto;
