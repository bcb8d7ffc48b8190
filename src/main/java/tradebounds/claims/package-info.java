/**
 * The claims registry ({@code claims/}) and the audit: for each published claim, regenerate its evidence
 * (searches, solvers), produce certificates, have the exact checker judge them, and derive the verdict
 * (CERTIFIED, NUMERIC, REFUTED, OPEN). Verdicts are decided here and only here.
 */
package tradebounds.claims;
