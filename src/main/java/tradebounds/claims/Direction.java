package tradebounds.claims;

import tradebounds.model.Rational;

/** Which side of the published value the paper puts the true quantity on. */
public enum Direction {
    AT_LEAST(">="),
    AT_MOST("<=");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Direction parse(String s) {
        for (Direction d : values()) {
            if (d.symbol.equals(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction must be \">=\" or \"<=\", got \"" + s + "\"");
    }

    /** Whether an established bound "quantity (this direction) value" implies the published one. */
    public boolean implies(Rational established, Rational published) {
        return this == AT_MOST ? established.compareTo(published) <= 0 : established.compareTo(published) >= 0;
    }
}
