package tradebounds.engine.plot;

import static tradebounds.engine.plot.Frame.BOTTOM;
import static tradebounds.engine.plot.Frame.LEFT;
import static tradebounds.engine.plot.Frame.RIGHT;
import static tradebounds.engine.plot.Frame.TOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cells of a partition of one coordinate as bars: each cell spans [lo, hi] on the x axis, rises from 0 to its value
 * on the y axis and is filled by a diverging colour scale of that value (blue above 0, vermilion below, pale near 0,
 * each side saturating at its own largest magnitude, so cells with tiny margins still differ in colour when one
 * cell has a large one), so both the height and the colour say how much room a cell has. A bar is at least
 * {@link #MIN_BAR} pixels tall, so a cell whose value is too small for the scale still shows which side it is on. Marked points (crosses) and dashed horizontal
 * reference lines go on top. The x axis may be logarithmic (a partition crowded near 0); there a cell that starts
 * at or below the axis minimum is drawn from the left edge, and its hover title gives its true range.
 */
public final class StripChart {
    private record Bar(String title, double lo, double hi, double value, boolean outline) {
    }

    private record Mark(String name, double x, double y) {
    }

    private record Reference(String name, double y) {
    }

    private static final int WIDTH = 820;
    private static final int HEIGHT = 440;
    static final double MIN_BAR = 3;

    private final String title;
    private final Axis x;
    private final boolean logX;
    private final Axis y;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private String barLegend = "cells";
    private String markLegend = "points";

    /** @param x the partition coordinate; with {@code logX} its min must be positive */
    public StripChart(String title, Axis x, boolean logX, Axis y) {
        if (logX && !(x.min() > 0)) {
            throw new IllegalArgumentException("log axis " + x.label() + " needs min > 0, got " + x.min());
        }
        this.title = title;
        this.x = x;
        this.logX = logX;
        this.y = y;
    }

    /** One cell: x range [lo, hi], value drawn as height and colour; {@code title} is its hover text. */
    public StripChart bar(String cellTitle, double lo, double hi, double value) {
        bars.add(new Bar(cellTitle, lo, hi, value, false));
        return this;
    }

    /** A cell drawn as an outline only (no certified value: the value is only known to be at most this). */
    public StripChart outline(String cellTitle, double lo, double hi, double value) {
        bars.add(new Bar(cellTitle, lo, hi, value, true));
        return this;
    }

    /** A cross at (x, y), named in its hover text. */
    public StripChart mark(String name, double xValue, double yValue) {
        marks.add(new Mark(name, xValue, yValue));
        return this;
    }

    public StripChart reference(String name, double yValue) {
        references.add(new Reference(name, yValue));
        return this;
    }

    /** Legend words for the filled bars and for the crosses. */
    public StripChart legend(String barsName, String marksName) {
        this.barLegend = barsName;
        this.markLegend = marksName;
        return this;
    }

    private double px(double v) {
        double lo = logX ? Math.log10(x.min()) : x.min();
        double hi = logX ? Math.log10(x.max()) : x.max();
        double t = logX ? (v <= x.min() ? lo : Math.log10(v)) : v;
        t = Math.max(lo, Math.min(hi, t));
        return LEFT + (t - lo) / (hi - lo) * (RIGHT - LEFT);
    }

    private double py(double v) {
        double c = Math.max(y.min(), Math.min(y.max(), v));
        return BOTTOM - (c - y.min()) / (y.max() - y.min()) * (BOTTOM - TOP);
    }

    /** The largest magnitude of the filled bars' values on one side of 0 (0 when there is none). */
    private double scale(boolean positive) {
        return bars.stream().filter(b -> !b.outline() && (positive ? b.value() > 0 : b.value() < 0))
                .mapToDouble(b -> Math.abs(b.value())).max().orElse(0);
    }

    /**
     * The diverging fill of a value: pale at 0, blue (#0072B2) at the largest positive value, vermilion (#D55E00)
     * at the most negative one.
     */
    String colour(double v) {
        double scale = scale(v >= 0);
        double t = scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
        // At least a quarter of the end colour, so a cell with a tiny margin is still visibly blue, not white.
        t = 0.25 + 0.75 * t;
        int[] end = v >= 0 ? new int[] {0x00, 0x72, 0xB2} : new int[] {0xD5, 0x5E, 0x00};
        int r = (int) Math.round(255 + (end[0] - 255) * t);
        int g = (int) Math.round(255 + (end[1] - 255) * t);
        int b = (int) Math.round(255 + (end[2] - 255) * t);
        return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b);
    }

    /** The picture as one inline {@code <svg>} element. */
    public String svg() {
        StringBuilder sb = new StringBuilder();
        Svg.open(sb, WIDTH, HEIGHT, title);
        axes(sb);
        double zero = py(Math.max(y.min(), Math.min(y.max(), 0)));
        for (Bar b : bars) {
            double x1 = px(b.lo());
            double x2 = Math.max(px(b.hi()), x1 + 1);
            double top = py(b.value());
            if (Math.abs(top - zero) < MIN_BAR && b.value() != 0) {
                top = zero + (b.value() > 0 ? -MIN_BAR : MIN_BAR);
            }
            String fill = b.outline() ? "none" : colour(b.value());
            String stroke = b.outline() ? Svg.colour(1) : "#333333";
            sb.append("<path class=\"data cell").append(b.outline() ? " outline" : "").append("\" fill=\"")
                    .append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                    .append(b.outline() ? "1.5\" stroke-dasharray=\"4 3" : "0.5").append("\" d=\"M")
                    .append(Svg.n(x1)).append(' ').append(Svg.n(zero)).append('V').append(Svg.n(top)).append('H')
                    .append(Svg.n(x2)).append('V').append(Svg.n(zero)).append("Z\"><title>").append(Svg.esc(b.title()))
                    .append("</title></path>\n");
        }
        Svg.line(sb, LEFT, zero, RIGHT, zero, "#000000", " stroke-width=\"1\"");
        for (Reference r : references) {
            Svg.line(sb, LEFT, py(r.y()), RIGHT, py(r.y()), "#555555", " class=\"reference\" stroke-width=\"2\" "
                    + "stroke-dasharray=\"6 4\"");
        }
        for (Mark m : marks) {
            double cx = px(m.x());
            double cy = py(m.y());
            sb.append("<path class=\"data mark\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\" d=\"M")
                    .append(Svg.n(cx - 6)).append(' ').append(Svg.n(cy - 6)).append('L').append(Svg.n(cx + 6))
                    .append(' ').append(Svg.n(cy + 6)).append('M').append(Svg.n(cx - 6)).append(' ')
                    .append(Svg.n(cy + 6)).append('L').append(Svg.n(cx + 6)).append(' ').append(Svg.n(cy - 6))
                    .append("\"><title>").append(Svg.esc(m.name())).append("</title></path>\n");
        }
        legend(sb);
        return sb.append("</svg>\n").toString();
    }

    private void legend(StringBuilder sb) {
        double lx = RIGHT + 16;
        double ly = TOP + 14;
        if (bars.stream().anyMatch(b -> !b.outline())) {
            Svg.text(sb, lx, ly, "start", barLegend + ", fill by value:");
            ly += 16;
            double pos = scale(true);
            double neg = scale(false);
            for (double v : new double[] {pos, pos / 2, -neg / 2, -neg}) {
                if (v == 0) {
                    continue;
                }
                sb.append("<rect x=\"").append(Svg.n(lx)).append("\" y=\"").append(Svg.n(ly - 10))
                        .append("\" width=\"24\" height=\"12\" stroke=\"#333333\" stroke-width=\"0.5\" fill=\"")
                        .append(colour(v)).append("\"/>\n");
                Svg.text(sb, lx + 30, ly, "start", (v > 0 ? "+" : "") + number(v));
                ly += 16;
            }
        }
        if (bars.stream().anyMatch(Bar::outline)) {
            sb.append("<rect x=\"").append(Svg.n(lx)).append("\" y=\"").append(Svg.n(ly - 10)).append("\" width=\"24\" "
                    + "height=\"12\" fill=\"none\" stroke-dasharray=\"4 3\" stroke-width=\"1.5\" stroke=\"")
                    .append(Svg.colour(1)).append("\"/>\n");
            Svg.text(sb, lx + 30, ly, "start", "refuted cell");
            ly += 18;
        }
        if (!marks.isEmpty()) {
            sb.append("<path fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" d=\"M").append(Svg.n(lx + 6))
                    .append(' ').append(Svg.n(ly - 10)).append("l10 10m-10 0l10 -10\"/>\n");
            Svg.text(sb, lx + 30, ly, "start", markLegend);
            ly += 18;
        }
        for (Reference r : references) {
            Svg.legendEntry(sb, lx, ly, "#555555", " stroke-dasharray=\"6 4\"", false, r.name());
            ly += 18;
        }
    }

    private void axes(StringBuilder sb) {
        List<Double> xt = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (logX) {
            for (int e = (int) Math.ceil(Math.log10(x.min()) - 1e-9); e <= Math.floor(Math.log10(x.max()) + 1e-9); e++) {
                xt.add(Math.pow(10, e));
                labels.add(e == 0 ? "1" : "1e" + e);
            }
        } else {
            xt.addAll(Ticks.of(x.min(), x.max(), 8));
            xt.forEach(t -> labels.add(Ticks.label(t, xt)));
        }
        Frame.axes(sb, xt, labels, this::px, x.title() + (logX ? ", log scale" : ""), y, this::py);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
