package tradebounds.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tradebounds.engine.plot.Axis;
import tradebounds.engine.plot.IntervalChart;

/**
 * A guarantee claim's certified bracket [proved, feasible] against the published value, read from the audit's
 * words ("r_1 in [0.71, 0.738049] certified"), with the ladder of proved levels when a note lists them
 * ("proved levels 0.7000 (a.cert), 0.7100 (b.cert)"). The audit prints these numbers rounded outward, so the
 * picture is as safe as the text it is read from.
 */
final class BracketPictures {
    private static final String NUMBER = "[-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?";
    /** In the "regenerated" words any "[a, b]" is the bracket ("holds [0.861, ?]"); in notes only "in [a, b]". */
    private static final Pattern BRACKET = Pattern.compile("\\[(" + NUMBER + "|\\?), (" + NUMBER + "|\\?)\\]");
    private static final Pattern NOTE_BRACKET = Pattern.compile("in " + BRACKET.pattern());
    private static final Pattern LADDER = Pattern.compile("proved levels ((?:" + NUMBER + " \\([^)]*\\)(?:, )?)+)");
    private static final Pattern RUNG = Pattern.compile("(" + NUMBER + ") \\(([^)]*)\\)");

    private BracketPictures() {
    }

    /** [lo, hi] with NaN for an end printed as "?"; empty when no line of the row has a bracket. */
    static Optional<double[]> bracket(AuditEntry row) {
        List<String> lines = new ArrayList<>();
        if (row.regenerated() != null) {
            lines.add(row.regenerated());
        }
        lines.addAll(row.notes());
        for (int i = 0; i < lines.size(); i++) {
            boolean words = i == 0 && row.regenerated() != null;
            Matcher m = (words ? BRACKET : NOTE_BRACKET).matcher(lines.get(i));
            if (m.find() && !(m.group(1).equals("?") && m.group(2).equals("?"))) {
                return Optional.of(new double[] {value(m.group(1)), value(m.group(2))});
            }
        }
        return Optional.empty();
    }

    /** The proved levels a note lists, as (level, file) in the order printed. */
    static List<String[]> ladder(AuditEntry row) {
        List<String[]> out = new ArrayList<>();
        for (String note : row.notes()) {
            Matcher m = LADDER.matcher(note);
            if (m.find()) {
                Matcher r = RUNG.matcher(m.group(1));
                while (r.find()) {
                    out.add(new String[] {r.group(1), r.group(2)});
                }
                break;
            }
        }
        return out;
    }

    private static double value(String s) {
        return s.equals("?") ? Double.NaN : Double.parseDouble(s);
    }

    static Optional<Figure> of(AuditEntry row) {
        Optional<double[]> b = bracket(row);
        List<String[]> rungs = ladder(row);
        if (b.isEmpty() && rungs.isEmpty()) {
            return Optional.empty();
        }
        double published = WelfarePictures.parse(row.published());
        double lo = published;
        double hi = published;
        List<Double> all = new ArrayList<>();
        b.ifPresent(x -> {
            all.add(x[0]);
            all.add(x[1]);
        });
        rungs.forEach(r -> all.add(Double.parseDouble(r[0])));
        for (double v : all) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        IntervalChart chart = new IntervalChart("Certified bracket against the published value",
                Axis.around("value of the claim's quantity", "", lo, hi, 0.15));
        b.ifPresent(x -> chart.interval("certified [proved, feasible]", x[0], x[1]));
        for (String[] r : rungs) {
            chart.level("proved: " + shorten(r[1]), Double.parseDouble(r[0]));
        }
        chart.reference("published " + row.direction(), published);
        String words = b.map(x -> "The bar is the certified bracket [" + end(x[0]) + ", " + end(x[1]) + "] as the audit "
                + "prints it (rounded outward); a dashed end is not known. ").orElse("");
        if (!rungs.isEmpty()) {
            words += "Dots are the proved levels of the stored certificates, one per file. ";
        }
        return Optional.of(new Figure(chart.svg(), words + "The dashed vertical line is the published value."));
    }

    private static String end(double v) {
        return Double.isNaN(v) ? "?" : WelfarePictures.fmt(v);
    }

    private static String shorten(String file) {
        return file.length() <= 28 ? file : file.substring(0, 8) + "…" + file.substring(file.length() - 19);
    }
}
