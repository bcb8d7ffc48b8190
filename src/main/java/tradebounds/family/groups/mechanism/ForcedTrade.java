package tradebounds.family.groups.mechanism;

import tradebounds.model.Rational;

/**
 * Algorithm 1 (forced trade): x = 1[mu_F &gt; mu_G] regardless of bids and asks, and payment = receipt =
 * (mu_F + mu_G)/2 times x. Bids are ignored, so truth-telling is dominant and the mechanism is SBB. In one run
 * with values v and costs c, the buyers' total utility is x(sum v - n p), the sellers' is x(n p - sum c), the
 * GFT is x D with D = sum v - sum c, and FB is D^+.
 */
public final class ForcedTrade {
    private ForcedTrade() {
    }

    public static boolean trades(Rational muBuyer, Rational muSeller) {
        return muBuyer.compareTo(muSeller) > 0;
    }

    /** The price (payment = receipt) when trade happens: the midpoint of the parameter means. */
    public static Rational price(Rational muBuyer, Rational muSeller) {
        return muBuyer.add(muSeller).multiply(Rational.of(1, 2));
    }

    /** Whether one run is group IR: both group totals pass the rule. */
    public static boolean individuallyRational(double sumValues, double sumCosts, int n, double price, boolean trade,
                                               IrRule rule) {
        double buyers = trade ? sumValues - n * price : 0.0;
        double sellers = trade ? n * price - sumCosts : 0.0;
        return rule.holds(buyers) && rule.holds(sellers);
    }
}
