package tradebounds.family.fixedprice.witness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import tradebounds.check.PointCheck;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * Turns a floating point (s, b, r) of program (4.2) into an exactly feasible rational point, or reports that it
 * cannot.
 *
 * <ol>
 *   <li>Round every s_i, b_j to {@value #MASS_DIGITS} decimals, negatives to zero.</li>
 *   <li>Give 1 - sum s to the largest s_i, and 1 - sum b to the largest b_j with j &lt; n, so both masses are
 *       exactly 1.</li>
 *   <li>If the opt row is below 1, move d from that b_k to b_n. For fixed s the opt row is affine in d with
 *       slope sum_i s_i (max(p_i, p_n) - max(p_i, p_k)) &gt; 0, so the exact d = (1 - opt)/slope is computed and
 *       rounded up to {@value #SHIFT_DIGITS} decimals.</li>
 *   <li>Set r to the exact max over t of the sw_t left-hand sides, rounded up to {@value #RATIO_DIGITS}
 *       decimals.</li>
 * </ol>
 * The result is accepted only if {@link PointCheck#maxViolation} of the printed model is exactly zero.
 * Rows are found by the names {@code Qcp42Builder} gives them (sw1..swn, opt, seller_mass, buyer_mass).
 */
final class WitnessSearchRepair {
    static final int MASS_DIGITS = 14;
    static final int SHIFT_DIGITS = 20;
    static final int RATIO_DIGITS = 9;

    private WitnessSearchRepair() {
    }

    static Optional<Rational[]> repair42(Model model, double[] x) {
        int n = (model.variableCount() - 1) / 2;
        int r = 2 * n;
        Rational[] q = new Rational[model.variableCount()];
        for (int k = 0; k < r; k++) {
            q[k] = x[k] > 0 ? Rational.of(new BigDecimal(x[k]).setScale(MASS_DIGITS, RoundingMode.HALF_EVEN))
                    : Rational.ZERO;
        }
        q[r] = Rational.ZERO;
        if (!fixMass(q, 0, n, n) || !fixMass(q, n, 2 * n, 2 * n - 1)) {
            return Optional.empty();
        }
        Expr opt = row(model, "opt").expr();
        Rational value = opt.evaluate(q);
        if (value.compareTo(Rational.ONE) < 0) {
            int k = argmax(q, n, 2 * n - 1);
            Rational[] moved = q.clone();
            moved[k] = moved[k].subtract(Rational.ONE);
            moved[2 * n - 1] = moved[2 * n - 1].add(Rational.ONE);
            Rational slope = opt.evaluate(moved).subtract(value);
            if (slope.signum() <= 0) {
                return Optional.empty();
            }
            Rational d = Rational.of(Rational.ONE.subtract(value).divide(slope).toDecimal(SHIFT_DIGITS, true));
            if (d.compareTo(q[k]) > 0) {
                return Optional.empty();
            }
            q[k] = q[k].subtract(d);
            q[2 * n - 1] = q[2 * n - 1].add(d);
        }
        Rational worst = Rational.ZERO;
        for (Row row : model.rows()) {
            if (row.name().startsWith("sw")) {
                worst = worst.max(row.expr().evaluate(q));
            }
        }
        Rational ratio = Rational.of(worst.toDecimal(RATIO_DIGITS, true));
        if (ratio.compareTo(Rational.ONE) > 0) {
            return Optional.empty();
        }
        q[r] = ratio;
        return PointCheck.maxViolation(model, q).feasible() ? Optional.of(q) : Optional.empty();
    }

    /**
     * Makes q[from..to) sum to exactly 1 by changing its largest entry among q[from..pickTo); false if that entry
     * would go negative.
     */
    private static boolean fixMass(Rational[] q, int from, int to, int pickTo) {
        Rational sum = Rational.ZERO;
        for (int k = from; k < to; k++) {
            sum = sum.add(q[k]);
        }
        int k = argmax(q, from, pickTo);
        q[k] = q[k].add(Rational.ONE.subtract(sum));
        return q[k].signum() >= 0;
    }

    private static int argmax(Rational[] q, int from, int to) {
        int best = from;
        for (int k = from + 1; k < to; k++) {
            if (q[k].compareTo(q[best]) > 0) {
                best = k;
            }
        }
        return best;
    }

    private static Row row(Model model, String name) {
        List<Row> rows = model.rows();
        for (Row row : rows) {
            if (row.name().equals(name)) {
                return row;
            }
        }
        throw new IllegalArgumentException("model has no row " + name);
    }
}
