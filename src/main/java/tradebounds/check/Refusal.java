package tradebounds.check;

/**
 * Internal short-cut out of a failed check. It never leaves the package: {@link Checker} turns it into a
 * {@link Rejected} at its single entry point, so callers only ever see outcomes, never exceptions.
 */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    final Reason reason;
    final String where;

    Refusal(Reason reason, String where, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
        this.where = where;
    }

    Rejected toRejected() {
        return new Rejected(reason, where, getMessage());
    }
}
