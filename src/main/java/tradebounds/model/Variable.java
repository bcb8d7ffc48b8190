package tradebounds.model;

/** A continuous decision variable with its name (kept for reports and certificates) and bound. */
public record Variable(String name, Bound bound) {
}
