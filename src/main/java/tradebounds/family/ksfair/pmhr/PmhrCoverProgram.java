package tradebounds.family.ksfair.pmhr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradebounds.family.ksfair.pmhr.PmhrFormulas.Variant;

/**
 * Item 5: program P_MHR (with Lemma F.1's L = L_hi) as the straight-line {@code LET} program of an interval cover
 * (certificates/FORMAT.md section 4), and a double-precision evaluator of those very lines, so that tests can compare
 * the certificate's function with {@link PmhrFormulas} at points.
 *
 * <p><b>Parameters and coordinates.</b> PARAM alpha1, alpha2: the cell's alpha at H = 1 and H = 2, with
 * alpha = alpha1 + (H-1)(alpha2-alpha1). Lemma F.2 takes one alpha per (r_m, H) rectangle; the format partitions only
 * the first coordinate, and alpha may depend on (r_m, H) in any way (stage 2 follows stage 1), so an affine alpha in
 * H per r_m-cell is a valid instance of the same argument; alpha1 = alpha2 is F.2's constant alpha with H
 * unpartitioned. COORD r_m in [1, 2.7182818284590453] (an exact decimal just above e: a superset is harmless), H in
 * [1,2], t in [0,1] with p = alpha + t (r_m - alpha), w in [0,1] with Phi'(p) = kappa = (1-w) A/p + w s, where
 * A = ln(p/alpha), B = ln r_m and s = (B-A)/(r_m-p) is the chord slope.
 *
 * <p><b>Feasible set.</b> FEASIBLE g1 = A - B + 1 - p/r_m (tangent at r_m below Phi at p) and g2 = p B/r_m - A
 * (chord from 0 above Phi at p). On p in [alpha, r_m] (the t-box), g1 increases (g1' = 1/p - 1/r_m) and g2 decreases
 * (g2' = B/r_m - 1/p &lt;= 0 as p &lt;= r_m &lt;= r_m/B for r_m &lt;= e), so {g1 &gt;= 0, g2 &gt;= 0} is exactly
 * [max{-r_m W_0(-alpha/e), alpha}, -r_m W_0(-alpha B/r_m)/B], the printed range (see {@link PmhrFormulas} for the
 * branch). Without p &lt;= r_m the chord inequality would also hold again beyond r_m/B (the W_{-1} root), which is
 * why p is parametrised on [alpha, r_m]. The printed v0 in [0, v0_max] is Phi'(p) = A/(p-v0) in [A/p, s], i.e.
 * w in [0,1] (v0 = p - A/kappa increases with kappa when A &gt; 0). At A = 0 (p = alpha, possible only where the
 * tangent bound is below alpha) the printed v0 collapses to p and the w-points are limits of printed points; likewise
 * r_m = 1 (B = 0 forces p = alpha) is a limit. The cover's feasible set is the closure of the printed one, so its
 * minimum is &lt;= the printed infimum and a cover bound is a bound for P_MHR.
 *
 * <p><b>Rewritings (identities on the feasible set).</b>
 * <ul>
 *   <li>Objective: Gamma + Gamma/S = min(alpha (S+1)/S, (H+M)/S) (see {@link PmhrFormulas}); minimised over
 *       M in [M_lo, M_hi]: GOAL = min(alpha + alpha/(H + M_hi + L_hi), share(H + M_lo, L_hi, 1)).</li>
 *   <li>p - v0 = A/kappa = p share(A (r_m-p), w r_m g2, 1), using p s - A = r_m g2/(r_m-p): no division by
 *       r_m - p, and at A = 0 share's 0/0 rule gives every limit.</li>
 *   <li>v1 - p = lam (r_m - p) with lam = share(g1, N2, 1), N2 = B - A - kappa (r_m-p) = (1-w) r_m g2/p: the printed
 *       v1 = (Phi(p) - Phi(r_m) + 1 - p kappa)/(1/r_m - kappa) has numerator g1 and denominator (g1 + N2)/(r_m-p).
 *       At g1 = N2 = 0 (p at the tangent bound and v0 = v0_max: the tangents at p and r_m coincide) the printed v1 is
 *       0/0 and its limits fill [p, r_m]; share returns all of them, and the printed M_hi depends on which (it is
 *       largest at v1 = r_m, reached along v0 = v0_max).</li>
 *   <li>M_hi (printed) = (v1-p) exprel(kappa (v1-p)) + e^(1 - v1/r_m) - 2 + alpha, since
 *       ((p/alpha)^((v1-p)/(p-v0)) - 1)(p-v0)/A = (e^(kappa(v1-p)) - 1)/kappa; the corrected M_hi has
 *       (alpha/p)(v1-p) exprel(-kappa (v1-p)) instead. kappa (v1-p) = lam (A (r_m-p) + w r_m g2)/p.</li>
 *   <li>M_lo = (1 - p/r_m) exprel(B - A) - 1 + alpha, since (alpha r_m - p)/(p ln(alpha r_m/p)) = exprel(B-A)/r_m.</li>
 *   <li>L_hi = (p - alpha) - (p - v0)(1 - exprel(-A)), since (1 - alpha/p)/A = exprel(-A).</li>
 *   <li>pos(.) on share arguments and on L_hi: identities on the feasible set (the quantities are &gt;= 0 there), only
 *       keeping outward rounding from leaving share's domain.</li>
 * </ul>
 */
