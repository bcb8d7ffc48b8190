package tradebounds.model;

/** Direction of the objective. */
public enum Sense {
    MINIMIZE,
    MAXIMIZE
}
