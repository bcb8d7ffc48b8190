package tradebounds.report;

import java.util.List;
import java.util.Locale;

/** One claim's page: its audit fields, its notes, and its pictures or why it has none. */
final class ClaimPage {
    private ClaimPage() {
    }

    /**
     * @param href the certificate link relative to the page, or null
     * @param certificate the certificate's header lines ({@link CertificateSummary}), or empty
     * @param why  shown instead of pictures when {@code figures} is empty
     */
    static String html(AuditEntry r, ClaimIndex.Info info, String href, List<String> certificate, List<Figure> figures,
                       String why) {
        StringBuilder sb = new StringBuilder(Html.head(r.claim() + " - tradebounds report"));
        sb.append("<p><a href=\"../index.html\">&larr; audit table</a></p>\n<h1>").append(Html.esc(r.claim()))
                .append(" <span class=\"verdict ").append(r.verdict()).append("\">").append(r.verdict())
                .append("</span></h1>\n<dl>\n");
        field(sb, "paper", Html.esc(info.paper().isEmpty() ? "(not in the registry)" : info.paper()));
        field(sb, "family", Html.esc(info.family()));
        field(sb, "kind", Html.esc(info.kind()));
        field(sb, "statement", r.statement() == null ? "not recorded by this audit" : Html.esc(r.statement()));
        field(sb, "source", Html.esc(r.source()));
        field(sb, "published", Html.esc(r.direction() + " " + r.publishedShown()) + " <small>(exact "
                + Html.esc(r.published()) + ")</small>");
        field(sb, "regenerated", Html.esc(r.regenerated()));
        field(sb, "certified bound", r.established() == null ? "none" : Html.esc(r.direction() + " "
                + r.establishedShown()) + " <small>(rounded outward; exact value in the JSON)</small>");
        field(sb, "certificate", r.certificate() == null ? "none" : Report.certificateCell(r, href));
        field(sb, "seconds", String.format(Locale.ROOT, "%.2f", r.seconds()));
        sb.append("</dl>\n");
        if (!certificate.isEmpty()) {
            sb.append("<h2>Certificate</h2>\n<ul class=\"certificate-summary\">\n");
            certificate.forEach(c -> sb.append("<li><code>").append(Html.esc(c)).append("</code></li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<h2>Notes</h2>\n");
        if (r.notes().isEmpty()) {
            sb.append("<p>No notes.</p>\n");
        } else {
            sb.append("<ul class=\"notes\">\n");
            r.notes().forEach(n -> sb.append("<li>").append(Html.esc(n)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<h2>Pictures</h2>\n");
        if (figures.isEmpty()) {
            sb.append("<p class=\"no-picture\">No picture: ").append(Html.esc(why)).append(".</p>\n");
        }
        for (Figure f : figures) {
            sb.append("<figure>\n").append(f.svg()).append("<figcaption>").append(Html.esc(f.caption()))
                    .append("</figcaption>\n</figure>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void field(StringBuilder sb, String name, String html) {
        sb.append("<dt>").append(name).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
