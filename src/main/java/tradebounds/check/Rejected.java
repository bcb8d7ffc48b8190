package tradebounds.check;

/**
 * The certificate does not prove its claims.
 *
 * @param where  {@code file:line} of the line at fault
 * @param detail one line, with the exact numbers involved
 */
public record Rejected(Reason reason, String where, String detail) implements CheckOutcome {
    @Override
    public String toString() {
        return "REJECTED " + reason + " at " + where + ": " + detail;
    }
}
