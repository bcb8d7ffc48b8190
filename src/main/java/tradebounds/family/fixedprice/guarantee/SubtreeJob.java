package tradebounds.family.fixedprice.guarantee;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import tradebounds.cert.TreeCertificate;
import tradebounds.engine.bnb.NodeEvaluator;
import tradebounds.engine.bnb.Box;
import tradebounds.engine.bnb.BranchAndBound;
import tradebounds.engine.bnb.Tree;
import tradebounds.model.Rational;

/**
 * One box of the guarantee tree as a cluster job: runs branch and bound below it with a node and time budget
 * on the member that takes it, and returns the subtree's node stream (open boxes marked O go back to the
 * coordinator as new jobs), or {@code STOP reason}. Serializable; carries only exact text.
 */
public final class SubtreeJob implements Callable<String>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Node LPs are expensive to build; a member keeps them across jobs of the same program and level. */
    private static final Map<String, ConcurrentLinkedQueue<NodeEvaluator<TreeCertificate.Leaf>>> POOL = new ConcurrentHashMap<>();

    private final String[] prices;
    private final String r;
    private final String[] lo;
    private final String[] hi;
    private final long maxNodes;
    private final long millis;
    private final int threads;
    /** Affine slopes per leaf where constant multipliers fail (0: constant leaves only). */
    private final int slopes;
    /** 1: program (4.1); k &gt;= 2: (5.1) with k units. */
    private final int units;
    /** (5.1) on the diagonal (Cor 5.1's symmetric program). */
    private final boolean symmetric;

    SubtreeJob(List<Rational> prices, Rational r, Box box, long maxNodes, Duration time, int threads, int slopes) {
        this(prices, r, box, maxNodes, time, threads, slopes, 1, false);
    }

    SubtreeJob(List<Rational> prices, Rational r, Box box, long maxNodes, Duration time, int threads, int slopes,
               int units, boolean symmetric) {
        this.units = units;
        this.symmetric = symmetric;
        this.slopes = slopes;
        this.prices = prices.stream().map(Rational::toString).toArray(String[]::new);
        this.r = r.toString();
        this.lo = java.util.Arrays.stream(box.lo()).map(Rational::toString).toArray(String[]::new);
        this.hi = java.util.Arrays.stream(box.hi()).map(Rational::toString).toArray(String[]::new);
        this.maxNodes = maxNodes;
        this.millis = time.toMillis();
        this.threads = threads;
    }

    @Override
    public String call() {
        List<Rational> p = new ArrayList<>();
        for (String s : prices) {
            p.add(Rational.parse(s));
        }
        Rational level = Rational.parse(r);
        Rational[] l = new Rational[lo.length];
        Rational[] h = new Rational[hi.length];
        for (int k = 0; k < l.length; k++) {
            l[k] = Rational.parse(lo[k]);
            h[k] = Rational.parse(hi[k]);
        }
        String key = String.join(",", prices) + "@" + r + "/" + slopes + "/" + units + (symmetric ? "s" : "");
        ConcurrentLinkedQueue<NodeEvaluator<TreeCertificate.Leaf>> pool = POOL.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>());
        NodeEvaluator<TreeCertificate.Leaf> base = units == 1
                ? new NodeLp(p, level, NodeLp.Settings.defaults().withSlopes(slopes))
                : new NodeLp51(p, units, level, NodeLp.Settings.defaults(), symmetric);
        NodeLps pooled = new NodeLps(base, pool);
        Tree<TreeCertificate.Leaf> tree = new Tree<>(new Box(l, h));
        BranchAndBound.Result res = new BranchAndBound<>(pooled, new BranchAndBound.Options(maxNodes,
                Duration.ofMillis(millis), threads, BranchAndBound.Order.DEPTH_FIRST, null), null).run(tree);
        pooled.release();
        if (res.status() == BranchAndBound.Status.STOPPED) {
            return "STOP " + res.stopReason();
        }
        StringWriter w = new StringWriter();
        try {
            tree.write(w, new LeafText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
