package tradebounds.family.fixedprice.witness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import tradebounds.check.PointCheck;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * Turns a floating candidate of program (4.1) (from SCIP, say) into an exactly feasible point, if a small
 * repair suffices: masses rounded to 12 decimals and clipped at 0, each mass vector scaled exactly into
 * [1, 1 + 1/p_n], the seller vector scaled up until the opt row reaches 1 (every row is linear in s for fixed b,
 * so this is exact), and r set to the largest sw_t row, rounded up to 10 decimals. The result passes
 * {@link PointCheck} exactly or is not returned. Variable order s1..sn, b1..bn, r.
 */
public final class GuaranteePointRepair {
    private GuaranteePointRepair() {
    }

    public static Optional<Rational[]> repair41(Model model, double[] x, List<Rational> prices) {
        int n = prices.size();
        Rational cap = Rational.ONE.add(Rational.ONE.divide(prices.get(n - 1)));
        Rational[] s = new Rational[n];
        Rational[] b = new Rational[n];
        for (int i = 0; i < n; i++) {
            s[i] = round(x[i]);
            b[i] = round(x[n + i]);
        }
        if (!scaleInto(s, cap) || !scaleInto(b, cap)) {
            return Optional.empty();
        }
        Rational opt = Rational.ZERO;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                opt = opt.add(s[i].multiply(b[j]).multiply(prices.get(i).max(prices.get(j))));
            }
        }
        if (opt.signum() <= 0) {
            return Optional.empty();
        }
        if (opt.compareTo(Rational.ONE) < 0) {
            Rational f = Rational.ONE.divide(opt);
            if (sum(s).multiply(f).compareTo(cap) > 0) {
                return Optional.empty();
            }
            for (int i = 0; i < n; i++) {
                s[i] = s[i].multiply(f);
            }
        }
        Rational[] point = new Rational[2 * n + 1];
        System.arraycopy(s, 0, point, 0, n);
        System.arraycopy(b, 0, point, n, n);
        point[2 * n] = Rational.ZERO;
        Rational r = Rational.ZERO;
        for (Row row : model.rows()) {
            if (row.name().startsWith("sw")) {
                // row value at r = 0 is the welfare bound the row imposes on r
                r = r.max(row.expr().evaluate(point));
            }
        }
        r = Rational.of(r.toDecimal(10, true));
        if (r.compareTo(Rational.ONE) > 0) {
            return Optional.empty();
        }
        point[2 * n] = r;
        return PointCheck.maxViolation(model, point).feasible() ? Optional.of(point) : Optional.empty();
    }

    private static Rational round(double v) {
        if (!(v > 0)) {
            return Rational.ZERO;
        }
        return Rational.of(new BigDecimal(v).setScale(12, RoundingMode.HALF_EVEN));
    }

    private static Rational sum(Rational[] v) {
        Rational t = Rational.ZERO;
        for (Rational x : v) {
            t = t.add(x);
        }
        return t;
    }

    private static boolean scaleInto(Rational[] v, Rational cap) {
        Rational t = sum(v);
        if (t.signum() == 0) {
            return false;
        }
        Rational f = t.compareTo(Rational.ONE) < 0 ? Rational.ONE.divide(t)
                : t.compareTo(cap) > 0 ? cap.divide(t) : Rational.ONE;
        for (int i = 0; i < v.length; i++) {
            v[i] = v[i].multiply(f);
        }
        return true;
    }
}
