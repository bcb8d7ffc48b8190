package tradebounds.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import tradebounds.cert.Limits;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Rejected;
import tradebounds.check.Unchecked;

/** {@code tradebounds check}: re-verify certificates with the exact checker; no solver, no search. */
final class CheckCommand implements Main.Command {
    @Override
    public String summary() {
        return "re-verify certificates exactly (default: every *.cert and *.cert.gz under certificates/)";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds check [--json] [--quiet] [--total-bits N] [--jobs N] [FILE|DIR ...]

                Runs the exact checker (package tradebounds.check: BigInteger rationals, no solver, no search) on
                each certificate; directories are searched for *.cert and *.cert.gz (gunzipped by the reader).
                Default: certificates/.
                The format is certificates/FORMAT.md.
                  --json   a JSON array: file, outcome (PROVED | REJECTED | UNCHECKED), reason, where, values
                  --quiet  only the summary table
                  --total-bits N  raise the reader's budget of bits over all numbers (default 2^24 = 16777216);
                           a certificate over the budget is UNCHECKED, never silently accepted
                  --jobs N certificates checked at once (default: the number of cores)
                Exit code: 0 all proved, 1 some rejected, 3 some unchecked (and none rejected), 2 usage error.
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("check", argv, 1, Set.of("json", "quiet"), Set.of("total-bits", "jobs"));
        long totalBits = a.integer("total-bits", Limits.DEFAULT.totalBits());
        if (totalBits <= 0) {
            throw new UsageException("check: --total-bits must be positive");
        }
        Limits limits = new Limits(Limits.DEFAULT.bitsPerNumber(), totalBits, Limits.DEFAULT.maxBytes());
        List<String> targets = a.positionals().isEmpty() ? List.of("certificates") : a.positionals();
        List<Path> files = new ArrayList<>();
        for (String t : targets) {
            Path p = Path.of(t);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(CheckCommand::isCertificate).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException("check: " + t + ": cannot list: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UsageException("check: " + t + ": no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("check: no *.cert files under " + targets);
        }
        List<Map<String, Object>> json = new ArrayList<>();
        Table table = new Table("certificate", "outcome", "seconds", "established");
        int exit = Main.OK;
        // Certificates are independent, so they are checked in parallel (--jobs); the report keeps the file order.
        int jobs = (int) a.integer("jobs", Runtime.getRuntime().availableProcessors());
        if (jobs < 1) {
            throw new UsageException("check: --jobs must be at least 1");
        }
        List<Timed> outcomes = parallel(files, jobs, f -> {
            long t0 = System.nanoTime();
            CheckOutcome o = Checker.check(f, limits);
            return new Timed(o, (System.nanoTime() - t0) / 1e9);
        });
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            CheckOutcome o = outcomes.get(i).outcome();
            double secs = outcomes.get(i).seconds();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", f.toString());
            row.put("seconds", Math.round(secs * 1000) / 1000.0);
            String established;
            if (o instanceof Proved p) {
                row.put("outcome", "PROVED");
                Map<String, Object> values = new LinkedHashMap<>();
                p.values().forEach((q, v) -> values.put(q.key(), v.toString()));
                row.put("claims", p.claims().stream().map(c -> c.kind().subject() + " " + c.kind().relation() + " "
                        + c.bound()).toList());
                row.put("values", values);
                established = String.join("; ", p.claims().stream().map(c -> c.kind().subject() + " " + c.kind().relation()
                        + " " + c.bound()).toList());
                if (!a.flag("quiet") && !a.flag("json")) {
                    out.println(p);
                }
            } else if (o instanceof Rejected r) {
                row.put("outcome", "REJECTED");
                row.put("reason", r.reason().toString());
                row.put("where", r.where());
                row.put("detail", r.detail());
                established = r.reason() + " at " + r.where();
                exit = Main.REJECTED;
                if (!a.flag("json")) {
                    err.println(r);
                }
            } else {
                Unchecked u = (Unchecked) o;
                row.put("outcome", "UNCHECKED");
                row.put("reason", u.cause().toString());
                row.put("where", u.where());
                row.put("detail", u.detail());
                established = u.cause() + " at " + u.where();
                if (exit == Main.OK) {
                    exit = Main.UNCHECKED;
                }
                if (!a.flag("json")) {
                    err.println(u);
                }
            }
            json.add(row);
            table.add(f, row.get("outcome"), String.format("%.3f", secs), established);
        }
        if (a.flag("json")) {
            out.print(JsonOut.write(json));
        } else {
            out.println();
            out.print(table.render());
        }
        return exit;
    }

    private record Timed(CheckOutcome outcome, double seconds) {
    }

    /** A stored certificate: {@code *.cert}, or {@code *.cert.gz} for the large ones (the reader gunzips). */
    static boolean isCertificate(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".cert") || n.endsWith(".cert.gz");
    }

    /**
     * Applies {@code f} to every file on {@code jobs} threads, largest file first (the 7.8 MB cover alone takes most
     * of the time, so it must not start last); results in the files' order.
     */
    static <R> List<R> parallel(List<Path> items, int jobs, Function<Path, R> f) {
        if (jobs == 1 || items.size() < 2) {
            return items.stream().map(f).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()));
        try {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingLong((Integer i) -> size(items.get(i))).reversed());
            List<Future<R>> futures = new ArrayList<>(Collections.nCopies(items.size(), null));
            for (int i : order) {
                Path item = items.get(i);
                futures.set(i, pool.submit(() -> f.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
