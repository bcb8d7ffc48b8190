package tradebounds.check;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateType;
import tradebounds.cert.Limits;
import tradebounds.cert.TreeCertificate;
import tradebounds.cert.TreeCertificateReader;
import tradebounds.model.Rational;

/**
 * Checks a guarantee-tree certificate (FORMAT.md section 5): program (4.1) of Giambartolomei and de Keijzer
 * with basic prices 0 = p_1 &lt; ... &lt; p_n has no feasible point at level r.
 *
 * <p><b>The argument.</b> Write C = 1 + 1/p_n and y_t = sum_{j &gt;= t} b_j. The buyer masses b &gt;= 0 with
 * 1 &lt;= sum b &lt;= C are exactly the y with C &gt;= y_1 &gt;= 1 and y_1 &gt;= y_2 &gt;= ... &gt;= y_n &gt;= 0.
 * For fixed b the rows of (4.1) are linear in the seller masses s:
 * (a_t) r - sum_i s_i l_{t,i}(b) &gt;= 0 with l_{t,i} = p_i + [i &lt; t] sum_{j &gt; t} b_j (p_j - p_i), and
 * (o) sum_i s_i o_i(b) - 1 &gt;= 0 with o_i = sum_j b_j max(p_i, p_j), over the polytope
 * P = {s &gt;= 0, 1 &lt;= sum s &lt;= C}, whose vertices are c e_i with c in {1, C}. For multipliers lambda, mu
 * &gt;= 0 every feasible s satisfies sum_t lambda_t (a_t) + mu (o) &gt;= 0, and that sum is
 * (r Lambda - mu) + sum_i s_i G_i(b) with Lambda = sum_t lambda_t and
 * G_i(b) = -Lambda p_i + sum_j b_j beta_{ij}, beta_{ij} = mu max(p_i, p_j) - (p_j - p_i) sum_{i&lt;t&lt;j} lambda_t.
 * It is affine in s, so its maximum over P is at a vertex: if (r Lambda - mu) + c G_i(b) &lt; 0 for every i and
 * c in {1, C}, no s is feasible for this b (weak duality; nothing else is assumed).
 *
 * <p>In y, sum_j b_j beta_j = sum_k y_k (beta_k - beta_{k-1}) (beta_0 = 0, y_{n+1} = 0). On a box
 * lo &lt;= y &lt;= hi intersected with the order, G_i is at most M_i = -Lambda p_i + sum_k max(a_k lo_k, a_k hi_k)
 * with a_k = beta_k - beta_{k-1} + w_{i,k} - w_{i,k-1}, for any weights w_{i,k} &gt;= 0 of the order rows
 * y_k - y_{k+1} &gt;= 0 (adding nonnegative terms on the region only raises G_i). A leaf is closed when
 * (r Lambda - mu) + c M_i &lt; 0 for all i and both c, computed exactly.
 *
 * <p><b>The tree.</b> The root box is lo = (1, 0, ..., 0), hi = (C, ..., C), which with the order is exactly
 * the buyer region. Every box is first tightened by the order (lo'_k = max_{j&gt;=k} lo_j,
 * hi'_k = min_{j&lt;=k} hi_j; this does not change the region). A split S k x needs lo'_k &lt; x &lt; hi'_k; its
 * children, next in preorder, are the box with hi_k = x and the box with lo_k = x, which together cover it. An
 * empty leaf E needs lo'_k &gt; hi'_k for some k. The stream must cover the root and end exactly there. So every
 * b of the region lies in a closed leaf, and (4.1) has no feasible point at r; since its rows only loosen as r
 * grows, none at any smaller r either, so its optimum r_1 is at least r.
 */
public final class TreeChecks {
    private TreeChecks() {
    }

    public static CheckOutcome check(Path file, Limits limits) {
        try (TreeCertificateReader in = TreeCertificateReader.open(file, limits)) {
            return check(in);
        } catch (CertificateException e) {
            return Checker.unreadable(e);
        }
    }

