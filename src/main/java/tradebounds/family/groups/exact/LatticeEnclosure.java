package tradebounds.family.groups.exact;

import java.math.BigDecimal;
import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.IrRule;
import tradebounds.family.groups.mechanism.Law;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.family.groups.mechanism.Truncation;
import tradebounds.model.Rational;

/**
 * Rigorous enclosures of the IR probability, E[D]/E[D^+] and P(D &ge; 0) for any laws on [0,1] with price 1/2,
 * by a floor/ceiling lattice sandwich on the grid h = 1/K.
 *
 * <p>Contract: with X_floor = h floor(X/h) &le; X &le; X_ceil = h ceil(X/h), coupled sums satisfy
 * S_floor &le; S &le; S_ceil, so P(S_floor &ge; t) &le; P(S &ge; t) &le; P(S_ceil &ge; t), and D_lo = V_floor -
 * C_ceil &le; D &le; D_hi = V_ceil - C_floor. Since (.)^+ is monotone and 1-Lipschitz upward,
 * E[D_lo^+] &le; E[D^+] &le; E[D_lo^+] + E[D - D_lo], and symmetrically from D_hi. Lattice masses are enclosed
 * ({@link LawCdf}) and propagated with lower and upper vectors: every quantity is a sum of products of masses
 * with non-negative weights, hence monotone in each mass. Floating-point sums of non-negative terms carry a
 * relative error below gamma = 1e-9 when n K &le; 10^6 (the classical bound is (terms) u &lt; 4e-10).
 * Width: about density(S at n/2) * n h for IR and n h / E[D^+] (relative) for efficiency.
 */
public final class LatticeEnclosure {
    private static final double GAMMA = 1e-9;

    /** IR probability, efficiency E[D]/E[D^+], P(D &ge; 0). */
    public record Result(Interval ir, Interval ratioOfMeans, Interval nonNegative, int k) {
    }

    private LatticeEnclosure() {
    }

    public static boolean supports(Cell cell, Truncation t) {
        // The lattice threshold assumes price 1/2, i.e. mu_F + mu_G = 1 (every Table 1 pair).
        return LawCdf.supports(cell.buyerLaw(t)) && cell.muBuyer().add(cell.muSeller()).equals(Rational.ONE);
    }

    public static Result enclose(Cell cell, Truncation truncation, IrRule rule, int k) {
        int n = cell.n();
        if ((long) n * k > 1_000_000 || (n * k) % 2 != 0) {
            throw new IllegalArgumentException("need n K <= 10^6 and n K even, got n=" + n + " K=" + k);
        }
        double[][] v = sums(cell.buyerLaw(truncation), n, k); // floorLo, floorHi, ceilLo, ceilHi
        double[][] c = sums(cell.sellerLaw(truncation), n, k);
        int t = n * k / 2; // price 1/2: threshold n/2 on the lattice
        int buyerFrom = rule == IrRule.WEAK ? t : t + 1;
        int sellerTo = rule == IrRule.WEAK ? t : t - 1;
        double buyLo = down(tail(v[0], buyerFrom));
        double buyHi = up(tail(v[3], buyerFrom));
        double sellLo = down(head(c[2], sellerTo));
        double sellHi = up(head(c[1], sellerTo));
        Interval ir = new Interval(buyLo * sellLo * (1 - GAMMA), Math.min(1.0, buyHi * sellHi * (1 + GAMMA)));

        double h = 1.0 / k;
        // E[D_lo^+] from (V_floor, C_ceil), E[D_hi^+] from (V_ceil, C_floor).
        Interval loPlus = new Interval(down(plus(v[0], c[2])) * h, up(plus(v[1], c[3])) * h);
        Interval hiPlus = new Interval(down(plus(v[2], c[0])) * h, up(plus(v[3], c[1])) * h);
        Interval meanLo = new Interval(down(mean(v[0])) * h - up(mean(c[3])) * h,
                up(mean(v[1])) * h - down(mean(c[2])) * h);
        Interval meanHi = new Interval(down(mean(v[2])) * h - up(mean(c[1])) * h,
                up(mean(v[3])) * h - down(mean(c[0])) * h);
        Interval mean = truncation == Truncation.WINDOW || cell.shape() == Shape.UNIFORM
                || cell.shape() == Shape.BERNOULLI
                ? exactMean(cell) : new Interval(meanLo.lo(), meanHi.hi());
        double plusHi = Math.min(hiPlus.hi(), loPlus.hi() + (mean.hi() - meanLo.lo()));
        double plusLo = Math.max(loPlus.lo(), hiPlus.lo() - (meanHi.hi() - mean.lo()));
        Interval ratio = new Interval(Math.nextDown(mean.lo() / plusHi), Math.nextUp(mean.hi() / plusLo));
        Interval nonNegative = new Interval(down(nonNegative(v[0], c[2])),
                Math.min(1.0, up(nonNegative(v[3], c[1]))));
        return new Result(ir, ratio, nonNegative, k);
    }

