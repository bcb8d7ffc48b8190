package tradebounds.model;

/** What a model uses; an adapter accepts a model iff it supports every feature the model has. */
public enum Feature {
    LINEAR_ROWS,
    BILINEAR_ROWS,
    BILINEAR_OBJECTIVE
}
