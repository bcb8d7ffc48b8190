package tradebounds.engine.bnb;

import tradebounds.model.Rational;

/** What an evaluator says about one box. */
public sealed interface Decision<L> {
    /** The box is closed by this exact leaf certificate (already verified by the evaluator with exact code). */
    record Close<L>(L leaf) implements Decision<L> {
    }

    /** The box contains no point of the region. */
    record Empty<L>() implements Decision<L> {
    }

    /**
     * Split the box at {@code point} on coordinate {@code coordinate} (0-based, strictly inside the box).
     * {@code bound} is the evaluator's (floating) margin on this box: larger means closer to closing; best-first
     * order takes the smallest first.
     */
    record Split<L>(int coordinate, Rational point, double bound) implements Decision<L> {
    }

    /** The search cannot succeed (e.g. a point of the region where no certificate exists); the run stops. */
    record Stop<L>(String reason) implements Decision<L> {
    }
}
