package tradebounds.family.fixedprice.witness;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.SolverAdapter;

/**
 * The sequential-LP witness search of {@link WitnessSearch}, generalised to the k-unit hardness programs
 * {@code qcp61}, {@code qcp61-strict} and {@code qcp61-sym}: same {@link WitnessSearchProgram} and
 * {@link WitnessSearchSlp} (they compile any bilinear model), k-unit starts, and the exact repair of
 * {@link MultiUnitRepair}. Untrusted; a point is only a candidate until checked.
 *
 * <p>Starts. The first is the unit lift of a single-unit structured start scaled to the k-unit normalisation
 * (OPT is summed over k units, so each unit carries about 1/k of it): seller mass 0.9 at p_1, the rest uniform on
 * p_2..p_{n-1}; buyer survival min(1, 0.3/(k p_j)), the rest at p_n; identical in every unit, hence on every
 * dominance chain. Later starts are random per unit and then pushed onto the exact chains by running maxima of
 * the cumulative sums (as the repair does), so every start is realizable. No start puts seller mass on p_n:
 * it would add p_n s_n(q) to every sw row (p_n is 1000 or more in Table 1).
 */
public final class MultiUnitWitnessSearch {
    private MultiUnitWitnessSearch() {
    }

    public static WitnessSearchResult search(String programId, List<Rational> prices, int k, long seed,
                                             Duration budget, int maxStarts, SolverAdapter lp,
                                             Consumer<String> progress) {
        long t0 = System.nanoTime();
        long deadline = t0 + budget.toNanos();
        List<Rational> p = PriceList.validated(prices);
        int n = p.size();
        double[] price = p.stream().mapToDouble(Rational::toDouble).toArray();
        Model model = ProgramCatalog.build(programId, p, k);
        MultiUnitLayout lay = new MultiUnitLayout(model, n, k);
        WitnessSearchProgram prog = new WitnessSearchProgram(model);
        double[] scale = new double[model.variableCount()];
        java.util.Arrays.fill(scale, 1);
        for (int q = 0; q < k; q++) {
            for (int j = 0; j < n; j++) {
                scale[lay.buyerIndex[q][j]] = 1 / Math.max(1, price[j]);
            }
        }
        boolean diagonal = programId.equals("qcp61-sym");
        SplittableRandom random = new SplittableRandom(seed);
        return WitnessSearch.bestOfStarts(model, prog, scale, lay.r, t0, deadline, maxStarts, lp, progress,
                s -> programId + " k=" + k + " start " + s,
                s -> start(lay, price, k, model.variableCount(), s == 0 ? null : random, diagonal),
                (x, label) -> MultiUnitRepair.repair(model, n, k, x, why -> progress.accept(label + ": repair: " + why)));
    }

    /** The structured start when {@code random} is null, else a random one; always on the exact chains. */
    static double[] start(MultiUnitLayout lay, double[] price, int k, int vars, SplittableRandom random,
                          boolean diagonal) {
        int n = price.length;
        double[] x = new double[vars];
        for (int q = 0; q < k; q++) {
            double[] s = new double[n];
            double[] b = new double[n];
            if (random == null) {
                s[0] = n == 2 ? 1 : 0.9;
                for (int i = 1; i < n - 1; i++) {
                    s[i] = 0.1 / (n - 2);
                }
                double previous = 1;
                for (int j = 1; j < n; j++) {
                    double survival = Math.min(1, 0.3 / (k * price[j]));
                    b[j - 1] = previous - survival;
                    previous = survival;
                }
                b[n - 1] = previous;
            } else {
                for (int i = 0; i < n; i++) {
                    s[i] = -Math.log(1 - random.nextDouble());
                    b[i] = -Math.log(1 - random.nextDouble());
                }
                s[0] += random.nextDouble() * 5 * n / 10.0;
                s[n - 1] = 0;
                normalise(s);
                b[n - 1] = 0;
                normalise(b);
                double top = random.nextDouble() * Math.min(1, 1.2 / (k * price[n - 1]));
                for (int j = 0; j < n; j++) {
                    b[j] *= 1 - top;
                }
                b[n - 1] = top;
            }
            for (int i = 0; i < n; i++) {
                x[lay.sellerIndex[q][i]] = s[i];
                x[lay.buyerIndex[q][i]] = b[i];
            }
        }
        chain(x, lay.sellerIndex, true);
        chain(x, lay.buyerIndex, false);
        if (diagonal) {
            for (int q = 0; q < k; q++) {
                for (int j = 0; j < n; j++) {
                    x[lay.buyerIndex[q][j]] = x[lay.sellerIndex[k - 1 - q][j]];
                }
            }
        }
        return x;
    }

    /** Running maxima of cumulative sums: seller F_q &gt;= F_{q+1}, buyer F_q &lt;= F_{q+1}. */
    private static void chain(double[] x, int[][] index, boolean seller) {
        int k = index.length;
        int n = index[0].length;
        double[][] cdf = new double[k][n];
        for (int q = 0; q < k; q++) {
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += x[index[q][i]];
                cdf[q][i] = run;
            }
        }
        if (seller) {
            for (int q = k - 2; q >= 0; q--) {
                for (int i = 0; i < n; i++) {
                    cdf[q][i] = Math.max(cdf[q][i], cdf[q + 1][i]);
                }
            }
        } else {
            for (int q = 1; q < k; q++) {
                for (int i = 0; i < n; i++) {
                    cdf[q][i] = Math.max(cdf[q][i], cdf[q - 1][i]);
                }
            }
        }
        for (int q = 0; q < k; q++) {
            double previous = 0;
            for (int i = 0; i < n; i++) {
                x[index[q][i]] = cdf[q][i] - previous;
                previous = cdf[q][i];
            }
        }
    }

    private static void normalise(double[] v) {
        double sum = 0;
        for (double a : v) {
            sum += a;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= sum;
        }
    }
}
