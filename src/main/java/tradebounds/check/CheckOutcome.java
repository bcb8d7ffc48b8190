package tradebounds.check;

/**
 * What one run of the checker established about one certificate. A verdict (CERTIFIED, ...) is derived from
 * this elsewhere; the checker only says proved, rejected (with the line at fault) or not checked.
 */
public sealed interface CheckOutcome permits Proved, Rejected, Unchecked {
}
