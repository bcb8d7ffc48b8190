package tradebounds.family.fixedprice.witness;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tradebounds.check.PointCheck;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.SolverAdapter;

/**
 * The sequential-LP witness search of {@link WitnessSearch} / {@link MultiUnitWitnessSearch} for the hardness
 * programs (4.2) ({@code qcp42}, k = 1) and (6.1) ({@code qcp61-strict}, k &gt;= 2), started from a given point
 * instead of the structured and random starts, and a map of a point on one support onto another. Untrusted: the
 * result is an exactly repaired feasible point, a candidate until its certificate is checked.
 *
 * <p>Why: on a support with more points the program's optimum can only be approached from a good start (random
 * starts on 100 points need many minutes each on a shared core); the best point of a coarser support, carried
 * over by {@link #transfer}, is such a start, and the SLP then only has to polish the new degrees of freedom.
 */
public final class WarmStartSearch {
    private WarmStartSearch() {
    }

    /** Where s_i(q), b_j(q) and r sit in a model of {@code programId} (qcp42 names s1.., b1..; k-unit s1_1..). */
    static MultiUnitLayout layout(String programId, Model model, int n, int k) {
        return programId.equals("qcp42") ? MultiUnitLayout.singleUnit(model, n) : new MultiUnitLayout(model, n, k);
    }

    /** The model of {@code programId} on {@code prices} (k = 1 only for qcp42). */
    public static Model model(String programId, List<Rational> prices, int k) {
        return programId.equals("qcp42") ? ProgramCatalog.build(programId, prices)
                : ProgramCatalog.build(programId, prices, k);
    }

    /**
     * One SLP run from {@code start} (model order of {@code model(programId, prices, k)}), then the exact repair
     * of the program's family. Empty point if the repair fails.
     */
    public static WitnessSearchResult polish(String programId, List<Rational> prices, int k, double[] start,
                                             Duration budget, SolverAdapter lp, Consumer<String> progress) {
        long t0 = System.nanoTime();
        List<Rational> p = PriceList.validated(prices);
        int n = p.size();
        Model model = model(programId, p, k);
        MultiUnitLayout lay = layout(programId, model, n, k);
        WitnessSearchProgram prog = new WitnessSearchProgram(model);
        double[] scale = new double[model.variableCount()];
        java.util.Arrays.fill(scale, 1);
        for (int q = 0; q < k; q++) {
            for (int j = 0; j < n; j++) {
                scale[lay.buyerIndex[q][j]] = 1 / Math.max(1, p.get(j).toDouble());
            }
        }
        WitnessSearchSlp.Parameters par = WitnessSearchSlp.Parameters.defaults();
        String label = programId + " k=" + k + " n=" + n + " warm";
        WitnessSearchSlp.Run run = WitnessSearchSlp.minimise(prog, start, scale, par, t0 + budget.toNanos(), lp,
                progress, label);
        double floatR = run.point()[lay.r];
        Optional<Rational[]> repaired = programId.equals("qcp42") ? WitnessSearchRepair.repair42(model, run.point())
                : MultiUnitRepair.repair(model, n, k, run.point(), why -> progress.accept(label + ": repair: " + why));
        if (repaired.isPresent() && !PointCheck.maxViolation(model, repaired.get()).feasible()) {
            throw new IllegalStateException("repaired point lost feasibility");
        }
        return new WitnessSearchResult(repaired, repaired.map(x -> x[lay.r]), floatR, prog.totalViolation(run.point()),
                run.iterations(), run.lpCount(), 1, java.time.Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * Carries a point of {@code programId} on support {@code from} onto support {@code to} (both start at 0).
     * Atoms at p_1 = 0 stay at 0, atoms at the top point p_n go to the new top point, and every interior atom is
     * split between the two interior points of {@code to} around it so that its mean is kept (clamped to the
     * interior range). The map is a monotone Markov kernel, so first-order dominance between units is preserved
     * and a realizable k-unit point stays realizable; masses keep summing to 1. r is left 0 (the SLP sets it).
     */
    public static double[] transfer(String programId, int k, List<Rational> from, Rational[] point,
                                    List<Rational> to) {
        int n0 = from.size();
        int n1 = to.size();
        Model m0 = model(programId, from, k);
        Model m1 = model(programId, to, k);
        MultiUnitLayout l0 = layout(programId, m0, n0, k);
        MultiUnitLayout l1 = layout(programId, m1, n1, k);
        double[] x = new double[m1.variableCount()];
        double[] p1 = new double[n1];
        for (int i = 0; i < n1; i++) {
            p1[i] = to.get(i).toDouble();
        }
        for (int q = 0; q < k; q++) {
            for (int side = 0; side < 2; side++) {
                int[] src = side == 0 ? l0.sellerIndex[q] : l0.buyerIndex[q];
                int[] dst = side == 0 ? l1.sellerIndex[q] : l1.buyerIndex[q];
                for (int i = 0; i < n0; i++) {
                    double mass = point[src[i]].toDouble();
                    if (mass == 0) {
                        continue;
                    }
                    if (i == 0) {
                        x[dst[0]] += mass;
                    } else if (i == n0 - 1) {
                        x[dst[n1 - 1]] += mass;
                    } else {
                        split(x, dst, p1, from.get(i).toDouble(), mass);
                    }
                }
            }
        }
        return x;
    }

    /** The support without the interior points that carry no mass in any unit, seller or buyer. */
    public static List<Rational> usedSupport(String programId, int k, List<Rational> prices, Rational[] point) {
        int n = prices.size();
        MultiUnitLayout lay = layout(programId, model(programId, prices, k), n, k);
        List<Rational> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean used = i == 0 || i == n - 1;
            for (int q = 0; q < k && !used; q++) {
                used = point[lay.sellerIndex[q][i]].signum() != 0 || point[lay.buyerIndex[q][i]].signum() != 0;
            }
            if (used) {
                out.add(prices.get(i));
            }
        }
        return out;
    }

    /** Mass at value v onto interior points 2..n-1 of p (0-based 1..n-2), linearly, clamped to their range. */
    private static void split(double[] x, int[] dst, double[] p, double v, double mass) {
        int lo = 1;
        int hi = p.length - 2;
        if (hi < lo) {
            x[dst[0]] += mass;
            return;
        }
        if (v <= p[lo]) {
            x[dst[lo]] += mass;
            return;
        }
        if (v >= p[hi]) {
            x[dst[hi]] += mass;
            return;
        }
        int a = lo;
        while (p[a + 1] < v) {
            a++;
        }
        double w = (v - p[a]) / (p[a + 1] - p[a]);
        x[dst[a]] += mass * (1 - w);
        x[dst[a + 1]] += mass * w;
    }
}
