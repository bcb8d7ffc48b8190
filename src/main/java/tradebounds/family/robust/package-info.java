/**
 * Everything about seed 004 (Malik 2023, robust bilateral trade with known marginals) in one tree: the LP builders
 * in {@code program}, and here what computes.
 * <ul>
 *   <li>marginals: {@link tradebounds.family.robust.ContinuousMarginal} families ({@link
 *       tradebounds.family.robust.PolynomialMarginal}: uniform, power, beta with integer parameters, CDF tables;
 *       {@link tradebounds.family.robust.TruncatedExponential}) and their {@link
 *       tradebounds.family.robust.Discretization} (rule and bias stated there);</li>
 *   <li>{@link tradebounds.family.robust.Proposition1}: x(p), y(p), W(p), A and p* with rigorous enclosures (the
 *       shared {@code engine.interval}), and the Sec. 5.2 worst law;</li>
 *   <li>{@link tradebounds.family.robust.Comonotone}: the quantile coupling, exactly, the independent value of
 *       program (a);</li>
 *   <li>{@link tradebounds.family.robust.RobustAudit}: the per-claim audit and its report, certified through the
 *       shared {@code engine.certify}; {@link tradebounds.family.robust.RobustAuditor} maps it to verdicts and
 *       {@link tradebounds.family.robust.RobustFamily} registers the family.</li>
 * </ul>
 * Trust: only {@code check.Checker} (and what it imports) decides; solver output and the crossover are candidates.
 * Layering: imports core and engine, never another family.
 */
package tradebounds.family.robust;
