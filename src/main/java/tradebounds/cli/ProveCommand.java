package tradebounds.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import tradebounds.cert.Limits;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.engine.bnb.BranchAndBound;
import tradebounds.family.fixedprice.guarantee.GuaranteeProver;
import tradebounds.model.Rational;
import tradebounds.family.fixedprice.program.ProgramCatalog;

/** {@code tradebounds prove}: a certified lower bound on (4.1) by branch and bound, checked before it is reported. */
final class ProveCommand implements Main.Command {
    @Override
    public String summary() {
        return "prove (4.1) or (5.1) infeasible at r by branch and bound; writes a guarantee-tree certificate";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds prove --prices SPEC --r R [--units K [--symmetric]] [--out FILE] [--resume FILE] [--nodes N] [--seconds S]
                                         [--threads T] [--order dfs|best|bfs] [--no-order-weights] [--widest-split] [--cold]
                                         [--slopes K] [--cluster NAME [--join H,...] [--bind IP]] [--json]

                Branch and bound over the buyer's survival coordinates y_t = sum_{j>=t} b_j with the seller
                eliminated by weak duality (the argument: certificates/FORMAT.md section 5). Each closed box
                carries exact multipliers; the tree is written to FILE (.gz compresses) and then replayed by the
                exact checker; only a PROVED replay is reported as a proof. A run that stops at a budget writes
                a partial tree (open boxes marked O) that --resume continues.
                  --prices SPEC   prop41 | prop52 | cor51 | generic:n,alpha,beta,last | comma-separated list from 0
                  --units K       1: program (4.1) (default); K >= 2: program (5.1) with K units, its seller rows
                                  weighted in every leaf (FORMAT.md section 5, version 2)
                  --symmetric     with K >= 2: Cor 5.1's program, (5.1) on the diagonal b_j(q) = s_j(K-q+1);
                                  the leaves also weight the diagonal rows (FORMAT.md section 5.1)
                  --r R           the level, an exact decimal or p/q (e.g. 0.70 or 7/10)
                  --nodes N       boxes to evaluate in this run (default 200000)
                  --seconds S     wall time of this run (default 3600)
                  --threads T     worker threads, each with its own GLOP (default: cores)
                  --cluster NAME  run open boxes as jobs on the Hazelcast cluster NAME (this process joins it as a
                                  member; start others with 'tradebounds member --cluster NAME --join HOST,...')
                  --join H[:P],.. members to join (default: loopback); --bind IP the interface to bind
                  --seed-boxes N  boxes decided locally before jobs are sent out (default 64)
                  --job-nodes N   evaluations per job before its open boxes come back (default 2000)
                  --slopes K      where constant multipliers fail, try lambda affine in the K coordinates the
                                  split rule ranks highest (a version-3 tree, FORMAT.md section 5.2; (4.1) only)
                  --no-order-weights, --widest-split, --cold   ablations: box-only leaf bound, split the widest
                                  coordinate, rebuild each node LP with presolve instead of warm-starting
                Exit code: 0 proved (and checked), 5 budget reached with boxes open, 6 stopped (a box that no
                multiplier closes: r is probably above the program's value), 2 usage error, 4 failure.
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("prove", argv, 1, Set.of("json", "no-order-weights", "widest-split", "cold", "symmetric"),
                Set.of("prices", "r", "out", "resume", "nodes", "seconds", "threads", "order", "cluster", "join", "bind",
                        "job-nodes", "seed-boxes", "units", "slopes"));
        List<Rational> prices;
        try {
            prices = ProgramCatalog.prices(a.require("prices"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("prove: --prices: " + e.getMessage());
        }
        Rational r;
        try {
            r = Rational.parse(a.require("r"));
        } catch (RuntimeException e) {
            throw new UsageException("prove: --r: not an exact number: " + a.get("r", ""));
        }
        if (r.signum() <= 0 || r.compareTo(Rational.ONE) > 0) {
            throw new UsageException("prove: --r: must lie in (0, 1], got " + r);
        }
        BranchAndBound.Order order = switch (a.get("order", "dfs")) {
            case "dfs" -> BranchAndBound.Order.DEPTH_FIRST;
            case "best" -> BranchAndBound.Order.BEST_FIRST;
            case "bfs" -> BranchAndBound.Order.BREADTH_FIRST;
            default -> throw new UsageException("prove: --order: dfs, best or bfs");
        };
        int threads = (int) a.integer("threads", Runtime.getRuntime().availableProcessors());
        ProgressLine progress = ProgressLine.forCommand(err, a.flag("json"));
        // Watched on a terminal, the box counts rewrite one status line every second; otherwise they stay log
        // lines every 10 s, as before.
        BranchAndBound.Options options = new BranchAndBound.Options(a.integer("nodes", 200_000),
                Duration.ofMillis((long) (a.seconds("seconds", 3600) * 1000)), threads, order,
                Duration.ofSeconds(progress.active() ? 1 : 10));
        java.util.function.Consumer<String> messages = m -> {
            if (progress.active() && (m.startsWith("bnb: ") || m.startsWith("cluster: "))) {
                progress.status("prove: " + m);
            } else {
                progress.log(m);
            }
        };
        Path outFile = a.get("out", null) == null ? null : Path.of(a.get("out", null));
        Path resume = a.get("resume", null) == null ? null : Path.of(a.get("resume", null));
        int units = (int) a.integer("units", 1);
        if (units < 1 || units > 8) {
            throw new UsageException("prove: --units: 1 for (4.1), 2..8 for (5.1), got " + units);
        }
        GuaranteeProver prover = new GuaranteeProver(prices, r)
                .withAblation(!a.flag("no-order-weights"), a.flag("widest-split"), !a.flag("cold")).forUnits(units)
                .withSlopes((int) a.integer("slopes", 0));
        if (a.flag("symmetric")) {
            if (units < 2) {
                throw new UsageException("prove: --symmetric: needs --units 2 or more (the diagonal pairs units)");
            }
            prover = prover.symmetric();
        }
        GuaranteeProver.Outcome o;
        com.hazelcast.core.HazelcastInstance member = null;
        try (progress) {
            if (a.get("cluster", null) != null) {
                List<String> join = a.get("join", null) == null ? List.of() : List.of(a.get("join", null).split(","));
                member = tradebounds.engine.cluster.Members.start(a.get("cluster", null), join, a.get("bind", null),
                        5701);
                progress.log("prove: joined cluster '" + a.get("cluster", null) + "' with "
                        + member.getCluster().getMembers().size() + " member(s)");
                o = prover.runOnCluster(member, (int) a.integer("seed-boxes", 64), a.integer("job-nodes", 2000),
                        options.maxTime(), threads, resume, outFile, messages);
            } else {
                o = prover.run(options, resume, outFile, messages);
            }
        } catch (IOException e) {
            throw new UsageException("prove: " + e.getMessage());
        } finally {
            if (member != null) {
                member.shutdown();
            }
        }
        BranchAndBound.Result res = o.result();
        String checked = "not written";
        boolean proved = false;
        if (outFile != null) {
            long t0 = System.nanoTime();
            CheckOutcome c = Checker.check(outFile, new Limits(Limits.DEFAULT.bitsPerNumber(), Long.MAX_VALUE / 4,
                    Long.MAX_VALUE / 4));
            proved = Checker.exitCode(c) == 0;
            checked = (proved ? "PROVED" : c.toString()) + String.format(" (replay %.2f s)",
                    (System.nanoTime() - t0) / 1e9);
        }
        if (a.flag("json")) {
            out.printf("{\"prices\": %d, \"r\": \"%s\", \"status\": \"%s\", \"evaluated\": %d, \"lp_solves\": %d, "
                            + "\"nodes\": %d, \"leaves\": %d, \"empty\": %d, \"open\": %d, \"depth\": %d, \"seconds\": %.2f, "
                            + "\"checked\": %s}%n", prices.size(), r, res.status(), res.evaluated(), o.lpSolves(),
                    res.counts().nodes(), res.counts().leaves(), res.counts().empties(), res.counts().open(),
                    res.counts().depth(), res.seconds(), proved);
        } else {
            out.printf("prove: %d prices, r = %s: %s after %d boxes (%d LP solves), %.1f s%n", prices.size(), r,
                    res.status(), res.evaluated(), o.lpSolves(), res.seconds());
            out.printf("tree: %d nodes, %d closed leaves, %d empty, %d open, depth %d%n", res.counts().nodes(),
                    res.counts().leaves(), res.counts().empties(), res.counts().open(), res.counts().depth());
            if (o.lpSolves() > 0) {
                out.println(o.profileLine());
            }
            if (res.stopReason() != null) {
                out.println("stopped: " + res.stopReason());
            }
            out.println("certificate: " + (outFile == null ? "-" : outFile) + ", checker: " + checked);
        }
        if (proved) {
            return Main.OK;
        }
        return res.status() == BranchAndBound.Status.STOPPED ? 6 : res.status() == BranchAndBound.Status.CLOSED
                ? Main.FAILURE : 5;
    }
}
