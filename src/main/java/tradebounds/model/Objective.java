package tradebounds.model;

/** sense expr, where expr may carry a constant offset. */
public record Objective(Sense sense, Expr expr) {
}
