package tradebounds.check;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Certificate;
import tradebounds.cert.Cover.Cell;
import tradebounds.cert.Cover.Node;
import tradebounds.cert.Cover;
import tradebounds.model.Rational;

/**
 * Replays an interval cover (FORMAT.md section 4): the cells tile the first coordinate's domain, and in every
 * cell every leaf of the given bisection tree is evaluated once. No box is split here and nothing is searched:
 * a leaf that does not reach its stated bound rejects the certificate.
 *
 * <p>Regions are kept exact (rational coordinate ranges and rational ranges for split LET quantities) and only
 * enclosed in doubles when a leaf is evaluated, so that the leaves cover each cell exactly whatever the rounding.
 */
final class Covers {
    private final Certificate c;
    private final Cover cover;
    private final CoverEvaluator evaluator;
    private final List<Claim> claims;
    private double lowest = Double.NaN;
    private long leaves;
    private long empties;

    private Covers(Certificate c) {
        this.c = c;
        this.cover = c.cover().orElseThrow();
        this.evaluator = new CoverEvaluator(cover);
        this.claims = c.claims();
    }

    /** Proves every claim or throws the first failure. */
    static void check(Certificate c, Map<Quantity, Rational> values, List<String> notes) throws Refusal {
        Covers k = new Covers(c);
        k.tiling();
        for (Cell cell : k.cover.cells()) {
            k.cell(cell);
        }
        if (!Double.isNaN(k.lowest)) {
            values.put(Quantity.COVER_LOWEST_LEAF, Rational.ofDouble(k.lowest));
        }
        notes.add("cover: " + k.cover.cells().size() + " cells, " + k.leaves + " leaves evaluated, " + k.empties
                + " proved empty");
    }

    /** Consecutive cells from the first coordinate's lo to its hi, each of positive width. */
    private void tiling() throws Refusal {
        Cover.Coord first = cover.coords().get(0);
        Rational at = first.lo();
        for (Cell cell : cover.cells()) {
            if (!cell.lo().equals(at) || cell.lo().compareTo(cell.hi()) >= 0) {
                throw new Refusal(Reason.MALFORMED, c.where(cell.line()), "cells must tile " + first.name() + " in ["
                        + first.lo() + ", " + first.hi() + "]: expected a cell [" + at + ", hi > lo], found ["
                        + cell.lo() + ", " + cell.hi() + "]");
            }
            at = cell.hi();
        }
        if (!at.equals(first.hi())) {
            throw new Refusal(Reason.MALFORMED, c.where(cover.goalLine()), "the cells end at " + at + ", not at "
                    + first.name() + "'s hi " + first.hi());
        }
    }

    private void cell(Cell cell) throws Refusal {
        int n = cover.coords().size();
        Rational[] lo = new Rational[n];
        Rational[] hi = new Rational[n];
        for (int i = 0; i < n; i++) {
            lo[i] = cover.coords().get(i).lo();
            hi[i] = cover.coords().get(i).hi();
        }
        lo[0] = cell.lo();
        hi[0] = cell.hi();
        int m = evaluator.letCount();
        Region root = new Region(lo, hi, new Rational[m], new Rational[m], new Enclosure[n], new double[m],
                new double[m]);
        for (int i = 0; i < n; i++) {
            root.box[i] = new Enclosure(Enclosure.floor(lo[i]), Enclosure.ceil(hi[i]));
        }
        Arrays.fill(root.rlo, Double.NEGATIVE_INFINITY);
        Arrays.fill(root.rhi, Double.POSITIVE_INFINITY);
        Enclosure[] params = CoverEvaluator.enclose(cell.paramValues());
        int end = subtree(cell.nodes(), 0, params, root);
        if (end != cell.nodes().size()) {
            // the reader checked the shape; this guards against a built certificate
            throw new Refusal(Reason.MALFORMED, c.where(cell.line()), "tree lines left after the tree is complete");
        }
    }

    /**
     * A region: exact coordinate ranges and exact ranges of split LET quantities (null = none), with their double
     * enclosures, which are updated only where a split changes them (converting exact numbers is the replay's cost).
     */
    private record Region(Rational[] lo, Rational[] hi, Rational[] letLo, Rational[] letHi, Enclosure[] box,
                          double[] rlo, double[] rhi) {
    }