    public static CheckOutcome check(String text, String source, Limits limits) {
        try (TreeCertificateReader in = TreeCertificateReader.open(text, source, limits)) {
            return check(in);
        } catch (CertificateException e) {
            return Checker.unreadable(e);
        }
    }

    /** What a proved tree established; the audit reads r from here, never from its own search. */
    public record Summary(int prices, Rational r, long leaves, long empties, int depth) {
    }

    static CheckOutcome check(TreeCertificateReader in) throws CertificateException {
        TreeCertificate h = in.header();
        String src = in.source();
        List<Rational> p = h.prices();
        int n = p.size();
        if (!p.get(0).isZero()) {
            return new Rejected(Reason.PRICE_ORDER, src + ":4", "p_1 must be 0, got " + p.get(0));
        }
        for (int i = 1; i < n; i++) {
            if (p.get(i).compareTo(p.get(i - 1)) <= 0) {
                return new Rejected(Reason.PRICE_ORDER, src + ":4", "p_" + (i + 1) + " = " + p.get(i)
                        + " does not exceed p_" + i + " = " + p.get(i - 1));
            }
        }
        Rational cap = Rational.ONE.add(Rational.ONE.divide(p.get(n - 1)));
        int units = h.units();
        boolean program51 = !h.program().equals(TreeCertificateReader.PROGRAM);
        boolean symmetric = h.program().equals(TreeCertificateReader.PROGRAM_51_SYM);
        int dim = h.dimension();
        Rational[] lo = new Rational[dim];
        Rational[] hi = new Rational[dim];
        for (int k = 0; k < dim; k++) {
            lo[k] = k % n == 0 ? Rational.ONE : Rational.ZERO;
            hi[k] = cap;
        }
        Deque<Rational[][]> pending = new ArrayDeque<>();
        pending.push(new Rational[][] {lo, hi});
        long leaves = 0;
        long empties = 0;
        int depth = 0;
        // Leaves are independent once their boxes are known, so the exact leaf checks run in batches on all
        // cores; the pass over the stream (boxes, splits, coverage) stays sequential and single-threaded.
        List<LeafTask> batch = new ArrayList<>();
        TreeCertificate.Node node;
        while ((node = in.next()) != null) {
            String where = src + ":" + node.line();
            if (pending.isEmpty()) {
                return new Rejected(Reason.DIMENSION, where, "node after the root region is already covered");
            }
            depth = Math.max(depth, pending.size());
            Rational[][] box = pending.pop();
            Rational[] l = box[0];
            Rational[] u = box[1];
            int emptyAt = tighten(l, u, n);
            if (node instanceof TreeCertificate.Split s) {
                int k = s.coordinate() - 1;
                if (s.point().compareTo(l[k]) <= 0 || s.point().compareTo(u[k]) >= 0) {
                    return new Rejected(Reason.SPLIT_OUTSIDE_BOX, where, "split y_" + s.coordinate() + " = "
                            + s.point() + " is not inside (" + l[k] + ", " + u[k] + ")");
                }
                Rational[] upperLo = l.clone();
                upperLo[k] = s.point();
                Rational[] lowerHi = u.clone();
                lowerHi[k] = s.point();
                pending.push(new Rational[][] {upperLo, u});
                pending.push(new Rational[][] {l, lowerHi});
            } else if (node instanceof TreeCertificate.Empty) {
                if (emptyAt < 0) {
                    return new Rejected(Reason.LEAF_NOT_EMPTY, where, "the box meets decreasing y (no k with "
                            + "lo'_k > hi'_k)");
                }
                empties++;
            } else if (node instanceof TreeCertificate.Open) {
                return new Rejected(Reason.OPEN_LEAF, where, "a box the prover left open: a partial certificate");
            } else {
                leaves++;
                if (emptyAt < 0) {
                    batch.add(new LeafTask(where, (TreeCertificate.Leaf) node, l, u));
                }
                if (batch.size() >= BATCH) {
                    Rejected r = checkLeaves(batch, p, h.r(), cap, program51 ? units : 0);
                    if (r != null) {
                        return r;
                    }
                    batch.clear();
                }
            }
        }
        Rejected failed = checkLeaves(batch, p, h.r(), cap, program51 ? units : 0);
        if (failed != null) {
            return failed;
        }
        if (!pending.isEmpty()) {
            return new Rejected(Reason.DIMENSION, src + ":end", pending.size() + " box(es) of the tree have no node");
        }
        Summary summary = new Summary(n, h.r(), leaves, empties, depth);
        return new Proved(src, CertificateType.GUARANTEE_TREE, List.of(), Map.of(Quantity.INFEASIBLE_AT, h.r()),
                List.of("proved: program " + (symmetric ? "(5.1) on the diagonal b(q) = s(k-q+1) with k = " + units
                        + " units and" : program51 ? "(5.1) with k = " + units + " units and" : "(4.1) with")
                        + " these " + n + " basic prices has no feasible point at r = "
                        + h.r() + " (" + h.r().toDecimal(10, false).toPlainString() + "), so r_" + units + " >= r; "
                        + summary.leaves() + " closed leaves, " + summary.empties() + " empty, depth "
                        + summary.depth()));
    }

