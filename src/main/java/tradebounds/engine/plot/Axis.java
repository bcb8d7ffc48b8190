package tradebounds.engine.plot;

/**
 * One axis of a picture: what it measures, in which unit, over which closed range.
 *
 * @param label what the axis measures ("price p")
 * @param unit  its unit, or "" for a pure number (ratios, probabilities)
 * @param min   the smallest value drawn
 * @param max   the largest value drawn; {@code max > min}
 */
public record Axis(String label, String unit, double min, double max) {
    public Axis {
        if (!(max > min) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("axis " + label + ": need finite min < max, got " + min + ", " + max);
        }
    }

    /** An axis over [lo, hi] widened by {@code pad} of the span on each side, and never of zero width. */
    public static Axis around(String label, String unit, double lo, double hi, double pad) {
        double span = hi - lo;
        if (!(span > 0)) {
            span = Math.max(Math.abs(lo), 1) * 0.1;
        }
        return new Axis(label, unit, lo - pad * span, hi + pad * span);
    }

    /** The axis title as drawn: "label (unit)", or the label alone for a pure number. */
    public String title() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }
}