    /** Checks the subtree starting at node i over the region; returns the index after it. */
    private int subtree(List<Node> nodes, int i, Enclosure[] params, Region r) throws Refusal {
        Node node = nodes.get(i);
        switch (node.kind()) {
            case SPLIT -> {
                int k = evaluator.coordIndex(node.name());
                Rational at = node.value();
                if (k >= 0) {
                    if (at.compareTo(r.lo[k]) <= 0 || at.compareTo(r.hi[k]) >= 0) {
                        throw new Refusal(Reason.MALFORMED, c.where(node.line()), "split point " + at + " is not inside "
                                + node.name() + "'s range [" + r.lo[k] + ", " + r.hi[k] + "]");
                    }
                    Rational[] hi0 = r.hi.clone();
                    hi0[k] = at;
                    Enclosure[] box0 = r.box.clone();
                    box0[k] = new Enclosure(r.box[k].lo(), Enclosure.ceil(at));
                    int next = subtree(nodes, i + 1, params, new Region(r.lo, hi0, r.letLo, r.letHi, box0, r.rlo,
                            r.rhi));
                    Rational[] lo1 = r.lo.clone();
                    lo1[k] = at;
                    Enclosure[] box1 = r.box.clone();
                    box1[k] = new Enclosure(Enclosure.floor(at), r.box[k].hi());
                    return subtree(nodes, next, params, new Region(lo1, r.hi, r.letLo, r.letHi, box1, r.rlo, r.rhi));
                }
                int j = evaluator.letIndex(node.name());
                Rational[] hi0 = r.letHi.clone();
                hi0[j] = r.letHi[j] == null ? at : r.letHi[j].min(at);
                double[] rhi0 = r.rhi.clone();
                rhi0[j] = Enclosure.ceil(hi0[j]);
                int next = subtree(nodes, i + 1, params, new Region(r.lo, r.hi, r.letLo, hi0, r.box, r.rlo, rhi0));
                Rational[] lo1 = r.letLo.clone();
                lo1[j] = r.letLo[j] == null ? at : r.letLo[j].max(at);
                double[] rlo1 = r.rlo.clone();
                rlo1[j] = Enclosure.floor(lo1[j]);
                return subtree(nodes, next, params, new Region(r.lo, r.hi, lo1, r.letHi, r.box, rlo1, r.rhi));
            }
            case LEAF, EMPTY -> {
                leaf(node, params, r);
                return i + 1;
            }
            default -> throw new IllegalStateException("unknown node " + node.kind());
        }
    }

    private void leaf(Node node, Enclosure[] params, Region region) throws Refusal {
        leaves++;
        CoverEvaluator.Result r = evaluator.evaluate(params, region.box, region.rlo, region.rhi);
        if (r.empty()) {
            empties++;
            return;
        }
        String where = c.where(node.line());
        Rational[] lo = region.lo;
        Rational[] hi = region.hi;
        if (r.failed()) {
            throw new Refusal(Reason.LEAF_FAILED, where, "over " + region(lo, hi) + ": " + r.failure());
        }
        if (node.kind() == Cover.NodeKind.EMPTY) {
            throw new Refusal(Reason.LEAF_NOT_EMPTY, where, "the region " + region(lo, hi)
                    + " is not proved empty; the goal is enclosed in " + r.goal());
        }
        // compare in doubles first: the bound is exact, so a double at or above its ceiling is at or above it
        boolean reaches = r.goal().lo() >= Enclosure.ceil(node.value())
                || Rational.ofDouble(r.goal().lo()).compareTo(node.value()) >= 0;
        if (!reaches) {
            throw new Refusal(Reason.LEAF_BOUND, where, "the goal's enclosure over " + region(lo, hi) + " starts at "
                    + r.goal().lo() + ", below the stated bound " + node.value().toDisplay());
        }
        for (Claim claim : claims) {
            if (node.value().compareTo(claim.bound()) < 0) {
                throw new Refusal(Reason.LEAF_BOUND, where, "the leaf bound " + node.value().toDisplay()
                        + " is below the claimed minimum " + claim.bound().toDisplay());
            }
        }
        lowest = Double.isNaN(lowest) ? r.goal().lo() : Math.min(lowest, r.goal().lo());
    }

    private String region(Rational[] lo, Rational[] hi) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lo.length; k++) {
            sb.append(k == 0 ? "" : " x ").append(cover.coords().get(k).name()).append(" in [")
                    .append(lo[k].toDisplay()).append(", ").append(hi[k].toDisplay()).append(']');
        }
        return sb.toString();
    }
}
