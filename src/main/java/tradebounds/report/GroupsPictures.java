package tradebounds.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tradebounds.engine.plot.Axis;
import tradebounds.engine.plot.LinePlot;

/**
 * Printed versus computed cells of a Monte Carlo table (the audit method {@code groups-table1}): the computed value
 * and its z-score (printed minus computed, in standard errors of the paper's run) are read from the row's
 * "regenerated" words, "METHOD VALUE under stated reading R; SE@1e6 S; z Z". Two pictures per cell page: z by
 * cell with the agreement band, and computed against printed with the diagonal; the page's own cell is ringed.
 */
final class GroupsPictures {
    static final String METHOD = "groups-table1";
    /** The audit's agreement rule: within 4 standard errors of the paper's run. */
    static final double BAND = 4;
    private static final Pattern WORDS = Pattern.compile(
            "^\\S+ ([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?) under stated reading \\S+; SE@1e6 \\S+; "
                    + "z ([-+]?[0-9]*\\.?[0-9]+)");

    /** One evaluated cell: printed value, computed value and z. */
    record Cell(String claim, double printed, double computed, double z) {
    }

    private GroupsPictures() {
    }

    static Optional<Cell> cell(AuditEntry row) {
        if (row.regenerated() == null) {
            return Optional.empty();
        }
        Matcher m = WORDS.matcher(row.regenerated());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Cell(row.claim(), WelfarePictures.parse(row.published()), Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2))));
    }

    /** The two pictures of {@code row}'s page, drawn over every cell of {@code cells} (in table order). */
    static List<Figure> of(AuditEntry row, List<Cell> cells) {
        Optional<Cell> own = cell(row);
        if (own.isEmpty() || cells.isEmpty()) {
            return List.of();
        }
        int n = cells.size();
        double[] index = new double[n];
        double[] z = new double[n];
        double[] printed = new double[n];
        double[] computed = new double[n];
        double zmax = BAND + 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int mine = 0;
        for (int i = 0; i < n; i++) {
            Cell c = cells.get(i);
            index[i] = i + 1;
            z[i] = c.z();
            printed[i] = c.printed();
            computed[i] = c.computed();
            zmax = Math.max(zmax, Math.abs(c.z()) * 1.1);
            lo = Math.min(lo, Math.min(c.printed(), c.computed()));
            hi = Math.max(hi, Math.max(c.printed(), c.computed()));
            if (c.claim().equals(row.claim())) {
                mine = i;
            }
        }
        LinePlot zPlot = new LinePlot(row.claim() + "-z", "z-score of every printed cell", new Axis("cell", "table order",
                0, n + 1), new Axis("z = (printed - computed) / SE", "standard errors", -zmax, zmax))
                .series("cells", index, z, LinePlot.Mark.POINTS)
                .reference("agreement band \u00b1" + (int) BAND + " SE", BAND)
                .reference("-" + (int) BAND + " SE", -BAND)
                .highlight("this cell, z " + String.format(Locale.ROOT, "%+.2f", own.get().z()), mine + 1,
                        own.get().z());
        Axis values = Axis.around("printed", "", lo, hi, 0.05);
        LinePlot scatter = new LinePlot(row.claim() + "-printed", "Computed against printed", values,
                Axis.around("computed", "", lo, hi, 0.05))
                .series("cells", printed, computed, LinePlot.Mark.POINTS)
                .series("computed = printed", new double[] {values.min(), values.max()},
                        new double[] {values.min(), values.max()}, LinePlot.Mark.LINE)
                .highlight("this cell", own.get().printed(), own.get().computed());
        List<Figure> out = new ArrayList<>();
        out.add(new Figure(zPlot.svg(), "z-score of each of the " + n + " cells of the table in the audit's order; "
                + "the audit counts a cell as reproduced when |z| <= " + (int) BAND + " (the dashed lines). "
                + "The ring is this page's cell."));
        out.add(new Figure(scatter.svg(), "The value the tool computes (exact or enclosed, under the stated reading) "
                + "against the printed value; on the diagonal they agree exactly."));
        return out;
    }
}
