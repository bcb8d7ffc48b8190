package tradebounds.cert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tradebounds.cert.Cover.Arg;
import tradebounds.cert.Cover.Cell;
import tradebounds.cert.Cover.Coord;
import tradebounds.cert.Cover.Let;
import tradebounds.cert.Cover.Node;
import tradebounds.cert.Cover.NodeKind;
import tradebounds.cert.LineCursor.Line;
import tradebounds.model.Rational;

/**
 * Reads the sections of an interval cover (FORMAT.md section 4): PARAM, COORD, LET, FEASIBLE, GOAL, CELL with
 * its trees. Checks syntax, names, counts, the preorder shape of each tree (so a dropped or added tree line is a
 * {@code DIMENSION} or {@code MALFORMED} error), and the budget; nothing about the values.
 */
final class CoverReader {
    /** Tree lines in all; a cover is replayed box by box, so its size is the checker's work. */
    static final long MAX_TREE_LINES = 1L << 22;
    /** Deeper trees are not needed (2^-60 of a unit interval is below double resolution). */
    static final int MAX_DEPTH = 200;

    private final LineCursor in;
    /** A point-value certificate (section 6): COORD may be empty, and POINT replaces CELL. */
    private final boolean point;

    CoverReader(LineCursor in, boolean point) {
        this.in = in;
        this.point = point;
    }

    Cover cover() throws CertificateException {
        Set<String> names = new HashSet<>();
        List<String> params = new ArrayList<>();
        for (Line l : in.entries("PARAM")) {
            in.tokens(l, 1);
            params.add(in.newName(l, l.tokens()[0], names));
            names.add(l.tokens()[0]);
        }
        List<Coord> coords = new ArrayList<>();
        Line coordHead = in.peek();
        for (Line l : in.entries("COORD")) {
            in.tokens(l, 3);
            String name = in.newName(l, l.tokens()[0], names);
            names.add(name);
            Rational lo = in.number(l, l.tokens()[1]);
            Rational hi = in.number(l, l.tokens()[2]);
            if (lo.compareTo(hi) >= 0) {
                throw in.error(FormatError.MALFORMED, l, "a coordinate needs lo < hi, got [" + lo + ", " + hi + "]");
            }
            coords.add(new Coord(name, lo, hi, l.number()));
        }
        if (coords.isEmpty() && !point) {
            throw in.error(FormatError.MALFORMED, coordHead, "a cover needs at least one coordinate");
        }
        List<Let> lets = new ArrayList<>();
        Set<String> letNames = new HashSet<>();
        for (Line l : in.entries("LET")) {
            if (l.tokens().length < 2) {
                throw in.error(FormatError.DIMENSION, l, "a LET line is '<name> <op> <arg>...'");
            }
            CoverOp op = CoverOp.fromKeyword(l.tokens()[1]).orElseThrow(() -> in.error(FormatError.MALFORMED, l,
                    "unknown operation '" + l.tokens()[1] + "'"));
            in.tokens(l, 2 + op.arity());
            List<Arg> args = new ArrayList<>();
            for (int i = 2; i < l.tokens().length; i++) {
                String t = l.tokens()[i];
                if (Syntax.isNumber(t)) {
                    args.add(Arg.of(in.number(l, t)));
                } else if (names.contains(t)) {
                    args.add(Arg.of(t));
                } else {
                    throw in.error(FormatError.UNKNOWN_NAME, l, "'" + t + "' is not defined before this line");
                }
            }
            // the name is defined after its arguments, so a LET cannot refer to itself
            String name = in.newName(l, l.tokens()[0], names);
            names.add(name);
            letNames.add(name);
            lets.add(new Let(name, op, args, l.number()));
        }
        List<String> feasible = new ArrayList<>();
        for (Line l : in.entries("FEASIBLE")) {
            in.tokens(l, 1);
            requireLet(l, l.tokens()[0], letNames);
            if (feasible.contains(l.tokens()[0])) {
                throw in.error(FormatError.DUPLICATE_NAME, l, "'" + l.tokens()[0] + "' is listed twice");
            }
            feasible.add(l.tokens()[0]);
        }
        Line goal = in.expect("GOAL", 2);
        requireLet(goal, goal.tokens()[1], letNames);
        if (point) {
            return new Cover(params, coords, lets, feasible, goal.tokens()[1], goal.number(), List.of(),
                    point(params, coords));
        }
        Line cellHead = in.expect("CELL", 2);
        int cellCount = in.count(cellHead, cellHead.tokens()[1]);
        Set<String> splittable = new HashSet<>(letNames);
        coords.forEach(c -> splittable.add(c.name()));
        List<Cell> cells = new ArrayList<>();
        long treeLines = 0;
        for (int i = 0; i < cellCount; i++) {
            if (in.done() || Syntax.KEYWORDS.contains(in.peek().keyword())) {
                throw in.error(FormatError.DIMENSION, cellHead, "CELL declares " + cellCount + " cells, found " + i);
            }
            Line head = in.take();
            in.tokens(head, 3 + params.size());
            Rational lo = in.number(head, head.tokens()[0]);
            Rational hi = in.number(head, head.tokens()[1]);
            List<Rational> values = new ArrayList<>();
            for (int p = 0; p < params.size(); p++) {
                values.add(in.number(head, head.tokens()[2 + p]));
            }
            int nodes = in.count(head, head.tokens()[2 + params.size()]);
            treeLines += nodes;
            if (treeLines > MAX_TREE_LINES) {
                throw in.error(FormatError.BUDGET_EXCEEDED, head, "more than " + MAX_TREE_LINES + " tree lines");
            }
            cells.add(new Cell(lo, hi, values, tree(head, nodes, splittable), head.number()));
        }
        if (!in.done() && !Syntax.KEYWORDS.contains(in.peek().keyword())) {
            throw in.error(FormatError.DIMENSION, in.peek(), "CELL declares " + cellCount + " cells, but more follow");
        }
        return new Cover(params, coords, lets, feasible, goal.tokens()[1], goal.number(), cells);
    }

