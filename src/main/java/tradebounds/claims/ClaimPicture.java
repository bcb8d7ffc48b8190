package tradebounds.claims;

import java.util.List;

/**
 * What a family wants drawn on a claim's report page, as plain numbers (the report owns the drawing, so families
 * name no plotting code): curves and named points on two labelled axes, with a caption. Doubles are for drawing
 * only; the family computes them from exact values.
 *
 * @param title   drawn above the plot
 * @param x       the horizontal axis title with its unit ("revenue Pi")
 * @param y       the vertical axis title
 * @param curves  polylines in order; {@code dots} draws a dot at each vertex too
 * @param marks   single named points (a solution concept's location), one legend entry each
 * @param caption one or two sentences: what is drawn, on which instance, how it was computed
 */
public record ClaimPicture(String title, String x, String y, List<Curve> curves, List<Mark> marks, String caption) {
    public ClaimPicture {
        curves = List.copyOf(curves);
        marks = List.copyOf(marks);
    }

    /** A polyline; {@code dashed} for a guide (a ray, a level line) rather than data. */
    public record Curve(String name, double[] xs, double[] ys, boolean dots, boolean dashed) {
        public Curve {
            if (xs.length != ys.length || xs.length == 0) {
                throw new IllegalArgumentException("curve " + name + ": " + xs.length + " x and " + ys.length + " y");
            }
            xs = xs.clone();
            ys = ys.clone();
        }
    }

    /** One named point. */
    public record Mark(String name, double x, double y) {
    }
}
