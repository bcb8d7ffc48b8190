package tradebounds.engine.plot;

import java.util.List;
import java.util.Locale;

/** The drawing primitives both picture types share: escaping, coordinates, axes, legend. */
final class Svg {
    /** Okabe-Ito colours: distinguishable under the common colour-vision deficiencies. */
    static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000");
    static final String FONT = "font-family=\"sans-serif\" font-size=\"12\"";

    private Svg() {
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Two decimals: a hundredth of a pixel is below what any screen shows. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String colour(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    /** Opens an inline {@code <svg>}: no namespace URL, since HTML5 needs none and pages reference no network. */
    static void open(StringBuilder sb, int width, int height, String title) {
        sb.append("<svg class=\"plot\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" ").append(FONT).append(">\n<title>").append(esc(title))
                .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
                .append("<text class=\"plot-title\" x=\"").append(width / 2).append("\" y=\"18\" text-anchor=\"middle\" "
                        + "font-size=\"14\" font-weight=\"bold\">").append(esc(title)).append("</text>\n");
    }

    static void text(StringBuilder sb, double x, double y, String anchor, String s) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\">").append(esc(s)).append("</text>\n");
    }

    static void line(StringBuilder sb, double x1, double y1, double x2, double y2, String stroke, String extra) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append('"').append(extra)
                .append("/>\n");
    }

    /** A legend entry: a short sample of the stroke (or a dot) and the name. */
    static void legendEntry(StringBuilder sb, double x, double y, String colour, String dash, boolean dot, String name) {
        if (dot) {
            sb.append("<circle cx=\"").append(n(x + 12)).append("\" cy=\"").append(n(y - 4)).append("\" r=\"4\" fill=\"")
                    .append(colour).append("\"/>\n");
        } else {
            line(sb, x, y - 4, x + 24, y - 4, colour, " stroke-width=\"2\"" + dash);
        }
        text(sb, x + 30, y, "start", name);
    }

    /** A circle of radius r as path data, so points are "data paths" like lines are. */
    static String dot(double x, double y, double r) {
        return "M" + n(x - r) + " " + n(y) + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r) + " 0a" + n(r) + " " + n(r)
                + " 0 1 0 " + n(-2 * r) + " 0";
    }
}
