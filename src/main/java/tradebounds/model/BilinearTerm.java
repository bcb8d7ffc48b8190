package tradebounds.model;

/** coef * x[first] * x[second], stored with first &lt;= second so equal products merge. */
public record BilinearTerm(int first, int second, Rational coef) {
    public BilinearTerm {
        if (first > second) {
            int t = first;
            first = second;
            second = t;
        }
    }
}
