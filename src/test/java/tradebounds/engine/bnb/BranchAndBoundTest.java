package tradebounds.engine.bnb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;

/**
 * The engine on a problem whose tree is known by hand: the unit square, a box closes when both sides are at
 * most 1/4 (so the tree is the complete quadtree of depth 4 in splits: 16 leaves, 31 nodes), and boxes lying
 * above the diagonal x_0 + x_1 &gt; 3/2 are empty.
 */
class BranchAndBoundTest {
    static final Rational QUARTER = Rational.of(1, 4);

    /** Closes a box when it is small, with its lower corner as the leaf payload; splits the wider side in half. */
    static class Quarters implements NodeEvaluator<String> {
        @Override
        public Box tighten(Box box) {
            return box;
        }

        @Override
        public Decision<String> evaluate(Box b) {
            if (b.lo()[0].add(b.lo()[1]).compareTo(Rational.of(3, 2)) >= 0) {
                return new Decision.Empty<>();
            }
            int k = b.hi()[0].subtract(b.lo()[0]).compareTo(b.hi()[1].subtract(b.lo()[1])) >= 0 ? 0 : 1;
            if (b.hi()[k].subtract(b.lo()[k]).compareTo(QUARTER) <= 0) {
                return new Decision.Close<>(b.lo()[0] + "," + b.lo()[1]);
            }
            return new Decision.Split<>(k, b.lo()[k].add(b.hi()[k]).divide(Rational.of(2)), 0);
        }

        @Override
        public NodeEvaluator<String> forThread() {
            return this;
        }
    }

    static final LeafCodec<String> TEXT = new LeafCodec<>() {
        @Override
        public String write(String leaf) {
            return leaf;
        }

        @Override
        public String read(String text) {
            return text;
        }
    };

    static Box unit() {
        return new Box(new Rational[] {Rational.ZERO, Rational.ZERO}, new Rational[] {Rational.ONE, Rational.ONE});
    }

    static BranchAndBound.Options options(long nodes, int threads) {
        return new BranchAndBound.Options(nodes, Duration.ofMinutes(1), threads, BranchAndBound.Order.DEPTH_FIRST, null);
    }

    @Test
    void completeQuadtreeByHand() throws IOException {
        for (int threads : new int[] {1, 3}) {
            Tree<String> tree = new Tree<>(unit());
            BranchAndBound.Result r = new BranchAndBound<>(new Quarters(), options(1000, threads), null).run(tree);
            assertEquals(BranchAndBound.Status.CLOSED, r.status());
            // 16 cells of side 1/4; only the one with lower corner (3/4, 3/4) reaches x_0 + x_1 >= 3/2: 15 + 1.
            assertEquals(31, r.counts().nodes());
            assertEquals(15, r.counts().leaves());
            assertEquals(1, r.counts().empties());
            assertEquals(0, r.counts().open());
            StringWriter w = new StringWriter();
            tree.write(w, TEXT);
            String text = w.toString();
            assertTrue(text.startsWith("NODES 31\nS 1 1/2\nS 2 1/2\nS 1 1/4\nS 2 1/4\nL 0,0\nL 0,1/4\n"), text);
            assertTrue(text.endsWith("L 3/4,1/2\nE\nEND\n"), text);
        }
    }

    @Test
    void budgetKeepsFinishedWorkAndResumeCompletesTheSameTree() throws IOException {
        Tree<String> partial = new Tree<>(unit());
        BranchAndBound.Result first = new BranchAndBound<>(new Quarters(), options(10, 1), null).run(partial);
        assertEquals(BranchAndBound.Status.BUDGET, first.status());
        assertEquals(10, first.evaluated());
        assertTrue(first.counts().open() > 0);
        StringWriter w = new StringWriter();
        partial.write(w, TEXT);
        assertTrue(w.toString().contains("\nO\n"));

        Tree<String> resumed = Tree.read(new BufferedReader(new StringReader(w.toString())), unit(), TEXT);
        assertEquals(first.counts().open(), resumed.open().size());
        BranchAndBound.Result second = new BranchAndBound<>(new Quarters(), options(1000, 2), null).run(resumed);
        assertEquals(BranchAndBound.Status.CLOSED, second.status());
        assertEquals(31 - 10, second.evaluated());

        Tree<String> direct = new Tree<>(unit());
        new BranchAndBound<>(new Quarters(), options(1000, 1), null).run(direct);
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        resumed.write(a, TEXT);
        direct.write(b, TEXT);
        assertEquals(b.toString(), a.toString());
    }

    @Test
    void checkpointsAreResumableSnapshotsOfARunningTree() throws IOException {
        java.util.List<String> snapshots = new java.util.concurrent.CopyOnWriteArrayList<>();
        NodeEvaluator<String> slow = new Quarters() {
            @Override
            public Decision<String> evaluate(Box b) {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.evaluate(b);
            }
        };
        Tree<String> tree = new Tree<>(unit());
        new BranchAndBound<>(slow, options(1000, 1), null).withCheckpoint(Duration.ofMillis(100), t -> {
            StringWriter w = new StringWriter();
            try {
                t.write(w, TEXT);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            snapshots.add(w.toString());
        }).run(tree);
        assertTrue(snapshots.size() >= 2, "snapshots: " + snapshots.size());
        String mid = snapshots.get(0);
        assertTrue(mid.contains("\nO\n"), mid);
        Tree<String> resumed = Tree.read(new BufferedReader(new StringReader(mid)), unit(), TEXT);
        new BranchAndBound<>(new Quarters(), options(1000, 1), null).run(resumed);
        assertEquals(31, resumed.counts().nodes());
        assertEquals(0, resumed.counts().open());
    }

    @Test
    void graftReplacesAnOpenBoxBySubtree() throws IOException {
        Tree<String> whole = new Tree<>(unit());
        new BranchAndBound<>(new Quarters(), options(1, 1), null).run(whole);
        Tree.Node<String> lowerHalf = whole.open().get(0);
        Tree<String> sub = new Tree<>(lowerHalf.box());
        new BranchAndBound<>(new Quarters(), options(1000, 1), null).run(sub);
        whole.graft(lowerHalf, sub);
        assertEquals(1, whole.open().size());
        Tree.Node<String> upperHalf = whole.open().get(0);
        Tree<String> sub2 = new Tree<>(upperHalf.box());
        new BranchAndBound<>(new Quarters(), options(1000, 1), null).run(sub2);
        whole.graft(upperHalf, sub2);
        assertEquals(0, whole.open().size());
        assertEquals(31, whole.counts().nodes());
    }
}
