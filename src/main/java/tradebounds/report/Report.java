package tradebounds.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the report site: {@code index.html} (the audit table, filterable by family and verdict) and
 * {@code claims/<id>.html} (one page per row: its fields, notes and pictures). The site is written into a fresh
 * directory beside {@code out} and renamed into place, so a reader never sees half a report; a previous report at
 * {@code out} is replaced. Certificate links are paths relative to the page, resolved from where the site ends up.
 */
public final class Report {
    /** What was written, for the command's one-line summary. */
    public record Summary(Path dir, int pages, int figures) {
    }

    private final Path root;
    private final ClaimIndex index;
    private final Path out;
    private final FamilyPictures families = new FamilyPictures();

    /**
     * @param root     the repository root (certificate paths in the rows are relative to it)
     * @param registry the claims registry, for each claim's family and kind (absent: every row is "unregistered")
     * @param out      the site directory; it must be absent, empty or an earlier report (it has an index.html)
     */
    public Report(Path root, Path registry, Path out) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.index = ClaimIndex.of(registry);
        this.out = out.toAbsolutePath().normalize();
    }

    /** Refuses an output directory whose replacement would destroy something that is not a report. */
    public static String unsafeOut(Path out, Path root) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        if (root.toAbsolutePath().normalize().startsWith(o)) {
            return o + " contains the repository";
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            return o + " exists and is not a directory";
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve("index.html"))) {
            try (Stream<Path> s = Files.list(o)) {
                if (s.findAny().isPresent()) {
                    return o + " is a non-empty directory that is not an earlier report (no index.html)";
                }
            }
        }
        return null;
    }

    /** Writes the site for {@code rows}; {@code input} names where the rows came from, for the page header. */
    public Summary write(List<AuditEntry> rows, String input) throws IOException {
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".tmp-");
        try {
            int figures = writeInto(tmp, rows, input);
            if (Files.exists(out)) {
                Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
                Files.delete(old);
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Summary(out, rows.size() + 1, figures);
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    private int writeInto(Path dir, List<AuditEntry> rows, String input) throws IOException {
        Files.createDirectories(dir.resolve("claims"));
        List<GroupsPictures.Cell> cells = new ArrayList<>();
        for (AuditEntry r : rows) {
            if (GroupsPictures.METHOD.equals(index.lookup(r).method()) || GroupsPictures.cell(r).isPresent()) {
                GroupsPictures.cell(r).ifPresent(cells::add);
            }
        }
        int figures = 0;
        for (AuditEntry r : rows) {
            ClaimIndex.Info info = index.lookup(r);
            Pictures p = pictures(r, info, cells);
            figures += p.figures().size();
            Files.writeString(dir.resolve("claims").resolve(Html.pageName(r.claim())), ClaimPage.html(r, info,
                    certificateHref(r, out.resolve("claims")), r.certificate() == null ? List.of()
                            : CertificateSummary.of(root.resolve(r.certificate())), p.figures(), p.why()));
        }
        Files.writeString(dir.resolve("index.html"), index(rows, input));
        return figures;
    }

    /** The pictures of one claim, or none with the reason shown on its page. */
    record Pictures(List<Figure> figures, String why) {
    }

    Pictures pictures(AuditEntry r, ClaimIndex.Info info, List<GroupsPictures.Cell> cells) {
        if (GroupsPictures.cell(r).isPresent()) {
            return new Pictures(GroupsPictures.of(r, cells), "");
        }
        String kind = info.kind();
        String[] failed = {null};
        List<Figure> own = families.of(r, info, failed);
        if (!own.isEmpty()) {
            return new Pictures(own, "");
        }
        if ("grid-analogue".equals(r.statement()) || !r.grid().isEmpty()) {
            List<Figure> grid = GridPictures.of(r, root);
            if (!grid.isEmpty()) {
                return new Pictures(grid, "");
            }
        }
        List<Figure> cover = CoverPictures.of(r, root);
        if (!cover.isEmpty()) {
            List<Figure> f = new ArrayList<>(cover);
            BracketPictures.of(r).ifPresent(f::add);
            return new Pictures(f, "");
        }
        // Any claim whose certificate holds an instance gets its pictures (a context row can rest on a hardness
        // certificate); compressed files are covers, never instances, and are not opened.
        if (r.certificate() != null && (kind.equals("hardness") || kind.equals("mechanism")
                || r.certificate().endsWith(".cert"))) {
            List<Figure> f = WelfarePictures.of(r, root.resolve(r.certificate()), r.certificate());
            if (!f.isEmpty()) {
                return new Pictures(f, "");
            }
        }
        if (kind.equals("guarantee") || kind.isEmpty()) {
            var f = BracketPictures.of(r);
            if (f.isPresent()) {
                return new Pictures(List.of(f.get()), "");
            }
        }
        if (failed[0] != null) {
            return new Pictures(List.of(), failed[0]);
        }
        String why = switch (kind) {
            case "hardness", "mechanism" -> r.certificate() == null ? "no certificate with an instance is stored for "
                    + "this claim" : "its certificate holds no instance to evaluate (a program-level certificate)";
            case "guarantee" -> "the audit printed no certified bracket for this claim";
            case "" -> "this claim is not in the registry, and its row carries nothing the report can draw";
            default -> "a " + kind + " claim: the notes are the whole finding";
        };
        return new Pictures(List.of(), why);
    }

    /** A link from a page in {@code pageDir} to the row's certificate, or null when it is not a file here. */
    String certificateHref(AuditEntry r, Path pageDir) {
        if (r.certificate() == null) {
            return null;
        }
        Path file = root.resolve(r.certificate()).normalize();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return pageDir.relativize(file).toString().replace('\\', '/');
    }

    private String index(List<AuditEntry> rows, String input) {
        TreeSet<String> families = new TreeSet<>();
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(r -> {
            families.add(index.lookup(r).family());
            counts.merge(r.verdict(), 1, Integer::sum);
        });
        StringBuilder sb = new StringBuilder(Html.head("tradebounds audit report"));
        sb.append("<h1>tradebounds audit report</h1>\n<p>").append(rows.size()).append(" claims from ")
                .append(Html.esc(input)).append(": ");
        List<String> parts = new ArrayList<>();
        for (String v : AuditEntry.VERDICTS) {
            parts.add(counts.getOrDefault(v, 0) + " " + v);
        }
        sb.append(String.join(", ", parts)).append(". Each claim links to its page (notes and pictures); the "
                + "certificate links open the stored files, which <code>tradebounds check</code> re-proves.</p>\n");
        sb.append("<div class=\"filters\"><label>family <select id=\"family\" onchange=\"applyFilter()\">"
                + "<option value=\"\">all</option>");
        families.forEach(f -> sb.append("<option>").append(Html.esc(f)).append("</option>"));
        sb.append("</select></label><label>verdict <select id=\"verdict\" onchange=\"applyFilter()\">"
                + "<option value=\"\">all</option>");
        AuditEntry.VERDICTS.forEach(v -> sb.append("<option>").append(v).append("</option>"));
        sb.append("</select></label><span id=\"shown\"></span></div>\n");
        sb.append("<table id=\"audit\">\n<thead><tr><th>claim</th><th>family / paper</th><th>kind</th><th>statement</th><th>published</th>"
                + "<th>regenerated</th><th>verdict</th><th>certificate</th><th>seconds</th></tr></thead>\n<tbody>\n");
        for (AuditEntry r : rows.stream().sorted(Comparator.comparing((AuditEntry r) -> index.lookup(r).family())
                .thenComparing(AuditEntry::claim)).toList()) {
            ClaimIndex.Info info = index.lookup(r);
            String href = certificateHref(r, out);
            sb.append("<tr data-family=\"").append(Html.esc(info.family())).append("\" data-verdict=\"")
                    .append(r.verdict()).append("\">");
            sb.append("<td class=\"claim\"><a href=\"claims/").append(Html.esc(Html.pageName(r.claim()))).append("\">")
                    .append(Html.esc(r.claim())).append("</a></td>");
            sb.append("<td>").append(Html.esc(info.family())).append("<br><small>").append(Html.esc(seed(info.paper())))
                    .append("</small></td>");
            sb.append("<td>").append(Html.esc(info.kind())).append("</td>");
            sb.append("<td>").append(Html.esc(r.statement() == null ? "-" : r.statement())).append("</td>");
            sb.append("<td class=\"num\" title=\"").append(Html.esc(r.published())).append("\">")
                    .append(Html.esc(r.direction() + " " + r.publishedShown())).append("</td>");
            sb.append("<td>").append(Html.esc(r.regenerated())).append("</td>");
            sb.append("<td class=\"verdict ").append(r.verdict()).append("\">").append(r.verdict()).append("</td>");
            sb.append("<td>").append(certificateCell(r, href)).append("</td>");
            sb.append("<td class=\"num\">").append(String.format(Locale.ROOT, "%.1f", r.seconds())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n").append(FILTER_SCRIPT).append("</body>\n</html>\n");
        return sb.toString();
    }

    static String certificateCell(AuditEntry r, String href) {
        if (r.certificate() == null) {
            return "";
        }
        if (href == null) {
            return Html.esc(r.certificate()) + " <small>(not in this checkout)</small>";
        }
        return "<a class=\"certificate\" href=\"" + Html.esc(href) + "\">" + Html.esc(r.certificate()) + "</a>";
    }

    /** "Giambartolomei &amp; de Keijzer, Optimal ... (seed 003)" shortened to its authors and seed for the table. */
    static String seed(String paper) {
        int comma = paper.indexOf(',');
        int open = paper.lastIndexOf("(seed");
        if (comma < 0 || open < 0) {
            return paper;
        }
        return paper.substring(0, comma) + " " + paper.substring(open);
    }

    /**
     * Hides the rows that do not match both selects and keeps the choice in the address ({@code #verdict=OPEN}), so
     * a filtered table can be bookmarked or linked; with scripts off every row stays visible.
     */
    private static final String FILTER_SCRIPT = """
            <script>
            function applyFilter() {
              var f = document.getElementById('family').value, v = document.getElementById('verdict').value, n = 0;
              document.querySelectorAll('#audit tbody tr').forEach(function (r) {
                r.hidden = (f && r.dataset.family !== f) || (v && r.dataset.verdict !== v);
                if (!r.hidden) { n++; }
              });
              document.getElementById('shown').textContent = n + ' shown';
              history.replaceState(null, '', '#' + new URLSearchParams({family: f, verdict: v}).toString());
            }
            (function () {
              var p = new URLSearchParams(location.hash.slice(1));
              ['family', 'verdict'].forEach(function (k) {
                var s = document.getElementById(k);
                if (p.get(k) && Array.from(s.options).some(function (o) { return o.value === p.get(k); })) {
                  s.value = p.get(k);
                }
              });
              applyFilter();
            })();
            </script>
            """;

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
