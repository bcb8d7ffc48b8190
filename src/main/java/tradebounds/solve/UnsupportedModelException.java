package tradebounds.solve;

/** The model uses a feature this adapter does not take: try another adapter. */
public final class UnsupportedModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedModelException(String message) {
        super(message);
    }
}
