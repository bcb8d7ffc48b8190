package tradebounds.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tradebounds.instance.Atom;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/**
 * The test oracle: (1.1) and (1.2) read literally, as an expectation over every (seller atom, buyer atom) pair
 * of the joint law, with no sorting, prefix sums or per-coordinate marginals. Deliberately shares nothing with
 * {@link WelfareEvaluator} except {@link Rational}.
 */
final class BruteForceWelfare {
    private final FixedPriceInstance instance;

    BruteForceWelfare(FixedPriceInstance instance) {
        this.instance = instance;
    }

    /** OPT = E[ sum_q max(w~(q), v^(q)) ]. */
    Rational opt() {
        Rational total = Rational.ZERO;
        for (Atom s : instance.seller().atoms()) {
            for (Atom b : instance.buyer().atoms()) {
                Rational inner = Rational.ZERO;
                for (int q = 0; q < instance.units(); q++) {
                    inner = inner.add(s.values().get(q).max(b.values().get(q)));
                }
                total = total.add(s.prob().multiply(b.prob()).multiply(inner));
            }
        }
        return total;
    }

    /** SW(p) = E[ sum_q w~(q) + (v^(q) - w~(q)) 1{v^(q) &gt;= p &gt;= w~(q)} ]. */
    Rational welfare(Rational p) {
        Rational total = Rational.ZERO;
        for (Atom s : instance.seller().atoms()) {
            for (Atom b : instance.buyer().atoms()) {
                Rational inner = Rational.ZERO;
                for (int q = 0; q < instance.units(); q++) {
                    Rational w = s.values().get(q);
                    Rational v = b.values().get(q);
                    boolean trade = v.compareTo(p) >= 0 && p.compareTo(w) >= 0;
                    inner = inner.add(trade ? v : w);
                }
                total = total.add(s.prob().multiply(b.prob()).multiply(inner));
            }
        }
        return total;
    }

    /**
     * Prices at which SW takes every value it takes on [0, inf): each indicator in (1.2) changes only when p
     * crosses an atom value, so SW is constant on each atom value and on each open gap between consecutive ones.
     * One point per piece: every value, every midpoint, one below the least (if still &gt;= 0), one above the
     * greatest. This does not rely on the "buyer values suffice" argument of the evaluator.
     */
    List<Rational> denseCandidates() {
        TreeSet<Rational> values = new TreeSet<>();
        for (Atom a : instance.seller().atoms()) {
            values.addAll(a.values());
        }
        for (Atom a : instance.buyer().atoms()) {
            values.addAll(a.values());
        }
        List<Rational> sorted = new ArrayList<>(values);
        List<Rational> out = new ArrayList<>(sorted);
        for (int i = 0; i + 1 < sorted.size(); i++) {
            out.add(sorted.get(i).add(sorted.get(i + 1)).divide(Rational.of(2)));
        }
        Rational below = sorted.get(0).subtract(Rational.ONE);
        out.add(below.signum() >= 0 ? below : sorted.get(0).divide(Rational.of(2)));
        out.add(sorted.get(sorted.size() - 1).add(Rational.ONE));
        return out;
    }

    Rational supWelfare() {
        Rational best = null;
        for (Rational p : denseCandidates()) {
            Rational w = welfare(p);
            best = best == null ? w : best.max(w);
        }
        return best;
    }
}
