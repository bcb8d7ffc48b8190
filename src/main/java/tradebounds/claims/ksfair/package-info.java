/**
 * The audit of the KS-fair trade claims (seed 000): maps {@link tradebounds.ksfair.KsFairAudit} findings to
 * verdicts, replaying every certificate it wrote with the exact checker first.
 */
package tradebounds.claims.ksfair;
