package tradebounds.family.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;

/**
 * Border's reduction (interim LP) against the ex-post LP over allocation profiles: for n = 2 and 3, one and two
 * units, both readings and several weights (seller only, buyers only, welfare, and mixed), the two exact certified
 * optima are equal.
 */
@Tag("slow")
class ExPostCrossCheckTest {
    private static final String[][] WEIGHTS = {{"1", "0"}, {"0", "1"}, {"1", "1"}, {"1", "1/3"}, {"2/5", "1"},
        {"1", "3"}};

    private static void compare(ParetoInstance in) {
        ExactLp lp = ExactLp.temporary("glop");
        for (Reading r : Reading.values()) {
            for (String[] w : WEIGHTS) {
                Rational a = Rational.parse(w[0]);
                Rational b = Rational.parse(w[1]);
                Rational interim = lp.solve(MechanismLp.weighted(in, r, a, b, null), "interim").value();
                Rational expost = lp.solve(ExPostLp.weighted(in, r, a, b), "expost").value();
                assertEquals(expost, interim, in + " " + r + " weights " + a + "," + b);
            }
        }
    }

    @Test
    void twoBuyers() {
        compare(ParetoInstance.of(2, 1, new String[] {"1", "2"}, new String[] {"1/2", "1/2"}));
        compare(ParetoInstance.of(2, 1, new String[] {"0", "1", "3"}, new String[] {"1/3", "1/2", "1/6"}));
        compare(ParetoInstance.of(2, 2, new String[] {"1/2", "1", "4"}, new String[] {"1/4", "1/2", "1/4"}));
    }

    @Test
    void threeBuyers() {
        compare(ParetoInstance.of(3, 1, new String[] {"1", "2", "5"}, new String[] {"1/2", "3/10", "1/5"}));
        compare(ParetoInstance.of(3, 2, new String[] {"0", "2", "3"}, new String[] {"1/5", "2/5", "2/5"}));
    }

    /** The welfare LP's optimum is the first best E[sum of the m highest values] (closed form). */
    @Test
    void welfareOptimumIsFirstBest() {
        ExactLp lp = ExactLp.temporary("glop");
        for (ParetoInstance in : new ParetoInstance[] {
            ParetoInstance.of(3, 1, new String[] {"1", "2", "5"}, new String[] {"1/2", "3/10", "1/5"}),
            ParetoInstance.of(4, 2, new String[] {"0", "2", "3", "7"}, new String[] {"1/5", "2/5", "1/5", "1/5"})}) {
            Rational w = lp.solve(MechanismLp.weighted(in, Reading.PRINTED, Rational.ONE, Rational.ONE, null), "w")
                    .value();
            assertEquals(MechanismLp.firstBest(in), w);
        }
    }
}
