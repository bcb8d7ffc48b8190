/**
 * The exact checker: the only code a user must trust. It reads certificates, recomputes everything with
 * {@link tradebounds.model.Rational} arithmetic, calls no solver and does no search. Imports {@code model},
 * {@code instance} (pure data) and {@code cert} only.
 */
package tradebounds.check;
