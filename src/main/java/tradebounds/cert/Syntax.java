package tradebounds.cert;

import java.util.Set;
import java.util.regex.Pattern;
import tradebounds.model.Rational;

/** The lexical rules shared by reader and writer, so what one writes the other reads. */
public final class Syntax {
    public static final String HEADER = "TRADEBOUNDS";
    static final Set<String> KEYWORDS = Set.of(HEADER, "TYPE", "META", "VAR", "CON", "OBJ", "SOL", "DUAL",
            "LEMMA", "PRICE", "INSTANCE", "SELLER", "BUYER", "BASICPRICES", "CLAIM", "PARAM", "COORD", "LET", "FEASIBLE", "GOAL", "CELL", "POINT");
    static final String MINUS_INF = "-inf";
    static final String INF = "inf";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][^\\s#]*");
    /** Integers, fractions and finite decimals; no exponent, so no number's size hides behind a short text. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(/[0-9]+)?|[0-9]+\\.[0-9]*|\\.[0-9]+)");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");

    private Syntax() {
    }

    public static boolean isName(String token) {
        return NAME.matcher(token).matches() && !KEYWORDS.contains(token);
    }

    static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches();
    }

    static boolean isCount(String token) {
        return COUNT.matcher(token).matches();
    }

    public static String lower(Rational lo) {
        return lo == null ? MINUS_INF : lo.toString();
    }

    public static String upper(Rational hi) {
        return hi == null ? INF : hi.toString();
    }
}
