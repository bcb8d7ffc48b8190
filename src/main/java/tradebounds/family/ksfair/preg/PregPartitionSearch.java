package tradebounds.family.ksfair.preg;

import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.cover.CoverSearch;
import tradebounds.model.Rational;

/**
 * Item 5c for P_REG: a partition of q_m and an alpha per cell chosen by search, every cell then proved by an interval
 * cover. Cells grow geometrically from s0 while a cover still closes; each cell's alpha maximises a coarse grid
 * estimate of the cell's minimum at its two ends (Table 1's minima sit at an end). Only the covers prove anything.
 */
public final class PregPartitionSearch {
    private static final double[] RATIOS = {1.03, 1.07, 1.15, 1.3, 1.6, 2, 3, 5, 10, 30, 100, 1e3, 1e4, 1e6};

    /** A proved cell with its cover search result. */
    public record Found(PregCovers.Spec spec, CoverSearch.CellResult result) {
    }

    private PregPartitionSearch() {
    }

    /** Cells from s0 to 1 proving target, or the cells found before the first gap (then the list ends below 1). */
    public static List<Found> search(Rational target, Rational s0, long maxNodes) {
        var program = PregCoverProgram.program(s0, Rational.ONE);
        CoverSearch cover = new CoverSearch(program, PregCoverProgram.SPLIT_HINTS, target, maxNodes);
        List<Found> out = new ArrayList<>();
        Rational s = s0;
        while (s.compareTo(Rational.ONE) < 0) {
            Found best = null;
            for (double ratio : RATIOS) {
                Rational l = Rational.ofDouble(Math.min(1, s.toDouble() * ratio)).max(s);
                l = shortDecimal(l, s);
                if (l.compareTo(s) <= 0) {
                    continue;
                }
                double alpha = bestAlpha(s.toDouble(), l.toDouble());
                Rational a = Rational.of(new java.math.BigDecimal(alpha).setScale(4, java.math.RoundingMode.HALF_EVEN));
                CoverSearch.CellResult r = cover.cell(s, l, List.of(a));
                System.err.printf("  try [%s, %s] alpha=%s: %s (%d lines, %d ms)%n", s.toDecimal(8, false),
                        l.toDecimal(8, false), a.toDisplay(), r.outcome(), r.nodes().size(), r.millis());
                if (r.outcome() != CoverSearch.Decision.PROVED) {
                    break;
                }
                best = new Found(new PregCovers.Spec(s, l, a), r);
                if (l.equals(Rational.ONE)) {
                    break;
                }
            }
            if (best == null) {
                System.err.println("no cell from " + s.toDecimal(10, false) + " proves " + target.toDisplay());
                return out;
            }
            out.add(best);
            s = best.spec().l();
        }
        return out;
    }

    /** l rounded to 3 significant digits, kept above s. */
    private static Rational shortDecimal(Rational l, Rational s) {
        if (l.equals(Rational.ONE)) {
            return l;
        }
        java.math.BigDecimal d = l.toDecimal(30, false).round(new java.math.MathContext(3));
        Rational r = Rational.of(d);
        return r.compareTo(s) > 0 && r.compareTo(Rational.ONE) <= 0 ? r : l;
    }

    /** The alpha maximising the grid minimum of the inner value at q_m = s and q_m = l. */
    static double bestAlpha(double s, double l) {
        double bestA = 0.5;
        double bestV = -1;
        for (double a = 0.5; a < 0.99; a += 0.0025) {
            double v = Math.min(gridMin(s, a), gridMin(l, a));
            if (v > bestV) {
                bestV = v;
                bestA = a;
            }
        }
        return bestA;
    }

    private static double gridMin(double qm, double a) {
        double best = Double.POSITIVE_INFINITY;
        int n = 40;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double t = Math.min((double) i / n, 1 - 1e-9);
                double u = (double) j / n;
                double qLo = qm + (1 - a) * (1 - qm);
                double q = qLo + t * (1 - qLo);
                double v0 = u * (1 - (1 - a) * (1 - qm) / (q - qm));
                best = Math.min(best, PregFormulas.dInner(qm, a, q, v0));
            }
        }
        return best;
    }

    /** {@code main target s0 maxNodes}: prints the partition found. */
    public static void run(String[] args) {
        List<Found> cells = search(Rational.parse(args[0]), Rational.parse(args[1]), Long.parseLong(args[2]));
        for (Found f : cells) {
            System.out.println(f.spec().s().toDisplay() + ":" + f.spec().l().toDisplay() + ":"
                    + f.spec().alpha().toDisplay() + "  lines=" + f.result().nodes().size());
        }
    }
}
