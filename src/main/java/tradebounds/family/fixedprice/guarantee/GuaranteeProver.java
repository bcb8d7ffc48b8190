package tradebounds.family.fixedprice.guarantee;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tradebounds.cert.TreeCertificate;
import tradebounds.engine.bnb.Box;
import tradebounds.engine.bnb.NodeEvaluator;
import tradebounds.cert.TreeCertificateReader;
import tradebounds.engine.bnb.BranchAndBound;
import tradebounds.engine.bnb.Tree;
import tradebounds.model.Rational;

/**
 * Proves "(4.1) with these basic prices has no feasible point at r" by branch and bound over the buyer's
 * survival coordinates with the seller eliminated, and writes the guarantee-tree certificate (complete, or
 * partial with open boxes as a checkpoint to resume from). The certificate is a proof only once
 * {@code tradebounds check} has replayed it.
 */
public final class GuaranteeProver {
    /** A run's outcome: the engine's status and counts, the LP solves, and where the tree was written. */
    public record Outcome(BranchAndBound.Result result, long lpSolves, Path written, long[] profile) {
        public Outcome(BranchAndBound.Result result, long lpSolves, Path written) {
            this(result, lpSolves, written, new long[6]);
        }

        /**
         * Where the worker threads' time went, one line: LP updates, LP solves and exact leaf checks in thread
         * seconds, and the affine LPs' success rate when slopes were on.
         */
        public String profileLine() {
            String line = String.format("time: LP updates %.1f s, LP solves %.1f s, exact leaf checks %.1f s (summed "
                    + "over threads)", profile[0] / 1e9, profile[1] / 1e9, profile[2] / 1e9);
            return profile[3] == 0 ? line : line + String.format("; affine LPs closed %d of %d tried (%.1f s)",
                    profile[4], profile[3], profile[5] / 1e9);
        }
    }

    private final List<Rational> prices;
    private final Rational r;
    private final NodeLp.Settings settings;
    /** 1 for (4.1); k &gt;= 2 for (5.1) with k units. */
    private final int units;
    /** (5.1) on the diagonal b_j(q) = s_j(k-q+1) (Cor 5.1's symmetric program); k &gt;= 2 only. */
    private final boolean symmetric;

    public GuaranteeProver(List<Rational> prices, Rational r) {
        this(prices, r, NodeLp.Settings.defaults(), 1);
    }

    GuaranteeProver(List<Rational> prices, Rational r, NodeLp.Settings settings) {
        this(prices, r, settings, 1);
    }

    GuaranteeProver(List<Rational> prices, Rational r, NodeLp.Settings settings, int units) {
        this(prices, r, settings, units, false);
    }

    private GuaranteeProver(List<Rational> prices, Rational r, NodeLp.Settings settings, int units,
                            boolean symmetric) {
        this.symmetric = symmetric;
        this.prices = List.copyOf(prices);
        this.r = r;
        this.settings = settings;
        this.units = units;
    }

