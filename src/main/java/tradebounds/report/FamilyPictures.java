package tradebounds.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tradebounds.claims.ClaimPicture;
import tradebounds.claims.Family;
import tradebounds.engine.plot.Axis;
import tradebounds.engine.plot.LinePlot;

/**
 * The pictures a family computes for its own claims ({@link Family#pictures}: the Pareto frontier of seed 001, say),
 * drawn here, so that families name no plotting code and the report names no family. A family whose computation
 * fails (a solver missing on this machine) gives no picture, and the page says why.
 */
final class FamilyPictures {
    private final Map<String, Family> byFolder = new HashMap<>();

    FamilyPictures() {
        for (Family f : Family.all()) {
            byFolder.put(f.registryFolder(), f);
        }
    }

    /** The row's family pictures, or empty; a failure is returned as the reason in {@code why[0]}. */
    List<Figure> of(AuditEntry row, ClaimIndex.Info info, String[] why) {
        Family f = byFolder.get(info.family());
        if (f == null || info.claim() == null) {
            return List.of();
        }
        List<ClaimPicture> pictures;
        try {
            pictures = f.pictures(info.claim());
        } catch (RuntimeException e) {
            why[0] = "the " + info.family() + " family's picture failed here (" + e.getMessage() + ")";
            return List.of();
        }
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            out.add(draw(row.claim() + "-family-" + i, pictures.get(i)));
        }
        return out;
    }

    static Figure draw(String id, ClaimPicture p) {
        double xmin = 0;
        double xmax = 0;
        double ymin = 0;
        double ymax = 0;
        for (ClaimPicture.Curve c : p.curves()) {
            for (int i = 0; i < c.xs().length; i++) {
                xmin = Math.min(xmin, c.xs()[i]);
                xmax = Math.max(xmax, c.xs()[i]);
                ymin = Math.min(ymin, c.ys()[i]);
                ymax = Math.max(ymax, c.ys()[i]);
            }
        }
        for (ClaimPicture.Mark m : p.marks()) {
            xmax = Math.max(xmax, m.x());
            ymax = Math.max(ymax, m.y());
        }
        LinePlot plot = new LinePlot(id, p.title(), new Axis(p.x(), "", xmin, xmax > xmin ? xmax * 1.05 : xmin + 1),
                new Axis(p.y(), "", ymin, ymax > ymin ? ymax * 1.05 : ymin + 1));
        for (ClaimPicture.Curve c : p.curves()) {
            plot.series(c.name(), c.xs(), c.ys(), c.dashed() ? LinePlot.Mark.DASHED : c.dots()
                    ? LinePlot.Mark.LINE_POINTS : LinePlot.Mark.LINE);
        }
        for (ClaimPicture.Mark m : p.marks()) {
            plot.series(m.name(), new double[] {m.x()}, new double[] {m.y()}, LinePlot.Mark.POINTS);
        }
        return new Figure(plot.svg(), p.caption());
    }
}
