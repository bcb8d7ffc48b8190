package tradebounds.family.fixedprice.witness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import tradebounds.check.PointCheck;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * Turns a floating point of a k-unit hardness program ({@code qcp61}, {@code qcp61-strict}, {@code qcp61-sym})
 * into an exactly feasible rational point, or reports that it cannot. Variables and rows are found by the names
 * the builders give them (s{i}_{q}, b{j}_{q}, r; sw{t}, opt).
 *
 * <p>The dominance rows are often tight at a local optimum, so rounding masses one by one would break them by
 * 1e-14. The repair therefore works on cumulative sums F_q(t) = sum_{i&lt;=t} mass_i(q):
 * <ol>
 *   <li>normalise each unit's masses to total 1, round F_q(t) for t &lt; n to {@value #CDF_DIGITS} decimals,
 *       set F_q(n) = 1 and make F_q nondecreasing in t (masses &gt;= 0, total exactly 1);</li>
 *   <li>restore the dominance rows with running maxima, which keep monotonicity in t: buyer
 *       F_q := max(F_q, F_{q-1}) for q = 2..k; seller (exact chain) F_q := max(F_q, F_{q+1}) for q = k-1..1, or
 *       for the printed (6.1) rows F_q(t) := max(F_q(t), F_{q+1}(t-1));</li>
 *   <li>on the diagonal, only s is repaired and b_j(q) := s_j(k-q+1) exactly;</li>
 *   <li>if the opt row is below 1, move mass d from its largest atom below p_n to p_n in the buyer's unit 1
 *       (on the diagonal: the seller's unit k, hence the buyer's unit 1 too): only F_1 of the buyer (F_k of the
 *       seller) falls, which every chain row allows, since the buyer's F_1 is the least and the seller's F_k
 *       the least of their chains; d is computed from the exact slope and rounded up;</li>
 *   <li>set r to the exact max_t sw_t rounded up to {@value #RATIO_DIGITS} decimals.</li>
 * </ol>
 * Accepted only if {@link PointCheck#maxViolation} of the model is exactly zero.
 */
final class MultiUnitRepair {
    static final int CDF_DIGITS = 14;
    static final int SHIFT_DIGITS = 20;
    static final int RATIO_DIGITS = 9;

    /** Which k-unit hardness program the point belongs to. */
    enum Reading {
        PRINTED, STRICT, SYMMETRIC;

        static Reading of(Model m) {
            return switch (m.name()) {
                case "qcp61" -> PRINTED;
                case "qcp61-strict" -> STRICT;
                case "qcp61-sym" -> SYMMETRIC;
                default -> throw new IllegalArgumentException("no k-unit repair for model " + m.name());
            };
        }
    }

    private MultiUnitRepair() {
    }

    /** As {@link #repair(Model, int, int, double[], java.util.function.Consumer)}, silently. */
    static Optional<Rational[]> repair(Model model, int n, int k, double[] x) {
        return repair(model, n, k, x, why -> { });
    }

    /** The repaired point, or empty after telling {@code why} which step failed. */
    static Optional<Rational[]> repair(Model model, int n, int k, double[] x, java.util.function.Consumer<String> why) {
        Reading reading = Reading.of(model);
        MultiUnitLayout lay = new MultiUnitLayout(model, n, k);
        Rational[] out = new Rational[model.variableCount()];
        Rational[][] sellerCdf = roundedCdfs(lay.sellerIndex, x);
        for (int q = k - 2; q >= 0; q--) {
            for (int t = n - 2; t >= 0; t--) {
                Rational bound = reading == Reading.PRINTED ? (t == 0 ? Rational.ZERO : sellerCdf[q + 1][t - 1])
                        : sellerCdf[q + 1][t];
                sellerCdf[q][t] = sellerCdf[q][t].max(bound);
            }
        }
        write(out, lay.sellerIndex, sellerCdf);
        if (reading == Reading.SYMMETRIC) {
            for (int q = 0; q < k; q++) {
                for (int j = 0; j < n; j++) {
                    out[lay.buyerIndex[q][j]] = out[lay.sellerIndex[k - 1 - q][j]];
                }
            }
        } else {
            Rational[][] buyerCdf = roundedCdfs(lay.buyerIndex, x);
            for (int q = 1; q < k; q++) {
                for (int t = 0; t < n; t++) {
                    buyerCdf[q][t] = buyerCdf[q][t].max(buyerCdf[q - 1][t]);
                }
            }
            write(out, lay.buyerIndex, buyerCdf);
        }
        out[lay.r] = Rational.ZERO;
        Row opt = row(model, "opt");
        int[] moved = reading == Reading.SYMMETRIC ? lay.sellerIndex[k - 1] : lay.buyerIndex[0];
        for (int attempt = 0; attempt < 4 && opt.expr().evaluate(out).compareTo(Rational.ONE) < 0; attempt++) {
            if (!shift(out, opt, moved, reading == Reading.SYMMETRIC ? lay : null)) {
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

    /** F_q(t), rounded, F_q(n) = 1, nondecreasing in t. */
    private static Rational[][] roundedCdfs(int[][] index, double[] x) {
        int k = index.length;
        int n = index[0].length;
        Rational[][] cdf = new Rational[k][n];
        for (int q = 0; q < k; q++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += Math.max(0, x[index[q][i]]);
            }
            double run = 0;
            Rational previous = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                run += Math.max(0, x[index[q][i]]);
                Rational c = i == n - 1 ? Rational.ONE
                        : Rational.of(new BigDecimal(Math.min(1, run / total)).setScale(CDF_DIGITS, RoundingMode.HALF_EVEN));
                cdf[q][i] = c.max(previous);
                previous = cdf[q][i];
            }
        }
        return cdf;
    }

    static void write(Rational[] out, int[][] index, Rational[][] cdf) {
        for (int q = 0; q < index.length; q++) {
            Rational previous = Rational.ZERO;
            for (int i = 0; i < index[q].length; i++) {
                out[index[q][i]] = cdf[q][i].subtract(previous);
                previous = cdf[q][i];
            }
        }
    }

    /**
     * Moves d from the index m &lt; n with the largest mass to index n within {@code unit} (0-based) of
     * {@code side}, with d from the exact slope of opt in d (exact when opt is linear in the moved side; on the
     * diagonal opt is quadratic in d and the caller retries). False if there is no room.
     */
    static boolean shift(Rational[] x, Row opt, int[] unit, MultiUnitLayout diagonal) {
        int n = unit.length;
        int m = 0;
        for (int i = 1; i < n - 1; i++) {
            if (x[unit[i]].compareTo(x[unit[m]]) > 0) {
                m = i;
            }
        }
        Rational value = opt.expr().evaluate(x);
        Rational h = Rational.of(1, 1_000_000);
        Rational slope = opt.expr().evaluate(moved(x, unit, m, h, diagonal)).subtract(value).divide(h);
        if (slope.signum() <= 0) {
            return false;
        }
        Rational d = Rational.of(Rational.ONE.subtract(value).divide(slope).toDecimal(SHIFT_DIGITS, true));
        if (d.compareTo(x[unit[m]]) > 0) {
            return false;
        }
        System.arraycopy(moved(x, unit, m, d, diagonal), 0, x, 0, x.length);
        return true;
    }

    static Rational[] moved(Rational[] x, int[] unit, int m, Rational d, MultiUnitLayout diagonal) {
        Rational[] y = x.clone();
        int n = unit.length;
        y[unit[m]] = y[unit[m]].subtract(d);
        y[unit[n - 1]] = y[unit[n - 1]].add(d);
        if (diagonal != null) {
            int k = diagonal.sellerIndex.length;
            for (int q = 0; q < k; q++) {
                for (int j = 0; j < n; j++) {
                    y[diagonal.buyerIndex[q][j]] = y[diagonal.sellerIndex[k - 1 - q][j]];
                }
            }
        }
        return y;
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
