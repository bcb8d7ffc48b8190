package tradebounds.cert;

import java.util.List;
import java.util.Optional;
import tradebounds.model.Rational;

/**
 * The sections of an {@code interval-cover} certificate (FORMAT.md section 4), as read: names resolved, numbers
 * exact, the tree of every cell in preorder with the line of each node. Whether the cover proves its claim is the
 * checker's business (class Covers).
 */
public record Cover(List<String> params, List<Coord> coords, List<Let> lets, List<String> feasible, String goal,
                    int goalLine, List<Cell> cells, List<Value> point) {
    public Cover {
        params = List.copyOf(params);
        coords = List.copyOf(coords);
        lets = List.copyOf(lets);
        feasible = List.copyOf(feasible);
        cells = List.copyOf(cells);
        point = List.copyOf(point);
    }

    /** An interval cover: cells, no point. */
    public Cover(List<String> params, List<Coord> coords, List<Let> lets, List<String> feasible, String goal,
                 int goalLine, List<Cell> cells) {
        this(params, coords, lets, feasible, goal, goalLine, cells, List.of());
    }

    /** The same program at one point (a point-value certificate, FORMAT.md section 6): no cells. */
    public Cover at(List<Value> values) {
        return new Cover(params, coords, lets, feasible, goal, goalLine, List.of(), values);
    }

    /** One POINT line: a PARAM or COORD name and its exact value. */
    public record Value(String name, Rational value, int line) {
    }

    /** A coordinate and its whole domain {@code [lo, hi]}. */
    public record Coord(String name, Rational lo, Rational hi, int line) {
    }

    /** An argument: a name defined earlier (PARAM, COORD or LET) or an exact number; exactly one is set. */
    public record Arg(String name, Rational number) {
        public static Arg of(String name) {
            return new Arg(name, null);
        }

        public static Arg of(Rational number) {
            return new Arg(null, number);
        }

        public boolean isNumber() {
            return number != null;
        }

        @Override
        public String toString() {
            return isNumber() ? number.toString() : name;
        }
    }

    /** {@code name = op(args)}. */
    public record Let(String name, CoverOp op, List<Arg> args, int line) {
        public Let {
            args = List.copyOf(args);
        }
    }

    /** One cell: the first coordinate's range, the parameter values (in PARAM order) and the tree. */
    public record Cell(Rational lo, Rational hi, List<Rational> paramValues, List<Node> nodes, int line) {
        public Cell {
            paramValues = List.copyOf(paramValues);
            nodes = List.copyOf(nodes);
        }
    }

    /** What a tree line is. */
    public enum NodeKind { SPLIT, LEAF, EMPTY }

    /**
     * A tree line: {@code name} and {@code value} for a split (the split point), {@code value} for a leaf (its
     * bound), neither for an empty leaf.
     */
    public record Node(int depth, NodeKind kind, String name, Rational value, int line) {
        public static Node split(int depth, String name, Rational at) {
            return new Node(depth, NodeKind.SPLIT, name, at, 0);
        }

        public static Node leaf(int depth, Rational bound) {
            return new Node(depth, NodeKind.LEAF, null, bound, 0);
        }

        public static Node empty(int depth) {
            return new Node(depth, NodeKind.EMPTY, null, null, 0);
        }
    }

    public Optional<Coord> coord(String name) {
        return coords.stream().filter(c -> c.name.equals(name)).findFirst();
    }

    /** How many tree lines in all (the budget counts them). */
    public long treeLines() {
        return cells.stream().mapToLong(c -> c.nodes.size()).sum();
    }
}
