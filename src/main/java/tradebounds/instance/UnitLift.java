package tradebounds.instance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Proposition 6.2's lift: a single-unit instance (S, B) becomes a k-unit instance whose seller vector is
 * (S, ..., S) and whose buyer vector is (B, ..., B) (every unit's marginal law is the single-unit law; the
 * vectors are constant in q, i.e. additive valuations w(m) = m S, v(m) = m B, both increasing and submodular).
 *
 * <p>Why the ratio is preserved exactly. (1.1) and (1.2) are sums over q of terms that depend only on the laws
 * of w~(q) and v^(q), and here those are the laws of S and B for every q. So OPT_k = k OPT_1 and
 * SW_k(p) = k SW_1(p) for every price p, hence sup_p SW_k(p) / OPT_k = sup_p SW_1(p) / OPT_1. Taking the infimum
 * over single-unit instances gives r_k^* &lt;= r_1^* (Proposition 6.2).
 */
public final class UnitLift {
    private UnitLift() {
    }

    public static FixedPriceInstance lift(FixedPriceInstance single, int units) {
        if (single.units() != 1) {
            throw new IllegalArgumentException("lift takes a single-unit instance, got units = " + single.units());
        }
        if (units < 1) {
            throw new IllegalArgumentException("need units >= 1, got " + units);
        }
        return new FixedPriceInstance(units, constant(single.seller(), units), constant(single.buyer(), units));
    }

    private static Distribution constant(Distribution d, int units) {
        List<Atom> atoms = new ArrayList<>();
        for (Atom a : d.atoms()) {
            atoms.add(new Atom(a.prob(), Collections.nCopies(units, a.values().get(0))));
        }
        return new Distribution(atoms);
    }
}
