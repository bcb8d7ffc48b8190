package tradebounds.family.fixedprice.guarantee;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import tradebounds.cert.TreeCertificate;
import tradebounds.engine.bnb.Box;
import tradebounds.engine.bnb.Decision;
import tradebounds.engine.bnb.NodeEvaluator;

/**
 * The node LPs one run hands to its worker threads: taken from a pool when one is given (a cluster member keeps
 * its GLOP models across jobs, since building one costs seconds), remembered so the run can count their LP
 * solves, and given back to the pool when the run ends.
 */
final class NodeLps implements NodeEvaluator<TreeCertificate.Leaf> {
    private final NodeEvaluator<TreeCertificate.Leaf> base;
    private final Queue<NodeEvaluator<TreeCertificate.Leaf>> pool;
    private final List<NodeEvaluator<TreeCertificate.Leaf>> handedOut = new CopyOnWriteArrayList<>();

    /** @param pool reusable node LPs for the same prices and r, or null to build fresh ones */
    NodeLps(NodeEvaluator<TreeCertificate.Leaf> base, Queue<NodeEvaluator<TreeCertificate.Leaf>> pool) {
        this.base = base;
        this.pool = pool;
    }

    @Override
    public Box tighten(Box box) {
        return base.tighten(box);
    }

    @Override
    public Decision<TreeCertificate.Leaf> evaluate(Box box) {
        return base.evaluate(box);
    }

    @Override
    public NodeEvaluator<TreeCertificate.Leaf> forThread() {
        NodeEvaluator<TreeCertificate.Leaf> mine = pool == null ? null : pool.poll();
        if (mine == null) {
            mine = base.forThread();
        }
        handedOut.add(mine);
        return mine;
    }

    /** LP solves of every node LP this run handed out (over their lifetime, when pooled). */
    long solves() {
        return handedOut.stream().mapToLong(e -> ((CountsSolves) e).lpSolves()).sum();
    }

    /** The profiles of every node LP this run handed out, summed (see {@link CountsSolves#profile()}). */
    long[] profile() {
        long[] sum = new long[6];
        for (NodeEvaluator<TreeCertificate.Leaf> e : handedOut) {
            long[] one = ((CountsSolves) e).profile();
            for (int j = 0; j < sum.length; j++) {
                sum[j] += one[j];
            }
        }
        return sum;
    }

    /** Gives the node LPs back to the pool (no-op without one). */
    void release() {
        if (pool != null) {
            pool.addAll(handedOut);
        }
        handedOut.clear();
    }
}
