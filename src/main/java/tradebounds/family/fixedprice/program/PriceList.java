package tradebounds.family.fixedprice.program;

import java.util.ArrayList;
import java.util.List;
import tradebounds.model.Rational;

/**
 * Basic prices or support points 0 = p_1 &lt; p_2 &lt; ... &lt; p_n, as the programs of Sections 4-6 require.
 * The paper's own lists are here as data with their source.
 */
public final class PriceList {
    private PriceList() {
    }

    /** Rejects a list that is not 0 = p_1 &lt; ... &lt; p_n with n &gt;= 2, naming the first bad index (1-based). */
    public static List<Rational> validated(List<Rational> prices) {
        if (prices.size() < 2) {
            throw new IllegalArgumentException("need n >= 2 prices, got " + prices.size());
        }
        if (!prices.get(0).isZero()) {
            throw new IllegalArgumentException("p_1 must be 0, got " + prices.get(0));
        }
        for (int i = 1; i < prices.size(); i++) {
            if (prices.get(i).compareTo(prices.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("prices must increase strictly: p_" + (i + 1) + " = "
                        + prices.get(i) + " <= p_" + i + " = " + prices.get(i - 1));
            }
        }
        return List.copyOf(prices);
    }

    public static List<Rational> parse(List<String> texts) {
        List<Rational> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Rational.parse(t));
        }
        return validated(out);
    }

    /** Proposition 4.1: the 32 basic prices of the 0.7292 guarantee. */
    public static List<Rational> prop41() {
        return parse(List.of("0", "0.12", "0.22", "0.28", "0.3", "0.32", "0.34", "0.36", "0.38", "0.4", "0.42",
                "0.44", "0.46", "0.48", "0.5", "0.52", "0.54", "0.56", "0.58", "0.6", "0.62", "0.64", "0.66", "0.68",
                "0.7", "0.72", "0.76", "0.78", "0.84", "0.98", "1.25", "1000"));
    }

    /** Proposition 4.2: p_1 = 0, p_i = (29 + i)/100 for 2 &lt;= i &lt;= 49, p_50 = 4000. */
    /** The 39 basic prices of Proposition 5.2 (k = 2), as printed. */
    public static List<Rational> prop52() {
        return parse(List.of("0", "0.02", "0.04", "0.06", "0.08", "0.1", "0.12", "0.14", "0.16", "0.18", "0.2",
                "0.22", "0.24", "0.26", "0.28", "0.3", "0.32", "0.34", "0.36", "0.38", "0.4", "0.42", "0.46", "0.48",
                "0.5", "0.52", "0.54", "0.56", "0.58", "0.6", "0.64", "0.66", "0.7", "0.72", "0.82", "0.92", "0.98",
                "1.25", "1000"));
    }

    /** The 52 basic prices of Corollary 5.1: p_i = (i-1)/50 for i &lt;= 50, p_51 = 1.25, p_52 = 1000. */
    public static List<Rational> cor51() {
        List<Rational> p = new java.util.ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            p.add(Rational.of(i - 1, 50));
        }
        p.add(Rational.parse("1.25"));
        p.add(Rational.of(1000));
        return validated(p);
    }

    public static List<Rational> prop42() {
        return generic(50, Rational.of(29), Rational.of(100), Rational.of(4000));
    }

    /** The generic form of Proposition 6.1: p_1 = 0, p_i = (i + alpha)/beta for 2 &lt;= i &lt;= n-1, p_n given. */
    public static List<Rational> generic(int n, Rational alpha, Rational beta, Rational last) {
        List<Rational> p = new ArrayList<>();
        p.add(Rational.ZERO);
        for (int i = 2; i <= n - 1; i++) {
            p.add(Rational.of(i).add(alpha).divide(beta));
        }
        p.add(last);
        return validated(p);
    }

    public static String describe(List<Rational> prices) {
        StringBuilder sb = new StringBuilder();
        for (Rational p : prices) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