    /** The same proof for program (5.1) with k &gt;= 2 units (seller rows weighted, FORMAT.md section 5, version 2). */
    public GuaranteeProver forUnits(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("units must be at least 1");
        }
        return new GuaranteeProver(prices, r, settings, k, symmetric);
    }

    /**
     * The same proof for Cor 5.1's symmetric program, (5.1) restricted to the diagonal b_j(q) = s_j(k-q+1): the
     * leaves also weight the diagonal rows (any sign; PROGRAM qcp51-sym-seller-dualised, FORMAT.md section 5.1).
     */
    public GuaranteeProver symmetric() {
        if (units < 2) {
            throw new IllegalArgumentException("the symmetric program needs k >= 2 units");
        }
        return new GuaranteeProver(prices, r, settings, units, true);
    }

    private NodeEvaluator<TreeCertificate.Leaf> evaluator() {
        return units == 1 ? new NodeLp(prices, r, settings) : new NodeLp51(prices, units, r, settings, symmetric);
    }

    private Box rootBox() {
        return units == 1 ? new NodeLp(prices, r, settings).root()
                : new NodeLp51(prices, units, r, settings, symmetric).root();
    }

    /** Ablation switches for the benchmark: order weights on or off, and the split rule. */
    public GuaranteeProver withAblation(boolean orderWeights, boolean widestSplit, boolean warmStart) {
        return new GuaranteeProver(prices, r, new NodeLp.Settings(orderWeights,
                widestSplit ? NodeLp.SplitRule.WIDEST : NodeLp.SplitRule.WEIGHTED_WIDTH, settings.denominatorBits(),
                settings.muCap(), warmStart, settings.slopes()), units, symmetric);
    }

    /** Leaves with lambda affine in up to k coordinates where constant multipliers fail ((4.1) only; VER 3). */
    public GuaranteeProver withSlopes(int k) {
        if (k > 0 && units != 1) {
            throw new IllegalArgumentException("slopes are built for (4.1) only");
        }
        return new GuaranteeProver(prices, r, settings.withSlopes(k), units, symmetric);
    }

    /**
     * Runs (or resumes from {@code resume}, a partial tree for the same prices and r) and writes the tree to
     * {@code out} (temp file, then rename; gzip when the name ends in .gz). {@code out} may be null.
     */
    public Outcome run(BranchAndBound.Options options, Path resume, Path out, Consumer<String> progress)
            throws IOException {
        Tree<TreeCertificate.Leaf> tree = resume == null ? new Tree<>(rootBox()) : resume(resume);
        NodeLps counting = new NodeLps(evaluator(), null);
        BranchAndBound<TreeCertificate.Leaf> bnb = new BranchAndBound<>(counting, options, progress);
        if (out != null) {
            // A long run leaves a resumable partial tree behind every ten minutes (same file, atomically replaced).
            bnb.withCheckpoint(java.time.Duration.ofMinutes(10), t -> {
                try {
                    write(t, out);
                    if (progress != null) {
                        progress.accept("checkpoint written to " + out);
                    }
                } catch (IOException e) {
                    if (progress != null) {
                        progress.accept("checkpoint failed: " + e.getMessage());
                    }
                }
            });
        }
        BranchAndBound.Result result = bnb.run(tree);
        if (out != null) {
            write(tree, out);
            compact(out, progress);
        }
        return new Outcome(result, counting.solves(), out, counting.profile());
    }

    /**
     * The same proof on a Hazelcast cluster: a local breadth-first seed of {@code seedBoxes} evaluations, then
     * every open box as a {@link SubtreeJob} of at most {@code jobNodes} evaluations on whichever member is free;
     * the returned subtrees are grafted into one tree, written to {@code out} like a local run's.
     */
    public Outcome runOnCluster(com.hazelcast.core.HazelcastInstance member, int seedBoxes, long jobNodes,
                                java.time.Duration maxTime, int threadsPerJob, Path resume, Path out,
                                Consumer<String> progress) throws IOException {
        NodeEvaluator<TreeCertificate.Leaf> root = evaluator();
        Tree<TreeCertificate.Leaf> tree = resume == null ? new Tree<>(rootBox()) : resume(resume);
        BranchAndBound.Result seed = new BranchAndBound<>(root, new BranchAndBound.Options(seedBoxes, maxTime, 1,
                BranchAndBound.Order.BREADTH_FIRST, null), progress).run(tree);
        String stop = seed.status() == BranchAndBound.Status.STOPPED ? seed.stopReason() : null;
        if (seed.status() == BranchAndBound.Status.BUDGET) {
            stop = new tradebounds.engine.cluster.DistributedBranchAndBound<>(member,
                    box -> new SubtreeJob(prices, r, box, jobNodes, maxTime, threadsPerJob, settings.slopes(), units,
                            symmetric), new LeafText(),
                    progress).run(tree, maxTime).stopReason();
        }
        Tree.Counts counts = tree.counts();
        BranchAndBound.Status status = stop != null ? BranchAndBound.Status.STOPPED
                : counts.open() == 0 ? BranchAndBound.Status.CLOSED : BranchAndBound.Status.BUDGET;
        if (out != null) {
            write(tree, out);
            compact(out, progress);
        }
        return new Outcome(new BranchAndBound.Result(status, counts.nodes(), counts, seed.seconds(), stop), 0, out);
    }

    private Tree<TreeCertificate.Leaf> resume(Path file) throws IOException {
        try (BufferedReader in = reader(file)) {
            in.mark(1 << 20);
            StringBuilder head = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("NODES")) {
                head.append(line).append('\n');
            }
            checkHeader(file, head.toString());
            in.reset();
            while ((line = in.readLine()) != null) {
                if (line.startsWith("R ")) {
                    break;
                }
            }
            return Tree.read(in, rootBox(), new LeafText());
        }
    }

    private void checkHeader(Path file, String head) throws IOException {
        if (!TreeCertificateReader.isTree(head)) {
            throw new IOException(file + ": TYPE: not a guarantee-tree checkpoint");
        }
        if (!head.contains("\nPRICES " + priceLine() + "\n")) {
            throw new IOException(file + ": PRICES: the checkpoint is for other prices");
        }
        if (!head.contains("\nPROGRAM " + program() + "\n")) {
            throw new IOException(file + ": PROGRAM: the checkpoint is for another program (not " + program() + ")");
        }
        if (units > 1 && !head.contains("\nUNITS " + units + "\n")) {
            throw new IOException(file + ": UNITS: the checkpoint is for another number of units");
        }
        if (!head.contains("\nR " + r + "\n")) {
            throw new IOException(file + ": R: the checkpoint is for another r");
        }
    }

    private String program() {
        return units == 1 ? TreeCertificateReader.PROGRAM : symmetric ? TreeCertificateReader.PROGRAM_51_SYM
                : TreeCertificateReader.PROGRAM_51;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            raw = new GZIPInputStream(raw, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 20);
    }

    private String priceLine() {
        StringBuilder sb = new StringBuilder();
        for (Rational q : prices) {
            sb.append(sb.length() == 0 ? "" : " ").append(q);
        }
        return sb.toString();
    }

    /**
     * Rewrites the final tree with the shortest leaf multipliers the checker's leaf test accepts (the LP's 30-bit
     * multipliers and dense order weights made stored trees 4-5 times larger than needed; see TreeCompactor).
     */
    private static void compact(Path out, Consumer<String> progress) throws IOException {
        TreeCompactor c = new TreeCompactor();
        c.compact(out, out);
        if (progress != null) {
            progress.accept("compacted " + out + ": " + c.rewritten + " of " + c.leaves + " leaves shortened");
        }
    }

    /** Writes the header and the tree, atomically. */
    void write(Tree<TreeCertificate.Leaf> tree, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".tree-", ".tmp");
        try {
            OutputStream raw = Files.newOutputStream(tmp);
            if (out.getFileName().toString().endsWith(".gz")) {
                raw = new GZIPOutputStream(raw, 1 << 16);
            }
            try (Writer w = new java.io.BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
                if (units == 1) {
                    w.write("# (4.1) of Giambartolomei and de Keijzer has no feasible point at r (FORMAT.md section 5)\n");
                    // Version 3 only when leaves may carry slopes, so older readers keep reading the rest.
                    w.write("VER " + (settings.slopes() > 0 ? 3 : 1) + "\nTYPE " + TreeCertificateReader.TYPE
                            + "\nPROGRAM " + TreeCertificateReader.PROGRAM + "\n");
                } else {
                    w.write("# (5.1) of Giambartolomei and de Keijzer (k = " + units + ")"
                            + (symmetric ? " on the diagonal b(q) = s(k-q+1)" : "") + " has no feasible point at r"
                            + " (FORMAT.md section 5)\n");
                    w.write("VER 2\nTYPE " + TreeCertificateReader.TYPE + "\nPROGRAM " + program() + "\nUNITS "
                            + units + "\n");
                }
                w.write("PRICES " + priceLine() + "\n");
                w.write("R " + r + "\n");
                tree.write(w, new LeafText());
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
