package tradebounds.family.fixedprice.witness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tradebounds.check.PointCheck;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * Turns a floating point of the guarantee program (5.1) ({@code qcp51}) or its diagonal ({@code qcp51-sym}) into
 * an exactly feasible rational point, or reports which step failed. The point then bounds the program's optimum
 * r_k from above. Variables and rows are found by the builders' names (s{i}_{q}, b{j}_{q}, r; sw{t}, opt).
 *
 * <p>Steps, on the cumulative sums F_q(t) = sum_{i&lt;=t} mass_i(q) of each unit (as {@link MultiUnitRepair} does
 * for (6.1), because the dominance rows are often tight and rounding masses one by one would break them):
 * <ol>
 *   <li>F_q(t), t &lt; n, rounded to {@value #CDF_DIGITS} decimals, clipped to [F_q(t-1), 1] (head row
 *       sum_{i&lt;=n-1} &lt;= 1); the top mass rounded to {@value #TOP_DIGITS} decimals; if head + top &lt; 1 the
 *       head is raised to 1 - top (mass at p_{n-1}); F_q(n) = head + top, at most 1 + 1/p_n (mass rows). No
 *       dominance row bounds F_q(n-1) from above: seller rows F_q(t) &gt;= F_{q+1}(t-1) and buyer rows
 *       F_q(t-1) &lt;= F_{q+1}(t) (2 &lt;= t &lt;= n-1) have F(n-1) only on their larger side;</li>
 *   <li>seller, q = k-1 down to 1: the printed dominance rows F_q(t) &gt;= F_{q+1}(t-1) (2 &lt;= t &lt;= n-1)
 *       restored by F_q(t) := max(F_q(t), F_{q+1}(t-1)), which keeps F_q nondecreasing and below 1; then, if the
 *       mean row mean s(q) &lt;= mean s(q+1) fails, mass d of s(q) moves from its atom of largest p_i s_i to
 *       p_1 = 0 (the top atom only while the head stays &lt;= 1) (raises F_q only, which the dominance row with q+1 allows; the next q repairs the row
 *       with q-1);</li>
 *   <li>buyer, q = 1 to k-1, mirrored: F_{q+1}(t) := max(F_{q+1}(t), F_q(t-1)), then mean b(q) &gt;= mean b(q+1)
 *       by moving mass of b(q+1) down to p_1; on the diagonal b(q) := s(k-q+1) exactly instead (the buyer rows are
 *       then the seller rows relabelled);</li>
 *   <li>if the opt row is below 1: mass d moves from the largest atom below p_{n-1} of b(1) (on the diagonal s(k),
 *       hence b(1)) to p_n; this lowers only F of the chain's extreme unit, which every dominance, mean and head row
 *       allows; d from the exact slope, rounded up, retried (opt is quadratic in d on the diagonal);</li>
 *   <li>r := the exact max_t sw_t, rounded up to {@value #RATIO_DIGITS} decimals.</li>
 * </ol>
 * Accepted only if {@link PointCheck#maxViolation} of the model is exactly zero.
 */
public final class Guarantee51Repair {
    static final int CDF_DIGITS = 14;
    static final int TOP_DIGITS = 20;
    static final int RATIO_DIGITS = 10;

    private Guarantee51Repair() {
    }

    /** The repaired point, or empty after telling {@code why} which step failed. */
    public static Optional<Rational[]> repair(Model model, List<Rational> prices, int k, double[] x,
                                              Consumer<String> why) {
        boolean diagonal = switch (model.name()) {
            case "qcp51" -> false;
            case "qcp51-sym" -> true;
            default -> throw new IllegalArgumentException("no (5.1) repair for model " + model.name());
        };
        int n = prices.size();
        MultiUnitLayout lay = new MultiUnitLayout(model, n, k);
        Rational cap = Rational.ONE.add(Rational.ONE.divide(prices.get(n - 1)));
        Rational[] out = new Rational[model.variableCount()];
        Rational[][] s = cdfs(lay.sellerIndex, x, cap);
        for (int q = k - 2; q >= 0; q--) {
            for (int t = 1; t < n - 1; t++) {
                s[q][t] = s[q][t].max(s[q + 1][t - 1]);
            }
            if (!meanDown(s[q], prices, mean(s[q + 1], prices), why, "seller_mean" + (q + 1))) {
                return Optional.empty();
            }
        }
        MultiUnitRepair.write(out, lay.sellerIndex, s);
        if (diagonal) {
            for (int q = 0; q < k; q++) {
                for (int j = 0; j < n; j++) {
                    out[lay.buyerIndex[q][j]] = out[lay.sellerIndex[k - 1 - q][j]];
                }
            }
        } else {
            Rational[][] b = cdfs(lay.buyerIndex, x, cap);
            for (int q = 1; q < k; q++) {
                for (int t = 1; t < n - 1; t++) {
                    b[q][t] = b[q][t].max(b[q - 1][t - 1]);
                }
                // mean b(q-1) >= mean b(q): lower mean b(q) if needed
                if (!meanDown(b[q], prices, mean(b[q - 1], prices), why, "buyer_mean" + q)) {
                    return Optional.empty();
                }
            }
            MultiUnitRepair.write(out, lay.buyerIndex, b);
        }
        out[lay.r] = Rational.ZERO;
        Row opt = row(model, "opt");
        int[] moved = diagonal ? lay.sellerIndex[k - 1] : lay.buyerIndex[0];
        for (int attempt = 0; attempt < 6 && opt.expr().evaluate(out).compareTo(Rational.ONE) < 0; attempt++) {
            if (!MultiUnitRepair.shift(out, opt, moved, diagonal ? lay : null)) {
                why.accept("opt row " + opt.expr().evaluate(out).toDouble() + " < 1 and no mass can be moved to p_n");
                return Optional.empty();
            }
        }
        Rational worst = Rational.ZERO;
        for (Row row : model.rows()) {
            if (row.name().startsWith("sw")) {
                worst = worst.max(row.expr().evaluate(out));
            }
        }
        Rational ratio = Rational.of(worst.toDecimal(RATIO_DIGITS, true));
        if (ratio.compareTo(Rational.ONE) > 0) {
            why.accept("max_t sw_t = " + ratio.toDouble() + " > 1");
            return Optional.empty();
        }
        out[lay.r] = ratio;
        PointCheck.Violation v = PointCheck.maxViolation(model, out);
        if (!v.feasible()) {
            why.accept("still violated: " + v.where() + " by " + v.amount().toDouble());
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /** F_q(t) per unit: rounded, nondecreasing, head &lt;= 1, total in [1, cap]. */
    private static Rational[][] cdfs(int[][] index, double[] x, Rational cap) {
        int k = index.length;
        int n = index[0].length;
        Rational[][] cdf = new Rational[k][n];
        for (int q = 0; q < k; q++) {
            double run = 0;
            Rational previous = Rational.ZERO;
            for (int i = 0; i < n - 1; i++) {
                run += Math.max(0, x[index[q][i]]);
                cdf[q][i] = round(run).min(Rational.ONE).max(previous);
                previous = cdf[q][i];
            }
            // The top atom is kept as a mass (not as F(n) - F(n-1)): at p_n = 1000 an error of 1e-10 in it is one
            // of 1e-7 in the welfare rows. A head short of 1 - top is filled at p_{n-1} (no dominance row has
            // F(n-1) on its constrained side, see the class comment).
            Rational top = Rational.of(new BigDecimal(Math.max(0, x[index[q][n - 1]])).setScale(TOP_DIGITS,
                    RoundingMode.HALF_EVEN));
            if (cdf[q][n - 2].add(top).compareTo(Rational.ONE) < 0) {
                cdf[q][n - 2] = Rational.ONE.subtract(top);
            }
            cdf[q][n - 1] = cdf[q][n - 2].add(top).min(cap);
        }
        return cdf;
    }

    private static Rational round(double v) {
        return Rational.of(new BigDecimal(v).setScale(CDF_DIGITS, RoundingMode.HALF_EVEN));
    }

    /** sum_i p_i (F(i) - F(i-1)). */
    static Rational mean(Rational[] cdf, List<Rational> p) {
        Rational m = Rational.ZERO;
        Rational previous = Rational.ZERO;
        for (int i = 0; i < cdf.length; i++) {
            m = m.add(p.get(i).multiply(cdf[i].subtract(previous)));
            previous = cdf[i];
        }
        return m;
    }

    /**
     * If mean(cdf) &gt; limit, moves mass d = excess / p_m (rounded up) to p_1 from the atom m &gt;= 2 (1-based) with
     * the largest p_m * mass among those that can give d (the top atom only while the head F(n-1) + d stays
     * &lt;= 1), i.e. raises F(t) by d for t &lt; m; if none can, drops excess / p_n of the top atom while the total
     * stays &gt;= max(1, head). False if neither is possible.
     */
    private static boolean meanDown(Rational[] cdf, List<Rational> p, Rational limit, Consumer<String> why,
                                    String row) {
        Rational excess = mean(cdf, p).subtract(limit);
        if (excess.signum() <= 0) {
            return true;
        }
        int n = cdf.length;
        int m = -1;
        Rational d = null;
        Rational best = Rational.ZERO;
        for (int i = 1; i < n; i++) {
            Rational mass = cdf[i].subtract(cdf[i - 1]);
            Rational w = p.get(i).multiply(mass);
            if (w.compareTo(best) <= 0) {
                continue;
            }
            Rational di = Rational.of(excess.divide(p.get(i)).toDecimal(20, true));
            // moving the top atom raises the head F(n-1), which must stay <= 1
            boolean room = di.compareTo(mass) <= 0
                    && (i < n - 1 || cdf[n - 2].add(di).compareTo(Rational.ONE) <= 0);
            if (room) {
                best = w;
                m = i;
                d = di;
            }
        }
        if (m < 0) {
            // last resort: drop d of the top atom (the total stays >= 1 and >= the head; no F(t), t < n, moves)
            Rational dTop = Rational.of(excess.divide(p.get(n - 1)).toDecimal(20, true));
            Rational total = cdf[n - 1].subtract(dTop);
            if (total.compareTo(Rational.ONE.max(cdf[n - 2])) >= 0) {
                cdf[n - 1] = total;
                return true;
            }
            why.accept(row + " violated by " + excess.toDouble() + " and no atom can carry the move");
            return false;
        }
        for (int t = 0; t < m; t++) {
            cdf[t] = cdf[t].add(d);
        }
        return true;
    }

    private static Row row(Model model, String name) {
        for (Row row : model.rows()) {
            if (row.name().equals(name)) {
                return row;
            }
        }
        throw new IllegalArgumentException("model has no row " + name);
    }
}
