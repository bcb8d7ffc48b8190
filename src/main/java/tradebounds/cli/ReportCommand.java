package tradebounds.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import tradebounds.json.InputException;
import tradebounds.report.AuditEntry;
import tradebounds.report.Report;

/** {@code tradebounds report}: the audit as a static HTML site with pictures (package {@code report}). */
final class ReportCommand implements Main.Command {
    @Override
    public String summary() {
        return "the audit as a static HTML site with pictures (index + one page per claim)";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds report [--audit FILE.json] [--out DIR] [--registry DIR]

                Writes a self-contained static site (HTML with inline SVG, no network) to DIR: index.html, the
                audit table filterable by family and verdict, and claims/<id>.html, one page per claim with its
                notes and pictures (SW(p)/OPT and CDFs of instance certificates, certified brackets, printed vs
                computed cells). Open DIR/index.html in a browser. See docs/report.md.
                  --audit FILE   the rows of 'tradebounds audit --json' (default: run the audit now, with its
                                 defaults, which takes as long as the audit)
                  --out DIR      the site (default target/report); written beside DIR and renamed into place, so
                                 DIR must be absent, empty or an earlier report
                  --registry DIR claims registry for each claim's family and kind (default claims)
                Exit 0 when written; 2 on a bad input file (one line naming the file and field); without --audit,
                the audit's own exit code when it is not 0.
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("report", argv, 1, Set.of(), Set.of("audit", "out", "registry"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("report: unexpected argument '" + a.positionals().get(0) + "'");
        }
        Path dir = Path.of(a.get("out", "target/report"));
        Path root = Path.of(".");
        List<AuditEntry> rows;
        String input;
        int auditCode = Main.OK;
        try {
            String why = Report.unsafeOut(dir, root);
            if (why != null) {
                throw new UsageException("report: --out: " + why);
            }
            if (a.get("audit", null) != null) {
                Path file = Path.of(a.get("audit", null));
                input = file.toString();
                rows = AuditEntry.read(file);
            } else {
                // The same audit, with the same defaults, as 'tradebounds audit --json'.
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                auditCode = new AuditCommand().run(new String[] {"audit", "--json", "--registry",
                        a.get("registry", "claims")}, new PrintStream(json, true, StandardCharsets.UTF_8), err);
                input = "an audit run now";
                rows = AuditEntry.parse(json.toString(StandardCharsets.UTF_8), "(audit output)");
            }
            Report.Summary s = new Report(root, Path.of(a.get("registry", "claims")), dir).write(rows, input);
            out.printf("report: %d rows, %d pages, %d pictures in %s (open %s)%n", rows.size(), s.pages(), s.figures(),
                    s.dir(), s.dir().resolve("index.html"));
        } catch (InputException e) {
            throw new UsageException("report: " + e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("report: " + e.getFile() + ": no such file");
        } catch (IOException e) {
            throw new UsageException("report: " + e);
        }
        if (auditCode != Main.OK) {
            err.println("report: the audit exited " + auditCode + "; the site shows its rows as printed");
        }
        return auditCode;
    }
}
