package tradebounds.model;

/** coef * x[var]. */
public record LinearTerm(int var, Rational coef) {
}
