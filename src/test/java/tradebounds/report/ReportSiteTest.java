package tradebounds.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.cli.Main;

/**
 * The report as a user sees it: the site is rendered once from a small hand-made audit fixture (real rows of
 * {@code audit --json} for a few claims, plus seed-002-style cells and a ladder note) and every page is parsed as
 * HTML. Runs against the stored certificates of this checkout, in a few seconds.
 */
class ReportSiteTest {
    static final Path FIXTURE = Path.of("src/test/resources/report/audit-fixture.json");
    @TempDir
    static Path tmp;
    static Path site;
    static List<AuditEntry> rows;

    record Run(int code, String out, String err) {
        static Run of(String... argv) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @BeforeAll
    static void render() throws Exception {
        rows = AuditEntry.read(FIXTURE);
        site = tmp.resolve("site");
        Run r = Run.of("report", "--audit", FIXTURE.toString(), "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("report: " + rows.size() + " rows"), r.out());
    }

    static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyClaimHasOneRowAndOnePage() throws IOException {
        Document index = page(site.resolve("index.html"));
        List<String> shown = new ArrayList<>();
        for (Element a : index.select("#audit tbody tr td:first-child a")) {
            shown.add(a.text());
            assertTrue(Files.isRegularFile(site.resolve(a.attr("href"))), a.attr("href"));
        }
        Set<String> expected = new TreeSet<>();
        rows.forEach(r -> expected.add(r.claim()));
        assertEquals(expected, new TreeSet<>(shown));
        assertEquals(rows.size(), shown.size());
        // claim, family / paper, kind, statement (what the verdict is about), published, regenerated, verdict,
        // certificate, seconds
        assertEquals(9, index.select("#audit thead th").size());
        assertEquals("statement", index.select("#audit thead th").get(3).text());
        Set<String> families = new TreeSet<>(index.select("#family option").eachText());
        assertTrue(families.containsAll(Set.of("all", "fixedprice", "ksfair", "robust", "groups", "unregistered")),
                families.toString());
        for (Element tr : index.select("#audit tbody tr")) {
            assertTrue(AuditEntry.VERDICTS.contains(tr.attr("data-verdict")), tr.toString());
            assertFalse(tr.attr("data-family").isEmpty());
        }
    }

    @Test
    void everyCertificateLinkResolves() throws IOException {
        int links = 0;
        for (Path p : pages()) {
            for (Element a : page(p).select("a.certificate")) {
                Path target = p.getParent().resolve(a.attr("href")).normalize();
                assertTrue(Files.isRegularFile(target), p + ": " + a.attr("href"));
                assertTrue(target.toString().endsWith(a.text()), a.text() + " vs " + target);
                links++;
            }
        }
        assertTrue(links >= 2 * 6, "certificate links: " + links);
        // The certificate that is not in this checkout is named, not linked.
        Document missing = page(site.resolve("claims/fixture-missing-certificate.html"));
        assertTrue(missing.select("a.certificate").isEmpty());
        assertTrue(missing.text().contains("certificates/nowhere/absent.cert (not in this checkout)"));
    }

    @Test
    void everyPlotHasAxesAndData() throws IOException {
        int plots = 0;
        for (Path p : pages()) {
            for (Element svg : page(p).select("svg.plot")) {
                for (String axis : List.of("g.x-axis", "g.y-axis")) {
                    Element g = svg.selectFirst(axis);
                    assertTrue(g != null && !g.select("line").isEmpty(), p + ": " + axis);
                }
                assertFalse(svg.selectFirst("g.x-axis").select("text").isEmpty(), p + ": x ticks and title");
                assertFalse(svg.select("path.data").isEmpty(), p + ": no data path");
                for (Element d : svg.select("path.data")) {
                    assertTrue(d.attr("d").startsWith("M") && !d.attr("d").contains("NaN"), p + ": " + d.attr("d"));
                }
                plots++;
            }
        }
        assertTrue(plots >= 3 + 3 + 1 + 2 + 3 * 2 + 2 + 1 + 1 + 2 + 2, "plots: " + plots);
    }

    @Test
    void eachKindGetsItsPictures() throws IOException {
        // Published and supremum differ by under 1e-6 in both: the curve is also drawn magnified.
        assertEquals(3, plots("gdk-prop4.2"), "hardness: welfare curve, its magnification and CDFs");
        assertEquals(3, plots("gdk-table1-k2"), "two-unit hardness: welfare curve, magnified, per-unit CDFs");
        Document welfare = page(site.resolve("claims/gdk-prop4.2.html"));
        assertEquals(1, welfare.select("svg.plot").get(0).select("circle.highlight").size(), "the supremum");
        assertEquals(1, welfare.select("svg.plot").get(0).select("line.reference").size(), "the published value");
        assertEquals(1, plots("gdk-prop4.1"), "guarantee: the bracket");
        Document bracket = page(site.resolve("claims/gdk-prop4.1.html"));
        assertEquals(2, bracket.select("path.level").size(), "the two proved levels of the ladder");
        assertEquals(1, bracket.select("path.interval").size());
        assertEquals(2, plots("bfm-thm5.3"), "the cover's cells, and a bracket with an open end");
        assertEquals(2, plots("xzc-table1-bern-n5-m1-eff"), "printed vs computed and z by cell");
        assertEquals(0, plots("fixture-missing-certificate"), "no picture without data");
        assertFalse(page(site.resolve("claims/fixture-missing-certificate.html")).select("p.no-picture").isEmpty());
    }

    @Test
    void claimPagesSummariseTheirCertificate() throws IOException {
        Document p = page(site.resolve("claims/gdk-prop4.2.html"));
        List<String> lines = p.select("ul.certificate-summary li").eachText();
        assertEquals("TYPE qcp-witness", lines.get(0));
        assertTrue(lines.contains("claim gdk-prop4.2"), lines.toString());
        assertTrue(page(site.resolve("claims/bfm-thm5.3.html")).select("ul.certificate-summary li").eachText()
                .contains("TYPE interval-cover"), "a compressed cover's header");
        assertFalse(page(site.resolve("claims/gdk-prop4.2.html")).select("ul.notes li").isEmpty());
    }

    /** The number on the {@code CELL n} line of a stored cover, read as text (not through the certificate reader). */
    static int cellCount(String certificate) throws IOException {
        Path f = Path.of(certificate);
        String text = f.toString().endsWith(".gz")
                ? new String(new java.util.zip.GZIPInputStream(Files.newInputStream(f)).readAllBytes(),
                StandardCharsets.UTF_8) : Files.readString(f);
        return text.lines().filter(l -> l.startsWith("CELL ")).mapToInt(l -> Integer.parseInt(l.substring(5).trim()))
                .sum();
    }

    private static Element coverPlot(String claim) throws IOException {
        return page(site.resolve("claims/" + claim + ".html")).select("svg.plot").get(0);
    }

    @Test
    void coverPagesHaveOneColouredCellPerCertificateCell() throws IOException {
        // P_REG, the tool's partition: the main cover's cells plus the tail cover's single cell q_m in [0, 1e-6]
        // (25 + 1, as the registry note says), and the five refuting points of the printed partition.
        int main = cellCount("certificates/ksfair/preg-best-main.cert.gz");
        int tail = cellCount("certificates/ksfair/preg-best-tail.cert");
        assertEquals(25 + 1, main + tail);
        Element preg = coverPlot("bfm-thm5.3");
        assertEquals(main + tail, preg.select("path.cell:not(.outline)").size());
        assertEquals(5, preg.select("path.mark").size(), "refuting points of Table 1 (cells 1, 3, 4, 5, 6)");
        for (Element cell : preg.select("path.cell:not(.outline)")) {
            assertTrue(cell.attr("fill").startsWith("#") && !cell.attr("fill").equalsIgnoreCase("#FFFFFF"),
                    cell.toString());
        }
        // Table 1 prints 8 cells: 3 hold (covers cell2: 1 cell, cells7-8: 2 cells) and 5 are refuted by points.
        Element table1 = coverPlot("bfm-thm5.3-table1");
        assertEquals(cellCount("certificates/ksfair/preg-table1-cell2.cert")
                + cellCount("certificates/ksfair/preg-table1-cells7-8.cert"), table1.select("path.cell:not(.outline)")
                .size());
        assertEquals(3, table1.select("path.cell:not(.outline)").size());
        assertEquals(5, table1.select("path.cell.outline").size());
        assertEquals(5, table1.select("path.mark").size());
        // Cell 2's bound is its smallest leaf: read here from the file's "L" lines, 0.8510026 = 0.851 + 2.6e-6
        // (hand check of the stored leaves), so its bar is blue (above the published value), not vermilion.
        String cell2 = table1.select("path.cell:not(.outline)").stream().filter(e -> e.text().startsWith("qm in [0.002,"))
                .findFirst().orElseThrow().text();
        assertTrue(cell2.contains("certified >= 0.8510026") && cell2.contains("+2.600e-06"), cell2);
        // Cell 1's refuting point: the registry note's value 0.8279 at q_m = 1e-12.
        assertTrue(table1.select("path.mark").eachText().stream().anyMatch(t -> t.startsWith(
                "preg-table1-refute-cell1.cert: qm = 1.00000e-12, value <= 0.8279")), table1.select("path.mark")
                .eachText().toString());
        // P_MHR: 40 equal cells of r_m in [1, e], every one above 0.913.
        Element pmhr = coverPlot("bfm-thm5.7");
        assertEquals(cellCount("certificates/ksfair/pmhr-printed.cert.gz"), pmhr.select("path.cell").size());
        assertEquals(40, pmhr.select("path.cell").size());
        assertTrue(pmhr.select("path.mark").isEmpty());
        for (Element cell : pmhr.select("path.cell")) {
            assertTrue(cell.text().matches(".*\\(\\+[0-9.e-]+ against the published value\\)$"), cell.text());
        }
    }

    /** The y pixel of the first dot of a points path ("M x y a ..."): the dot's centre row. */
    private static double dotY(Element points) {
        String[] t = points.attr("d").substring(1).split("[ a]");
        return Double.parseDouble(t[1]);
    }

    @Test
    void gridClaimsDrawBothGridsAndTheConstant() throws IOException {
        // malik-prop1's row has no grid member: the values come from the stored 25-cell certificates, pessimistic
        // 21/125 = 0.168 and optimistic 273/1250 = 0.2184 (their CLAIM lines), around A = 3/16 = 0.1875 (the
        // closed form (1-t)^2 (1+t)/2 at t = 1/2). On screen y grows downwards: optimistic above the line, pessimistic
        // below it.
        assertEquals(1, plots("malik-prop1"));
        Element svg = coverPlot("malik-prop1");
        List<Element> dots = svg.select("path.points");
        assertEquals(2, dots.size(), "one dot per grid, one grid size stored");
        double line = Double.parseDouble(svg.selectFirst("line.reference").attr("y1"));
        assertTrue(dotY(dots.get(0)) > line && dotY(dots.get(1)) < line, dots.toString());
        assertTrue(svg.text().contains("constant 0.1875"), svg.text());
        // A row with the grid member: two series; the 50-cell optimistic value and the second series' constant are
        // missing, and are left out rather than failing.
        assertEquals(2, plots("fixture-grid-json"));
        Element first = coverPlot("fixture-grid-json");
        assertEquals(1, first.select("path.line").size(), "the pessimistic values at 25 and 50 cells are joined");
        assertEquals(2, first.select("path.points").size());
        Element second = page(site.resolve("claims/fixture-grid-json.html")).select("svg.plot").get(1);
        assertTrue(second.select("line.reference").isEmpty(), "no constant recorded for vsquared-U01");
        assertTrue(page(site.resolve("claims/fixture-grid-json.html")).text().contains("no constant is recorded"));
    }

    @Test
    void frontierClaimsDrawTheFrontierWithItsSolutions() throws IOException {
        assertEquals(1, plots("bccf-thm4.1iii-ex4.2-ks"));
        assertEquals(1, plots("bccf-thm5.3i-cross-half"));
        Element svg = coverPlot("bccf-thm5.3i-cross-half");
        for (String name : List.of("KS", "Nash", "cross-side Nash", "frontier, vertices", "KS ray", "Pi + U = OPT")) {
            assertTrue(svg.select("text").eachText().contains(name), name + " in the legend");
        }
        // Drawn on the canonical law values 0, 1, 2, 3 with masses 1/2, 1/4, 1/8, 1/8 and n = 2 buyers. By hand:
        // virtual values -1, 0, 1, 3 (v_j - (v_{j+1} - v_j) S_{j+1} / f_j), so Pi* = E[max phi^+] =
        // 1 (49/64 - 36/64) + 3 (1 - 49/64) = 58/64 = 0.90625; OPT = E[max v] = 1 (9/16 - 1/4) + 2 (49/64 - 9/16)
        // + 3 (1 - 49/64) = 91/64 = 1.421875.
        String caption = page(site.resolve("claims/bccf-thm5.3i-cross-half.html")).select("figcaption").text();
        assertTrue(caption.contains("Pi* = 0.90625") && caption.contains("OPT = 1.42188"), caption);
        // The KS point lies on the KS ray (through the origin and (Pi*, U*)): collinear in pixels up to rounding.
        String[] ray = svg.select("path.line").get(1).attr("d").substring(1).split("[ L]");
        double x0 = Double.parseDouble(ray[0]);
        double y0 = Double.parseDouble(ray[1]);
        double x1 = Double.parseDouble(ray[2]);
        double y1 = Double.parseDouble(ray[3]);
        String[] ks = svg.select("path.points").get(1).attr("d").substring(1).split("[ a]");
        double kx = Double.parseDouble(ks[0]) + 3.5;
        double ky = Double.parseDouble(ks[1]);
        double cross = (x1 - x0) * (ky - y0) - (y1 - y0) * (kx - x0);
        assertTrue(Math.abs(cross) / Math.hypot(x1 - x0, y1 - y0) < 0.05, "KS off its ray by " + cross);
        String ex = page(site.resolve("claims/bccf-thm4.1iii-ex4.2-ks.html")).select("figcaption").text();
        assertTrue(ex.contains("Example 4.2 discretised at n = 2"), ex);
    }

    private static int plots(String claim) throws IOException {
        return page(site.resolve("claims/" + claim + ".html")).select("svg.plot").size();
    }

    @Test
    void noPageReferencesTheNetwork() throws IOException {
        for (Path p : pages()) {
            Document d = page(p);
            for (Element e : d.select("[src], [href], [xlink:href], link, iframe, object, embed")) {
                for (String attr : List.of("src", "href", "xlink:href")) {
                    String v = e.attr(attr).toLowerCase();
                    assertFalse(v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//"),
                            p + ": " + e);
                }
                assertFalse(e.tagName().equals("link") || e.tagName().equals("iframe"), p + ": " + e);
            }
            assertTrue(d.select("script[src]").isEmpty(), p.toString());
            String html = Files.readString(p);
            assertFalse(html.contains("http://") || html.contains("https://"), p + " names a URL");
        }
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "[{\"claim\": \"x\", \"published\": \"1/2\", \"direction\": \">=\", \"verdict\": \"MAYBE\","
                + " \"seconds\": 1}]");
        Run r = Run.of("report", "--audit", bad.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(bad.toString()) && r.err().contains("[0].verdict"), r.err());

        Files.writeString(bad, "[{\"claim\": \"x\",}]");
        r = Run.of("report", "--audit", bad.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().lines().count() == 1 && r.err().contains(bad + ":1:"), r.err());

        Files.writeString(bad, "[{\"claim\": \"x\", \"published\": \"1/2\", \"direction\": \">=\", \"verdict\": \"OPEN\"}]");
        r = Run.of("report", "--audit", bad.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("[0].seconds: missing"), r.err());
        String row = "{\"claim\": \"x\", \"published\": \"1/2\", \"direction\": \">=\", \"verdict\": \"OPEN\", "
                + "\"seconds\": 0}";
        Files.writeString(bad, "[" + row + ", " + row + "]");
        r = Run.of("report", "--audit", bad.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("[1].claim: duplicate claim x"), r.err());

        Files.writeString(bad, "[" + row.replace("1/2", "one half") + "]");
        r = Run.of("report", "--audit", bad.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("[0].published: not an exact rational"), r.err());

        Files.writeString(bad, "[" + row.replace("\"seconds\": 0", "\"seconds\": 0, \"grid\": [{\"cells\": 2.5}]") + "]");
        r = Run.of("report", "--audit", bad.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("[0].grid[0].cells: expected a positive integer"), r.err());

        r = Run.of("report", "--audit", tmp.resolve("absent.json").toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().equals("tradebounds report: " + tmp.resolve("absent.json") + ": no such file"),
                r.err());
        assertFalse(Files.exists(tmp.resolve("never")), "nothing is written for bad input");
    }