public final class PmhrCoverProgram {
    /** Exact decimal upper end of r_m, just above e = 2.71828182845904523536... */
    public static final String RM_HI = "2.7182818284590453";
    public static final List<String> PARAMS = List.of("alpha1", "alpha2");
    public static final List<String> COORDS = List.of("rm 1 " + RM_HI, "H 1 2", "t 0 1", "w 0 1");
    public static final List<String> FEASIBLE = List.of("g1", "g2");
    public static final String GOAL = "goal";

    private PmhrCoverProgram() {
    }

    /** The LET lines {@code <name> <op> <args>} of the printed (or corrected) program. */
    public static List<String> letLines(Variant variant) {
        List<String> l = new ArrayList<>(List.of(
                "hm1 sub H 1",
                "da sub alpha2 alpha1",
                "dah mul hm1 da",
                "alpha add alpha1 dah",
                "rma sub rm alpha",
                "omt sub 1 t",
                "pd mul t rma",
                "p add alpha pd",
                "rmp mul omt rma",
                "pda div pd alpha",
                "A log1p pda",
                "B log rm",
                "q div rmp rm",
                "amb sub A B",
                "g1 add amb q",
                "pB mul p B",
                "pBr div pB rm",
                "g2 sub pBr A",
                "G mul rm g2",
                "wG0 mul w G",
                "wG pos wG0",
                "Ar0 mul A rmp",
                "Ar pos Ar0",
                "sh share Ar wG 1",
                "pv mul p sh",
                "omw sub 1 w",
                "omwG mul omw G",
                "N20 div omwG p",
                "N2 pos N20",
                "lam share g1 N2 1",
                "d1 mul lam rmp",
                "kr add Ar wG",
                "kr1 div kr p",
                "e mul lam kr1",
                "oml sub 1 lam",
                "y0 mul oml q",
                "ey exp y0"));
        if (variant == Variant.PRINTED) {
            l.addAll(List.of(
                    "ex exprel e",
                    "t1 mul d1 ex"));
        } else {
            l.addAll(List.of(
                    "ne neg e",
                    "exc exprel ne",
                    "apr div alpha p",
                    "t1c mul d1 exc",
                    "t1 mul apr t1c"));
        }
        l.addAll(List.of(
                "m1 add t1 ey",
                "m2 sub m1 2",
                "Mhi add m2 alpha",
                "bma sub B A",
                "exb exprel bma",
                "m3 mul q exb",
                "m4 add m3 alpha",
                "Mlo sub m4 1",
                "nA neg A",
                "exa exprel nA",
                "c1 sub 1 exa",
                "pc mul pv c1",
                "l0 sub pd pc",
                "Lhi pos l0",
                "S1a add H Mhi",
                "S1 add S1a Lhi",
                "aS div alpha S1",
                "b1 add alpha aS",
                "HM0 add H Mlo",
                "HM pos HM0",
                "b2 share HM Lhi 1",
                "goal min b1 b2"));
        return l;
    }

