package tradebounds.cert;

/** A certificate that cannot be read, with the {@code file:line} at fault and a one-line reason. */
public final class CertificateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FormatError error;
    private final String where;

    public CertificateException(FormatError error, String where, String reason) {
        super(where + ": " + reason);
        this.error = error;
        this.where = where;
    }

    public FormatError error() {
        return error;
    }

    /** {@code file:line}. */
    public String where() {
        return where;
    }

    /** The reason without the location. */
    public String reason() {
        return getMessage().substring(where.length() + 2);
    }
}
