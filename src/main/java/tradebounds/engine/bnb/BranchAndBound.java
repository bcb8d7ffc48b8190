package tradebounds.engine.bnb;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.function.Consumer;
import tradebounds.engine.progress.Progress;

/**
 * Runs branch and bound on the open boxes of a {@link Tree} with several worker threads until every box is
 * decided, a budget runs out, or an evaluator stops the run. Work finished before a stop is kept: a box whose
 * evaluation completes is recorded even if the budget ran out meanwhile; unfinished boxes stay open, so the
 * tree can be written as a checkpoint and resumed.
 */
public final class BranchAndBound<L> {
    /** In which order open boxes are taken. Depth-first keeps memory small; best-first takes the lowest bound. */
    public enum Order { DEPTH_FIRST, BEST_FIRST, BREADTH_FIRST }

    public enum Status {
        /** Every box is closed or empty. */
        CLOSED,
        /** A node or time budget ran out with boxes still open. */
        BUDGET,
        /** The evaluator stopped the run (see the reason). */
        STOPPED
    }

    /**
     * @param maxNodes      evaluations allowed in this run
     * @param maxTime       wall time allowed in this run
     * @param threads       worker threads (each with its own evaluator)
     * @param order         the order of open boxes
     * @param progressEvery how often a line goes to the progress sink (null: never)
     */
    public record Options(long maxNodes, Duration maxTime, int threads, Order order, Duration progressEvery) {
    }

    public record Result(Status status, long evaluated, Tree.Counts counts, double seconds, String stopReason) {
    }

    private final NodeEvaluator<L> evaluator;
    private final Options options;
    private final Consumer<String> progress;

    public BranchAndBound(NodeEvaluator<L> evaluator, Options options, Consumer<String> progress) {
        this.evaluator = evaluator;
        this.options = options;
        this.progress = progress;
    }

    private Duration checkpointEvery;
    private Consumer<Tree<L>> checkpoint;

    /**
     * Writes the tree (decided boxes and open ones) every {@code every} while the run goes on, so that a killed run
     * resumes from its last checkpoint. The sink runs under the engine's lock: workers wait while it writes.
     */
    public BranchAndBound<L> withCheckpoint(Duration every, Consumer<Tree<L>> sink) {
        this.checkpointEvery = every;
        this.checkpoint = sink;
        return this;
    }

    private final Object lock = new Object();
    private Queue<Tree.Node<L>> queue;
    private int busy;
    private long evaluated;
    private long closed;
    private boolean stop;
    private String stopReason;
    private Status stopStatus;

    public Result run(Tree<L> tree) {
        long start = System.nanoTime();
        long deadline = start + options.maxTime().toNanos();
        queue = switch (options.order()) {
            case BEST_FIRST -> new PriorityQueue<>(Comparator.comparingDouble((Tree.Node<L> nd) -> nd.bound));
            case BREADTH_FIRST -> new ArrayDeque<>();
            case DEPTH_FIRST -> Collections.lifo();
        };
        for (Tree.Node<L> nd : tree.open()) {
            queue.add(nd);
        }
        Thread[] workers = new Thread[Math.max(1, options.threads())];
        for (int w = 0; w < workers.length; w++) {
            NodeEvaluator<L> mine = evaluator.forThread();
            workers[w] = new Thread(() -> work(mine, deadline), "bnb-worker-" + w);
            workers[w].start();
        }
        long nextReport = options.progressEvery() == null ? Long.MAX_VALUE : start + options.progressEvery().toNanos();
        long nextCheckpoint = checkpoint == null ? Long.MAX_VALUE : start + checkpointEvery.toNanos();
        boolean done = false;
        while (!done) {
            synchronized (lock) {
                try {
                    lock.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop("interrupted", Status.STOPPED);
                }
                done = stop || (queue.isEmpty() && busy == 0);
                if (!done && System.nanoTime() > nextCheckpoint) {
                    checkpoint.accept(tree);
                    nextCheckpoint = System.nanoTime() + checkpointEvery.toNanos();
                }
                if (Progress.active()) {
                    Progress.update("branch and bound", evaluated, options.maxNodes(), "boxes", closed + " closed, "
                            + (queue.size() + busy) + " open");
                }
                if (System.nanoTime() > nextReport && progress != null) {
                    progress.accept(String.format("bnb: %d boxes evaluated, %d closed, %d open, %.0f s",
                            evaluated, closed, queue.size() + busy, (System.nanoTime() - start) / 1e9));
                    nextReport = System.nanoTime() + options.progressEvery().toNanos();
                }
            }
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Tree.Counts counts = tree.counts();
        Status status = stopStatus != null ? stopStatus : counts.open() == 0 ? Status.CLOSED : Status.BUDGET;
        return new Result(status, evaluated, counts, (System.nanoTime() - start) / 1e9, stopReason);
    }

    private void stop(String reason, Status status) {
        if (!stop) {
            stop = true;
            stopReason = reason;
            stopStatus = status;
        }
        lock.notifyAll();
    }

    private void work(NodeEvaluator<L> mine, long deadline) {
        while (true) {
            Tree.Node<L> nd;
            synchronized (lock) {
                while (!stop && queue.isEmpty() && busy > 0) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stop || queue.isEmpty()) {
                    lock.notifyAll();
                    return;
                }
                if (evaluated >= options.maxNodes()) {
                    stop("node budget of " + options.maxNodes() + " reached", Status.BUDGET);
                    return;
                }
                if (System.nanoTime() > deadline) {
                    stop("time budget of " + options.maxTime().toSeconds() + " s reached", Status.BUDGET);
                    return;
                }
                nd = queue.poll();
                busy++;
                evaluated++;
            }
            Decision<L> d;
            Box tightened = nd.box;
            try {
                tightened = mine.tighten(nd.box);
                d = mine.evaluate(tightened);
            } catch (RuntimeException e) {
                d = new Decision.Stop<>("evaluator failed: " + e);
            }
            synchronized (lock) {
                busy--;
                nd.box = tightened;
                apply(nd, d);
                lock.notifyAll();
            }
        }
    }

    private void apply(Tree.Node<L> nd, Decision<L> d) {
        if (d instanceof Decision.Close<L> c) {
            nd.leaf = c.leaf();
            nd.box = null;
            closed++;
        } else if (d instanceof Decision.Empty<L>) {
            nd.empty = true;
            nd.box = null;
            closed++;
        } else if (d instanceof Decision.Split<L> s) {
            nd.coordinate = s.coordinate();
            nd.point = s.point();
            nd.lower = new Tree.Node<>(nd.box.lower(s.coordinate(), s.point()), nd.depth + 1);
            nd.upper = new Tree.Node<>(nd.box.upper(s.coordinate(), s.point()), nd.depth + 1);
            nd.lower.bound = s.bound();
            nd.upper.bound = s.bound();
            nd.box = null;
            queue.add(nd.upper);
            queue.add(nd.lower);
        } else {
            stop(((Decision.Stop<L>) d).reason(), Status.STOPPED);
        }
    }

    /** A last-in-first-out queue (depth-first order). */
    private static final class Collections {
        static <T> Queue<T> lifo() {
            return java.util.Collections.asLifoQueue(new ArrayDeque<>());
        }
    }
}
