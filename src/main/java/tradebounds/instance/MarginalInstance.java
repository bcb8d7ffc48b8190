package tradebounds.instance;

import java.util.List;

/**
 * A k-unit instance given only by per-unit marginal laws, the form the k-unit programs produce: the seller's
 * laws of w~(1..k) and the buyer's laws of v^(1..k). Each law is a probability distribution (checked by
 * {@link MarginalInstanceReader}); whether distributions over monotone vectors with these laws exist is a separate
 * question, decided by {@link #realize()}.
 */
public record MarginalInstance(int units, List<Marginal> seller, List<Marginal> buyer) {
    public MarginalInstance {
        if (seller.size() != units || buyer.size() != units) {
            throw new IllegalArgumentException("need " + units + " laws per side, got " + seller.size() + " and "
                    + buyer.size());
        }
        seller = List.copyOf(seller);
        buyer = List.copyOf(buyer);
    }

    /**
     * Exact decision by {@link Realizability}: realizable iff the seller's laws form a first-order dominance
     * chain upward (w~(q) &lt;=_st w~(q+1)) and the buyer's downward; if so the realization is the quantile coupling.
     */
    public Realizability.InstanceOutcome realize() {
        return Realizability.decide(seller, buyer);
    }
}
