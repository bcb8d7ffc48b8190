package tradebounds.check;

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
 * <p>On a box, G_i(b(q)) is at most the (4.1) vertex maximum over the unit's own coordinates (with order weights
 * w_{v,k} for seller variable v = (q-1) n + i on the rows y_k(q) - y_{k+1}(q) &gt;= 0). The buyer rows of (5.1)
 * that couple units or bound sum_{j&lt;=n-1} b_j(q) are not used: the tree covers the larger region where each
 * unit's buyer masses only satisfy 1 &lt;= sum_j b_j(q) &lt;= C, which is sound (proving infeasibility on a superset).
 * The arithmetic is exact rational.
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
        Rational mu = leaf.mu();
        if (mu.signum() < 0) {
            throw new IllegalArgumentException("negative mu = " + mu);
        }
        Rational[] lambda = new Rational[n + 1];
        Arrays.fill(lambda, Rational.ZERO);
        for (int e = 0; e < leaf.lambdaIndex().length; e++) {
            if (leaf.lambda()[e].signum() < 0) {
                throw new IllegalArgumentException("negative lambda_" + leaf.lambdaIndex()[e] + " = "
                        + leaf.lambda()[e]);
            }
            lambda[leaf.lambdaIndex()[e]] = leaf.lambda()[e];
        }
        Rational[] prefix = new Rational[n + 1];
        prefix[0] = Rational.ZERO;
        for (int t = 1; t <= n; t++) {
            prefix[t] = prefix[t - 1].add(lambda[t]);
        }
        Rational total = prefix[n];
        // w[v][k], v = (q-1) n + i (1-based), k = 0..n (rows 0 and n are zero)
        Rational[][] w = new Rational[units * n + 1][];
        for (int e = 0; e < leaf.weightVertex().length; e++) {
            Rational v = leaf.weight()[e];
            if (v.signum() < 0) {
                throw new IllegalArgumentException("negative w_" + leaf.weightVertex()[e] + ","
                        + leaf.weightRow()[e] + " = " + v);
            }
            int vertex = leaf.weightVertex()[e];
            if (w[vertex] == null) {
                w[vertex] = new Rational[n + 1];
                Arrays.fill(w[vertex], Rational.ZERO);
            }
            w[vertex][leaf.weightRow()[e]] = v;
        }
        Rational[] nuE = zeros(units + 1);
        Rational[] nuP = zeros(units + 1);
        Rational[][] nuD = new Rational[units + 1][];
        for (int q = 0; q <= units; q++) {
            nuD[q] = zeros(n + 1);
        }
        Rational pmfTotal = Rational.ZERO;
        for (int e = 0; e < leaf.sellerRow().length; e++) {
            TreeCertificate.SellerRow row = leaf.sellerRow()[e];
            Rational v = leaf.nu()[e];
            if (v.signum() < 0) {
                throw new IllegalArgumentException("negative nu_" + row + " = " + v);
            }
            switch (row.kind()) {
                case 'E' -> nuE[row.unit()] = v;
                case 'D' -> nuD[row.unit()][row.price()] = v;
                default -> {
                    nuP[row.unit()] = v;
                    pmfTotal = pmfTotal.add(v);
                }
            }
        }
        Rational value = r.multiply(total).subtract(mu).add(pmfTotal);
        for (int q = 1; q <= units; q++) {
            int base = (q - 1) * n;
            Rational best = null;
            for (int i = 1; i <= n; i++) {
                Rational pi = p.get(i - 1);
                // g_{i,q}: the seller rows' coefficient of s_i(q), weighted by nu
                Rational g = pi.multiply(nuE[q].subtract(nuE[q - 1]));
                for (int t = 2; t <= n - 1; t++) {
                    if (q >= 2 && i <= t - 1) {
                        g = g.add(nuD[q - 1][t]);
                    }
                    if (q <= units - 1 && i <= t) {
                        g = g.subtract(nuD[q][t]);
                    }
                }
                if (i <= n - 1) {
                    g = g.add(nuP[q]);
                }
                Rational m = total.multiply(pi).negate().subtract(g);
                Rational betaPrev = Rational.ZERO;
                Rational[] wi = w[base + i];
                for (int k = 1; k <= n; k++) {
                    Rational pk = p.get(k - 1);
                    Rational beta = mu.multiply(pk.max(pi));
                    if (k > i + 1) {
                        beta = beta.subtract(pk.subtract(pi).multiply(prefix[k - 1].subtract(prefix[i])));
                    }
                    Rational a = beta.subtract(betaPrev);
                    if (wi != null) {
                        a = a.add(wi[k]).subtract(wi[k - 1]);
                    }
                    betaPrev = beta;
                    m = m.add(a.multiply(a.signum() >= 0 ? hi[base + k - 1] : lo[base + k - 1]));
                }
                Rational vertex = m.signum() >= 0 ? cap.multiply(m) : m;
                if (best == null || vertex.compareTo(best) > 0) {
                    best = vertex;
                    worst.setLength(0);
                    worst.append("unit ").append(q).append(" vertex ").append(i);
                }
            }
            value = value.add(best);
        }
        return value;
    }

    private static Rational[] zeros(int size) {
        Rational[] a = new Rational[size];
        Arrays.fill(a, Rational.ZERO);
        return a;
    }
}
