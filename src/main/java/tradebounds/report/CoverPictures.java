package tradebounds.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover;
import tradebounds.cert.Limits;
import tradebounds.check.CoverEvaluator;
import tradebounds.check.Enclosure;
import tradebounds.engine.plot.Axis;
import tradebounds.engine.plot.StripChart;
import tradebounds.model.Rational;

/**
 * The picture of an interval cover (FORMAT.md section 4), on the page of a row whose certificate is the cover, a file
 * of the same partition, or a point-value certificate refuting a cell of it: its partition of the first coordinate as a strip of cells,
 * each cell's height and colour its certified lower bound minus the claim's published value. A cell's certified
 * lower bound is the smallest leaf bound of its tree (what the checker proves every leaf's enclosure reaches); the
 * report reads it from the file and does not re-prove it ({@code tradebounds check} does).
 *
 * <p>Which files make one partition is read from their names, so no paper is named here: the interval covers in
 * the row's certificate directory whose names share the certificate's first two dash-separated parts
 * ({@code preg-best-main.cert.gz} and {@code preg-best-tail.cert}) are one partition split over files. Point-value
 * certificates there that share the first part and claim a value below a constant ({@code value <}) are refuting
 * points: each is marked at its point's first coordinate and its value (the checker's enclosure of the goal at the
 * point, upper end) minus the published value; when it also shares the first two parts it is a refuted cell of this
 * very partition ({@code preg-table1-refute-cell1.cert}) and its coordinate range is drawn as an outlined cell.
 */
final class CoverPictures {
    /** Covers are read in full (a stored P_MHR cover has 458k tree lines), with room above the checker's default. */
    private static final Limits LIMITS = new Limits(10_000, 1L << 28, 256L << 20);
    /** A partition whose positive ends span more than this factor is drawn on a log axis. */
    private static final double LOG_SPAN = 100;

    private CoverPictures() {
    }

    /** One cell of the drawing: its range, its certified bound (or a refuting value), and its hover text. */
    record Cell(double lo, double hi, double margin, boolean refuted, String title) {
    }

    /** A refuting point: its partition coordinate and value minus the target. */
    record Point(double x, double margin, String title) {
    }

    /** The cover picture of a row whose certificate is an interval cover; empty for anything else. */
    static List<Figure> of(AuditEntry row, Path root) {
        if (row.certificate() == null) {
            return List.of();
        }
        Path file = root.resolve(row.certificate());
        String type = Files.isRegularFile(file) ? CertificateSummary.type(file) : null;
        if (!"interval-cover".equals(type) && !"point-value".equals(type)) {
            return List.of();
        }
        try {
            return draw(row, file);
        } catch (CertificateException | IOException | RuntimeException e) {
            // A certificate the reader refuses gets no picture; `check` is where its defect is reported.
            return List.of();
        }
    }