    @Test
    void anEarlierReportIsReplacedWhole() throws IOException {
        Path parent = tmp.resolve("again");
        Path dir = parent.resolve("site");
        // One row without a certificate: this test is about the directory, not the pictures.
        Path small = tmp.resolve("small.json");
        Files.writeString(small, "[{\"claim\": \"x\", \"published\": \"1/2\", \"direction\": \">=\", "
                + "\"verdict\": \"OPEN\", \"seconds\": 0}]");
        assertEquals(0, Run.of("report", "--audit", small.toString(), "--out", dir.toString()).code());
        Files.writeString(dir.resolve("claims/stale.html"), "from an older audit");
        assertEquals(0, Run.of("report", "--audit", small.toString(), "--out", dir.toString()).code());
        assertFalse(Files.exists(dir.resolve("claims/stale.html")));
        assertTrue(Files.exists(dir.resolve("index.html")));
        try (Stream<Path> s = Files.list(parent)) {
            assertEquals(List.of(dir), s.toList(), "no temporary or old directory is left beside the site");
        }
    }

    @Test
    void refusesToReplaceWhatIsNotAReport() throws IOException {
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "mine");
        Run r = Run.of("report", "--audit", FIXTURE.toString(), "--out", other.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not an earlier report"), r.err());
        assertTrue(Files.exists(other.resolve("notes.txt")));
    }
}
