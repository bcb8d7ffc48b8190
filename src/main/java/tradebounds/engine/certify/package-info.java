/**
 * The one way to turn a solver's floating LP answer into an exact certificate, shared by every family: {@link
 * tradebounds.engine.certify.ExactCrossover} (floating vertex to exact rationals), {@link
 * tradebounds.engine.certify.SparseExactSolver} (exact sparse linear solves for the crossover), {@link
 * tradebounds.engine.certify.LpDual} (the dual of an LP, written explicitly), {@link
 * tradebounds.engine.certify.GridCertifier} (solve, cross over, write an {@code lp-optimum} certificate, replay it
 * with {@code check.Checker}) and {@link tradebounds.engine.certify.CertifiedValue} (a value with the checker's
 * outcome). Untrusted: everything here produces candidates; only {@code check.Checker} decides. An engine package
 * never names a paper.
 */
package tradebounds.engine.certify;
