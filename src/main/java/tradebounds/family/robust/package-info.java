/**
 * The non-LP side of the seed-004 audit (Malik 2023, robust bilateral trade with known marginals): everything that
 * computes, as opposed to the LP builders in {@code family.robust.program}.
 * <ul>
 *   <li>marginals: {@link tradebounds.family.robust.ContinuousMarginal} families ({@link
 *       tradebounds.family.robust.PolynomialMarginal}: uniform, power, beta with integer parameters, CDF tables; {@link
 *       tradebounds.family.robust.TruncatedExponential}) and their {@link tradebounds.family.robust.Discretization} (rule and bias
 *       stated there);</li>
 *   <li>{@link tradebounds.engine.interval.Interval}: outward-rounded decimal interval arithmetic, and {@link
 *       tradebounds.family.robust.Proposition1}: x(p), y(p), W(p), A and p* with rigorous enclosures, and the Sec. 5.2
 *       worst law;</li>
 *   <li>{@link tradebounds.family.robust.Comonotone}: the quantile coupling, exactly, the independent value of program (a);</li>
 *   <li>certification: {@link tradebounds.engine.certify.ExactCrossover} (floating vertex to exact rationals, untrusted),
 *       {@link tradebounds.engine.certify.GridCertifier} (solve, cross over, write an {@code lp-optimum} certificate, replay
 *       it with {@code check.Checker}) and {@link tradebounds.engine.certify.CertifiedValue};</li>
 *   <li>{@link tradebounds.family.robust.RobustAudit}: the per-claim audit and its report.</li>
 * </ul>
 * Trust: only {@code check.Checker} (and what it imports) decides; solver output and the crossover are candidates.
 * Layering: imports {@code model}, {@code family.robust.program}, {@code engine}, {@code solve}, {@code check}, {@code cert}, {@code compare}.
 */
package tradebounds.family.robust;
