package tradebounds.cli;

/** A command line or input the user must fix; always exit code 2 with a one-line message. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