    static List<Figure> draw(AuditEntry row, Path file) throws CertificateException, IOException {
        Rational target = Rational.parse(row.published());
        String name = file.getFileName().toString();
        String stem2 = parts(name, 2);
        String stem1 = parts(name, 1);
        List<Path> siblings;
        try (Stream<Path> s = Files.list(file.getParent())) {
            siblings = s.filter(p -> p.getFileName().toString().matches(".*\\.cert(\\.gz)?"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Cell> cells = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<String> coverFiles = new ArrayList<>();
        List<String> pointFiles = new ArrayList<>();
        String coord = null;
        Rational domainLo = null;
        Rational domainHi = null;
        Rational claim = null;
        // The row's own certificate first when it is a cover, so its coordinate names the axis; a refuting point's
        // row (a point-value certificate) is drawn over the covers of its partition.
        List<Path> covers = new ArrayList<>();
        if ("interval-cover".equals(CertificateSummary.type(file))) {
            covers.add(file);
        }
        for (Path p : siblings) {
            String n = p.getFileName().toString();
            if (!p.equals(file) && parts(n, 2).equals(stem2) && "interval-cover".equals(CertificateSummary.type(p))) {
                covers.add(p);
            }
        }
        for (Path p : covers) {
            Certificate c = CertificateReader.read(p, LIMITS);
            Cover cover = c.cover().orElseThrow();
            Cover.Coord first = cover.coords().get(0);
            if (coord == null) {
                coord = first.name();
            } else if (!coord.equals(first.name())) {
                continue;
            }
            domainLo = domainLo == null ? first.lo() : domainLo.min(first.lo());
            domainHi = domainHi == null ? first.hi() : domainHi.max(first.hi());
            for (Certificate.Claim cl : c.claims()) {
                claim = claim == null ? cl.bound() : claim.min(cl.bound());
            }
            coverFiles.add(p.getFileName().toString() + " (" + cover.cells().size() + " cells)");
            for (Cover.Cell cell : cover.cells()) {
                Rational bound = null;
                for (Cover.Node node : cell.nodes()) {
                    if (node.kind() == Cover.NodeKind.LEAF) {
                        bound = bound == null ? node.value() : bound.min(node.value());
                    }
                }
                if (bound == null) {
                    // every leaf is empty: the cell has no feasible point, so no bound to draw; a zero-height bar
                    cells.add(new Cell(cell.lo().toDouble(), cell.hi().toDouble(), 0, false, range(coord, cell)
                            + params(cover, cell) + ": every leaf proved empty"));
                    continue;
                }
                double margin = bound.subtract(target).toDouble();
                cells.add(new Cell(cell.lo().toDouble(), cell.hi().toDouble(), margin, false, range(coord, cell)
                        + params(cover, cell) + ": certified >= " + WelfarePictures.fmt(bound.toDouble(), 8)
                        + String.format(Locale.ROOT, " (%+.4g against the published value)", margin)));
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        for (Path p : siblings) {
            String n = p.getFileName().toString();
            if (covers.contains(p) || !parts(n, 1).equals(stem1) || !"point-value".equals(CertificateSummary.type(p))) {
                continue;
            }
            Optional<double[]> v = refutingPoint(p, coord);
            if (v.isEmpty()) {
                continue;
            }
            double x = v.get()[0];
            double margin = v.get()[1] - target.toDouble();
            String words = n + ": " + coord + " = " + WelfarePictures.fmt(x, 6) + ", value <= "
                    + WelfarePictures.fmt(v.get()[1], 8);
            points.add(new Point(x, margin, words));
            pointFiles.add(n);
            if (parts(n, 2).equals(stem2)) {
                cells.add(new Cell(v.get()[2], v.get()[3], margin, true, "refuted cell " + coord + " in ["
                        + WelfarePictures.fmt(v.get()[2]) + ", " + WelfarePictures.fmt(v.get()[3]) + "] (" + words + ")"));
            }
        }

        double lo = 0;
        double hi = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        for (Cell c : cells) {
            lo = Math.min(lo, c.margin());
            hi = Math.max(hi, c.margin());
            for (double e : new double[] {c.lo(), c.hi()}) {
                if (e > 0) {
                    minPositive = Math.min(minPositive, e);
                }
            }
        }
        for (Point p : points) {
            lo = Math.min(lo, p.margin());
            hi = Math.max(hi, p.margin());
        }
        double claimMargin = claim == null ? Double.NaN : claim.subtract(target).toDouble();
        if (!Double.isNaN(claimMargin)) {
            hi = Math.max(hi, claimMargin);
        }
        double xmin = domainLo.toDouble();
        double xmax = domainHi.toDouble();
        boolean log = xmin >= 0 && minPositive < xmax / LOG_SPAN;
        if (log) {
            xmin = Math.pow(10, Math.floor(Math.log10(minPositive)) - 1);
        }
        String label = coord.replace("qm", "q_m").replace("rm", "r_m");
        StripChart chart = new StripChart("Certified lower bound minus the published value, per cell of " + label,
                new Axis(label, "", xmin, xmax), log, Axis.around("certified bound - published " + row.direction()
                + " " + WelfarePictures.fmt(target.toDouble()), "", lo, hi, 0.08))
                .legend("certified cells", "refuting points");
        for (Cell c : cells) {
            if (c.refuted()) {
                chart.outline(c.title(), c.lo(), c.hi(), c.margin());
            } else {
                chart.bar(c.title(), c.lo(), c.hi(), c.margin());
            }
        }
        points.forEach(p -> chart.mark(p.title(), p.x(), p.margin()));
        if (!Double.isNaN(claimMargin) && Math.abs(claimMargin) > 1e-12) {
            chart.reference("cover claims >= " + WelfarePictures.fmt(claim.toDouble()), claimMargin);
        }
        long certified = cells.stream().filter(c -> !c.refuted()).count();
        String caption = "The " + certified + " cells of " + String.join(" and ", coverFiles) + " along " + label
                + (log ? " (log scale; a cell from " + label + " = 0 starts at the left edge)" : "") + ": each bar rises "
                + "to the smallest leaf bound of the cell's tree minus the published " + WelfarePictures.fmt(target
                .toDouble()) + ", coloured by that margin (each sign on its own scale; a bar is at least 3 pixels tall, so a margin too small for the axis still shows its sign); hover a cell for its range, parameters and bound.";
        if (!points.isEmpty()) {
            caption += " Crosses are the refuting points of " + String.join(", ", pointFiles) + " (point-value "
                    + "certificates): the checker's upper enclosure of the value at the point minus the published value"
                    + (cells.size() > certified ? "; their cells of this partition are outlined, dashed" : "") + ".";
        }
        return List.of(new Figure(chart.svg(), caption));
    }

    /**
     * A point-value certificate that refutes (claims {@code value <} or {@code <=}): {x, value upper end, cell lo,
     * cell hi} on coordinate {@code coord}; empty when it is not one, or does not use that coordinate.
     */
    static Optional<double[]> refutingPoint(Path p, String coord) throws CertificateException {
        Certificate c = CertificateReader.read(p, LIMITS);
        if (c.type() != CertificateType.POINT_VALUE || c.cover().isEmpty()) {
            return Optional.empty();
        }
        boolean below = c.claims().stream().anyMatch(cl -> cl.kind() == ClaimKind.VALUE_BELOW
                || cl.kind() == ClaimKind.VALUE_AT_MOST);
        Cover cover = c.cover().get();
        Optional<Cover.Coord> range = cover.coord(coord);
        if (!below || range.isEmpty()) {
            return Optional.empty();
        }
        List<Rational> params = new ArrayList<>();
        for (String name : cover.params()) {
            params.add(value(cover, name));
        }
        List<Rational> point = new ArrayList<>();
        for (Cover.Coord k : cover.coords()) {
            point.add(value(cover, k.name()));
        }
        CoverEvaluator ev = new CoverEvaluator(cover);
        Enclosure goal;
        try {
            goal = ev.values(CoverEvaluator.enclose(params), CoverEvaluator.enclose(point))[ev.goalIndex()];
        } catch (Enclosure.Failure e) {
            return Optional.empty();
        }
        return Optional.of(new double[] {value(cover, coord).toDouble(), goal.hi(), range.get().lo().toDouble(),
                range.get().hi().toDouble()});
    }

    private static Rational value(Cover cover, String name) {
        return cover.point().stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no POINT value for " + name)).value();
    }

    private static String range(String coord, Cover.Cell cell) {
        return coord + " in [" + WelfarePictures.fmt(cell.lo().toDouble()) + ", "
                + WelfarePictures.fmt(cell.hi().toDouble()) + "]";
    }

    private static String params(Cover cover, Cover.Cell cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cover.params().size(); i++) {
            sb.append(", ").append(cover.params().get(i)).append(' ')
                    .append(WelfarePictures.fmt(cell.paramValues().get(i).toDouble()));
        }
        return sb.toString();
    }

    /** The first {@code n} dash-separated parts of a file name without its extensions. */
    static String parts(String fileName, int n) {
        String base = fileName.replaceAll("\\.cert(\\.gz)?$", "");
        String[] p = base.split("-");
        return String.join("-", java.util.Arrays.copyOf(p, Math.min(n, p.length)));
    }
}
