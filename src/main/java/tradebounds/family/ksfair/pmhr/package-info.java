/**
 * Program P_MHR of seed 000 (Babaioff, Feng &amp; Manaker Morag; Lemma 5.8/D.1, Section 5.3; Lemmas F.1, F.2,
 * App. F): the printed formulas and their oddities ({@link tradebounds.family.ksfair.pmhr.PmhrFormulas}), each auxiliary
 * quantity recomputed from the App. D sandwich curves by quadrature ({@link tradebounds.family.ksfair.pmhr.PmhrAuxiliaryAudit}),
 * a double-precision exploration of the max-min over alpha ({@link tradebounds.family.ksfair.pmhr.PmhrExplorer}), and the
 * program as the LET lines of an interval cover (certificates/FORMAT.md section 4) with its own double evaluator
 * ({@link tradebounds.family.ksfair.pmhr.PmhrCoverProgram}). No certificate yet: the cover checker is not available here.
 */
package tradebounds.family.ksfair.pmhr;
