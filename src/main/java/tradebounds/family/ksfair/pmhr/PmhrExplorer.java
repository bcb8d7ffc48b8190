package tradebounds.family.ksfair.pmhr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import tradebounds.family.ksfair.pmhr.PmhrFormulas.Variant;

/**
 * Item 4: a double-precision exploration of P_MHR (no certificate). Stage 3 (min over p, v0) is searched on the box
 * (t, w) in [0,1]^2 with p = p_lo + t (p_hi - p_lo) and w the cover's coordinate for v0 (Phi'(p) from the chord
 * through 0 to the chord to r_m; onto the feasible set), evaluated by {@link PmhrCoverProgram}'s LET lines, by a grid and a
 * compass search from the best grid points, separately for the two branches of the objective
 * min(alpha (S+1)/S, (H+M)/S): branch 1 at (H_hi, M_hi), branch 2 at (H_lo, M_lo) (M and H minimised exactly, see
 * {@link PmhrFormulas#inner}); L = L_hi (Lemma F.1). Branch 1 increases and branch 2 decreases in alpha (the search
 * checks the signs at the bracket ends), so max over alpha is at their crossing, found by bisection. Nothing here is a proof: a grid can miss a minimum, so the values are upper estimates of the inner
 * minima and the reported constants are estimates of C and of what a partition can certify.
 *
 * <p>At t = 0 (p at the tangent bound) and w = 1 (v0 = v0_max) the tangents at p and at r_m coincide and v1 is 0/0.
 * On w = 1 with t &gt; 0 the tangent at p passes through (r_m, ln r_m), so v1 = r_m: the printed M_hi there tends to
 * r_m (r_m alpha/p - 1) - 1 + alpha as t -&gt; 0, its largest value near the corner, which the evaluator's share rule
 * (1/c at 0/0) returns at the corner itself (the corrected M_hi is continuous there).
 */
public final class PmhrExplorer {
    private static final int GRID = 24;

    private PmhrExplorer() {
    }

    /** A stage-3 minimiser: value and where it sits. */
    public record Inner(double value, double t, double w, double p, boolean firstBranch) {
    }

    private static final PmhrCoverProgram.Evaluator PRINTED = PmhrCoverProgram.Evaluator.of(Variant.PRINTED);
    private static final PmhrCoverProgram.Evaluator CORRECTED = PmhrCoverProgram.Evaluator.of(Variant.CORRECTED);

    /**
     * Which branch of the objective min(alpha (S+1)/S, (H+M)/S): 1 at (H, M_hi), 2 at (H, M_lo), evaluated by the
     * cover's LET program (division-free at the removable singularities; tested against {@link PmhrFormulas}) at
     * p = p_lo + t (p_hi - p_lo) and the cover's w.
     */
    static double value(Variant variant, int branch, double rm, double h, double alpha, double t, double w) {
        double pLo = PmhrFormulas.pLower(rm, alpha);
        double pHi = PmhrFormulas.pUpper(rm, alpha);
        double p = pLo + t * (pHi - pLo);
        PmhrCoverProgram.Evaluator ev = variant == Variant.PRINTED ? PRINTED : CORRECTED;
        double[] v = ev.run(alpha, alpha, rm, h, PmhrCoverProgram.tOf(rm, alpha, p), w);
        double f = v[ev.index(branch == 1 ? "b1" : "b2")];
        return Double.isNaN(f) ? Double.POSITIVE_INFINITY : f;
    }

