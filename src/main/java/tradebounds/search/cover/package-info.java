/**
 * Untrusted producer of interval covers (FORMAT.md section 4): a depth-first bisection that evaluates every region
 * with the checker's own {@link tradebounds.check.CoverEvaluator}, so that what it returns replays. Program-specific
 * covers (P_REG, P_MHR) supply their LET programs from {@code tradebounds.ksfair}.
 */
package tradebounds.search.cover;
