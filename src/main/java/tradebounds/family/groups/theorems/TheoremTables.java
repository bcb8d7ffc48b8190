package tradebounds.family.groups.theorems;

import java.math.BigInteger;
import java.util.Locale;
import tradebounds.family.groups.exact.BernoulliExact;
import tradebounds.family.groups.exact.IrwinHall;
import tradebounds.model.Rational;

/**
 * Exact tables for the theorems on small cases.
 *
 * <p>Theorem 4.4 instance: F = U[0,1], G = delta_{1/2}. By Theorem 4.1 an IC deterministic mechanism is
 * x = f(1[v_i &ge; tau]) with f monotone; E[sum v - n/2 | e] = (s - (1-tau) n)/2 with s = |e|, so the best f is
 * 1[s &ge; m], m = ceil((1 - tau) n), and (the paper's (5)) ALG = (n/2) C(n-1, m-1) (1-tau)^m tau^(n-m+1). For
 * fixed m the best tau in the piece m-1 &lt; (1-tau) n &le; m is tau = (n-m+1)/(n+1) (the unconstrained maximiser
 * of (1-tau)^m tau^(n-m+1) lies in the piece), so the best deterministic IC value is the exact rational
 * max_m (n/2) C(n-1,m-1) m^m (n-m+1)^(n-m+1) / (n+1)^(n+1). FB_n = E[(W - n/2)^+] = I_1(n/2) for W ~
 * Irwin-Hall(n).
 */
public final class TheoremTables {
    private TheoremTables() {
    }

    /** FB_n for F = U[0,1], G = delta_{1/2}. */
    public static Rational firstBestUniformVsHalf(int n) {
        return IrwinHall.integratedCdf(n, Rational.of(n, 2), 1);
    }

    /** {best ALG, best m} over deterministic IC mechanisms for F = U[0,1], G = delta_{1/2}. */
    public static Rational[] bestDeterministic(int n) {
        Rational best = Rational.ZERO;
        int bestM = 0;
        BigInteger den = BigInteger.valueOf(n + 1).pow(n + 1);
        BigInteger binom = BigInteger.ONE; // C(n-1, m-1)
        for (int m = 1; m <= n; m++) {
            if (m > 1) {
                binom = binom.multiply(BigInteger.valueOf(n - m + 1)).divide(BigInteger.valueOf(m - 1));
            }
            BigInteger num = binom.multiply(BigInteger.valueOf(m).pow(m))
                    .multiply(BigInteger.valueOf(n - m + 1).pow(n - m + 1)).multiply(BigInteger.valueOf(n));
            Rational v = Rational.of(num, den.multiply(BigInteger.TWO));
            if (v.compareTo(best) > 0) {
                best = v;
                bestM = m;
            }
        }
        return new Rational[] {best, Rational.of(bestM)};
    }

    /** Natural log of a positive rational (double precision; for tails far below Double.MIN_VALUE). */
    static double ln(Rational x) {
        return lnBig(x.numerator()) - lnBig(x.denominator());
    }

