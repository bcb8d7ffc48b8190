package tradebounds.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.ClaimKind;
import tradebounds.engine.plot.Axis;
import tradebounds.engine.plot.LinePlot;
import tradebounds.model.Rational;

/**
 * A grid-analogue claim (a continuous constant tested on finite grids, seed 004): the certified value on the
 * pessimistic grid (a lower bound on the constant) and on the optimistic grid (an upper bound) against the grid size,
 * with the constant as a dashed line; the two should close in on it as the grid refines.
 *
 * <p>The values come from the audit's JSON when the row carries them (the optional {@code grid} member,
 * {@link AuditEntry.GridPoint}); a row without it is drawn from the stored certificates beside its own, which are
 * named {@code <series>-n<cells>-<program>.cert} (pessimistic) and {@code ...-<program>-optimistic.cert}, reading
 * each one's {@code CLAIM objective} bounds; then only the row's own series is drawn, with the published value as its
 * constant. A value missing from both is left out, and the caption says which sizes were drawn.
 */
final class GridPictures {
    private static final Pattern NAME = Pattern.compile("(.+)-n([0-9]+)-(.+?)(-optimistic)?\\.cert");

    private GridPictures() {
    }

    /** Values of one series: cells -> {pessimistic, optimistic} (either may be NaN), and its constant or NaN. */
    record Series(String name, TreeMap<Integer, double[]> values, double constant) {
    }

    static List<Figure> of(AuditEntry row, Path root) {
        List<Series> series = fromJson(row);
        String source = "the audit's JSON (member grid)";
        if (series.isEmpty()) {
            series = fromCertificates(row, root);
            source = "the stored certificates beside " + row.certificate() + " (their CLAIM objective bounds)";
        }
        List<Figure> out = new ArrayList<>();
        for (Series s : series) {
            if (s.values().isEmpty()) {
                continue;
            }
            out.add(draw(row, s, source));
        }
        return out;
    }

    static List<Series> fromJson(AuditEntry row) {
        Map<String, Series> by = new LinkedHashMap<>();
        for (AuditEntry.GridPoint g : row.grid()) {
            String name = g.series() == null ? "grid" : g.series();
            double constant = g.constant() == null ? Double.NaN : WelfarePictures.parse(g.constant());
            Series s = by.computeIfAbsent(name, k -> new Series(k, new TreeMap<>(), constant));
            if (Double.isNaN(s.constant()) && !Double.isNaN(constant)) {
                s = new Series(name, s.values(), constant);
                by.put(name, s);
            }
            s.values().put(g.cells(), new double[] {value(g.pessimistic()), value(g.optimistic())});
        }
        return new ArrayList<>(by.values());
    }

    private static double value(String rational) {
        return rational == null ? Double.NaN : WelfarePictures.parse(rational);
    }

    static List<Series> fromCertificates(AuditEntry row, Path root) {
        if (row.certificate() == null) {
            return List.of();
        }
        Path file = root.resolve(row.certificate());
        Matcher own = NAME.matcher(file.getFileName().toString());
        if (!own.matches() || !Files.isDirectory(file.getParent())) {
            return List.of();
        }
        String series = own.group(1);
        String program = own.group(3);
        TreeMap<Integer, double[]> values = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(file.getParent())) {
            files = s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        for (Path p : files) {
            Matcher m = NAME.matcher(p.getFileName().toString());
            if (!m.matches() || !m.group(1).equals(series) || !m.group(3).equals(program)) {
                continue;
            }
            boolean optimistic = m.group(4) != null;
            Optional<Rational> v = bound(p, optimistic ? ClaimKind.OBJECTIVE_AT_MOST : ClaimKind.OBJECTIVE_AT_LEAST);
            if (v.isEmpty()) {
                continue;
            }
            double[] pair = values.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new double[] {Double.NaN,
                    Double.NaN});
            pair[optimistic ? 1 : 0] = v.get().toDouble();
        }
        return List.of(new Series(series, values, WelfarePictures.parse(row.published())));
    }

    /** The certificate's CLAIM bound of the given kind, or empty (unreadable, or no such claim). */
    private static Optional<Rational> bound(Path p, ClaimKind kind) {
        try {
            Certificate c = CertificateReader.read(p);
            return c.claims().stream().filter(cl -> cl.kind() == kind).map(Certificate.Claim::bound).findFirst();
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Figure draw(AuditEntry row, Series s, String source) {
        int n = s.values().size();
        double[] xs = new double[n];
        List<double[]> pess = new ArrayList<>();
        List<double[]> opt = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int i = 0;
        for (var e : s.values().entrySet()) {
            xs[i++] = e.getKey();
            if (!Double.isNaN(e.getValue()[0])) {
                pess.add(new double[] {e.getKey(), e.getValue()[0]});
            }
            if (!Double.isNaN(e.getValue()[1])) {
                opt.add(new double[] {e.getKey(), e.getValue()[1]});
            }
            for (double v : e.getValue()) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!Double.isNaN(s.constant())) {
            lo = Math.min(lo, s.constant());
            hi = Math.max(hi, s.constant());
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        double xmax = xs[n - 1] * 1.15;
        LinePlot plot = new LinePlot(row.claim() + "-grid-" + s.name(), "Grid values against grid size, " + s.name(),
                new Axis("grid size", "cells per marginal", 0, xmax), Axis.around("certified grid value", "", lo, hi,
                0.15));
        addSeries(plot, "pessimistic (lower)", pess);
        addSeries(plot, "optimistic (upper)", opt);
        if (!Double.isNaN(s.constant())) {
            plot.reference("constant " + WelfarePictures.fmt(s.constant(), 8), s.constant());
        }
        StringBuilder sizes = new StringBuilder();
        s.values().keySet().forEach(k -> sizes.append(sizes.length() == 0 ? "" : ", ").append(k));
        return new Figure(plot.svg(), "Certified values of the grid analogue for " + s.name() + " at grid sizes "
                + sizes + ", from " + source + ": the pessimistic grid (values moved down, costs up) bounds the "
                + "continuous constant from below, the optimistic grid from above"
                + (Double.isNaN(s.constant()) ? "; no constant is recorded for this series" : "; the dashed line is "
                + "the constant") + "." + (n == 1 ? " Only one grid size has values here (the larger grids' "
                + "certificates are regenerated by each audit, not stored)." : ""));
    }

    private static void addSeries(LinePlot plot, String name, List<double[]> pts) {
        if (pts.isEmpty()) {
            return;
        }
        double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
        plot.series(name, x, y, pts.size() == 1 ? LinePlot.Mark.POINTS : LinePlot.Mark.LINE_POINTS);
    }
}
