package tradebounds.check;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import tradebounds.cert.TreeCertificate;
import tradebounds.model.Rational;

/**
 * The leaf test of a (5.1) guarantee tree (FORMAT.md section 5, version 2): program (5.1) of Giambartolomei and de
 * Keijzer with k units and basic prices 0 = p_1 &lt; ... &lt; p_n, on a box of the buyers' survival coordinates
 * y_t(q) = sum_{j &gt;= t} b_j(q).
 *
 * <p><b>The argument.</b> For fixed buyer masses the rows of (5.1) are linear in the seller masses s_i(q):
 * (a_t) r - sum_q sum_i s_i(q) l_{t,i}(b(q)) &gt;= 0 and (o) sum_q sum_i s_i(q) o_i(b(q)) - 1 &gt;= 0, with l and o
 * exactly those of (4.1) (see {@link TreeChecks}), and the seller rows, none of which involves b:
 * E_q: sum_i p_i s_i(q) &lt;= sum_i p_i s_i(q+1); D_{q,t}: sum_{i&lt;=t-1} s_i(q+1) &lt;= sum_{i&lt;=t} s_i(q)
 * (2 &lt;= t &lt;= n-1); P_q: sum_{i&lt;=n-1} s_i(q) &lt;= 1; and 1 &lt;= sum_i s_i(q) &lt;= C (C = 1 + 1/p_n), s &gt;= 0.
 * For lambda, mu, nu &gt;= 0 every feasible s satisfies
 * sum_t lambda_t (a_t) + mu (o) + sum_rho nu_rho (h_rho - g_rho . s) &gt;= 0, which is
 * (r Lambda - mu + sum_q nu_{P_q}) + sum_q sum_i s_i(q) H_{i,q} with
 * H_{i,q} = G_i(b(q)) - g_{i,q}, G_i as in (4.1), and g_{i,q} = (the coefficient of s_i(q) in sum nu_rho g_rho)
 * = p_i (nu_{E_q} - nu_{E_{q-1}}) + sum_{t &gt;= i+1} nu_{D_{q-1,t}} - sum_{t &gt;= i} nu_{D_{q,t}} + [i &lt;= n-1] nu_{P_q}
 * (terms with an index outside its range are 0). The expression is affine in s and the polytope
 * {s &gt;= 0, 1 &lt;= sum_i s_i(q) &lt;= C for every q} is a product of the (4.1) simplices, so its maximum is
 * the constant plus, for every unit q, the largest of c H_{i,q} over i and c in {1, C}. If that maximum is
 * negative, no s is feasible for these buyers (weak duality; nothing else is assumed).
 *
 * <p><b>Buyer rows.</b> The buyer rows of (5.1) are linear in the survival coordinates: BE_q
 * S = sum_t (p_t - p_{t-1}) (y_t(q) - y_t(q+1)) &gt;= 0 (since sum_j p_j b_j = sum_t (p_t - p_{t-1}) y_t),
 * BD_{q,t} S = y_1(q+1) - y_{t+1}(q+1) - y_1(q) + y_t(q) &gt;= 0, BH_q S = 1 - y_1(q) + y_n(q) &gt;= 0. With weights
 * rho &gt;= 0 the sum rho S is nonnegative at every feasible point, so adding it keeps the Lagrangian nonnegative
 * there; it adds the constant sum_q rho_{BH_q} and a linear term gamma . y, which splits over the units. The
 * maximum over the seller polytope and the box is therefore at most
 * constant + sum_q max over i and c in {1, C} of the box maximum of c (-Lambda p_i - g_{i,q} + a_{i,q} . y(q))
 * + gamma_q . y(q), where a_{i,q,k} = beta_k - beta_{k-1} + w_{v,k} - w_{v,k-1} are the (4.1) coefficients with
 * order weights w_{v,k} &gt;= 0 (v = (q-1) n + i) on the rows y_k(q) - y_{k+1}(q) &gt;= 0 (which only add terms that
 * are nonnegative on the region). A leaf closes when this bound is negative; the arithmetic is exact (integers
 * over one common denominator).
 * The box of every unit is tightened by its own order only; no other row is assumed.
 *
 * <p><b>Symmetric trees</b> (Cor 5.1: (5.1) restricted to the diagonal b_j(q) = s_j(k-q+1)) may also weight the
 * equality rows S_{q,j}: s_j(q) - (y_j(k-q+1) - y_{j+1}(k-q+1)) = 0 (y_{n+1} = 0) by kappa of either sign; the
 * term vanishes at every feasible point, adds kappa to the coefficient of s_j(q) (g_{j,q} -= kappa) and
 * -kappa b_j(k-q+1) to gamma. The reader admits S rows only in trees that declare the symmetric program.
 */
