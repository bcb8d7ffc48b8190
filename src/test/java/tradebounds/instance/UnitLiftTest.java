package tradebounds.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tradebounds.check.WelfareEvaluator;
import tradebounds.model.Rational;

/** Proposition 6.2: the lift keeps sup_p SW / OPT exactly. */
class UnitLiftTest {
    private static Rational ratio(FixedPriceInstance in) {
        WelfareEvaluator e = new WelfareEvaluator(in);
        return e.bestPrice().welfare().divide(e.opt());
    }

    private static Distribution single(Rational... valueMass) {
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < valueMass.length; i += 2) {
            atoms.add(Atom.single(valueMass[i], valueMass[i + 1]));
        }
        return new Distribution(atoms);
    }

    @Test
    void handCase() {
        // S in {0, 2}, B in {1, 3}, all evenly. OPT = (1 + 3 + 2 + 3)/4 = 9/4. SW(1) = (1 + 3 + 2 + 2)/4 = 2 and
        // SW(2) = SW(3) = (0 + 3 + 2 + 3)/4 = 2, so the ratio is 8/9. Lifted to 3 units: OPT 27/4, best SW 6.
        Rational half = Rational.of(1, 2);
        FixedPriceInstance one = new FixedPriceInstance(1, single(Rational.ZERO, half, Rational.of(2), half),
                single(Rational.ONE, half, Rational.of(3), half));
        FixedPriceInstance three = UnitLift.lift(one, 3);
        WelfareEvaluator e = new WelfareEvaluator(three);
        assertEquals(Rational.of(27, 4), e.opt());
        assertEquals(Rational.of(6), e.bestPrice().welfare());
        assertEquals(Rational.of(8, 9), ratio(one));
        assertEquals(Rational.of(8, 9), ratio(three));
        assertEquals(List.of(Rational.of(2), Rational.of(2), Rational.of(2)), three.seller().atoms().get(1).values());
    }

    @Test
    void randomSingleUnitInstancesKeepTheirRatio() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int round = 0; round < 40; round++) {
            FixedPriceInstance one = new FixedPriceInstance(1, random(rnd), random(rnd));
            Rational r1 = ratio(one);
            WelfareEvaluator e1 = new WelfareEvaluator(one);
            for (int k : new int[] {2, 3, 5}) {
                FixedPriceInstance lifted = UnitLift.lift(one, k);
                WelfareEvaluator ek = new WelfareEvaluator(lifted);
                assertEquals(e1.opt().multiply(Rational.of(k)), ek.opt());
                assertEquals(r1, ratio(lifted), "k = " + k);
            }
        }
    }

    private static Distribution random(SplittableRandom rnd) {
        int atoms = 1 + rnd.nextInt(5);
        long[] w = new long[atoms];
        long total = 0;
        for (int a = 0; a < atoms; a++) {
            w[a] = 1 + rnd.nextInt(20);
            total += w[a];
        }
        List<Atom> out = new ArrayList<>();
        for (int a = 0; a < atoms; a++) {
            out.add(Atom.single(Rational.of(1 + rnd.nextInt(50), 1 + rnd.nextInt(7)), Rational.of(w[a], total)));
        }
        return new Distribution(out);
    }
}