    /**
     * App. F's printed M_hi minus a bound that every candidate for M obeys, over the cover's coordinates (issue 13
     * item 1). App. D says M_hi is E[v 1{p &lt;= v &lt; r_m}] under the lower sandwich hazard curve, which binds at p and
     * r_m (Phi(p) = A, Phi(r_m) = B). Under ANY law with those two values, Pr[p &lt;= v &lt; r_m] = e^-A - e^-B =
     * alpha/p - 1/r_m and v &lt; r_m on that event, so the expectation is at most r_m (alpha/p - 1/r_m) = alpha r_m/p - 1.
     * GOAL = M_hi (printed, the LETs of {@link #letLines} up to Mhi) - (alpha r_m/p - 1); a point where it is &gt; 0
     * shows the printed M_hi is not the expectation it is said to be (it is too large: the printed program stays a
     * valid, weaker relaxation). FEASIBLE g1, g2 as in the cover (the printed p range).
     */
    public static String printedUpperMExcessText() {
        List<String> lets = new ArrayList<>(letLines(Variant.PRINTED));
        lets = new ArrayList<>(lets.subList(0, lets.indexOf("Mhi add m2 alpha") + 1));
        lets.addAll(List.of(
                "arm mul alpha rm",
                "armp div arm p",
                "mmax sub armp 1",      // alpha r_m/p - 1 >= E[v 1{p <= v < r_m}] for every law with Phi(p) = A, Phi(r_m) = B
                "excess sub Mhi mmax"));
        StringBuilder sb = new StringBuilder("TRADEBOUNDS 1\nTYPE interval-cover\n");
        sb.append("PARAM ").append(PARAMS.size()).append('\n');
        PARAMS.forEach(x -> sb.append(x).append('\n'));
        sb.append("COORD ").append(COORDS.size()).append('\n');
        COORDS.forEach(x -> sb.append(x).append('\n'));
        sb.append("LET ").append(lets.size()).append('\n');
        lets.forEach(x -> sb.append(x).append('\n'));
        sb.append("FEASIBLE ").append(FEASIBLE.size()).append('\n');
        FEASIBLE.forEach(x -> sb.append(x).append('\n'));
        sb.append("GOAL excess\nCELL 0\nCLAIM minimum >= 0\n");
        return sb.toString();
    }

    /** The program part of the certificate (everything but CELL and CLAIM). */
    public static String programText(Variant variant) {
        StringBuilder sb = new StringBuilder();
        sb.append("TRADEBOUNDS 1\nTYPE interval-cover\n");
        sb.append("META claim bfm-thm5.7\n");
        sb.append("META program P_MHR of seed 000 (Lemma 5.8/D.1) with L = L_hi (Lemma F.1), ")
                .append(variant == Variant.PRINTED ? "M_hi as printed" : "M_hi corrected (not the printed program)")
                .append('\n');
        sb.append("META rewriting objective = min(alpha(S+1)/S, (H+M)/S), minimised over M exactly; p = alpha + t(rm"
                + " - alpha); Phi'(p) = (1-w)A/p + w(B-A)/(rm-p); W_0 bounds as FEASIBLE g1, g2; removable 0/0 by"
                + " exprel and share (tradebounds.family.ksfair.pmhr.PmhrCoverProgram)\n");
        sb.append("META alpha = alpha1 + (H-1)(alpha2-alpha1) per r_m cell (F.2's constant alpha: alpha1 = alpha2)\n");
        sb.append("PARAM ").append(PARAMS.size()).append('\n');
        PARAMS.forEach(x -> sb.append(x).append('\n'));
        sb.append("COORD ").append(COORDS.size()).append('\n');
        COORDS.forEach(x -> sb.append(x).append('\n'));
        List<String> lets = letLines(variant);
        sb.append("LET ").append(lets.size()).append('\n');
        lets.forEach(x -> sb.append(x).append('\n'));
        sb.append("FEASIBLE ").append(FEASIBLE.size()).append('\n');
        FEASIBLE.forEach(x -> sb.append(x).append('\n'));
        sb.append("GOAL ").append(GOAL).append('\n');
        return sb.toString();
    }

    /**
     * The LET lines compiled for evaluation in doubles (untrusted: for tests and exploration only). share(w, z, c) = w/(c w + z) (the order of FORMAT.md section 4) at
     * w = z = 0 is 1/c here (the interval rule allows any value in [0, 1/c]; 1/c is the limit v1 = r_m at which the
     * printed M_hi is largest). A FEASIBLE value is intersected with [0, inf) as in the interval semantics: a
     * rounding-size negative value (&gt;= -{@link #FEASIBLE_SLACK}) becomes 0, a larger one makes the point
     * infeasible (NaN from there on).
     */
    public static final class Evaluator {
        private final String[] names;
        private final String[] ops;
        private final int[][] args;
        private final double[][] consts;
        private final Map<String, Integer> index = new HashMap<>();
        private final boolean[] feasible;
        static final double FEASIBLE_SLACK = 1e-12;

