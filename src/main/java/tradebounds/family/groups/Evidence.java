package tradebounds.family.groups;

import tradebounds.family.groups.exact.Interval;
import tradebounds.model.Rational;

/**
 * What one method established about one printed number under one reading.
 *
 * @param reading  label truncation/ir/efficiency with {@code *} for options that cannot matter for this entry
 * @param value    an interval holding the true value (rigorous), or the point estimate of a Monte Carlo
 * @param exact    the exact rational value when one was computed, else null
 * @param method   how: {@code exact}, {@code lattice K=...}, {@code bernstein}, {@code mc N}
 * @param rigorous whether {@code value} is guaranteed to contain the true value
 * @param paperSe  standard error of a 10^6-run Monte Carlo estimate of this quantity (the paper's noise)
 * @param ownSe    standard error of our own estimate (0 when rigorous)
 * @param seMethod how {@code paperSe} was obtained
 */
public record Evidence(String reading, Interval value, Rational exact, String method, boolean rigorous,
                       double paperSe, double ownSe, String seMethod) {
    /** Rounding of a 6-decimal print: the printed number is the true estimate +- 5e-7. */
    public static final double PRINT_HALF_ULP = 5e-7;

    public double totalSe() {
        return Math.sqrt(paperSe * paperSe + ownSe * ownSe);
    }

    /** Signed distance of the printed number from the value interval, in standard errors (0 inside). */
    public double z(double printed) {
        double d = printed < value.lo() ? printed - value.lo() : printed > value.hi() ? printed - value.hi() : 0;
        double slack = Math.max(0, Math.abs(d) - PRINT_HALF_ULP) * Math.signum(d);
        double se = totalSe();
        if (slack == 0) {
            return 0;
        }
        return se == 0 ? Math.copySign(Double.POSITIVE_INFINITY, slack) : slack / se;
    }

    /** The printed number lies within 4 standard errors (plus print rounding) of the value. */
    public boolean agrees(double printed) {
        return Math.abs(z(printed)) <= 4;
    }
}
