package tradebounds.family.fixedprice.program;

import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;

/**
 * The variable layout shared by the single-unit programs: s1..sn, b1..bn, r (indices 0..2n), so a point
 * from one program can be read in another and certificates name variables the same way.
 */
record FixedPriceVariables(int n) {
    static FixedPriceVariables declare(ModelBuilder m, int n, Bound seller, Bound buyer) {
        for (int i = 1; i <= n; i++) {
            m.addVariable("s" + i, seller);
        }
        for (int j = 1; j <= n; j++) {
            m.addVariable("b" + j, buyer);
        }
        m.addVariable("r", Bound.between(Rational.ZERO, Rational.ONE));
        return new FixedPriceVariables(n);
    }

    int s(int i) {
        return i - 1;
    }

    int b(int j) {
        return n + j - 1;
    }

    int r() {
        return 2 * n;
    }

    Expr sellerSum(int count) {
        Expr.Builder e = Expr.builder();
        for (int i = 1; i <= count; i++) {
            e.add(s(i), Rational.ONE);
        }
        return e.build();
    }

    Expr buyerSum(int count) {
        Expr.Builder e = Expr.builder();
        for (int j = 1; j <= count; j++) {
            e.add(b(j), Rational.ONE);
        }
        return e.build();
    }
}
