package tradebounds.engine.cover;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tradebounds.cert.Cover.Cell;
import tradebounds.cert.Cover.Node;
import tradebounds.cert.Cover;
import tradebounds.check.CoverEvaluator;
import tradebounds.check.Enclosure;
import tradebounds.engine.progress.Progress;
import tradebounds.model.Rational;

/**
 * Builds interval covers (FORMAT.md section 4) by depth-first bisection: a region whose goal enclosure reaches the
 * target becomes a leaf, one proved empty an empty leaf, any other is split. Regions are evaluated with the
 * checker's own {@link CoverEvaluator} on exactly the rational regions the certificate will hold, so a cover this
 * search returns replays.
 *
 * <p>Which quantity to split is chosen by look-ahead: every coordinate and every LET name in {@code splitHints} is
 * tried at its midpoint, and the split whose worse child has the higher lower bound wins (ties: the widest
 * coordinate relative to its domain). Split points are short decimals, so the certificate stays readable.
 */
public final class CoverSearch {
    /** How one cell's search ended. */
    public enum Decision { PROVED, UNDECIDED }

    /**
     * @param nodes       the tree in preorder (complete only when PROVED)
     * @param lowestBound the lowest leaf bound (PROVED) or the lowest lower bound of a region left open
     * @param lowestPoint the lowest goal value seen at a region's midpoint (an estimate, not a proof)
     */
    public record CellResult(Decision outcome, List<Node> nodes, double lowestBound, double lowestPoint, long evaluations,
                             long millis, String openRegion) {
    }

    private final Cover program;
    private final CoverEvaluator evaluator;
    private final List<String> splitHints;
    private final Rational target;
    private final double targetUp;
    private final long maxNodes;

    /**
     * @param program    a cover whose cells are ignored (only PARAM, COORD, LET, FEASIBLE, GOAL are used)
     * @param splitHints LET names that may be split, besides the coordinates
     * @param target     the bound every leaf must reach
     * @param maxNodes   tree lines allowed per cell before giving up
     */
    public CoverSearch(Cover program, List<String> splitHints, Rational target, long maxNodes) {
        this.program = program;
        this.evaluator = new CoverEvaluator(program);
        this.splitHints = List.copyOf(splitHints);
        this.target = target;
        this.targetUp = Enclosure.ceil(target);
        this.maxNodes = maxNodes;
    }

    /** A region: exact coordinate ranges and exact ranges for split LET names (null = none). */
    private record Region(Rational[] lo, Rational[] hi, Rational[] letLo, Rational[] letHi) {
    }

    private static final class Budget extends RuntimeException {
        final String region;
        final double bound;

        Budget(String region, double bound) {
            super(null, null, false, false);
            this.region = region;
            this.bound = bound;
        }
    }

    private long evaluations;
    private double lowestLeaf;
    private double lowestPoint;

    /** Searches one cell: the first coordinate restricted to [lo, hi], parameters as given. */
    public CellResult cell(Rational lo, Rational hi, List<Rational> paramValues) {
        long start = System.currentTimeMillis();
        int n = program.coords().size();
        Rational[] clo = new Rational[n];
        Rational[] chi = new Rational[n];
        for (int i = 0; i < n; i++) {
            clo[i] = program.coords().get(i).lo();
            chi[i] = program.coords().get(i).hi();
        }
        clo[0] = lo;
        chi[0] = hi;
        int lets = evaluator.letCount();
        Region root = new Region(clo, chi, new Rational[lets], new Rational[lets]);
        Enclosure[] params = CoverEvaluator.enclose(paramValues);
        evaluations = 0;
        lowestLeaf = Double.POSITIVE_INFINITY;
        lowestPoint = Double.POSITIVE_INFINITY;
        List<Node> nodes = new ArrayList<>();
        try {
            grow(root, 0, params, evaluate(params, root), nodes);
        } catch (Budget b) {
            return new CellResult(Decision.UNDECIDED, nodes, b.bound, lowestPoint, evaluations,
                    System.currentTimeMillis() - start, b.region);
        }
        return new CellResult(Decision.PROVED, nodes, lowestLeaf, lowestPoint, evaluations,
                System.currentTimeMillis() - start, null);
    }

