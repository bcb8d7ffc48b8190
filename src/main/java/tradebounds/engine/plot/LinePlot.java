package tradebounds.engine.plot;

import static tradebounds.engine.plot.Frame.BOTTOM;
import static tradebounds.engine.plot.Frame.LEFT;
import static tradebounds.engine.plot.Frame.RIGHT;
import static tradebounds.engine.plot.Frame.TOP;

import java.util.ArrayList;
import java.util.List;

/**
 * A two-axis picture: lines, steps and scatter points, dashed horizontal reference lines and labelled marks, with
 * ticks, axis titles with units and a legend on the right. Values outside the axes are clipped, not rescaled, so
 * an axis always means what its ticks say.
 */
public final class LinePlot {
    /** How a series is drawn. */
    public enum Mark {
        /** straight segments between consecutive points */
        LINE,
        /** a right-continuous staircase (a CDF): horizontal to the next x, then vertical */
        STEP,
        /** one dot per point */
        POINTS,
        /** straight segments with a dot at each point (few points: a value per grid size) */
        LINE_POINTS,
        /** dashed straight segments: a guide (a ray, a level line), not data */
        DASHED
    }

    private record Series(String name, double[] xs, double[] ys, Mark mark) {
    }

    private record Reference(String name, double y) {
    }

    private record Highlight(String name, double x, double y) {
    }

    static final int WIDTH = 820;
    static final int HEIGHT = 420;

    private final String id;
    private final String title;
    private final Axis x;
    private final Axis y;
    private final List<Series> series = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Highlight> highlights = new ArrayList<>();

    /**
     * @param id    unique within the page (names the clip path)
     * @param title drawn above the plot and read by screen readers
     */
    public LinePlot(String id, String title, Axis x, Axis y) {
        this.id = id.replaceAll("[^A-Za-z0-9_-]", "-");
        this.title = title;
        this.x = x;
        this.y = y;
    }

    /** Adds a series; xs and ys have the same length, at least one point. */
    public LinePlot series(String name, double[] xs, double[] ys, Mark mark) {
        if (xs.length != ys.length || xs.length == 0) {
            throw new IllegalArgumentException("series " + name + ": " + xs.length + " x and " + ys.length + " y");
        }
        series.add(new Series(name, xs.clone(), ys.clone(), mark));
        return this;
    }

    /** A dashed horizontal line at height y across the whole plot (a published value, a threshold). */
    public LinePlot reference(String name, double yValue) {
        references.add(new Reference(name, yValue));
        return this;
    }

    /** A ringed point with its name written beside it (a supremum, the cell on this page). */
    public LinePlot highlight(String name, double xValue, double yValue) {
        highlights.add(new Highlight(name, xValue, yValue));
        return this;
    }

    double px(double v) {
        return LEFT + (v - x.min()) / (x.max() - x.min()) * (RIGHT - LEFT);
    }

    double py(double v) {
        return BOTTOM - (v - y.min()) / (y.max() - y.min()) * (BOTTOM - TOP);
    }

    /** The picture as one inline {@code <svg>} element. */
    public String svg() {
        StringBuilder sb = new StringBuilder();
        Svg.open(sb, WIDTH, HEIGHT, title);
        axes(sb);
        String clip = "clip-" + id;
        sb.append("<clipPath id=\"").append(clip).append("\"><rect x=\"").append(Svg.n(LEFT)).append("\" y=\"")
                .append(Svg.n(TOP)).append("\" width=\"").append(Svg.n(RIGHT - LEFT)).append("\" height=\"")
                .append(Svg.n(BOTTOM - TOP)).append("\"/></clipPath>\n<g clip-path=\"url(#").append(clip).append(")\">\n");
        int legendRow = 0;
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String c = Svg.colour(i);
            if (s.mark() == Mark.POINTS) {
                StringBuilder d = new StringBuilder();
                for (int j = 0; j < s.xs().length; j++) {
                    d.append(Svg.dot(px(s.xs()[j]), py(s.ys()[j]), 3.5));
                }
                sb.append("<path class=\"data points\" fill=\"").append(c).append("\" d=\"").append(d).append("\"/>\n");
            } else if (s.mark() == Mark.LINE_POINTS) {
                StringBuilder d = new StringBuilder();
                for (int j = 0; j < s.xs().length; j++) {
                    d.append(Svg.dot(px(s.xs()[j]), py(s.ys()[j]), 3.5));
                }
                sb.append("<path class=\"data line\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(c)
                        .append("\" d=\"").append(pathData(s)).append("\"/>\n<path class=\"data points\" fill=\"")
                        .append(c).append("\" d=\"").append(d).append("\"/>\n");
            } else {
                sb.append("<path class=\"data ").append(s.mark() == Mark.STEP ? "step" : "line")
                        .append("\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(c)
                        .append(s.mark() == Mark.DASHED ? "\" stroke-dasharray=\"6 4" : "").append("\" d=\"")
                        .append(pathData(s)).append("\"/>\n");
            }
            Svg.legendEntry(legend, RIGHT + 16, TOP + 14 + 18 * legendRow++, c, s.mark() == Mark.DASHED
                    ? " stroke-dasharray=\"6 4\"" : "", s.mark() == Mark.POINTS, s.name());
        }
        for (Reference r : references) {
            Svg.line(sb, LEFT, py(r.y()), RIGHT, py(r.y()), "#555555", " class=\"reference\" stroke-width=\"2\" "
                    + "stroke-dasharray=\"6 4\"");
            Svg.legendEntry(legend, RIGHT + 16, TOP + 14 + 18 * legendRow++, "#555555", " stroke-dasharray=\"6 4\"",
                    false, r.name());
        }
        sb.append("</g>\n");
        for (Highlight h : highlights) {
            // Drawn unclipped but pulled onto the axes: a mark beyond the range sits at the edge, and its name says where.
            double hx = px(Math.max(x.min(), Math.min(x.max(), h.x())));
            double hy = py(Math.max(y.min(), Math.min(y.max(), h.y())));
            sb.append("<circle class=\"highlight\" cx=\"").append(Svg.n(hx)).append("\" cy=\"")
                    .append(Svg.n(hy)).append("\" r=\"7\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\"/>\n");
            boolean leftSide = hx > (LEFT + RIGHT) / 2;
            Svg.text(sb, hx + (leftSide ? -10 : 10), hy - 10, leftSide ? "end" : "start", h.name());
        }
        sb.append(legend).append("</svg>\n");
        return sb.toString();
    }

    private String pathData(Series s) {
        StringBuilder d = new StringBuilder();
        for (int j = 0; j < s.xs().length; j++) {
            if (j == 0) {
                d.append('M').append(Svg.n(px(s.xs()[0]))).append(' ').append(Svg.n(py(s.ys()[0])));
            } else if (s.mark() == Mark.STEP) {
                d.append('H').append(Svg.n(px(s.xs()[j]))).append('V').append(Svg.n(py(s.ys()[j])));
            } else {
                d.append('L').append(Svg.n(px(s.xs()[j]))).append(' ').append(Svg.n(py(s.ys()[j])));
            }
        }
        return d.toString();
    }

    private void axes(StringBuilder sb) {
        List<Double> xt = Ticks.of(x.min(), x.max(), 8);
        Frame.axes(sb, xt, xt.stream().map(t -> Ticks.label(t, xt)).toList(), this::px, x.title(), y, this::py);
    }
}
