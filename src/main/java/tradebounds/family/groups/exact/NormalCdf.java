package tradebounds.family.groups.exact;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Phi(z) for |z| &le; 8 with a rigorous absolute error below {@link #ERROR}: Phi(z) = 1/2 + (1/sqrt(2 pi))
 * sum_k (-1)^k z^(2k+1) / (2^k k! (2k+1)), summed in 50-digit decimals until the terms decrease and fall below
 * 1e-40. The series alternates, so once the terms decrease the remainder is at most the first omitted term;
 * rounding adds at most (terms + 10) * 1e-48 relative to the largest term (&lt; 1e8 for |z| &le; 8).
 */
public final class NormalCdf {
    static final MathContext MC = new MathContext(50);
    /** pi to 50 decimals, +- 1e-49. */
    private static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510");
    private static final BigDecimal INV_SQRT_TWO_PI = BigDecimal.ONE.divide(PI.multiply(BigDecimal.valueOf(2)).sqrt(MC), MC);
    /** Total error bound: remainder 1e-40 + rounding 1e-38 + constant error (relative 1e-48 times &lt; 1e8). */
    public static final BigDecimal ERROR = new BigDecimal("1e-30");

    private NormalCdf() {
    }

    public static BigDecimal phi(BigDecimal z) {
        if (z.abs().compareTo(BigDecimal.valueOf(8)) > 0) {
            throw new IllegalArgumentException("|z| must be <= 8, got " + z);
        }
        if (z.signum() == 0) {
            return new BigDecimal("0.5");
        }
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal power = z; // z^(2k+1) / (2^k k!)
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal threshold = new BigDecimal("1e-40");
        BigDecimal previous = null;
        for (int k = 0; k < 10_000; k++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), MC);
            sum = (k % 2 == 0) ? sum.add(term, MC) : sum.subtract(term, MC);
            boolean decreasing = previous != null && term.abs().compareTo(previous.abs()) < 0;
            if (decreasing && term.abs().compareTo(threshold) < 0) {
                return BigDecimal.valueOf(0.5).add(INV_SQRT_TWO_PI.multiply(sum, MC), MC);
            }
            previous = term;
            power = power.multiply(z2, MC).divide(BigDecimal.valueOf(2L * (k + 1)), MC);
        }
        throw new IllegalStateException("series did not converge for z = " + z);
    }
}