    /** Every cell of the cover: the cell list of the certificate, or the first cell that is not proved. */
    public Cover cover(List<Cell> cells, List<CellResult> results) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            out.add(new Cell(c.lo(), c.hi(), c.paramValues(), results.get(i).nodes(), 0));
        }
        return new Cover(program.params(), program.coords(), program.lets(), program.feasible(), program.goal(), 0,
                out);
    }

    private void grow(Region r, int depth, Enclosure[] params, CoverEvaluator.Result here, List<Node> out) {
        if (here.empty()) {
            out.add(Node.empty(depth));
            return;
        }
        if (!here.failed() && here.goal().lo() >= targetUp) {
            out.add(Node.leaf(depth, leafBound(here.goal().lo())));
            lowestLeaf = Math.min(lowestLeaf, here.goal().lo());
            return;
        }
        if (out.size() >= maxNodes || depth >= 190) {
            throw new Budget(describe(r), here.failed() ? Double.NEGATIVE_INFINITY : here.goal().lo());
        }
        if (Progress.active()) {
            Progress.update("cover search", out.size(), maxNodes, "tree lines", program.coords().get(0).name()
                    + " in [" + r.lo[0].toDouble() + ", " + r.hi[0].toDouble() + "]" + (lowestLeaf == Double.POSITIVE_INFINITY ? ""
                    : String.format(java.util.Locale.ROOT, ", lowest leaf %.6f", lowestLeaf)));
        }
        probeMidpoint(r, params);
        Split best = null;
        for (int k = 0; k < r.lo.length; k++) {
            best = better(best, coordinateSplit(r, k, params));
        }
        for (String name : splitHints) {
            if (!here.failed()) {
                best = better(best, letSplit(r, evaluator.letIndex(name), name, params, here));
            }
        }
        out.add(Node.split(depth, best.name, best.at));
        grow(best.child0, depth + 1, params, best.result0, out);
        grow(best.child1, depth + 1, params, best.result1, out);
    }

    private record Split(String name, Rational at, Region child0, Region child1, CoverEvaluator.Result result0,
                         CoverEvaluator.Result result1, double score, double width) {
    }

    private static Split better(Split a, Split b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.score > a.score || (b.score == a.score && b.width > a.width)) {
            return b;
        }
        return a;
    }

    private Split coordinateSplit(Region r, int k, Enclosure[] params) {
        Rational at = shortMidpoint(r.lo[k], r.hi[k]);
        if (at == null) {
            return null;
        }
        Rational[] hi0 = r.hi.clone();
        hi0[k] = at;
        Rational[] lo1 = r.lo.clone();
        lo1[k] = at;
        Region c0 = new Region(r.lo, hi0, r.letLo, r.letHi);
        Region c1 = new Region(lo1, r.hi, r.letLo, r.letHi);
        Cover.Coord coord = program.coords().get(k);
        double width = r.hi[k].subtract(r.lo[k]).divide(coord.hi().subtract(coord.lo())).toDouble();
        return split(coord.name(), at, c0, c1, params, width);
    }

    private Split letSplit(Region r, int j, String name, Enclosure[] params, CoverEvaluator.Result here) {
        // the LET's current enclosure is recomputed from a fresh evaluation of this region
        Enclosure e = letEnclosure(r, j, params);
        if (e == null || !(e.hi() - e.lo() > 1e-12 * Math.max(1, Math.abs(e.lo())))) {
            return null;
        }
        Rational at = shortMidpoint(Rational.ofDouble(e.lo()), Rational.ofDouble(e.hi()));
        if (at == null) {
            return null;
        }
        Rational[] hi0 = r.letHi.clone();
        hi0[j] = r.letHi[j] == null ? at : r.letHi[j].min(at);
        Rational[] lo1 = r.letLo.clone();
        lo1[j] = r.letLo[j] == null ? at : r.letLo[j].max(at);
        return split(name, at, new Region(r.lo, r.hi, r.letLo, hi0), new Region(r.lo, r.hi, lo1, r.letHi), params,
                0);
    }

    private Split split(String name, Rational at, Region c0, Region c1, Enclosure[] params, double width) {
        CoverEvaluator.Result r0 = evaluate(params, c0);
        CoverEvaluator.Result r1 = evaluate(params, c1);
        double score = Math.min(score(r0), score(r1));
        return new Split(name, at, c0, c1, r0, r1, score, width);
    }

    private static double score(CoverEvaluator.Result r) {
        if (r.empty()) {
            return Double.POSITIVE_INFINITY;
        }
        return r.failed() ? Double.NEGATIVE_INFINITY : r.goal().lo();
    }

    /** The goal's upper end at the region's coordinate midpoint: an estimate of the minimum, for reports. */
    private void probeMidpoint(Region r, Enclosure[] params) {
        Enclosure[] box = new Enclosure[r.lo.length];
        for (int k = 0; k < box.length; k++) {
            box[k] = Enclosure.of(r.lo[k].add(r.hi[k]).divide(Rational.of(2)));
        }
        CoverEvaluator.Result p = evaluator.evaluate(params, box, lows(r.letLo), highs(r.letHi));
        evaluations++;
        if (!p.empty() && !p.failed()) {
            lowestPoint = Math.min(lowestPoint, p.goal().hi());
        }
    }

    private Enclosure letEnclosure(Region r, int j, Enclosure[] params) {
        Rational lo = r.letLo[j];
        Rational hi = r.letHi[j];
        if (lo != null && hi != null) {
            return new Enclosure(Enclosure.floor(lo), Enclosure.ceil(hi));
        }
        Enclosure whole = evaluator.enclosureOf(j, params, box(r), lows(r.letLo), highs(r.letHi));
        evaluations++;
        return whole;
    }

    private CoverEvaluator.Result evaluate(Enclosure[] params, Region r) {
        evaluations++;
        return evaluator.evaluate(params, box(r), lows(r.letLo), highs(r.letHi));
    }

    private static Enclosure[] box(Region r) {
        Enclosure[] box = new Enclosure[r.lo.length];
        for (int k = 0; k < box.length; k++) {
            box[k] = new Enclosure(Enclosure.floor(r.lo[k]), Enclosure.ceil(r.hi[k]));
        }
        return box;
    }

    private static double[] lows(Rational[] lo) {
        double[] out = new double[lo.length];
        Arrays.fill(out, Double.NEGATIVE_INFINITY);
        for (int j = 0; j < lo.length; j++) {
            if (lo[j] != null) {
                out[j] = Enclosure.floor(lo[j]);
            }
        }
        return out;
    }

    private static double[] highs(Rational[] hi) {
        double[] out = new double[hi.length];
        Arrays.fill(out, Double.POSITIVE_INFINITY);
        for (int j = 0; j < hi.length; j++) {
            if (hi[j] != null) {
                out[j] = Enclosure.ceil(hi[j]);
            }
        }
        return out;
    }

    /** A decimal with few digits strictly inside (lo, hi), within an eighth of the width of the midpoint. */
    static Rational shortMidpoint(Rational lo, Rational hi) {
        Rational w = hi.subtract(lo);
        if (w.signum() <= 0) {
            return null;
        }
        Rational mid = lo.add(w.divide(Rational.of(2)));
        BigDecimal m = mid.toDecimal(40, false);
        BigDecimal eighth = w.divide(Rational.of(8)).toDecimal(40, false);
        if (eighth.signum() <= 0) {
            return mid;
        }
        int scale = Math.max(0, 1 - eighth.precision() + eighth.scale());
        Rational at = Rational.of(m.setScale(scale, RoundingMode.HALF_EVEN));
        if (at.compareTo(lo) <= 0 || at.compareTo(hi) >= 0) {
            return mid;
        }
        return at;
    }

    /** A leaf bound: the enclosure's low end rounded down to 7 significant digits, and never below the target. */
    private Rational leafBound(double lo) {
        Rational b = Rational.of(new BigDecimal(lo).round(new MathContext(7, RoundingMode.FLOOR)));
        return b.compareTo(target) < 0 ? target : b;
    }

    private String describe(Region r) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < r.lo.length; k++) {
            sb.append(k == 0 ? "" : " x ").append(program.coords().get(k).name()).append(" in [")
                    .append(r.lo[k].toDecimal(8, false)).append(", ").append(r.hi[k].toDecimal(8, true)).append(']');
        }
        return sb.toString();
    }
}
