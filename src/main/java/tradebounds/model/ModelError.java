package tradebounds.model;

/** A model that breaks a structural rule (the user's or builder's fault, deterministic). */
public final class ModelError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelError(String message) {
        super(message);
    }
}
