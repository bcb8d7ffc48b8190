package tradebounds.check;

/** The checker declined to work on the certificate: a normal result, not an error and not a rejection. */
public record Unchecked(Cause cause, String where, String detail) implements CheckOutcome {
    public enum Cause {
        /** Over the bit budget; nothing was computed. */
        BUDGET_EXCEEDED,
        /** A format version this checker does not know. */
        UNSUPPORTED_VERSION
    }

    @Override
    public String toString() {
        return "UNCHECKED " + cause + " at " + where + ": " + detail;
    }
}
