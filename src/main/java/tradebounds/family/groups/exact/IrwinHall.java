package tradebounds.family.groups.exact;

import java.math.BigInteger;
import tradebounds.model.Rational;

/**
 * Exact Irwin-Hall quantities for W = U_1 + ... + U_m, U_i i.i.d. U[0,1], at rational x in [0, m]:
 * the j-fold integrated CDF I_j(x) = (1/(m+j)!) sum_{k=0}^{floor x} (-1)^k C(m,k) (x-k)^{m+j}, so I_0 = CDF,
 * I_1(x) = E[(x - W)^+] and 2 I_2(x) = E[((x - W)^+)^2].
 *
 * <p>The alternating sum cancels catastrophically in floating point (terms near C(m, m/2)(m/2)^m / m!); here it
 * is one integer sum over the common denominator (m+j)! q^(m+j) for x = p/q. Cost: floor(x)+1 powers of
 * (m+j) log2|p| bits, i.e. about x * m * log2(p) bit-operations times the multiplication cost.
 */
public final class IrwinHall {
    private IrwinHall() {
    }

    public static Rational integratedCdf(int m, Rational x, int j) {
        if (x.signum() <= 0) {
            return Rational.ZERO;
        }
        if (x.compareTo(Rational.of(m)) >= 0 && j == 0) {
            return Rational.ONE;
        }
        BigInteger p = x.numerator();
        BigInteger q = x.denominator();
        int e = m + j;
        int top = Math.min(BernoulliExact.floor(x), m);
        BigInteger binom = BigInteger.ONE;
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; k <= top; k++) {
            BigInteger term = binom.multiply(p.subtract(q.multiply(BigInteger.valueOf(k))).pow(e));
            sum = (k % 2 == 0) ? sum.add(term) : sum.subtract(term);
            binom = binom.multiply(BigInteger.valueOf(m - k)).divide(BigInteger.valueOf(k + 1));
        }
        return Rational.of(sum, factorial(e).multiply(q.pow(e)));
    }

    public static Rational cdf(int m, Rational x) {
        return integratedCdf(m, x, 0);
    }

    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