    /** POINT: every PARAM and COORD exactly once, in any order, with an exact value. */
    private List<Cover.Value> point(List<String> params, List<Coord> coords) throws CertificateException {
        Set<String> open = new HashSet<>(params);
        coords.forEach(c -> open.add(c.name()));
        int expected = open.size();
        Line head = in.done() ? null : in.peek();
        List<Cover.Value> values = new ArrayList<>();
        for (Line l : in.entries("POINT")) {
            in.tokens(l, 2);
            String name = l.tokens()[0];
            if (!open.remove(name)) {
                throw in.error(values.stream().anyMatch(v -> v.name().equals(name)) ? FormatError.DUPLICATE_NAME
                        : FormatError.UNKNOWN_NAME, l, "'" + name + "' is not a PARAM or COORD still without a value");
            }
            values.add(new Cover.Value(name, in.number(l, l.tokens()[1]), l.number()));
        }
        if (!open.isEmpty()) {
            throw in.error(FormatError.DIMENSION, head, "POINT gives " + values.size() + " values, the program has "
                    + expected + " PARAM and COORD names (missing " + open.stream().sorted().toList() + ")");
        }
        return values;
    }

    private void requireLet(Line l, String name, Set<String> letNames) throws CertificateException {
        if (!letNames.contains(name)) {
            throw in.error(FormatError.UNKNOWN_NAME, l, "'" + name + "' is not a LET name");
        }
    }

    /**
     * Exactly {@code count} tree lines in preorder. The shape is checked here: the expected depth of the next line
     * is known at every step (a split at depth d is followed by two subtrees at depth d+1), so a tree line that is
     * missing, extra or moved breaks the sequence.
     */
    private List<Node> tree(Line head, int count, Set<String> splittable) throws CertificateException {
        List<Node> nodes = new ArrayList<>();
        // depths still owed: a stack of subtrees to read, topmost next
        ArrayList<Integer> owed = new ArrayList<>();
        owed.add(0);
        for (int i = 0; i < count; i++) {
            if (in.done() || Syntax.KEYWORDS.contains(in.peek().keyword())) {
                throw in.error(FormatError.DIMENSION, head, "the cell declares " + count + " tree lines, found " + i);
            }
            Line l = in.take();
            if (owed.isEmpty()) {
                throw in.error(FormatError.MALFORMED, l, "the tree is complete before this line");
            }
            int expected = owed.remove(owed.size() - 1);
            if (!Syntax.isCount(l.keyword()) || Integer.parseInt(l.keyword()) != expected) {
                throw in.error(FormatError.MALFORMED, l, "expected a tree line at depth " + expected + ", found '"
                        + l.keyword() + "'");
            }
            if (l.tokens().length < 2) {
                throw in.error(FormatError.DIMENSION, l, "a tree line is '<depth> S|L|E ...'");
            }
            switch (l.tokens()[1]) {
                case "S" -> {
                    in.tokens(l, 4);
                    if (!splittable.contains(l.tokens()[2])) {
                        throw in.error(FormatError.UNKNOWN_NAME, l, "'" + l.tokens()[2]
                                + "' is not a coordinate or LET name");
                    }
                    if (expected >= MAX_DEPTH) {
                        throw in.error(FormatError.MALFORMED, l, "tree deeper than " + MAX_DEPTH);
                    }
                    nodes.add(new Node(expected, NodeKind.SPLIT, l.tokens()[2], in.number(l, l.tokens()[3]),
                            l.number()));
                    owed.add(expected + 1);
                    owed.add(expected + 1);
                }
                case "L" -> {
                    in.tokens(l, 3);
                    nodes.add(new Node(expected, NodeKind.LEAF, null, in.number(l, l.tokens()[2]), l.number()));
                }
                case "E" -> {
                    in.tokens(l, 2);
                    nodes.add(new Node(expected, NodeKind.EMPTY, null, null, l.number()));
                }
                default -> throw in.error(FormatError.MALFORMED, l, "a tree line is '<depth> S|L|E ...', found '"
                        + l.tokens()[1] + "'");
            }
        }
        if (!owed.isEmpty()) {
            throw in.error(FormatError.DIMENSION, head, "the cell's tree is incomplete after " + count
                    + " lines (" + owed.size() + " subtrees missing)");
        }
        return nodes;
    }
}
