package tradebounds.solve;

/** The bridge to the solver is broken (native library missing, crash, unreadable answer): abort. */
public final class AdapterFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AdapterFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public AdapterFailure(String message) {
        super(message);
    }
}