    private static final int BATCH = 512;

    private record LeafTask(String where, TreeCertificate.Leaf leaf, Rational[] lo, Rational[] hi) {
    }

    /**
     * The first failing leaf of the batch in stream order, or null; each leaf is checked exactly.
     * {@code units51} is k for a (5.1) tree and 0 for (4.1).
     */
    private static Rejected checkLeaves(List<LeafTask> batch, List<Rational> p, Rational r, Rational cap,
                                        int units51) {
        String[] failures = new String[batch.size()];
        java.util.stream.IntStream.range(0, batch.size()).parallel().forEach(b -> {
            LeafTask t = batch.get(b);
            failures[b] = units51 == 0 ? leafFailure(t.leaf(), p, r, cap, t.lo(), t.hi())
                    : MultiUnitLeaves.leafFailure(t.leaf(), p, r, cap, units51, t.lo(), t.hi());
        });
        for (int b = 0; b < failures.length; b++) {
            if (failures[b] != null) {
                Reason reason = failures[b].startsWith("negative") ? Reason.DUAL_SIGN : Reason.LEAF_BOUND;
                return new Rejected(reason, batch.get(b).where(), failures[b]);
            }
        }
        return null;
    }

    /**
     * Tightens the box in place by the order y_1 &gt;= ... &gt;= y_n; returns a coordinate k (0-based) with
     * lo_k &gt; hi_k, or -1 if none.
     */
    public static int tighten(Rational[] lo, Rational[] hi) {
        return tighten(lo, hi, lo.length);
    }

