package tradebounds.engine.bnb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tradebounds.model.Rational;

/**
 * A branch-and-bound tree: splits, closed leaves, empty leaves and open boxes. Written as the preorder node
 * stream of FORMAT.md section 5 ({@code S k x}, {@code L payload}, {@code E}, {@code O}; coordinates 1-based);
 * a stream with open boxes is a checkpoint from which a run resumes.
 */
public final class Tree<L> {
    /** One node. Fields are guarded by the engine's lock while a run is active. */
    public static final class Node<L> {
        Box box;
        int coordinate = -1;
        Rational point;
        Node<L> lower;
        Node<L> upper;
        L leaf;
        boolean empty;
        double bound = Double.NEGATIVE_INFINITY;
        final int depth;

        Node(Box box, int depth) {
            this.box = box;
            this.depth = depth;
        }

        public boolean isOpen() {
            return coordinate < 0 && leaf == null && !empty;
        }

        public Box box() {
            return box;
        }

        public int depth() {
            return depth;
        }
    }

    private final Node<L> root;

    public Tree(Box root) {
        this.root = new Node<>(root, 0);
    }

    public Node<L> root() {
        return root;
    }

    /** The open boxes, in preorder. */
    public List<Node<L>> open() {
        List<Node<L>> out = new ArrayList<>();
        walk(nd -> {
            if (nd.isOpen()) {
                out.add(nd);
            }
        });
        return out;
    }

    /** Number of nodes (stream lines). */
    public long size() {
        long[] c = {0};
        walk(nd -> c[0]++);
        return c[0];
    }

    public record Counts(long nodes, long leaves, long empties, long open, int depth) {
    }

    public Counts counts() {
        long[] c = new long[4];
        int[] depth = {0};
        walk(nd -> {
            c[0]++;
            if (nd.leaf != null) {
                c[1]++;
            } else if (nd.empty) {
                c[2]++;
            } else if (nd.coordinate < 0) {
                c[3]++;
            }
            depth[0] = Math.max(depth[0], nd.depth);
        });
        return new Counts(c[0], c[1], c[2], c[3], depth[0]);
    }

    private void walk(java.util.function.Consumer<Node<L>> visit) {
        Deque<Node<L>> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node<L> nd = stack.pop();
            visit.accept(nd);
            if (nd.coordinate >= 0) {
                stack.push(nd.upper);
                stack.push(nd.lower);
            }
        }
    }

    /** Writes {@code NODES m}, the preorder stream and {@code END}. */
    public void write(Writer out, LeafCodec<L> codec) throws IOException {
        out.write("NODES " + size() + "\n");
        Deque<Node<L>> stack = new ArrayDeque<>();
        stack.push(root);
        StringBuilder line = new StringBuilder();
        while (!stack.isEmpty()) {
            Node<L> nd = stack.pop();
            line.setLength(0);
            if (nd.coordinate >= 0) {
                line.append("S ").append(nd.coordinate + 1).append(' ').append(nd.point);
                stack.push(nd.upper);
                stack.push(nd.lower);
            } else if (nd.leaf != null) {
                line.append("L ").append(codec.write(nd.leaf));
            } else if (nd.empty) {
                line.append('E');
            } else {
                line.append('O');
            }
            out.write(line.append('\n').toString());
        }
        out.write("END\n");
    }

    /**
     * Reads a stream written by {@link #write} (from its {@code NODES} line on) back into a tree over
     * {@code root}, recomputing the boxes of open nodes; closed subtrees keep no boxes.
     */
    public static <L> Tree<L> read(BufferedReader in, Box root, LeafCodec<L> codec) throws IOException {
        Tree<L> tree = new Tree<>(root);
        String first = nextLine(in);
        if (first == null || !first.startsWith("NODES ")) {
            throw new IOException("expected NODES, found " + first);
        }
        Deque<Node<L>> pending = new ArrayDeque<>();
        pending.push(tree.root);
        String line;
        while ((line = nextLine(in)) != null && !line.equals("END")) {
            if (pending.isEmpty()) {
                throw new IOException("node after the root is covered: " + line);
            }
            Node<L> nd = pending.pop();
            if (line.startsWith("S ")) {
                String[] t = line.split(" ");
                nd.coordinate = Integer.parseInt(t[1]) - 1;
                nd.point = Rational.parse(t[2]);
                nd.lower = new Node<>(nd.box.lower(nd.coordinate, nd.point), nd.depth + 1);
                nd.upper = new Node<>(nd.box.upper(nd.coordinate, nd.point), nd.depth + 1);
                nd.box = null;
                pending.push(nd.upper);
                pending.push(nd.lower);
            } else if (line.startsWith("L ")) {
                nd.leaf = codec.read(line.substring(2));
                nd.box = null;
            } else if (line.equals("E")) {
                nd.empty = true;
                nd.box = null;
            } else if (!line.equals("O")) {
                throw new IOException("unknown node line: " + line);
            }
        }
        if (!pending.isEmpty()) {
            throw new IOException(pending.size() + " boxes without a node");
        }
        return tree;
    }

    private static String nextLine(BufferedReader in) throws IOException {
        String l;
        while ((l = in.readLine()) != null) {
            l = l.trim();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return l;
            }
        }
        return null;
    }

    /** Replaces the open node {@code at} by the tree {@code sub} (a merged subtree from another worker). */
    public void graft(Node<L> at, Tree<L> sub) {
        if (!at.isOpen()) {
            throw new IllegalStateException("graft onto a decided node");
        }
        Node<L> s = sub.root;
        at.coordinate = s.coordinate;
        at.point = s.point;
        at.lower = s.lower;
        at.upper = s.upper;
        at.leaf = s.leaf;
        at.empty = s.empty;
        at.box = s.isOpen() ? at.box : null;
    }
}
