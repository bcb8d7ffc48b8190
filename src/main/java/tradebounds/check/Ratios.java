package tradebounds.check;

import java.util.List;
import java.util.Map;
import tradebounds.cert.Certificate.BasicPrices;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Certificate;
import tradebounds.cert.ClaimKind;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/**
 * The instance claims: {@code ratio <= c} (sup_p SW(I, p) &lt;= c OPT(I)) and {@code mechanism-ratio < c}
 * (SW(I, M) &lt; c OPT(I) for M of Definition 4.1), all by {@link WelfareEvaluator}, exactly.
 */
final class Ratios {
    private Ratios() {
    }

    static void check(Certificate c, FixedPriceInstance instance, Map<Quantity, Rational> values, List<String> notes)
            throws Refusal {
        int instanceLine = c.instance().map(Certificate.InstanceSection::line)
                .orElseGet(() -> c.lemma().orElseThrow().line());
        WelfareEvaluator evaluator = new WelfareEvaluator(instance);
        Rational opt = evaluator.opt();
        if (opt.signum() <= 0) {
            throw new Refusal(Reason.ZERO_OPT, c.where(instanceLine), "OPT(I) = " + opt + ", no ratio is defined");
        }
        WelfareEvaluator.BestPrice best = evaluator.bestPrice();
        Rational ratio = best.welfare().divide(opt);
        values.put(Quantity.OPT, opt);
        values.put(Quantity.SUP_WELFARE, best.welfare());
        values.put(Quantity.BEST_PRICE, best.price());
        values.put(Quantity.RATIO, ratio);
        Rational promised = values.get(Quantity.R_PLUS_EPS);
        if (promised != null) {
            // Not a claim: a cross-check of the lemma itself, reported so a failure of the lemma is visible.
            notes.add(ratio.compareTo(promised) <= 0 ? "lemma bound holds: ratio <= r + eps"
                    : "NOTE lemma bound fails: ratio > r + eps");
        }
        for (Claim claim : c.claims()) {
            if (claim.kind() == ClaimKind.RATIO_AT_MOST && ratio.compareTo(claim.bound()) > 0) {
                throw new Refusal(Reason.RATIO_ABOVE_CLAIM, c.where(claim.line()), "sup SW / OPT = " + ratio
                        + " ~ " + ratio.toDecimal(10, true) + " > " + claim.bound());
            }
        }
        if (c.basicPrices().isEmpty()) {
            return;
        }
        BasicPrices basic = c.basicPrices().get();
        Instances.requirePriceOrder(c, basic.prices(), basic.lines(), basic.line());
        WelfareEvaluator.BestPrice m = evaluator.mechanism(basic.prices());
        Rational mechanismRatio = m.welfare().divide(opt);
        values.put(Quantity.MECHANISM_WELFARE, m.welfare());
        values.put(Quantity.MECHANISM_PRICE, m.price());
        values.put(Quantity.MECHANISM_RATIO, mechanismRatio);
        for (Claim claim : c.claims()) {
            if (claim.kind() == ClaimKind.MECHANISM_RATIO_BELOW && mechanismRatio.compareTo(claim.bound()) >= 0) {
                throw new Refusal(Reason.RATIO_ABOVE_CLAIM, c.where(claim.line()), "SW(M) / OPT = "
                        + mechanismRatio + " is not < " + claim.bound());
            }
        }
    }
}
