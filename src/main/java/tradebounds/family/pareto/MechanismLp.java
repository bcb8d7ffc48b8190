package tradebounds.family.pareto;

import java.math.BigInteger;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * The interim mechanism LP over symmetric mechanisms (Sec. 2, Sec. 3.4), on a discrete law, exactly.
 *
 * <p>Variables, per type j = 1..k (values v_1 &lt; ... &lt; v_k, masses f_j, tails S_j = Pr[v &gt;= v_j]):
 * x_j in [0, 1], the interim probability that a buyer of value v_j gets a unit, and u_j &gt;= 0, her interim
 * utility (interim IR). Her interim payment is P_j = v_j x_j - u_j. Then
 * <pre>  Pi = n sum_j f_j (v_j x_j - u_j),   U = n sum_j f_j u_j,   WEL = Pi + U = n sum_j f_j v_j x_j.</pre>
 * <b>BIC</b> for discrete types: the adjacent rows
 * <pre>  (v_j - v_{j-1}) x_{j-1} &lt;= u_j - u_{j-1} &lt;= (v_j - v_{j-1}) x_j   (j = 2..k)</pre>
 * are equivalent to all pairwise BIC rows: together they force x nondecreasing, and then summing adjacent rows
 * gives every non-adjacent one (u_j - u_i &gt;= sum (v_{t+1} - v_t) x_t &gt;= (v_j - v_i) x_i for i &lt; j, and the
 * same upward). Ties: a reported value is one type; there is no tie rule at the interim level, ties between
 * buyers are inside the ex-post allocation that Border's condition abstracts.
 *
 * <p><b>Feasibility</b> (Border 1991; for m units the polymatroid form of Che, Kim and Mierendorff 2013, rank
 * min(m, |S|)): a symmetric interim rule is implementable by an ex-post rule giving at most m units, at most one per
 * buyer, iff for every set A of values, n sum_{v in A} f x &lt;= E[min(m, N_A)], N_A ~ Bin(n, Pr[A]). Because
 * BIC makes x nondecreasing, the sets to check are the upper sets {v &gt;= v_j} (Border's level sets of x), so
 * <pre>  n sum_{i &gt;= j} f_i x_i &lt;= E[min(m, Bin(n, S_j))]   (j = 1..k).</pre>
 * The test {@code ExPostCrossCheckTest} compares every optimum with an ex-post LP over allocation profiles
 * (n = 2, 3), exactly. The paper's (2) also prints x(q) &lt;= 1/n, which contradicts X(q) &lt;= (1 - (1-q)^n)/n
 * near q = 0 (x(0) = 1 for the top value under the second-price auction); x_j &lt;= 1 is used here.
 *
 * <p>The lowest type: {@link Reading}.
 */
public final class MechanismLp {
    private MechanismLp() {
    }

    /** An optional extra row Pi &gt;= floor or U &gt;= floor (lexicographic stages). */
    public record Floor(boolean onRevenue, Rational value) {
    }

    public static int x(int j) {
        return 2 * j;
    }

    public static int u(int j) {
        return 2 * j + 1;
    }

    /** max wPi Pi + wU U over the class, with an optional floor row. */
    public static Model weighted(ParetoInstance in, Reading reading, Rational wPi, Rational wU, Floor floor) {
        int k = in.types();
        int n = in.buyers();
        ModelBuilder b = new ModelBuilder("pareto-weighted");
        for (int j = 0; j < k; j++) {
            b.addVariable("x" + (j + 1), Bound.between(Rational.ZERO, Rational.ONE));
            b.addVariable("u" + (j + 1), reading != Reading.PRINTED && j == 0 ? Bound.exactly(Rational.ZERO)
                    : Bound.nonNegative());
        }
        Rational nn = Rational.of(n);
        for (int j = 0; j < k; j++) {
            Expr.Builder e = Expr.builder();
            for (int i = j; i < k; i++) {
                e.add(x(i), nn.multiply(in.f(i)));
            }
            b.addRow("border" + (j + 1), e.build(), Bound.atMost(expectedMin(n, in.units(), in.upper(j))));
        }
        for (int j = 1; j < k; j++) {
            Rational dv = in.v(j).subtract(in.v(j - 1));
            b.addRow("ic-down" + (j + 1), Expr.builder().add(u(j), Rational.ONE).add(u(j - 1), Rational.ONE.negate())
                    .add(x(j - 1), dv.negate()).build(),
                    reading == Reading.MYERSON ? Bound.exactly(Rational.ZERO) : Bound.nonNegative());
            b.addRow("ic-up" + (j + 1), Expr.builder().add(u(j), Rational.ONE).add(u(j - 1), Rational.ONE.negate())
                    .add(x(j), dv.negate()).build(), Bound.atMost(Rational.ZERO));
        }
        if (reading == Reading.PRINTED) {
            b.addRow("payment1", Expr.builder().add(x(0), in.v(0)).add(u(0), Rational.ONE.negate()).build(),
                    Bound.nonNegative());
        }
        if (floor != null) {
            b.addRow(floor.onRevenue() ? "revenue-floor" : "surplus-floor",
                    floor.onRevenue() ? revenue(in) : surplus(in), Bound.atLeast(floor.value()));
        }
        Expr.Builder obj = Expr.builder().addAll(revenue(in), wPi).addAll(surplus(in), wU);
        b.objective(Sense.MAXIMIZE, obj.build());
        b.provenance("program", "pareto-mechanism-lp");
        b.provenance("paper", "seed 001, Sec. 2 and (2); Border feasibility");
        b.provenance("n", Integer.toString(n));
        b.provenance("m", Integer.toString(in.units()));
        b.provenance("reading", reading.name());
        b.provenance("weights", wPi + "," + wU);
        return b.build();
    }

    /** Pi = n sum f_j (v_j x_j - u_j). */
    public static Expr revenue(ParetoInstance in) {
        Expr.Builder e = Expr.builder();
        Rational nn = Rational.of(in.buyers());
        for (int j = 0; j < in.types(); j++) {
            e.add(x(j), nn.multiply(in.f(j)).multiply(in.v(j)));
            e.add(u(j), nn.multiply(in.f(j)).negate());
        }
        return e.build();
    }

    /** U = n sum f_j u_j. */
    public static Expr surplus(ParetoInstance in) {
        Expr.Builder e = Expr.builder();
        Rational nn = Rational.of(in.buyers());
        for (int j = 0; j < in.types(); j++) {
            e.add(u(j), nn.multiply(in.f(j)));
        }
        return e.build();
    }

    /** E[min(m, Bin(n, s))], exactly. */
    public static Rational expectedMin(int n, int m, Rational s) {
        if (m == 1) {
            return Rational.ONE.subtract(pow(Rational.ONE.subtract(s), n));
        }
        Rational total = Rational.ZERO;
        Rational r = Rational.ONE.subtract(s);
        BigInteger c = BigInteger.ONE;
        for (int t = 0; t <= n; t++) {
            if (t > 0) {
                c = c.multiply(BigInteger.valueOf(n - t + 1)).divide(BigInteger.valueOf(t));
            }
            if (t == 0) {
                continue;
            }
            Rational p = Rational.of(c, BigInteger.ONE).multiply(pow(s, t)).multiply(pow(r, n - t));
            total = total.add(p.multiply(Rational.of(Math.min(m, t))));
        }
        return total;
    }

    static Rational pow(Rational a, int e) {
        return Rational.of(a.numerator().pow(e), a.denominator().pow(e));
    }

    /** First-best welfare E[sum of the m highest values] = sum_j (v_j - v_{j-1}) E[min(m, Bin(n, S_j))], v_0 = 0. */
    public static Rational firstBest(ParetoInstance in) {
        Rational w = Rational.ZERO;
        Rational prev = Rational.ZERO;
        for (int j = 0; j < in.types(); j++) {
            w = w.add(in.v(j).subtract(prev).multiply(expectedMin(in.buyers(), in.units(), in.upper(j))));
            prev = in.v(j);
        }
        return w;
    }

    /**
     * The interim allocation of the (m-unit) Vickrey auction with reserve at type r (0-based) and bids pooled in
     * the given groups: pools[j] = index of the first type of j's pool. A buyer in pool [a, b] wins with
     * (E[min(m, N_{&gt;=a})] - E[min(m, N_{&gt;b})]) / (n Pr[pool]) (ties inside a pool broken uniformly).
     */
    public static Rational[] pooledAllocation(ParetoInstance in, int reserve, int[] poolStart) {
        int k = in.types();
        Rational[] x = new Rational[k];
        for (int j = 0; j < k; j++) {
            x[j] = Rational.ZERO;
        }
        int j = reserve;
        while (j < k) {
            int a = poolStart[j];
            int b = j;
            while (b + 1 < k && poolStart[b + 1] == a) {
                b++;
            }
            Rational mass = in.upper(a).subtract(b + 1 < k ? in.upper(b + 1) : Rational.ZERO);
            Rational hi = expectedMin(in.buyers(), in.units(), in.upper(a));
            Rational lo = b + 1 < k ? expectedMin(in.buyers(), in.units(), in.upper(b + 1)) : Rational.ZERO;
            Rational val = hi.subtract(lo).divide(Rational.of(in.buyers()).multiply(mass));
            for (int t = a; t <= b; t++) {
                x[t] = val;
            }
            j = b + 1;
        }
        return x;
    }
}
