package tradebounds.family.fixedprice.audit;

import java.util.OptionalDouble;
import tradebounds.claims.Direction;
import tradebounds.claims.Verdict;
import tradebounds.model.Rational;

/**
 * The verdict rules of seed 003, apart from the searches that feed them, so that they can be tested with made-up
 * findings. Only exact values from proved certificates can give CERTIFIED or REFUTED; floating values give at most
 * NUMERIC.
 */
public final class FixedPriceVerdicts {
    private FixedPriceVerdicts() {
    }

    /**
     * A hardness claim ("ratio (direction) published"): CERTIFIED when a checked instance's exact ratio implies the
     * published value; OPEN when it does not; without a checked instance, NUMERIC when the search's floating ratio is
     * below the published value, else OPEN.
     *
     * @param established the exact sup_p SW/OPT of the best checked instance, or null
     * @param floatRatio  the witness search's floating r
     */
    public static Verdict hardness(Direction direction, Rational published, Rational established, double floatRatio) {
        if (established != null) {
            return direction.implies(established, published) ? Verdict.CERTIFIED : Verdict.OPEN;
        }
        return floatRatio < published.toDouble() ? Verdict.NUMERIC : Verdict.OPEN;
    }

    /**
     * A guarantee claim "r_1 >= published": REFUTED when a checked feasible point has r below it, CERTIFIED when a
     * checked dual bound reaches it, NUMERIC when only a solver's floating bound does, else OPEN.
     *
     * @param lower       the checked dual lower bound, or null
     * @param upper       the objective of a checked feasible point, or null
     * @param solverBound the global solver's floating best bound, if any
     */
    public static Verdict guarantee(Rational published, Rational lower, Rational upper, OptionalDouble solverBound) {
        if (upper != null && upper.compareTo(published) < 0) {
            return Verdict.REFUTED;
        }
        if (lower != null && lower.compareTo(published) >= 0) {
            return Verdict.CERTIFIED;
        }
        if (solverBound.isPresent() && solverBound.getAsDouble() >= published.toDouble()) {
            return Verdict.NUMERIC;
        }
        return Verdict.OPEN;
    }

    /**
     * A mechanism guarantee "SW(M)/OPT >= published": REFUTED by a checked instance with a lower ratio; a search
     * that finds none proves nothing, so OPEN.
     *
     * @param ratio the lowest checked SW(M)/OPT found, or null
     */
    public static Verdict mechanism(Rational published, Rational ratio) {
        return ratio != null && ratio.compareTo(published) < 0 ? Verdict.REFUTED : Verdict.OPEN;
    }
}