    private static double lnBig(BigInteger b) {
        int shift = Math.max(0, b.bitLength() - 60);
        return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("## Theorems 4.4 and 5.2, Lemma 4.1 on F = U[0,1], G = delta_{1/2} (exact rationals)\n\n");
        sb.append("| n | FB_n | FB_n / sqrt(n/(24 pi)) | best deterministic IC ALG (m) | ALG/FB | sqrt(3)/2 "
                + "| Thm 5.2 bound (1/8)/FB_n | sqrt(3 pi/(8n)) |\n|---|---|---|---|---|---|---|---|\n");
        for (int n : new int[] {5, 20, 100, 1000}) {
            Rational fb = firstBestUniformVsHalf(n);
            Rational[] alg = bestDeterministic(n);
            Rational ratio = alg[0].divide(fb);
            Rational smooth = Rational.of(1, 8).divide(fb);
            sb.append(String.format(Locale.ROOT, "| %d | %s | %.6f | %s (m=%s) | %s | %.6f | %s | %.6f |\n", n,
                    fb.toDecimal(9, false), fb.toDouble() / Math.sqrt(n / (24 * Math.PI)),
                    alg[0].toDecimal(9, false), alg[1], ratio.toDecimal(9, false), Math.sqrt(3) / 2,
                    smooth.toDecimal(9, false), Math.sqrt(3 * Math.PI / (8 * n))));
        }
        sb.append("\n## Lemma 4.1, regime mu_F > mu_G: Bernoulli (0.55, 0.45), FB_n = E[D^+] exact\n\n");
        sb.append("| n | FB_n | FB_n / n | (mu_F - mu_G) |\n|---|---|---|---|\n");
        Rational a = Rational.parse("0.55");
        Rational b = Rational.parse("0.45");
        for (int n : new int[] {5, 20, 100, 1000}) {
            Rational eff = BernoulliExact.efficiency(n, a, b)[0];
            Rational fb = a.subtract(b).multiply(Rational.of(n)).divide(eff);
            sb.append(String.format(Locale.ROOT, "| %d | %s | %s | 0.1 |\n", n, fb.toDecimal(9, false),
                    fb.divide(Rational.of(n)).toDecimal(9, false)));
        }
        sb.append("\n## Theorem 4.3, Chernoff bounds (1) and (2) vs exact Bernoulli tails (natural logs)\n\n");
        sb.append("(1): P(sum v <= n(mu_v - delta)) <= exp(-n delta^2/(3 mu_v)); (2): P(sum c >= n(mu_c + delta))"
                + " <= exp(-n delta^2/(3 mu_c)), delta = (mu_v - mu_c)/2.\n\n");
        sb.append("| mu_v, mu_c | n | ln exact (1) | ln bound (1) | (1) holds | ln exact (2) | ln bound (2) "
                + "| (2) holds |\n|---|---|---|---|---|---|---|---|\n");
        String[][] pairs = {{"0.6", "0.4"}, {"0.51", "0.49"}, {"0.99", "0.01"}, {"1", "0.02"}};
        for (String[] p : pairs) {
            Rational mv = Rational.parse(p[0]);
            Rational mc = Rational.parse(p[1]);
            Rational delta = mv.subtract(mc).multiply(Rational.of(1, 2));
            for (int n : new int[] {10, 100, 1000}) {
                Rational cutV = mv.subtract(delta).multiply(Rational.of(n));
                Rational cutC = mc.add(delta).multiply(Rational.of(n));
                // sum v <= cutV: k <= floor(cutV); sum c >= cutC: k >= ceil(cutC)
                int fv = cutV.numerator().divide(cutV.denominator()).intValueExact();
                int cc = -(cutC.negate().numerator().divide(cutC.denominator()).intValueExact())
                        + (cutC.denominator().equals(BigInteger.ONE) ? 0 : 1);
                Rational tailV = BernoulliExact.binomialRange(n, mv, 0, fv);
                Rational tailC = BernoulliExact.binomialRange(n, mc, cc, n);
                double d = delta.toDouble();
                double bv = -n * d * d / (3 * mv.toDouble());
                double bc = -n * d * d / (3 * mc.toDouble());
                double lv = tailV.signum() == 0 ? Double.NEGATIVE_INFINITY : ln(tailV);
                double lc = tailC.signum() == 0 ? Double.NEGATIVE_INFINITY : ln(tailC);
                sb.append(String.format(Locale.ROOT, "| %s, %s | %d | %.3f | %.3f | %s | %.3f | %.3f | %s |\n",
                        p[0], p[1], n, lv, bv, lv <= bv ? "yes" : "**NO**", lc, bc, lc <= bc ? "yes" : "**NO**"));
            }
        }
        sb.append("\n## Theorem 4.2 on grids: IC + SBB deterministic allocations vs threshold form (exhaustive)\n\n");
        sb.append("Implementable = SBB payments exist making truth-telling dominant on the grid (difference "
                + "constraints, Bellman-Ford, exact). Threshold form = f(1[b_i >= tau], 1[a_j <= tau]) with f "
                + "monotone. Sufficiency (threshold form is IC at price tau) failed 0 times in every row.\n\n");
        sb.append("| n | grid | ties | allocations | implementable | threshold form | implementable, not threshold "
                + "| example (rows bid, cols ask) |\n|---|---|---|---|---|---|---|---|\n");
        for (int[] c : new int[][] {{1, 2}, {1, 3}, {1, 4}, {2, 2}}) {
            GridMechanisms gm = new GridMechanisms(c[0], c[1]);
            for (boolean ties : new boolean[] {false, true}) {
                long[] r = gm.census(ties);
                if (r[4] != 0) {
                    throw new IllegalStateException("sufficiency failed on grid " + c[1] + " n=" + c[0]);
                }
                sb.append(String.format(Locale.ROOT, "| %d | %d points | %s | %d | %d | %d | %d | %s |\n", c[0],
                        c[1], ties ? "to trade" : "indifferent", r[0], r[1], r[2], r[3],
                        r[5] >= 0 && c[0] == 1 ? gm.show(r[5]) : "-"));
            }
        }
        return sb.toString();
    }
}
