package tradebounds.family.groups.exact;

import java.math.BigInteger;
import tradebounds.family.groups.mechanism.IrRule;
import tradebounds.model.Rational;

/**
 * Exact Table 1 values for Bernoulli laws, F = Ber(a), G = Ber(b), a &gt; b, price p = (a + b)/2.
 *
 * <p>With X = sum v ~ Bin(n, a) and Y = sum c ~ Bin(n, b): IR probability = P(X - n p R 0) P(n p - Y R 0) for
 * the rule R; D = X - Y, and n - Y ~ Bin(n, 1 - b), so D + n = X + (n - Y). When a = 1 - b (every Table 1 pair)
 * D + n ~ Bin(2n, a) and every quantity is one binomial sum; otherwise D's law is the O(n^2) convolution.
 *
 * <p>Cost: a binomial tail of Bin(N, a/q) is a sum of N + 1 integers C(N,k) a^k (q-a)^(N-k) of about
 * N log2 q bits each, produced by the exact recurrence t_{k+1} = t_k (N-k) a / ((k+1)(q-a)) (the division is
 * exact), so O(N) small-by-big operations: N = 2*10^4 with q = 100 is 2*10^4 operations on 130 kbit integers.
 */
public final class BernoulliExact {
    private BernoulliExact() {
    }

    /** P(Bin(n, p) satisfies lo &le; K &le; hi) exactly; bounds are clipped to [0, n]. */
    public static Rational binomialRange(int n, Rational p, int lo, int hi) {
        BigInteger[] t = terms(n, p);
        BigInteger s = BigInteger.ZERO;
        for (int k = Math.max(0, lo); k <= Math.min(n, hi); k++) {
            s = s.add(t[k]);
        }
        return Rational.of(s, p.denominator().pow(n));
    }

    /** The integers C(n,k) a^k (q-a)^(n-k), k = 0..n, with p = a/q in lowest terms (denominator q^n). */
    static BigInteger[] terms(int n, Rational p) {
        BigInteger a = p.numerator();
        BigInteger q = p.denominator();
        BigInteger r = q.subtract(a);
        BigInteger[] t = new BigInteger[n + 1];
        if (r.signum() == 0) {
            java.util.Arrays.fill(t, BigInteger.ZERO);
            t[n] = a.pow(n);
            return t;
        }
        t[0] = r.pow(n);
        for (int k = 0; k < n; k++) {
            t[k + 1] = t[k].multiply(BigInteger.valueOf(n - k)).multiply(a)
                    .divide(BigInteger.valueOf(k + 1).multiply(r));
        }
        return t;
    }

    /** The probability that one run is group IR. */
    public static Rational irProbability(int n, Rational a, Rational b, IrRule rule) {
        Rational np = a.add(b).multiply(Rational.of(n, 2));
        // Buyers pass when X R n p, i.e. X >= ceil(np) (WEAK) or X >= floor(np) + 1 (STRICT).
        int buyerMin = rule == IrRule.WEAK ? ceil(np) : floor(np) + 1;
        // Sellers pass when n p - Y R 0, i.e. Y <= floor(np) (WEAK) or Y <= ceil(np) - 1 (STRICT).
        int sellerMax = rule == IrRule.WEAK ? floor(np) : ceil(np) - 1;
        return binomialRange(n, a, buyerMin, n).multiply(binomialRange(n, b, 0, sellerMax));
    }

    /**
     * The law of D + n on 0..2n as integer weights over one common denominator: P(D + n = z) = w[z] / w[2n+1].
     * No per-term Rational (a gcd on 130 kbit integers per term would dominate the cost at n = 10^4).
     */
    public static BigInteger[] gainWeights(int n, Rational a, Rational b) {
        Rational oneMinusB = Rational.ONE.subtract(b);
        BigInteger[] out = new BigInteger[2 * n + 2];
        if (a.equals(oneMinusB)) {
            BigInteger[] t = terms(2 * n, a);
            System.arraycopy(t, 0, out, 0, 2 * n + 1);
            out[2 * n + 1] = a.denominator().pow(2 * n);
            return out;
        }
        BigInteger[] x = terms(n, a);
        BigInteger[] y = terms(n, oneMinusB);
        for (int z = 0; z <= 2 * n; z++) {
            BigInteger s = BigInteger.ZERO;
            for (int i = Math.max(0, z - n); i <= Math.min(n, z); i++) {
                s = s.add(x[i].multiply(y[z - i]));
            }
            out[z] = s;
        }
        out[2 * n + 1] = a.denominator().pow(n).multiply(oneMinusB.denominator().pow(n));
        return out;
    }

    /** {E[D]/E[D^+] (ratio of means), P(D &ge; 0) (mean of clipped run ratios), E[(D^+)^2]}, all exact. */
    public static Rational[] efficiency(int n, Rational a, Rational b) {
        BigInteger[] w = gainWeights(n, a, b);
        BigInteger den = w[2 * n + 1];
        BigInteger plus = BigInteger.ZERO;
        BigInteger square = BigInteger.ZERO;
        BigInteger nonNegative = BigInteger.ZERO;
        for (int z = n; z <= 2 * n; z++) {
            BigInteger d = BigInteger.valueOf(z - n);
            plus = plus.add(w[z].multiply(d));
            square = square.add(w[z].multiply(d.multiply(d)));
            nonNegative = nonNegative.add(w[z]);
        }
        Rational mean = a.subtract(b).multiply(Rational.of(n));
        return new Rational[] {mean.divide(Rational.of(plus, den)), Rational.of(nonNegative, den),
            Rational.of(square, den)};
    }

    static int floor(Rational x) {
        return x.numerator().divide(x.denominator()).intValueExact()
                - (x.signum() < 0 && !x.denominator().equals(BigInteger.ONE) ? 1 : 0);
    }

    static int ceil(Rational x) {
        return -floor(x.negate());
    }
}
