/**
 * Program P_REG of seed 000 (Babaioff, Feng &amp; Manaker Morag; Lemma 5.4, Section 5.2; Lemmas E.1, E.2 and Table 1,
 * App. E): the printed formulas ({@link tradebounds.family.ksfair.preg.PregFormulas}), one cell P_REG[s,l,alpha] with a
 * rigorous box bound and an exact point re-check ({@link tradebounds.family.ksfair.preg.PregCell}), the interval
 * branch-and-bound ({@link tradebounds.family.ksfair.preg.PregBranchAndBound}) and the Table 1 audit
 * ({@link tradebounds.family.ksfair.preg.PregAudit}, {@link tradebounds.family.ksfair.preg.PregFinding}); and the check of the
 * auxiliary bounds against quadrature under the proof's sandwich curves, built as buyer laws
 * ({@link tradebounds.family.ksfair.preg.PregAuxiliaryAudit}, {@link tradebounds.family.ksfair.preg.RevenueCurveLaw}).
 */
package tradebounds.family.ksfair.preg;
