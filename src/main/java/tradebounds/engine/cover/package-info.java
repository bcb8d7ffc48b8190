/**
 * Untrusted producer of interval covers (FORMAT.md section 4): a depth-first bisection that evaluates every region
 * with the checker's own {@link tradebounds.check.CoverEvaluator}, so that what it returns replays. Program-specific
 * covers (the families' P_REG and P_MHR) supply their own LET programs; an engine never names a paper.
 */
package tradebounds.engine.cover;
