package tradebounds.family.groups.mechanism;

import tradebounds.model.Rational;

/** One experiment of Table 1: n buyers with values ~ F = shape(muBuyer), n sellers with costs ~ G = shape(muSeller). */
public record Cell(Shape shape, int n, Rational muBuyer, Rational muSeller) {
    public Cell {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
    }

    public Law buyerLaw(Truncation t) {
        return new Law(shape, muBuyer, t);
    }

    public Law sellerLaw(Truncation t) {
        return new Law(shape, muSeller, t);
    }

    /** Claim-id fragment, e.g. {@code bern-n5-m1} (m1, m2, m3 = the three mean pairs in the paper's order). */
    public String key(int meanPairIndex) {
        return shape.key() + "-n" + n + "-m" + meanPairIndex;
    }
}
