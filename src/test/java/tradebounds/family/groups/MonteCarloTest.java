package tradebounds.family.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tradebounds.family.groups.exact.BernoulliExact;
import tradebounds.family.groups.exact.Interval;
import tradebounds.family.groups.exact.LatticeEnclosure;
import tradebounds.family.groups.exact.UniformExact;
import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.Efficiency;
import tradebounds.family.groups.mechanism.IrRule;
import tradebounds.family.groups.mechanism.Reading;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.family.groups.mechanism.Truncation;
import tradebounds.family.groups.montecarlo.MonteCarlo;
import tradebounds.family.groups.montecarlo.PartialSums;
import tradebounds.model.Rational;

/** Monte Carlo at 10^5 runs (n = 5) against exact values and enclosures; sharding is exact. */
class MonteCarloTest {
    private static final long SEED = 20_020_002L;
    private static final int RUNS = 100_000;
    private static final Reading WEAK = new Reading(Truncation.WINDOW, IrRule.WEAK, Efficiency.RATIO_OF_MEANS);

    private static void within4(double estimate, double se, Interval truth, String what) {
        double d = truth.distance(estimate);
        assertTrue(d <= 4 * se, what + ": MC " + estimate + " +- " + se + " vs " + truth + " (" + d / se + " SE)");
    }

    @Test
    void bernoulliAndUniformAgreeWithExactValuesInEveryMeanPair() {
        for (Rational[] pair : Table1.MEANS) {
            Rational a = pair[0];
            Rational b = pair[1];
            Cell bern = new Cell(Shape.BERNOULLI, 5, a, b);
            PartialSums s = MonteCarlo.run(bern, WEAK, SEED, 0, RUNS, 2);
            Rational ir = BernoulliExact.irProbability(5, a, b, IrRule.WEAK);
            Rational[] eff = BernoulliExact.efficiency(5, a, b);
            within4(s.irProbability(), s.irStandardError(), Interval.point(ir.toDouble()), bern + " IR");
            within4(s.ratioOfMeans(), s.ratioStandardError(), Interval.point(eff[0].toDouble()), bern + " eff");
            within4(s.nonNegative(), s.nonNegativeStandardError(), Interval.point(eff[1].toDouble()), bern + " P");

            Cell unif = new Cell(Shape.UNIFORM, 5, a, b);
            PartialSums u = MonteCarlo.run(unif, WEAK, SEED, 0, RUNS, 2);
            within4(u.irProbability(), u.irStandardError(),
                    Interval.point(UniformExact.irProbability(5, a, b).toDouble()), unif + " IR");
            within4(u.ratioOfMeans(), u.ratioStandardError(),
                    Interval.point(UniformExact.efficiency(5, a, b)[0].toDouble()), unif + " eff");
        }
    }

    @Test
    void windowNormalAgreesWithItsLatticeEnclosure() {
        Cell cell = new Cell(Shape.NORMAL, 5, Table1.MEANS[1][0], Table1.MEANS[1][1]);
        PartialSums s = MonteCarlo.run(cell, WEAK, SEED, 0, RUNS, 2);
        LatticeEnclosure.Result r = LatticeEnclosure.enclose(cell, Truncation.WINDOW, IrRule.WEAK, 200);
        within4(s.irProbability(), s.irStandardError(), r.ir(), "normal IR");
        within4(s.ratioOfMeans(), s.ratioStandardError(), r.ratioOfMeans(), "normal eff");
    }

    @Test
    void shardsMergeExactlyWhateverTheSplitAndThreadCount() {
        Cell cell = new Cell(Shape.MIXED, 5, Table1.MEANS[2][0], Table1.MEANS[2][1]);
        PartialSums one = MonteCarlo.run(cell, WEAK, SEED, 0, 3_000, 1);
        PartialSums two = MonteCarlo.run(cell, WEAK, SEED, 0, 3_000, 2);
        PartialSums split = MonteCarlo.shard(cell, WEAK, SEED, 1_234, 3_000)
                .merge(MonteCarlo.shard(cell, WEAK, SEED, 0, 1_234));
        assertEquals(one, two);
        assertEquals(one, split);
    }
}
