package tradebounds.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Auditor;
import tradebounds.claims.CertifiedProofs;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.claims.Expectations;
import tradebounds.json.InputException;

/** {@code tradebounds audit}: regenerate and check every registered claim; one row per claim. */
final class AuditCommand implements Main.Command {
    /**
     * The default audit spends half of every registry time budget: the verdicts rest on the stored certificates,
     * which every audit re-checks and which a fresh search only replaces when it is stronger, so the full budgets
     * (about twice as long) are an opt-in regeneration, {@code --budget-scale 1}.
     */
    static final double DEFAULT_BUDGET_SCALE = 0.5;

    @Override
    public String summary() {
        return "regenerate and check every claim in claims/ (the main job)";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds audit [--json] [--only ID[,ID...]] [--budget-scale X] [--update-certificates]
                                         [--registry DIR] [--work-dir DIR] [--expect FILE] [--write-expect FILE]
                                         [--jobs N]

                For each claim in the registry (claims/**/*.json): rebuild its program from the printed
                parameters, regenerate the evidence (witness search, solver runs, falsification search), write fresh
                certificates to the work directory, have the exact checker judge them and the stored ones under
                certificates/, and derive a verdict:
                  CERTIFIED  the exact checker accepted a certificate establishing the claim
                  NUMERIC    only a solver's or a search's floating answer supports it
                  REFUTED    a checked certificate contradicts the published value
                  OPEN       not established either way
                  --jobs N              claims audited at once (default: the number of cores)
                  --only IDS            audit these claims only (comma-separated ids)
                  --budget-scale X      multiply every time budget of the registry by X (default 0.5: the
                                        verdicts rest on the stored certificates; 1 is the full, longer
                                        regeneration of every search)
                  --update-certificates replace a stored certificate by a fresh one that is checked and stronger
                  --registry DIR        claims registry (default claims)
                  --work-dir DIR        fresh certificates (default target/audit)
                  --expect FILE         compare with a golden file of verdicts and certified bounds (the committed
                                        one is claims/expected-verdicts.json); exit 5 when a verdict falls or a
                                        certified bound weakens (claims left out by --only are skipped)
                  --write-expect FILE   write this audit's verdicts and certified bounds as a golden file
                  --json                a JSON array of objects: claim, source, published, direction, regenerated,
                                        verdict, certificate, seconds (plus established and notes)
                Progress goes to stderr; the summary table (or JSON) to stdout. Every row names its statement kind
                (program value, constant, finite instance, grid analogue, theorem on a family); the table ends
                with a one-line tally by verdict and by kind (on stderr with --json). Every CERTIFIED or REFUTED
                row's certificate is re-proved at the end; exit 6 if one is not. Exit 0 otherwise.
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("audit", argv, 1, Set.of("json", "update-certificates"),
                Set.of("only", "budget-scale", "registry", "work-dir", "expect", "write-expect", "jobs"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("audit: unexpected argument '" + a.positionals().get(0) + "'");
        }
        Path registry = Path.of(a.get("registry", "claims"));
        List<Claim> claims;
        try {
            claims = ClaimRegistry.load(registry);
        } catch (InputException e) {
            throw new UsageException("audit: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("audit: " + registry + ": cannot read: " + e.getMessage());
        }
        Map<String, Expectations.Expected> expected = null;
        if (a.get("expect", null) != null) {
            try {
                expected = Expectations.read(Path.of(a.get("expect", null)));
            } catch (InputException e) {
                throw new UsageException("audit: --expect: " + e.getMessage());
            } catch (IOException e) {
                throw new UsageException("audit: --expect: cannot read " + a.get("expect", null) + ": " + e.getMessage());
            }
        }
        if (a.get("only", null) != null) {
            Set<String> only = Set.of(a.get("only", null).split(","));
            for (String id : only) {
                if (claims.stream().noneMatch(c -> c.id().equals(id))) {
                    throw new UsageException("audit: --only: no claim '" + id + "' in " + registry);
                }
            }
            List<Claim> kept = new ArrayList<>();
            for (Claim c : claims) {
                if (only.contains(c.id()) || (c.method().get("claim") != null && only.contains(c.method().get("claim")))) {
                    kept.add(c);
                }
            }
            claims = kept;
        }
        double scale = a.seconds("budget-scale", DEFAULT_BUDGET_SCALE);
        ProgressLine progress = ProgressLine.forCommand(err, a.flag("json"));
        AuditContext ctx = new AuditContext(Path.of("."), Path.of(a.get("work-dir", "target/audit")), scale,
                a.flag("update-certificates"), progress.logger(), new HashMap<>());
        int jobs = (int) a.integer("jobs", Runtime.getRuntime().availableProcessors());
        if (jobs < 1) {
            throw new UsageException("audit: --jobs must be at least 1");
        }
        err.printf("audit: %d claim(s) from %s, budget scale %s, %d job(s)%n", claims.size(), registry, scale, jobs);
        int total = claims.size();
        java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
        List<AuditRow> rows;
        try (progress; var searches = progress.searches()) {
            progress.status(String.format("audit: 0/%d claims", total));
            rows = new Auditor(jobs).onFinished(row -> progress.status(String.format("audit: %d/%d claims, last %s %s",
                    finished.incrementAndGet(), total, row.claim(), row.verdict()))).run(claims, ctx);
        }
        if (a.flag("json")) {
            out.print(JsonOut.write(rows.stream().map(AuditRow::toMap).toList()));
            err.println("audit: " + tally(rows));
        } else {
            out.print(render(rows));
        }
        if (a.get("write-expect", null) != null) {
            try {
                Files.writeString(Path.of(a.get("write-expect", null)), Expectations.write(rows));
            } catch (IOException e) {
                throw new UsageException("audit: --write-expect: " + e.getMessage());
            }
        }
        // A claim whose audit threw is an OPEN row that says "failed: ..."; say so where a reader looks first.
        rows.stream().filter(r -> r.regenerated() != null && r.regenerated().startsWith("failed: "))
                .forEach(r -> err.println("audit: FAILED " + r.claim() + ": " + r.regenerated().substring(8)));
        List<String> unproved = CertifiedProofs.unproved(rows, ctx.root());
        unproved.forEach(u -> err.println("audit: UNPROVED " + u));
        List<String> fell = expected == null ? List.of()
                : Expectations.regressions(expected, rows, a.get("only", null) != null);
        fell.forEach(f -> err.println("audit: REGRESSION " + f));
        if (expected != null && fell.isEmpty()) {
            err.println("audit: every verdict and certified bound as expected in " + a.get("expect", null));
        }
        return !fell.isEmpty() ? Main.REGRESSION : !unproved.isEmpty() ? Main.UNPROVED : Main.OK;
    }

    static String render(List<AuditRow> rows) {
        Table t = new Table("claim", "source", "published", "regenerated", "verdict", "kind", "certificate",
                "seconds");
        for (AuditRow r : rows) {
            t.add(r.claim(), r.source(), r.direction().symbol() + " " + r.published().toDisplay(), r.regenerated(),
                    r.verdict(), r.kind() == null ? "-" : r.kind().label(), r.certificate(),
                    String.format("%.1f", r.seconds()));
        }
        StringBuilder sb = new StringBuilder(t.render()).append('\n');
        for (AuditRow r : rows) {
            sb.append(r.claim()).append(":\n");
            for (String n : r.notes()) {
                sb.append("  - ").append(n).append('\n');
            }
        }
        return sb.append(tally(rows)).append('\n').toString();
    }

    /** One line: how many rows per verdict, then per statement kind (issue 13, item 5). */
    static String tally(List<AuditRow> rows) {
        java.util.Map<String, Long> byVerdict = new java.util.LinkedHashMap<>();
        for (tradebounds.claims.Verdict v : tradebounds.claims.Verdict.values()) {
            byVerdict.put(v.toString(), rows.stream().filter(r -> r.verdict() == v).count());
        }
        java.util.Map<String, Long> byKind = new java.util.LinkedHashMap<>();
        for (tradebounds.claims.StatementKind k : tradebounds.claims.StatementKind.values()) {
            byKind.put(k.label(), rows.stream().filter(r -> r.kind() == k).count());
        }
        StringBuilder sb = new StringBuilder("tally: ").append(rows.size()).append(" rows;");
        byVerdict.forEach((v, n) -> sb.append(' ').append(v).append(' ').append(n).append(','));
        sb.setLength(sb.length() - 1);
        sb.append(';');
        byKind.forEach((k, n) -> sb.append(' ').append(k).append(' ').append(n).append(','));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
