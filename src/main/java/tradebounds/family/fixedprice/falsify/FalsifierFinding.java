package tradebounds.family.fixedprice.falsify;

import java.util.List;
import tradebounds.check.WelfareEvaluator;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/**
 * One instance with its exact evaluation by {@link WelfareEvaluator}: the mechanism's price and welfare, the best
 * fixed price and its welfare, and both ratios to OPT. Every number here is exact; none comes from the search's
 * doubles.
 *
 * @param origin how the search came by it ("random/equal-revenue", "local", "given[0]")
 * @param atEvaluation the double evaluation count when it was found (0 for a given instance)
 */
public record FalsifierFinding(FixedPriceInstance instance, Rational opt, Rational mechanismPrice,
        Rational mechanismWelfare, Rational mechanismRatio, Rational bestPrice, Rational bestPriceWelfare,
        Rational bestPriceRatio, String origin, long atEvaluation) {

    /** Exact evaluation of any instance (any number of units) against the given basic prices. */
    public static FalsifierFinding evaluate(FixedPriceInstance instance, List<Rational> basicPrices, String origin,
            long atEvaluation) {
        WelfareEvaluator e = new WelfareEvaluator(instance);
        Rational opt = e.opt();
        if (opt.signum() <= 0) {
            throw new IllegalArgumentException("OPT = 0: every value is 0 and the ratio is undefined");
        }
        WelfareEvaluator.BestPrice m = e.mechanism(basicPrices);
        WelfareEvaluator.BestPrice b = e.bestPrice();
        return new FalsifierFinding(instance, opt, m.price(), m.welfare(), m.welfare().divide(opt), b.price(),
                b.welfare(), b.welfare().divide(opt), origin, atEvaluation);
    }

    /** The ratio the given target minimises. */
    public Rational ratio(FalsifierTarget target) {
        return target == FalsifierTarget.MECHANISM ? mechanismRatio : bestPriceRatio;
    }
}
