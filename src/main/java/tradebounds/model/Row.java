package tradebounds.model;

/** A named ranged constraint lo &lt;= expr &lt;= hi. */
public record Row(String name, Expr expr, Bound bound) {
}
