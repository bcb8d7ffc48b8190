package tradebounds.family.fixedprice.program;

import java.util.List;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;

/**
 * Program (5.1) restricted to the "diagonal" b_j(q) = s_j(k-q+1) for all j in [n], q in [k] (Corollary 5.1,
 * symmetric k-unit guarantee): every row of {@link Qcp51Builder}, unchanged (the paper modifies no row here),
 * plus equality rows diag{j}_{q}: b_j(q) - s_j(k-q+1) = 0.
 *
 * <p>Why equality rows and not substitution: the variable layout stays that of (5.1), so a point of this
 * program is literally a point of (5.1), certificates name s{i}_{q} and b{j}_{q} as for (5.1), and a corrupted
 * certificate that breaks the symmetry is rejected by the ordinary exact row check (row diag{j}_{q}). Substituting
 * would also create squares s_j(m)^2 at the middle unit m = (k+1)/2 for odd k, which the adapters' bilinear
 * mapping would have to special-case. Solvers presolve the equalities away.
 *
 * <p>Under the diagonal the seller and buyer mean rows coincide (both say the means of s(k-q+1) and s(k-q)
 * are ordered), as do the two families of dominance rows up to the index shift.
 */
public final class Qcp51SymmetricBuilder {
    private Qcp51SymmetricBuilder() {
    }

    public static Model build(List<Rational> prices, int units) {
        ModelBuilder m = new ModelBuilder("qcp51-sym");
        List<Rational> p = PriceList.validated(prices);
        MultiUnitVariables v = MultiUnitRows.start(m, "qcp51-sym", Qcp51Builder.SOURCE
                + " restricted to the diagonal b_j(q) = s_j(k-q+1), Corollary 5.1", p, units);
        Qcp51Builder.addRows(m, v, p);
        MultiUnitRows.diagonalRows(m, v);
        return m.build();
    }
}
