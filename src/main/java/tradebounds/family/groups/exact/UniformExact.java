package tradebounds.family.groups.exact;

import tradebounds.model.Rational;

/**
 * Exact Table 1 values for uniform laws F = U[a - r, a + r], G = U[b - r, b + r], r = 2/5, a &gt; b, price
 * p = (a + b)/2. Write v = a - r + 2r U. Buyers are IR iff sum U &ge; n (p - a + r)/(2r), sellers iff
 * sum U' &le; n (p - b + r)/(2r) (ties have probability 0, so STRICT = WEAK). For the gain,
 * D = 2r (W - n) + n (a - b) with W = sum U + sum (1 - U') ~ Irwin-Hall(2n), so D &ge; 0 iff W &ge; s with
 * s = n - n (a - b)/(2r), and E[D^+] = 2r (n - s + I_1(s)), P(D &ge; 0) = 1 - I_0(s),
 * E[(D^+)^2] = 4r^2 (m/12 + (m/2 - s)^2 - 2 I_2(s)) with m = 2n.
 */
public final class UniformExact {
    private static final Rational TWO_R = Rational.of(4, 5);

    private UniformExact() {
    }

    public static Rational irProbability(int n, Rational a, Rational b) {
        Rational r = TWO_R.multiply(Rational.of(1, 2));
        Rational p = a.add(b).multiply(Rational.of(1, 2));
        Rational nr = Rational.of(n);
        Rational buyerCut = nr.multiply(p.subtract(a).add(r)).divide(TWO_R);
        Rational sellerCut = nr.multiply(p.subtract(b).add(r)).divide(TWO_R);
        Rational buyers = Rational.ONE.subtract(IrwinHall.cdf(n, buyerCut));
        Rational sellers = IrwinHall.cdf(n, sellerCut);
        return buyers.multiply(sellers);
    }

    /** {E[D]/E[D^+], P(D &ge; 0), E[(D^+)^2]}. */
    public static Rational[] efficiency(int n, Rational a, Rational b) {
        int m = 2 * n;
        Rational nr = Rational.of(n);
        Rational s = nr.subtract(nr.multiply(a.subtract(b)).divide(TWO_R));
        Rational plus = TWO_R.multiply(nr.subtract(s).add(IrwinHall.integratedCdf(m, s, 1)));
        Rational nonNegative = Rational.ONE.subtract(IrwinHall.cdf(m, s));
        Rational half = Rational.of(m, 2).subtract(s);
        Rational square = TWO_R.multiply(TWO_R).multiply(Rational.of(m, 12).add(half.multiply(half))
                .subtract(Rational.of(2).multiply(IrwinHall.integratedCdf(m, s, 2))));
        Rational mean = nr.multiply(a.subtract(b));
        return new Rational[] {mean.divide(plus), nonNegative, square};
    }
}
