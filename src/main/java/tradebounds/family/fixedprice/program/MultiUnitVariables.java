package tradebounds.family.fixedprice.program;

import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;

/**
 * The variable layout shared by the k-unit programs (5.1), (6.1) and their variants: s{i}_{q} for q = 1..k,
 * i = 1..n (unit-major), then b{j}_{q} likewise, then r; 2kn + 1 variables. Every k-unit program, symmetric
 * ones included, uses this one layout, so a point of a variant is a point of its parent program and
 * certificates name variables the same way.
 */
record MultiUnitVariables(int n, int k) {
    static MultiUnitVariables declare(ModelBuilder m, int n, int k) {
        for (int q = 1; q <= k; q++) {
            for (int i = 1; i <= n; i++) {
                m.addVariable(sellerName(i, q), Bound.nonNegative());
            }
        }
        for (int q = 1; q <= k; q++) {
            for (int j = 1; j <= n; j++) {
                m.addVariable(buyerName(j, q), Bound.nonNegative());
            }
        }
        m.addVariable("r", Bound.between(Rational.ZERO, Rational.ONE));
        return new MultiUnitVariables(n, k);
    }

    static String sellerName(int i, int q) {
        return "s" + i + "_" + q;
    }

    static String buyerName(int j, int q) {
        return "b" + j + "_" + q;
    }

    /** Index of s_i(q), 1-based i and q. */
    int s(int i, int q) {
        return (q - 1) * n + i - 1;
    }

    /** Index of b_j(q), 1-based j and q. */
    int b(int j, int q) {
        return k * n + (q - 1) * n + j - 1;
    }

    int r() {
        return 2 * k * n;
    }

    /** sum_{i=1}^{upTo} s_i(q); empty (zero) when upTo &lt;= 0. */
    Expr sellerPrefix(int upTo, int q) {
        Expr.Builder e = Expr.builder();
        for (int i = 1; i <= upTo; i++) {
            e.add(s(i, q), Rational.ONE);
        }
        return e.build();
    }

    /** sum_{j=1}^{upTo} b_j(q). */
    Expr buyerPrefix(int upTo, int q) {
        Expr.Builder e = Expr.builder();
        for (int j = 1; j <= upTo; j++) {
            e.add(b(j, q), Rational.ONE);
        }
        return e.build();
    }
}
