/**
 * The exact checker: the only code a user must trust. {@link tradebounds.check.Checker} reads a certificate
 * (format: {@code certificates/FORMAT.md}), recomputes everything with {@link tradebounds.model.Rational}
 * arithmetic and returns a {@link tradebounds.check.CheckOutcome}: {@link tradebounds.check.Proved} with the
 * exact values established, {@link tradebounds.check.Rejected} with a {@link tradebounds.check.Reason} and the
 * {@code file:line} at fault, or {@link tradebounds.check.Unchecked}. It calls no solver and does no search.
 * Imports {@code model}, {@code instance} (pure data) and {@code cert} only.
 */
package tradebounds.check;