    /** min over (p, v0) of one branch at H = h. */
    public static Inner branchMin(Variant variant, int branch, double rm, double h, double alpha) {
        List<double[]> starts = new ArrayList<>();
        for (int i = 0; i <= GRID; i++) {
            for (int j = 0; j <= GRID; j++) {
                double t = (double) i / GRID;
                double u = (double) j / GRID;
                starts.add(new double[] {value(variant, branch, rm, h, alpha, t, u), t, u});
            }
        }
        starts.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] best = {Double.POSITIVE_INFINITY, 0, 0};
        for (int k = 0; k < 3; k++) {
            double[] s = starts.get(k);
            double[] r = compass(variant, branch, rm, h, alpha, s[1], s[2], s[0]);
            if (r[0] < best[0]) {
                best = r;
            }
        }
        double pLo = PmhrFormulas.pLower(rm, alpha);
        double p = pLo + best[1] * (PmhrFormulas.pUpper(rm, alpha) - pLo);
        return new Inner(best[0], best[1], best[2], p, branch == 1);
    }

    /** The stage-3 minimum for H in [hLo, hHi]: the smaller branch minimum (branch 1 at hHi, branch 2 at hLo). */
    public static Inner inner(Variant variant, double rm, double hLo, double hHi, double alpha) {
        Inner b1 = branchMin(variant, 1, rm, hHi, alpha);
        Inner b2 = branchMin(variant, 2, rm, hLo, alpha);
        return b1.value() <= b2.value() ? b1 : b2;
    }

    private static double[] compass(Variant variant, int branch, double rm, double h, double alpha, double t,
                                    double u, double f) {
        double step = 1.0 / GRID;
        // a long shallow slope at a tiny step would take ~1/step moves: expand after a success, cap the moves
        for (int moves = 0; step > 1e-10 && moves < 2000; moves++) {
            boolean moved = false;
            for (double[] d : new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}}) {
                double nt = clamp(t + step * d[0]);
                double nu = clamp(u + step * d[1]);
                double g = value(variant, branch, rm, h, alpha, nt, nu);
                if (g < f) {
                    f = g;
                    t = nt;
                    u = nu;
                    moved = true;
                }
            }
            step = moved ? Math.min(2 * step, 1.0 / GRID) : step / 2;
        }
        return new double[] {f, t, u};
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    /**
     * max over alpha of min(b1(alpha), b2(alpha)) for b1 increasing and b2 decreasing in alpha (checked on the
     * bracket, not assumed silently): bisection on b1 - b2. Returns {alpha, value}.
     */
    public static double[] crossing(DoubleUnaryOperator b1, DoubleUnaryOperator b2, double lo, double hi) {
        if (b1.applyAsDouble(lo) > b2.applyAsDouble(lo) || b1.applyAsDouble(hi) < b2.applyAsDouble(hi)) {
            throw new IllegalStateException("branches do not cross in [" + lo + ", " + hi + "]");
        }
        for (int k = 0; k < 40; k++) {
            double mid = (lo + hi) / 2;
            if (b1.applyAsDouble(mid) < b2.applyAsDouble(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double a = (lo + hi) / 2;
        return new double[] {a, Math.min(b1.applyAsDouble(a), b2.applyAsDouble(a))};
    }

    /** max over alpha of the stage-3 minimum at fixed (r_m, H): the program's value for the adversary's (r_m, H). */
    public static double[] programAt(Variant variant, double rm, double h) {
        return crossing(a -> branchMin(variant, 1, rm, h, a).value(), a -> branchMin(variant, 2, rm, h, a).value(),
                0.3, 0.999);
    }

    /**
     * The best single alpha for the cell r_m in [s, l], H in [1, 2] (F.2 with H unpartitioned), judged on
     * {@code samples}+1 values of r_m in the cell: returns {alpha, cell minimum estimate, argmin r_m}.
     */
    public static double[] cell(Variant variant, double s, double l, int samples) {
        DoubleUnaryOperator c1 = a -> cellBranch(variant, 1, s, l, samples, a)[0];
        DoubleUnaryOperator c2 = a -> cellBranch(variant, 2, s, l, samples, a)[0];
        double[] x = crossing(c1, c2, 0.3, 0.999);
        double[] m1 = cellBranch(variant, 1, s, l, samples, x[0]);
        double[] m2 = cellBranch(variant, 2, s, l, samples, x[0]);
        return m1[0] <= m2[0] ? new double[] {x[0], m1[0], m1[1]} : new double[] {x[0], m2[0], m2[1]};
    }

    /**
     * The cell r_m in [s, l], H in [1, 2] with alpha affine in H, alpha(H) = a1 + (H-1)(a2-a1) (our design, not F.2's:
     * alpha may depend on (r_m, H) in any way, and the certificate format partitions only r_m): a1 is the best single
     * alpha of the slice H = 1, a2 that of H = 2, and the cell is then judged on {@code samples}+1 values of r_m and
     * five of H. Returns {a1, a2, cell minimum estimate, argmin r_m, argmin H}.
     */
    public static double[] cellAffine(Variant variant, double s, double l, int samples) {
        double[] a = new double[2];
        for (int k = 0; k < 2; k++) {
            double h = 1 + k;
            a[k] = crossing(x -> cellBranch(variant, 1, s, l, samples, x, h)[0],
                    x -> cellBranch(variant, 2, s, l, samples, x, h)[0], 0.3, 0.999)[0];
        }
        double m = Double.POSITIVE_INFINITY;
        double atR = s;
        double atH = 1;
        for (int i = 0; i <= samples; i++) {
            double rm = s + (l - s) * i / samples;
            for (int j = 0; j <= 4; j++) {
                double h = 1 + j / 4.0;
                double v = inner(variant, rm, h, h, a[0] + (h - 1) * (a[1] - a[0])).value();
                if (v < m) {
                    m = v;
                    atR = rm;
                    atH = h;
                }
            }
        }
        return new double[] {a[0], a[1], m, atR, atH};
    }

    private static double[] cellBranch(Variant variant, int branch, double s, double l, int samples, double a) {
        return cellBranch(variant, branch, s, l, samples, a, branch == 1 ? 2 : 1);
    }

    private static double[] cellBranch(Variant variant, int branch, double s, double l, int samples, double a,
                                       double h) {
        double m = Double.POSITIVE_INFINITY;
        double at = s;
        for (int i = 0; i <= samples; i++) {
            double rm = s + (l - s) * i / samples;
            double v = branchMin(variant, branch, rm, h, a).value();
            if (v < m) {
                m = v;
                at = rm;
            }
        }
        return new double[] {m, at};
    }

    public static void run(String[] args) {
        Variant variant = args.length > 0 ? Variant.valueOf(args[0]) : Variant.PRINTED;
        String mode = args.length > 1 ? args[1] : "program";
        if (mode.equals("program")) {
            double worst = Double.POSITIVE_INFINITY;
            for (double rm = 1; rm <= Math.E + 1e-9; rm += 0.05) {
                double r = Math.min(rm, Math.E);
                StringBuilder sb = new StringBuilder(String.format("r_m=%.3f", r));
                for (double h : new double[] {1, 1.25, 1.5, 1.75, 2}) {
                    double[] a = programAt(variant, r, h);
                    worst = Math.min(worst, a[1]);
                    Inner b1 = branchMin(variant, 1, r, h, a[0]);
                    Inner b2 = branchMin(variant, 2, r, h, a[0]);
                    sb.append(String.format("  H=%.2f a=%.4f C=%.5f (b1 t=%.3f w=%.3f; b2 t=%.3f w=%.3f)", h, a[0],
                            a[1], b1.t(), b1.w(), b2.t(), b2.w()));
                }
                System.out.println(sb);
            }
            System.out.println("min over (r_m, H) grid: " + worst);
        } else if (mode.equals("affine")) {
            int cells = Integer.parseInt(args[2]);
            double worst = Double.POSITIVE_INFINITY;
            for (int k = 0; k < cells; k++) {
                double s = 1 + (Math.E - 1) * k / cells;
                double l = 1 + (Math.E - 1) * (k + 1) / cells;
                double[] c = cellAffine(variant, s, l, 4);
                worst = Math.min(worst, c[2]);
                System.out.printf("[%.4f, %.4f] alpha(H=1)=%.5f alpha(H=2)=%.5f min=%.5f at r_m=%.4f H=%.2f%n", s, l,
                        c[0], c[1], c[2], c[3], c[4]);
            }
            System.out.println("affine-alpha cell bound estimate: " + worst);
        } else {
            int cells = Integer.parseInt(args[2]);
            double worst = Double.POSITIVE_INFINITY;
            for (int k = 0; k < cells; k++) {
                double s = 1 + (Math.E - 1) * k / cells;
                double l = 1 + (Math.E - 1) * (k + 1) / cells;
                double[] c = cell(variant, s, l, 6);
                worst = Math.min(worst, c[1]);
                System.out.printf("[%.4f, %.4f] alpha=%.5f min=%.5f at r_m=%.4f%n", s, l, c[0], c[1], c[2]);
            }
            System.out.println("cell bound estimate: " + worst);
        }
    }
}
