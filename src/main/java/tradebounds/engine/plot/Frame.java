package tradebounds.engine.plot;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The frame that {@link LinePlot} and {@link StripChart} share: the data area [LEFT, RIGHT] x [TOP, BOTTOM] in
 * pixels, the legend to its right, and the two axes drawn alike (ticks, grid lines, titles), so pictures on one page
 * line up.
 */
final class Frame {
    static final double LEFT = 92;
    static final double RIGHT = 620;
    static final double TOP = 34;
    static final double BOTTOM = 360;

    private Frame() {
    }

    /**
     * Both axes: the x axis with ticks at {@code xTicks} (pixel column {@code px}) labelled {@code xLabels} and titled
     * {@code xTitle}; the y axis with round ticks on {@code y} (pixel row {@code py}) and its title turned upright.
     */
    static void axes(StringBuilder sb, List<Double> xTicks, List<String> xLabels, DoubleUnaryOperator px,
                     String xTitle, Axis y, DoubleUnaryOperator py) {
        sb.append("<g class=\"axis x-axis\">\n");
        Svg.line(sb, LEFT, BOTTOM, RIGHT, BOTTOM, "#000000", "");
        for (int i = 0; i < xTicks.size(); i++) {
            double t = px.applyAsDouble(xTicks.get(i));
            Svg.line(sb, t, BOTTOM, t, BOTTOM + 5, "#000000", "");
            Svg.line(sb, t, TOP, t, BOTTOM, "#e4e4e4", "");
            Svg.text(sb, t, BOTTOM + 18, "middle", xLabels.get(i));
        }
        Svg.text(sb, (LEFT + RIGHT) / 2, BOTTOM + 42, "middle", xTitle);
        sb.append("</g>\n<g class=\"axis y-axis\">\n");
        Svg.line(sb, LEFT, TOP, LEFT, BOTTOM, "#000000", "");
        List<Double> yt = Ticks.of(y.min(), y.max(), 6);
        for (double v : yt) {
            double t = py.applyAsDouble(v);
            Svg.line(sb, LEFT - 5, t, LEFT, t, "#000000", "");
            Svg.line(sb, LEFT, t, RIGHT, t, "#e4e4e4", "");
            Svg.text(sb, LEFT - 8, t + 4, "end", Ticks.label(v, yt));
        }
        sb.append("<text x=\"16\" y=\"").append(Svg.n((TOP + BOTTOM) / 2)).append("\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 16 ").append(Svg.n((TOP + BOTTOM) / 2)).append(")\">")
                .append(Svg.esc(y.title())).append("</text>\n</g>\n");
    }
}
