package tradebounds.engine.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars on one value axis, one labelled row each: an interval [lo, hi] is a bar, a single level is a
 * dot, and vertical dashed lines mark reference values. An end that is not known ({@code NaN}) is drawn open to
 * the edge of the axis with a dashed stroke, so an unknown end never looks like a number.
 */
public final class IntervalChart {
    private record Row(String label, double lo, double hi, boolean level) {
    }

    private record Reference(String name, double v) {
    }

    private static final int WIDTH = 820;
    private static final double LEFT = 260;
    private static final double RIGHT = 660;
    private static final double TOP = 40;
    private static final double ROW = 30;

    private final String title;
    private final Axis axis;
    private final List<Row> rows = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    public IntervalChart(String title, Axis axis) {
        this.title = title;
        this.axis = axis;
    }

    /** A bar from lo to hi; either end may be NaN for "not known". */
    public IntervalChart interval(String label, double lo, double hi) {
        if (Double.isNaN(lo) && Double.isNaN(hi)) {
            throw new IllegalArgumentException("interval " + label + ": both ends unknown");
        }
        rows.add(new Row(label, lo, hi, false));
        return this;
    }

    /** A single value on its own row (one rung of a ladder of proved levels). */
    public IntervalChart level(String label, double v) {
        rows.add(new Row(label, v, v, true));
        return this;
    }

    /** A vertical dashed line across every row (the published value). */
    public IntervalChart reference(String name, double v) {
        references.add(new Reference(name, v));
        return this;
    }

    private double px(double v) {
        double c = Math.max(axis.min(), Math.min(axis.max(), v));
        return LEFT + (c - axis.min()) / (axis.max() - axis.min()) * (RIGHT - LEFT);
    }

    /** The picture as one inline {@code <svg>} element. */
    public String svg() {
        double bottom = TOP + ROW * Math.max(1, rows.size()) + 10;
        int height = (int) bottom + 56 + 18 * references.size();
        StringBuilder sb = new StringBuilder();
        Svg.open(sb, WIDTH, height, title);
        List<Double> ticks = Ticks.of(axis.min(), axis.max(), 7);
        for (double t : ticks) {
            Svg.line(sb, px(t), TOP, px(t), bottom, "#e4e4e4", "");
        }
        sb.append("<g class=\"axis x-axis\">\n");
        Svg.line(sb, LEFT, bottom, RIGHT, bottom, "#000000", "");
        for (double t : ticks) {
            Svg.line(sb, px(t), bottom, px(t), bottom + 5, "#000000", "");
            Svg.text(sb, px(t), bottom + 18, "middle", Ticks.label(t, ticks));
        }
        Svg.text(sb, (LEFT + RIGHT) / 2, bottom + 40, "middle", axis.title());
        sb.append("</g>\n<g class=\"axis y-axis\">\n");
        Svg.line(sb, LEFT, TOP, LEFT, bottom, "#000000", "");
        for (int i = 0; i < rows.size(); i++) {
            Svg.text(sb, LEFT - 8, TOP + ROW * i + ROW / 2 + 4, "end", rows.get(i).label());
        }
        sb.append("</g>\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double cy = TOP + ROW * i + ROW / 2;
            String c = Svg.colour(r.level() ? 2 : 0);
            if (r.level()) {
                sb.append("<path class=\"data level\" fill=\"").append(c).append("\" d=\"")
                        .append(Svg.dot(px(r.lo()), cy, 5)).append("\"/>\n");
                Svg.text(sb, px(r.lo()) + 9, cy + 4, "start", number(r.lo()));
                continue;
            }
            double x1 = Double.isNaN(r.lo()) ? LEFT : px(r.lo());
            double x2 = Double.isNaN(r.hi()) ? RIGHT : px(r.hi());
            sb.append("<path class=\"data interval\" fill=\"").append(c).append("\" fill-opacity=\"0.35\" stroke=\"")
                    .append(c).append("\" stroke-width=\"2\"")
                    .append(Double.isNaN(r.lo()) || Double.isNaN(r.hi()) ? " stroke-dasharray=\"4 3\"" : "")
                    .append(" d=\"M").append(Svg.n(x1)).append(' ').append(Svg.n(cy - 8)).append('H')
                    .append(Svg.n(Math.max(x2, x1 + 2))).append('V').append(Svg.n(cy + 8)).append('H')
                    .append(Svg.n(x1)).append("Z\"/>\n");
            String words = "[" + (Double.isNaN(r.lo()) ? "?" : number(r.lo())) + ", "
                    + (Double.isNaN(r.hi()) ? "?" : number(r.hi())) + "]";
            Svg.text(sb, Math.min(x2 + 6, RIGHT + 4), cy + 4, "start", words);
        }
        for (int i = 0; i < references.size(); i++) {
            Reference ref = references.get(i);
            Svg.line(sb, px(ref.v()), TOP - 6, px(ref.v()), bottom, Svg.colour(1), " class=\"reference\" "
                    + "stroke-width=\"2\" stroke-dasharray=\"6 4\"");
            Svg.legendEntry(sb, LEFT, bottom + 62 + 18 * i, Svg.colour(1), " stroke-dasharray=\"6 4\"", false,
                    ref.name() + " " + number(ref.v()));
        }
        return sb.append("</svg>\n").toString();
    }

    private static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "");
    }
}
