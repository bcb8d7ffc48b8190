package tradebounds.family.pareto;

import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * The same optimisation over ex-post allocation rules, for small n and k (a cross-check of Border's reduction in
 * {@link MechanismLp}): a variable y[b][profile] in [0, 1] per buyer b and value profile, sum_b y &lt;= m per profile
 * (at most one unit per buyer, m in all), and per buyer b interim utilities u[b][j] &gt;= 0 with the same discrete
 * BIC and lowest-type rows as the interim LP, where x_b(v_j) = sum over the others' values of their probability
 * times y. Buyers are not forced to be treated alike: by symmetrisation (average over the n! relabellings, a convex
 * combination of feasible rules with equal objective) the optimum equals the symmetric one. Size n k^n + n k.
 */
public final class ExPostLp {
    private ExPostLp() {
    }

    public static Model weighted(ParetoInstance in, Reading reading, Rational wPi, Rational wU) {
        int n = in.buyers();
        int k = in.types();
        int profiles = 1;
        for (int i = 0; i < n; i++) {
            profiles *= k;
        }
        if ((long) profiles * n > 200_000) {
            throw new IllegalArgumentException("ex-post LP too large: " + n + " buyers, " + k + " values");
        }
        ModelBuilder b = new ModelBuilder("pareto-expost");
        int[][] y = new int[n][profiles];
        for (int p = 0; p < profiles; p++) {
            for (int i = 0; i < n; i++) {
                y[i][p] = b.addVariable("y" + i + "_" + p, Bound.between(Rational.ZERO, Rational.ONE));
            }
        }
        int[][] u = new int[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                u[i][j] = b.addVariable("u" + i + "_" + j, reading != Reading.PRINTED && j == 0
                        ? Bound.exactly(Rational.ZERO) : Bound.nonNegative());
            }
        }
        for (int p = 0; p < profiles; p++) {
            Expr.Builder e = Expr.builder();
            for (int i = 0; i < n; i++) {
                e.add(y[i][p], Rational.ONE);
            }
            b.addRow("supply" + p, e.build(), Bound.atMost(Rational.of(in.units())));
        }
        // interim allocation of buyer i at type j, as an expression in y
        Expr[][] x = new Expr[n][k];
        for (int i = 0; i < n; i++) {
            Expr.Builder[] xb = new Expr.Builder[k];
            for (int j = 0; j < k; j++) {
                xb[j] = Expr.builder();
            }
            for (int p = 0; p < profiles; p++) {
                int[] types = decode(p, n, k);
                Rational others = Rational.ONE;
                for (int t = 0; t < n; t++) {
                    if (t != i) {
                        others = others.multiply(in.f(types[t]));
                    }
                }
                xb[types[i]].add(y[i][p], others);
            }
            for (int j = 0; j < k; j++) {
                x[i][j] = xb[j].build();
            }
        }
        Expr.Builder revenue = Expr.builder();
        Expr.Builder surplus = Expr.builder();
        for (int i = 0; i < n; i++) {
            for (int j = 1; j < k; j++) {
                Rational dv = in.v(j).subtract(in.v(j - 1));
                b.addRow("ic-down" + i + "_" + j, Expr.builder().add(u[i][j], Rational.ONE)
                        .add(u[i][j - 1], Rational.ONE.negate()).addAll(x[i][j - 1], dv.negate()).build(),
                        reading == Reading.MYERSON ? Bound.exactly(Rational.ZERO) : Bound.nonNegative());
                b.addRow("ic-up" + i + "_" + j, Expr.builder().add(u[i][j], Rational.ONE)
                        .add(u[i][j - 1], Rational.ONE.negate()).addAll(x[i][j], dv.negate()).build(),
                        Bound.atMost(Rational.ZERO));
            }
            if (reading == Reading.PRINTED) {
                b.addRow("payment" + i, Expr.builder().addAll(x[i][0], in.v(0)).add(u[i][0], Rational.ONE.negate())
                        .build(), Bound.nonNegative());
            }
            for (int j = 0; j < k; j++) {
                revenue.addAll(x[i][j], in.f(j).multiply(in.v(j))).add(u[i][j], in.f(j).negate());
                surplus.add(u[i][j], in.f(j));
            }
        }
        b.objective(Sense.MAXIMIZE, Expr.builder().addAll(revenue.build(), wPi).addAll(surplus.build(), wU).build());
        b.provenance("program", "pareto-expost-lp");
        return b.build();
    }

    private static int[] decode(int p, int n, int k) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = p % k;
            p /= k;
        }
        return t;
    }
}
