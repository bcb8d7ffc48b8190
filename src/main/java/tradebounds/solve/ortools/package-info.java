/**
 * OR-Tools 9.15 adapters: GLOP, PDLP, HiGHS, CLP and SCIP behind one shared {@link
 * tradebounds.solve.ortools.OrToolsAdapter}. All native quirks (proto layout, status folding, parameter syntax,
 * the HiGHS dual defect) are handled or documented here and nowhere else; {@link
 * tradebounds.solve.ortools.MpModelMapper} is the only place where exact rationals become doubles for OR-Tools.
 */
package tradebounds.solve.ortools;
