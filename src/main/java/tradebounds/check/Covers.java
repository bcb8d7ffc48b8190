package tradebounds.check;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tradebounds.cert.Certificate;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Cover;
import tradebounds.cert.Cover.Cell;
import tradebounds.cert.Cover.Node;
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
    private Rational lowest;
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
        if (k.lowest != null) {
            values.put(Quantity.COVER_LOWEST_LEAF, k.lowest);
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
        Rational[] letLo = new Rational[evaluator.letCount()];
        Rational[] letHi = new Rational[evaluator.letCount()];
        Enclosure[] params = CoverEvaluator.enclose(cell.paramValues());
        int end = subtree(cell.nodes(), 0, params, lo, hi, letLo, letHi);
        if (end != cell.nodes().size()) {
            // the reader checked the shape; this guards against a built certificate
            throw new Refusal(Reason.MALFORMED, c.where(cell.line()), "tree lines left after the tree is complete");
        }
    }

    /** Checks the subtree starting at node i over the region; returns the index after it. */
    private int subtree(List<Node> nodes, int i, Enclosure[] params, Rational[] lo, Rational[] hi, Rational[] letLo,
                        Rational[] letHi) throws Refusal {
        Node node = nodes.get(i);
        switch (node.kind()) {
            case SPLIT -> {
                int k = evaluator.coordIndex(node.name());
                Rational at = node.value();
                if (k >= 0) {
                    if (at.compareTo(lo[k]) <= 0 || at.compareTo(hi[k]) >= 0) {
                        throw new Refusal(Reason.MALFORMED, c.where(node.line()), "split point " + at + " is not inside "
                                + node.name() + "'s range [" + lo[k] + ", " + hi[k] + "]");
                    }
                    Rational[] hi0 = hi.clone();
                    hi0[k] = at;
                    int next = subtree(nodes, i + 1, params, lo, hi0, letLo, letHi);
                    Rational[] lo1 = lo.clone();
                    lo1[k] = at;
                    return subtree(nodes, next, params, lo1, hi, letLo, letHi);
                }
                int j = evaluator.letIndex(node.name());
                Rational[] hi0 = letHi.clone();
                hi0[j] = letHi[j] == null ? at : letHi[j].min(at);
                int next = subtree(nodes, i + 1, params, lo, hi, letLo, hi0);
                Rational[] lo1 = letLo.clone();
                lo1[j] = letLo[j] == null ? at : letLo[j].max(at);
                return subtree(nodes, next, params, lo, hi, lo1, letHi);
            }
            case LEAF, EMPTY -> {
                leaf(node, params, lo, hi, letLo, letHi);
                return i + 1;
            }
            default -> throw new IllegalStateException("unknown node " + node.kind());
        }
    }

    private void leaf(Node node, Enclosure[] params, Rational[] lo, Rational[] hi, Rational[] letLo,
                      Rational[] letHi) throws Refusal {
        leaves++;
        Enclosure[] box = new Enclosure[lo.length];
        for (int k = 0; k < box.length; k++) {
            box[k] = new Enclosure(Enclosure.floor(lo[k]), Enclosure.ceil(hi[k]));
        }
        double[] rlo = new double[letLo.length];
        double[] rhi = new double[letHi.length];
        Arrays.fill(rlo, Double.NEGATIVE_INFINITY);
        Arrays.fill(rhi, Double.POSITIVE_INFINITY);
        for (int j = 0; j < rlo.length; j++) {
            if (letLo[j] != null) {
                rlo[j] = Enclosure.floor(letLo[j]);
            }
            if (letHi[j] != null) {
                rhi[j] = Enclosure.ceil(letHi[j]);
            }
        }
        CoverEvaluator.Result r = evaluator.evaluate(params, box, rlo, rhi);
        if (r.empty()) {
            empties++;
            return;
        }
        String where = c.where(node.line());
        if (r.failed()) {
            throw new Refusal(Reason.LEAF_FAILED, where, "over " + region(lo, hi) + ": " + r.failure());
        }
        if (node.kind() == Cover.NodeKind.EMPTY) {
            throw new Refusal(Reason.LEAF_NOT_EMPTY, where, "the region " + region(lo, hi)
                    + " is not proved empty; the goal is enclosed in " + r.goal());
        }
        Rational proved = Rational.ofDouble(r.goal().lo());
        if (proved.compareTo(node.value()) < 0) {
            throw new Refusal(Reason.LEAF_BOUND, where, "the goal's enclosure over " + region(lo, hi) + " starts at "
                    + r.goal().lo() + ", below the stated bound " + node.value().toDisplay());
        }
        for (Claim claim : claims) {
            if (node.value().compareTo(claim.bound()) < 0) {
                throw new Refusal(Reason.LEAF_BOUND, where, "the leaf bound " + node.value().toDisplay()
                        + " is below the claimed minimum " + claim.bound().toDisplay());
            }
        }
        lowest = lowest == null ? proved : lowest.min(proved);
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
