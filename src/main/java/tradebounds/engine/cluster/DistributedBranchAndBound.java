package tradebounds.engine.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import tradebounds.engine.bnb.Box;
import tradebounds.engine.bnb.LeafCodec;
import tradebounds.engine.bnb.Tree;

/**
 * Runs the open boxes of a tree as independent jobs on a Hazelcast cluster and grafts the subtrees they return.
 * A job's answer is the subtree's node stream (as {@link Tree#write} writes it), so the merged tree is exactly
 * what one machine would have written for the same splits, and the checker replays it the same way. A job whose
 * member leaves (or whose instance shuts down) is resubmitted; a subtree that comes back with open boxes has
 * them resubmitted as new jobs, until every box is decided, a job stops the run, or the deadline passes.
 */
public final class DistributedBranchAndBound<L> {
    /** What the coordinator did. */
    public record Result(int jobs, int resubmitted, int stopped, String stopReason, double seconds) {
    }

    /** A run gives up after this many lost jobs (a cluster that keeps losing members makes no progress). */
    private static final int MAX_RESUBMITS = 1000;

    private final HazelcastInstance member;
    private final Function<Box, Callable<String>> jobFor;
    private final LeafCodec<L> codec;
    private final Consumer<String> progress;

    /**
     * @param member a member (or client) of the cluster; jobs go to its executor {@link Members#EXECUTOR}
     * @param jobFor a serializable job deciding one box; its result is the subtree stream ("STOP reason" to stop)
     */
    public DistributedBranchAndBound(HazelcastInstance member, Function<Box, Callable<String>> jobFor,
                                     LeafCodec<L> codec, Consumer<String> progress) {
        this.member = member;
        this.jobFor = jobFor;
        this.codec = codec;
        this.progress = progress;
    }

    public Result run(Tree<L> tree, Duration maxTime) {
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        IExecutorService executor = member.getExecutorService(Members.EXECUTOR);
        Map<Future<String>, Tree.Node<L>> pending = new HashMap<>();
        for (Tree.Node<L> nd : tree.open()) {
            pending.put(executor.submit(jobFor.apply(nd.box())), nd);
        }
        int jobs = pending.size();
        int resubmitted = 0;
        String stopReason = null;
        while (!pending.isEmpty() && stopReason == null && System.nanoTime() < deadline) {
            List<Future<String>> done = new ArrayList<>();
            for (Future<String> f : pending.keySet()) {
                if (f.isDone()) {
                    done.add(f);
                }
            }
            if (done.isEmpty()) {
                sleep();
                continue;
            }
            for (Future<String> f : done) {
                Tree.Node<L> nd = pending.remove(f);
                String text;
                try {
                    text = f.get(1, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (lostMember(e.getCause()) || lostMember(e)) {
                        if (++resubmitted > MAX_RESUBMITS) {
                            stopReason = "more than " + MAX_RESUBMITS + " jobs lost to leaving members: " + e.getCause();
                            break;
                        }
                        pending.put(executor.submit(jobFor.apply(nd.box())), nd);
                        jobs++;
                        continue;
                    }
                    stopReason = "job failed: " + e.getCause();
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopReason = "interrupted";
                    break;
                } catch (TimeoutException e) {
                    pending.put(f, nd);
                    continue;
                }
                if (text.startsWith("STOP ")) {
                    stopReason = text.substring(5);
                    break;
                }
                Tree<L> sub;
                try {
                    sub = Tree.read(new BufferedReader(new StringReader(text)), nd.box(), codec);
                } catch (IOException e) {
                    stopReason = "unreadable subtree: " + e.getMessage();
                    break;
                }
                List<Tree.Node<L>> open = sub.open();
                tree.graft(nd, sub);
                for (Tree.Node<L> o : open) {
                    Tree.Node<L> target = o == sub.root() ? nd : o;
                    pending.put(executor.submit(jobFor.apply(target.box())), target);
                    jobs++;
                }
            }
            if (progress != null) {
                progress.accept(String.format("cluster: %d members, %d jobs running or queued, %d jobs so far, %.0f s",
                        member.getCluster().getMembers().size(), pending.size(), jobs,
                        (System.nanoTime() - start) / 1e9));
            }
        }
        for (Future<String> f : pending.keySet()) {
            f.cancel(true);
        }
        return new Result(jobs, resubmitted, stopReason == null ? 0 : 1, stopReason, (System.nanoTime() - start) / 1e9);
    }

    /**
     * True when the job failed because of the cluster, not because of the job: a member left or was terminated,
     * the connection to it dropped, or the instance shut down (Hazelcast marks these retryable).
     */
    private static boolean lostMember(Throwable t) {
        while (t != null) {
            if (t instanceof MemberLeftException || t instanceof HazelcastInstanceNotActiveException
                    || t instanceof com.hazelcast.spi.exception.RetryableException) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