public final class MultiUnitLeaves {
    private MultiUnitLeaves() {
    }

    /** Null if the multipliers close the (tightened, nonempty) box of k n coordinates; otherwise why not. */
    public static String leafFailure(TreeCertificate.Leaf leaf, List<Rational> p, Rational r, Rational cap, int units,
                                     Rational[] lo, Rational[] hi) {
        StringBuilder worst = new StringBuilder();
        Rational value;
        try {
            value = maximum(leaf, p, r, cap, units, lo, hi, worst);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (value.signum() >= 0) {
            return "the Lagrangian's maximum over the seller polytope (" + worst + " binding last) is "
                    + value.toDecimal(12, true).toPlainString() + ", not < 0";
        }
        return null;
    }

    /**
     * The bound on the Lagrangian's maximum over the seller polytope and the box that a leaf must make negative.
     * Public for tests against the printed rows; throws IllegalArgumentException on a negative multiplier.
     */
    public static Rational maximum(TreeCertificate.Leaf leaf, List<Rational> p, Rational r, Rational cap, int units,
                                   Rational[] lo, Rational[] hi, StringBuilder worst) {
        int n = p.size();
        // Every quantity is multiplied by one positive common denominator (prices by dp, multipliers by dm, box
        // ends by db, C = cn / cd), which changes no sign and skips the gcd of every rational operation.
        BigInteger dp = BigInteger.ONE;
        for (Rational q : p) {
            dp = TreeChecks.lcm(dp, q.denominator());
        }
        BigInteger dm = nonnegative(leaf.mu(), "mu").denominator();
        for (int e = 0; e < leaf.lambda().length; e++) {
            dm = TreeChecks.lcm(dm, nonnegative(leaf.lambda()[e], "lambda_" + leaf.lambdaIndex()[e]).denominator());
        }
        for (int e = 0; e < leaf.weight().length; e++) {
            dm = TreeChecks.lcm(dm, nonnegative(leaf.weight()[e], "w_" + leaf.weightVertex()[e] + "," + leaf.weightRow()[e])
                    .denominator());
        }
        for (int e = 0; e < leaf.nu().length; e++) {
            Rational v = leaf.sideRow()[e].kind() == 'S' ? leaf.nu()[e]
                    : nonnegative(leaf.nu()[e], "weight of row " + leaf.sideRow()[e]);
            dm = TreeChecks.lcm(dm, v.denominator());
        }
        BigInteger db = BigInteger.ONE;
        for (int c = 0; c < lo.length; c++) {
            db = TreeChecks.lcm(TreeChecks.lcm(db, lo[c].denominator()), hi[c].denominator());
        }
        BigInteger[] price = new BigInteger[n + 1];
        price[0] = BigInteger.ZERO;
        for (int i = 1; i <= n; i++) {
            price[i] = TreeChecks.scaled(p.get(i - 1), dp);
        }
        BigInteger[] low = new BigInteger[lo.length];
        BigInteger[] high = new BigInteger[hi.length];
        for (int c = 0; c < lo.length; c++) {
            low[c] = TreeChecks.scaled(lo[c], db);
            high[c] = TreeChecks.scaled(hi[c], db);
        }
        BigInteger mu = TreeChecks.scaled(leaf.mu(), dm);
        BigInteger[] prefix = new BigInteger[n + 1];
        Arrays.fill(prefix, BigInteger.ZERO);
        for (int e = 0; e < leaf.lambda().length; e++) {
            prefix[leaf.lambdaIndex()[e]] = TreeChecks.scaled(leaf.lambda()[e], dm);
        }
        for (int t = 1; t <= n; t++) {
            prefix[t] = prefix[t - 1].add(prefix[t]);
        }
        // w[v][k] D_m, v = (q-1) n + i (1-based), k = 0..n (rows 0 and n are zero)
        BigInteger[][] w = new BigInteger[units * n + 1][];
        for (int e = 0; e < leaf.weightVertex().length; e++) {
            int vertex = leaf.weightVertex()[e];
            if (w[vertex] == null) {
                w[vertex] = new BigInteger[n + 1];
                Arrays.fill(w[vertex], BigInteger.ZERO);
            }
            w[vertex][leaf.weightRow()[e]] = TreeChecks.scaled(leaf.weight()[e], dm);
        }
        BigInteger[][] kappa = new BigInteger[units + 1][];
        for (int q = 0; q <= units; q++) {
            kappa[q] = zeros(n + 1);
        }
        BigInteger[] nuE = zeros(units + 1);
        BigInteger[] nuP = zeros(units + 1);
        BigInteger[][] nuD = new BigInteger[units + 1][];
        for (int q = 0; q <= units; q++) {
            nuD[q] = zeros(n + 1);
        }
        // gamma[c] D_m D_p: the coefficient of coordinate c (0-based, (q-1) n + t - 1) in sum rho S over the
        // buyer rows; rows contributes sum nu_P + sum rho_BH (times D_m) to the constant
        BigInteger[] gamma = zeros(units * n);
        BigInteger rows = BigInteger.ZERO;
        for (int e = 0; e < leaf.sideRow().length; e++) {
            TreeCertificate.SideRow row = leaf.sideRow()[e];
            BigInteger v = TreeChecks.scaled(leaf.nu()[e], dm);
            int q = row.unit();
            if (row.kind() == 'S') {
                // -kappa b_j(Q) = -kappa (y_j(Q) - y_{j+1}(Q)), Q = k - q + 1
                int j = row.price();
                int other = (units - q) * n - 1;
                kappa[q][j] = v;
                gamma[other + j] = gamma[other + j].subtract(v.multiply(dp));
                if (j < n) {
                    gamma[other + j + 1] = gamma[other + j + 1].add(v.multiply(dp));
                }
                continue;
            }
            if (!row.buyer()) {
                switch (row.kind()) {
                    case 'E' -> nuE[q] = v;
                    case 'D' -> nuD[q][row.price()] = v;
                    default -> {
                        nuP[q] = v;
                        rows = rows.add(v);
                    }
                }
                continue;
            }
            int here = (q - 1) * n - 1;
            int next = q * n - 1;
            BigInteger vp = v.multiply(dp);
            switch (row.kind()) {
                case 'E' -> {
                    // S = sum_t (p_t - p_{t-1}) (y_t(q) - y_t(q+1)) >= 0, since sum_j p_j b_j = that sum over y
                    for (int t = 1; t <= n; t++) {
                        BigInteger step = v.multiply(price[t].subtract(price[t - 1]));
                        gamma[here + t] = gamma[here + t].add(step);
                        gamma[next + t] = gamma[next + t].subtract(step);
                    }
                }
                case 'D' -> {
                    // S = y_1(q+1) - y_{t+1}(q+1) - y_1(q) + y_t(q) >= 0
                    int t = row.price();
                    gamma[next + 1] = gamma[next + 1].add(vp);
                    gamma[next + t + 1] = gamma[next + t + 1].subtract(vp);
                    gamma[here + 1] = gamma[here + 1].subtract(vp);
                    gamma[here + t] = gamma[here + t].add(vp);
                }
                default -> {
                    // S = 1 - y_1(q) + y_n(q) >= 0
                    rows = rows.add(v);
                    gamma[here + 1] = gamma[here + 1].subtract(vp);
                    gamma[here + n] = gamma[here + n].add(vp);
                }
            }
        }
        // (r Lambda - mu + rows) D_m D_p r_den
        BigInteger constant = r.numerator().multiply(prefix[n]).add(r.denominator().multiply(rows.subtract(mu)))
                .multiply(dp);
        BigInteger[][] scale = {{cap.denominator(), cap.denominator()}, {cap.numerator(), cap.denominator()}};
        // sum over units of the best vertex, times D_m D_p D_b c_den
        BigInteger units2 = BigInteger.ZERO;
        BigInteger[] a = new BigInteger[n + 1];
        for (int q = 1; q <= units; q++) {
            int base = (q - 1) * n;
            BigInteger best = null;
            for (int i = 1; i <= n; i++) {
                BigInteger pi = price[i];
                // (Lambda p_i + g_{i,q}) D_m D_p, g the seller rows' coefficient of s_i(q) weighted by nu
                BigInteger g = pi.multiply(nuE[q].subtract(nuE[q - 1]));
                BigInteger counts = BigInteger.ZERO;
                for (int t = 2; t <= n - 1; t++) {
                    if (q >= 2 && i <= t - 1) {
                        counts = counts.add(nuD[q - 1][t]);
                    }
                    if (q <= units - 1 && i <= t) {
                        counts = counts.subtract(nuD[q][t]);
                    }
                }
                if (i <= n - 1) {
                    counts = counts.add(nuP[q]);
                }
                g = g.add(counts.subtract(kappa[q][i]).multiply(dp)).add(prefix[n].multiply(pi));
                BigInteger betaPrev = BigInteger.ZERO;
                BigInteger[] wi = w[base + i];
                for (int k = 1; k <= n; k++) {
                    BigInteger pk = price[k];
                    BigInteger beta = mu.multiply(pk.max(pi));
                    if (k > i + 1) {
                        beta = beta.subtract(pk.subtract(pi).multiply(prefix[k - 1].subtract(prefix[i])));
                    }
                    a[k] = beta.subtract(betaPrev);
                    if (wi != null) {
                        a[k] = a[k].add(wi[k].subtract(wi[k - 1]).multiply(dp));
                    }
                    betaPrev = beta;
                }
                // the vertex c e_i of unit q: c (-Lambda p_i - g + a.y) + gamma.y, maximised over the box
                for (int c = 0; c < 2; c++) {
                    BigInteger m = scale[c][0].multiply(g).multiply(db).negate();
                    for (int k = 1; k <= n; k++) {
                        BigInteger coef = scale[c][0].multiply(a[k]).add(scale[c][1].multiply(gamma[base + k - 1]));
                        m = m.add(coef.multiply(coef.signum() >= 0 ? high[base + k - 1] : low[base + k - 1]));
                    }
                    if (best == null || m.compareTo(best) > 0) {
                        best = m;
                        worst.setLength(0);
                        worst.append("unit ").append(q).append(" vertex ").append(i).append(" c = ")
                                .append(c == 0 ? Rational.ONE : cap);
                    }
                }
            }
            units2 = units2.add(best);
        }
        // value D_m D_p D_b c_den r_den = constant c_den D_b + r_den units2
        BigInteger value = constant.multiply(cap.denominator()).multiply(db).add(r.denominator().multiply(units2));
        return Rational.of(value, dm.multiply(dp).multiply(db).multiply(cap.denominator()).multiply(r.denominator()));
    }

    private static Rational nonnegative(Rational v, String name) {
        if (v.signum() < 0) {
            throw new IllegalArgumentException("negative " + name + " = " + v);
        }
        return v;
    }

    private static BigInteger[] zeros(int size) {
        BigInteger[] a = new BigInteger[size];
        Arrays.fill(a, BigInteger.ZERO);
        return a;
    }
}