        public Evaluator(List<String> lets) {
            int n = PARAMS.size() + COORDS.size() + lets.size();
            names = new String[n];
            ops = new String[n];
            args = new int[n][];
            consts = new double[n][];
            feasible = new boolean[n];
            int k = 0;
            for (String x : PARAMS) {
                index.put(x, k);
                names[k++] = x;
            }
            for (String x : COORDS) {
                String name = x.split(" ")[0];
                index.put(name, k);
                names[k++] = name;
            }
            for (String line : lets) {
                String[] f = line.trim().split("\\s+");
                if (index.containsKey(f[0])) {
                    throw new IllegalArgumentException("LET name redefined: " + f[0]);
                }
                names[k] = f[0];
                ops[k] = f[1];
                args[k] = new int[f.length - 2];
                consts[k] = new double[f.length - 2];
                for (int i = 2; i < f.length; i++) {
                    Integer j = index.get(f[i]);
                    if (j == null) {
                        // an exact number: the evaluator only needs its double
                        args[k][i - 2] = -1;
                        consts[k][i - 2] = Double.parseDouble(f[i]);
                    } else {
                        args[k][i - 2] = j;
                    }
                }
                index.put(f[0], k);
                feasible[k] = FEASIBLE.contains(f[0]);
                k++;
            }
        }

        public static Evaluator of(Variant variant) {
            return new Evaluator(letLines(variant));
        }

        /** Every named value at (alpha1, alpha2; r_m, H, t, w). */
        public double[] run(double alpha1, double alpha2, double rm, double h, double t, double w) {
            double[] v = new double[names.length];
            v[0] = alpha1;
            v[1] = alpha2;
            v[2] = rm;
            v[3] = h;
            v[4] = t;
            v[5] = w;
            for (int k = PARAMS.size() + COORDS.size(); k < names.length; k++) {
                double[] a = new double[args[k].length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = args[k][i] < 0 ? consts[k][i] : v[args[k][i]];
                }
                v[k] = apply(ops[k], a);
                if (feasible[k] && v[k] < 0) {
                    v[k] = v[k] >= -FEASIBLE_SLACK ? 0 : Double.NaN;
                }
            }
            return v;
        }

        public int index(String name) {
            Integer i = index.get(name);
            if (i == null) {
                throw new IllegalArgumentException("no LET " + name);
            }
            return i;
        }

        public double goal(double alpha1, double alpha2, double rm, double h, double t, double w) {
            return run(alpha1, alpha2, rm, h, t, w)[names.length - 1];
        }

        /** Every name and value, in order. */
        public Map<String, Double> values(double alpha1, double alpha2, double rm, double h, double t, double w) {
            double[] v = run(alpha1, alpha2, rm, h, t, w);
            Map<String, Double> m = new LinkedHashMap<>();
            for (int k = 0; k < v.length; k++) {
                m.put(names[k], v[k]);
            }
            return m;
        }

        static double apply(String op, double[] a) {
            return switch (op) {
                case "add" -> a[0] + a[1];
                case "sub" -> a[0] - a[1];
                case "mul" -> a[0] * a[1];
                case "div" -> a[0] / a[1];
                case "neg" -> -a[0];
                case "pos" -> Math.max(a[0], 0);
                case "min" -> Math.min(a[0], a[1]);
                case "max" -> Math.max(a[0], a[1]);
                case "log" -> Math.log(a[0]);
                case "log1p" -> Math.log1p(a[0]);
                case "exp" -> Math.exp(a[0]);
                case "exprel" -> a[0] == 0 ? 1 : Math.expm1(a[0]) / a[0];
                case "logrel" -> a[0] == 0 ? 1 : Math.log1p(a[0]) / a[0];
                case "share" -> a[0] == 0 && a[1] == 0 ? 1 / a[2] : a[0] / (a[2] * a[0] + a[1]);
                default -> throw new IllegalArgumentException("op not in FORMAT.md section 4: " + op);
            };
        }
    }

    /** The cover's t for a printed p: p = alpha + t (r_m - alpha). */
    public static double tOf(double rm, double alpha, double p) {
        return (p - alpha) / (rm - alpha);
    }

    /** The cover's w for a printed v0: Phi'(p) = A/(p - v0) = (1-w) A/p + w (B-A)/(r_m-p). */
    public static double wOf(double rm, double alpha, double p, double v0) {
        double a = Math.log(p / alpha);
        double kappa = a / (p - v0);
        double s = (Math.log(rm) - a) / (rm - p);
        return (kappa - a / p) / (s - a / p);
    }
}