    /** E[X] enclosed by E[X_floor] &le; E[X] &le; E[X_ceil] on the grid 1/k. */
    public static Interval meanOf(Law law, int k) {
        double[][] one = sums(law, 1, k);
        double h = 1.0 / k;
        return new Interval(down(mean(one[0])) * h, up(mean(one[3])) * h);
    }

    /** Symmetric laws (WINDOW normal, uniform, Bernoulli, their mixture) have mean exactly mu. */
    private static Interval exactMean(Cell cell) {
        double m = cell.muBuyer().subtract(cell.muSeller()).multiply(Rational.of(cell.n())).toDouble();
        return new Interval(Math.nextDown(m), Math.nextUp(m));
    }

    private static double down(double x) {
        return x * (1 - GAMMA);
    }

    private static double up(double x) {
        return x * (1 + GAMMA);
    }

    /** The n-fold sums of the floor and ceiling lattice laws, each as lower and upper mass vectors. */
    static double[][] sums(Law law, int n, int k) {
        Interval[] le = new Interval[k + 1];
        Interval[] lt = new Interval[k + 1];
        for (int j = 0; j <= k; j++) {
            BigDecimal x = BigDecimal.valueOf(j).divide(BigDecimal.valueOf(k), NormalCdf.MC);
            le[j] = LawCdf.at(law, x, false);
            lt[j] = LawCdf.at(law, x, true);
        }
        double[][] one = new double[4][k + 1];
        for (int j = 0; j <= k; j++) {
            // floor mass at j: P(jh <= X < (j+1)h), the last cell P(X >= 1)
            Interval upper = j < k ? lt[j + 1] : new Interval(1, 1);
            one[0][j] = Math.max(0, Math.nextDown(upper.lo() - lt[j].hi()));
            one[1][j] = Math.nextUp(upper.hi() - lt[j].lo());
            // ceiling mass at j: P((j-1)h < X <= jh), the first cell P(X <= 0)
            Interval lower = j > 0 ? le[j - 1] : new Interval(0, 0);
            one[2][j] = Math.max(0, Math.nextDown(le[j].lo() - lower.hi()));
            one[3][j] = Math.nextUp(le[j].hi() - lower.lo());
        }
        double[][] out = new double[4][];
        for (int i = 0; i < 4; i++) {
            out[i] = power(one[i], n);
        }
        return out;
    }

    static double[] power(double[] p, int n) {
        double[] result = {1.0};
        double[] base = p;
        int e = n;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = convolve(result, base);
            }
            e >>= 1;
            if (e > 0) {
                base = convolve(base, base);
            }
        }
        return result;
    }

    static double[] convolve(double[] a, double[] b) {
        double[] r = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            double ai = a[i];
            if (ai == 0) {
                continue;
            }
            for (int j = 0; j < b.length; j++) {
                r[i + j] += ai * b[j];
            }
        }
        return r;
    }

    private static double tail(double[] p, int from) {
        double s = 0;
        for (int i = Math.max(0, from); i < p.length; i++) {
            s += p[i];
        }
        return s;
    }

    private static double head(double[] p, int to) {
        double s = 0;
        for (int i = 0; i <= Math.min(to, p.length - 1); i++) {
            s += p[i];
        }
        return s;
    }

    private static double mean(double[] p) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += i * p[i];
        }
        return s;
    }

    /** sum_i sum_j pv_i pc_j (i - j)^+ via S_i = S_{i-1} + A_{i-1}, A = prefix masses of pc: no cancellation. */
    private static double plus(double[] pv, double[] pc) {
        double total = 0;
        double s = 0;
        double a = 0;
        for (int i = 0; i < pv.length; i++) {
            if (i > 0) {
                a += i - 1 < pc.length ? pc[i - 1] : 0;
                s += a;
            }
            total += pv[i] * s;
        }
        return total;
    }

    /** sum_i pv_i sum_{j &le; i} pc_j = P(V - C &ge; 0) on the lattice. */
    private static double nonNegative(double[] pv, double[] pc) {
        double total = 0;
        double a = 0;
        for (int i = 0; i < pv.length; i++) {
            a += i < pc.length ? pc[i] : 0;
            total += pv[i] * a;
        }
        return total;
    }
}