    /**
     * The same for k units: each block of n coordinates (y_1(q), ..., y_n(q)) is decreasing on its own (the
     * units' buyer masses are separate variables).
     */
    public static int tighten(Rational[] lo, Rational[] hi, int n) {
        for (int base = 0; base < lo.length; base += n) {
            for (int k = base + n - 2; k >= base; k--) {
                if (lo[k + 1].compareTo(lo[k]) > 0) {
                    lo[k] = lo[k + 1];
                }
            }
            for (int k = base + 1; k < base + n; k++) {
                if (hi[k - 1].compareTo(hi[k]) < 0) {
                    hi[k] = hi[k - 1];
                }
            }
        }
        for (int k = 0; k < lo.length; k++) {
            if (lo[k].compareTo(hi[k]) > 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Null if the multipliers close the (tightened, nonempty) box; otherwise why not, with the numbers. Exact
     * integers: every quantity is multiplied by one positive common denominator (prices by D_p, multipliers by
     * D_m, box ends by D_b), which changes no sign and skips the gcd of every rational operation.
     * {@code TreeChecksTest} compares this with a rational reference on random leaves.
     */
    public static String leafFailure(TreeCertificate.Leaf leaf, List<Rational> p, Rational r, Rational cap,
                                     Rational[] lo, Rational[] hi) {
        int n = p.size();
        Multipliers m;
        try {
            m = new Multipliers(leaf, n);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (leaf.slopes().length > 0) {
            return affineFailure(leaf, m, p, r, cap, lo, hi);
        }
        BigInteger dp = BigInteger.ONE;
        for (Rational q : p) {
            dp = lcm(dp, q.denominator());
        }
        BigInteger dm = leaf.mu().denominator();
        for (Rational q : m.lambda) {
            dm = lcm(dm, q.denominator());
        }
        for (Rational[] row : m.w) {
            if (row != null) {
                for (Rational q : row) {
                    dm = lcm(dm, q.denominator());
                }
            }
        }
        BigInteger db = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            db = lcm(lcm(db, lo[k].denominator()), hi[k].denominator());
        }
        BigInteger[] price = scaled(p.toArray(new Rational[0]), dp);
        BigInteger[] low = scaled(lo, db);
        BigInteger[] high = scaled(hi, db);
        BigInteger mu = scaled(leaf.mu(), dm);
        // prefix[t] = D_m (lambda_1 + ... + lambda_t)
        BigInteger[] prefix = new BigInteger[n + 1];
        prefix[0] = BigInteger.ZERO;
        for (int t = 1; t <= n; t++) {
            prefix[t] = prefix[t - 1].add(scaled(m.lambda[t], dm));
        }
        // (r Lambda - mu) D_m D_p D_b r_den = (r_num prefix[n] - r_den mu) D_p D_b
        BigInteger constant = r.numerator().multiply(prefix[n]).subtract(r.denominator().multiply(mu))
                .multiply(dp).multiply(db);
        for (int i = 1; i <= n; i++) {
            BigInteger pi = price[i - 1];
            // sum = M_i D_p D_m D_b
            BigInteger sum = prefix[n].multiply(pi).multiply(db).negate();
            BigInteger betaPrev = BigInteger.ZERO;
            BigInteger wPrev = BigInteger.ZERO;
            for (int k = 1; k <= n; k++) {
                BigInteger pk = price[k - 1];
                BigInteger beta = mu.multiply(pk.max(pi));
                if (k > i + 1) {
                    beta = beta.subtract(pk.subtract(pi).multiply(prefix[k - 1].subtract(prefix[i])));
                }
                BigInteger a = beta.subtract(betaPrev);
                if (m.w[i] != null) {
                    BigInteger wk = scaled(m.w[i][k], dm);
                    a = a.add(wk.subtract(wPrev).multiply(dp));
                    wPrev = wk;
                }
                betaPrev = beta;
                sum = sum.add(a.multiply(a.signum() >= 0 ? high[k - 1] : low[k - 1]));
            }
            Rational c = sum.signum() >= 0 ? cap : Rational.ONE;
            // value * D_p D_m D_b r_den c_den = constant c_den + c_num r_den sum
            BigInteger value = constant.multiply(c.denominator()).add(c.numerator().multiply(r.denominator())
                    .multiply(sum));
            if (value.signum() >= 0) {
                Rational exact = Rational.of(value, dp.multiply(dm).multiply(db).multiply(r.denominator())
                        .multiply(c.denominator()));
                return "seller vertex " + i + " (c = " + c + "): (r Lambda - mu) + c M_i = "
                        + exact.toDecimal(12, true).toPlainString() + " is not < 0";
            }
        }
        return null;
    }

    /**
     * A leaf whose lambda is affine on the box (version 3): lambda_t(y) = lambda_t + sum_m s_tm d_m with
     * d_m = y_{k_m} - c_{k_m} and c the box's midpoint; mu and w constant. Weak duality holds pointwise, so it
     * suffices that lambda(y) &gt;= 0 on the box (lambda_t &gt;= sum_m |s_tm| h_{k_m}, h the half-widths) and that
     * F(y) = (r Lambda(y) - mu) + c G_i(y) &lt; 0 on the box for every vertex (i, c). The coefficient of y_k in G_i
     * is a_ik(y) = a0_ik + sum_m A_ikm d_m (a0 from the centre multipliers, as for a constant leaf; A_ikm the same
     * differences of beta built from the slopes alone), and Lambda(y) = Lambda + sum_m sigma_m d_m. Writing
     * y_k = c_k + d_k, F is a constant plus a linear function of y plus the quadratic c sum_{m,k} A_ikm d_m d_k,
     * which is bounded by |A_ikm| h_{k_m} h_k, or max(A_ikm, 0) h_k^2 when k = k_m (d_k^2 lies in [0, h_k^2]).
     * Plain rationals: affine leaves are few, and this code should be read, not tuned.
     */
    private static String affineFailure(TreeCertificate.Leaf leaf, Multipliers m, List<Rational> p, Rational r,
                                        Rational cap, Rational[] lo, Rational[] hi) {
        int n = p.size();
        Rational two = Rational.of(2);
        TreeCertificate.Slope[] slopes = leaf.slopes();
        int nk = slopes.length;
        Rational[][] s = new Rational[nk][n + 1];
        Rational[] c = new Rational[n + 1];
        Rational[] h = new Rational[n + 1];
        for (int k = 1; k <= n; k++) {
            c[k] = lo[k - 1].add(hi[k - 1]).divide(two);
            h[k] = hi[k - 1].subtract(lo[k - 1]).divide(two);
        }
        for (int j = 0; j < nk; j++) {
            java.util.Arrays.fill(s[j], Rational.ZERO);
            for (int e = 0; e < slopes[j].index().length; e++) {
                s[j][slopes[j].index()[e]] = slopes[j].value()[e];
            }
        }
        for (int t = 1; t <= n; t++) {
            Rational least = m.lambda[t];
            for (int j = 0; j < nk; j++) {
                least = least.subtract(s[j][t].abs().multiply(h[slopes[j].coordinate()]));
            }
            if (least.signum() < 0) {
                return "negative lambda_" + t + " on the box (its least value is " + least.toDisplay() + ")";
            }
        }
        // prefix sums: lam[t] = lambda_1 + ... + lambda_t, sl[j][t] the same for the slopes in coordinate j
        Rational[] lam = prefix(m.lambda);
        Rational[][] sl = new Rational[nk][];
        for (int j = 0; j < nk; j++) {
            sl[j] = prefix(s[j]);
        }
        for (int i = 1; i <= n; i++) {
            Rational pi = p.get(i - 1);
            Rational[] a0 = new Rational[n + 1];
            Rational[][] big = new Rational[nk][n + 1];
            Rational beta0Prev = Rational.ZERO;
            Rational[] betaPrev = new Rational[nk];
            java.util.Arrays.fill(betaPrev, Rational.ZERO);
            for (int k = 1; k <= n; k++) {
                Rational pk = p.get(k - 1);
                Rational beta0 = m.mu.multiply(pk.max(pi));
                if (k > i + 1) {
                    beta0 = beta0.subtract(pk.subtract(pi).multiply(lam[k - 1].subtract(lam[i])));
                }
                a0[k] = beta0.subtract(beta0Prev);
                if (m.w[i] != null) {
                    a0[k] = a0[k].add(m.w[i][k]).subtract(m.w[i][k - 1]);
                }
                beta0Prev = beta0;
                for (int j = 0; j < nk; j++) {
                    Rational beta = k > i + 1 ? pk.subtract(pi).multiply(sl[j][k - 1].subtract(sl[j][i])).negate()
                            : Rational.ZERO;
                    big[j][k] = beta.subtract(betaPrev[j]);
                    betaPrev[j] = beta;
                }
            }
            for (Rational vertex : new Rational[] {Rational.ONE, cap}) {
                // F = r Lambda - mu - vertex Lambda p_i + sum_k coef_k y_k + constant + vertex * quadratic
                Rational constant = r.multiply(lam[n]).subtract(m.mu).subtract(vertex.multiply(lam[n]).multiply(pi));
                Rational[] coef = new Rational[n + 1];
                for (int k = 1; k <= n; k++) {
                    coef[k] = vertex.multiply(a0[k]);
                }
                Rational quadratic = Rational.ZERO;
                for (int j = 0; j < nk; j++) {
                    int km = slopes[j].coordinate();
                    // the linear coefficient of d_m: r sigma - vertex sigma p_i + vertex sum_k A_ikm c_k
                    Rational linear = r.subtract(vertex.multiply(pi)).multiply(sl[j][n]);
                    for (int k = 1; k <= n; k++) {
                        linear = linear.add(vertex.multiply(big[j][k]).multiply(c[k]));
                        Rational bound = k == km ? big[j][k].max(Rational.ZERO).multiply(h[k]).multiply(h[k])
                                : big[j][k].abs().multiply(h[km]).multiply(h[k]);
                        quadratic = quadratic.add(bound);
                    }
                    coef[km] = coef[km].add(linear);
                    constant = constant.subtract(linear.multiply(c[km]));
                }
                Rational value = constant.add(vertex.multiply(quadratic));
                for (int k = 1; k <= n; k++) {
                    value = value.add(coef[k].multiply(coef[k].signum() >= 0 ? hi[k - 1] : lo[k - 1]));
                }
                if (value.signum() >= 0) {
                    return "seller vertex " + i + " (c = " + vertex + "): the affine leaf's bound "
                            + value.toDecimal(12, true).toPlainString() + " is not < 0";
                }
            }
        }
        return null;
    }

    private static Rational[] prefix(Rational[] v) {
        Rational[] out = new Rational[v.length];
        out[0] = Rational.ZERO;
        for (int t = 1; t < v.length; t++) {
            out[t] = out[t - 1].add(v[t]);
        }
        return out;
    }

    static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.equals(b) ? a : a.divide(a.gcd(b)).multiply(b);
    }

    /** q times d, for d a multiple of q's denominator (exact). */
    static BigInteger scaled(Rational q, BigInteger d) {
        return q.numerator().multiply(d.divide(q.denominator()));
    }

    private static BigInteger[] scaled(Rational[] q, BigInteger d) {
        BigInteger[] out = new BigInteger[q.length];
        for (int k = 0; k < q.length; k++) {
            out[k] = scaled(q[k], d);
        }
        return out;
    }

    /** A leaf's multipliers as dense arrays (1-based), checked nonnegative. */
    static final class Multipliers {
        final Rational mu;
        /** lambda[t], 1-based, zero where absent. */
        final Rational[] lambda;
        /** w[i][k] = weight of order row k (y_k - y_{k+1} &gt;= 0) for vertex i; rows 0 and n are zero. */
        final Rational[][] w;

        Multipliers(TreeCertificate.Leaf leaf, int n) {
            mu = leaf.mu();
            if (mu.signum() < 0) {
                throw new IllegalArgumentException("negative mu = " + mu);
            }
            lambda = new Rational[n + 1];
            java.util.Arrays.fill(lambda, Rational.ZERO);
            for (int e = 0; e < leaf.lambdaIndex().length; e++) {
                if (leaf.lambda()[e].signum() < 0) {
                    throw new IllegalArgumentException("negative lambda_" + leaf.lambdaIndex()[e] + " = "
                            + leaf.lambda()[e]);
                }
                lambda[leaf.lambdaIndex()[e]] = leaf.lambda()[e];
            }
            w = new Rational[n + 1][];
            for (int e = 0; e < leaf.weightVertex().length; e++) {
                Rational v = leaf.weight()[e];
                if (v.signum() < 0) {
                    throw new IllegalArgumentException("negative w_" + leaf.weightVertex()[e] + ","
                            + leaf.weightRow()[e] + " = " + v);
                }
                int i = leaf.weightVertex()[e];
                if (w[i] == null) {
                    w[i] = new Rational[n + 1];
                    java.util.Arrays.fill(w[i], Rational.ZERO);
                }
                w[i][leaf.weightRow()[e]] = v;
            }
        }
    }
}
