package tradebounds.family.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tradebounds.family.groups.exact.BernoulliExact;
import tradebounds.family.groups.exact.Interval;
import tradebounds.family.groups.exact.IrwinHall;
import tradebounds.family.groups.exact.LatticeEnclosure;
import tradebounds.family.groups.exact.TailBounds;
import tradebounds.family.groups.exact.UniformExact;
import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.IrRule;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.family.groups.mechanism.Truncation;
import tradebounds.model.Rational;

/** Exact values for n = 1 and n = 2 worked by hand (a = 3/5, b = 2/5, price 1/2). */
class HandCheckedTest {
    private static final Rational A = Rational.of(3, 5);
    private static final Rational B = Rational.of(2, 5);

    @Test
    void bernoulliOneBuyerOneSeller() {
        // IR iff v = 1 and c = 0: (3/5)^2. D in {1, 0, -1}: E[D] = 1/5, E[D^+] = 9/25, P(D >= 0) = 1 - (2/5)^2.
        assertEquals(Rational.of(9, 25), BernoulliExact.irProbability(1, A, B, IrRule.STRICT));
        assertEquals(Rational.of(9, 25), BernoulliExact.irProbability(1, A, B, IrRule.WEAK));
        Rational[] e = BernoulliExact.efficiency(1, A, B);
        assertEquals(Rational.of(5, 9), e[0]);
        assertEquals(Rational.of(21, 25), e[1]);
        assertEquals(Rational.of(9, 25), e[2]);
    }

    @Test
    void bernoulliTwoBuyersTwoSellersSeparatesStrictFromWeak() {
        // Threshold n p = 1. STRICT: X = 2 and Y = 0: (9/25)^2. WEAK: X >= 1 and Y <= 1: (21/25)^2.
        assertEquals(Rational.of(81, 625), BernoulliExact.irProbability(2, A, B, IrRule.STRICT));
        assertEquals(Rational.of(441, 625), BernoulliExact.irProbability(2, A, B, IrRule.WEAK));
        // D + 2 ~ Bin(4, 3/5): E[D^+] = P(D=1) + 2 P(D=2) = 4*27*2/625 + 2*81/625 = 378/625; E[D] = 2/5.
        assertEquals(Rational.of(2, 5).divide(Rational.of(378, 625)), BernoulliExact.efficiency(2, A, B)[0]);
    }

    @Test
    void uniformOneBuyerOneSeller() {
        // v ~ U[1/5, 1], c ~ U[0, 4/5]: P(v > 1/2) = P(c < 1/2) = 5/8. D = 1/5 + 4/5 (U - U'), E[D^+] = 41/160.
        assertEquals(Rational.of(25, 64), UniformExact.irProbability(1, A, B));
        Rational[] e = UniformExact.efficiency(1, A, B);
        assertEquals(Rational.of(32, 41), e[0]);
        assertEquals(Rational.of(23, 32), e[1]);
    }

    @Test
    void uniformTwoBuyersTwoSellers() {
        // Buyers: U1 + U2 >= 3/4, probability 1 - (3/4)^2/2 = 23/32; sellers symmetric.
        assertEquals(Rational.of(529, 1024), UniformExact.irProbability(2, A, B));
        assertEquals(Rational.of(9, 32), IrwinHall.cdf(2, Rational.of(3, 4)));
        assertEquals(Rational.of(1, 6), IrwinHall.integratedCdf(2, Rational.ONE, 1));
    }

    @Test
    void latticeEnclosureContainsTheExactUniformAndBernoulliValues() {
        for (Shape s : new Shape[] {Shape.UNIFORM, Shape.BERNOULLI}) {
            Cell cell = new Cell(s, 2, A, B);
            LatticeEnclosure.Result r = LatticeEnclosure.enclose(cell, Truncation.WINDOW, IrRule.WEAK, 40);
            Rational ir = s == Shape.UNIFORM ? UniformExact.irProbability(2, A, B)
                    : BernoulliExact.irProbability(2, A, B, IrRule.WEAK);
            Rational eff = s == Shape.UNIFORM ? UniformExact.efficiency(2, A, B)[0]
                    : BernoulliExact.efficiency(2, A, B)[0];
            assertTrue(r.ir().contains(ir.toDouble()), s + " IR " + ir.toDouble() + " not in " + r.ir());
            assertTrue(r.ratioOfMeans().contains(eff.toDouble()), s + " eff " + eff.toDouble() + " not in "
                    + r.ratioOfMeans());
        }
        Interval point = LatticeEnclosure.enclose(new Cell(Shape.BERNOULLI, 2, A, B), Truncation.WINDOW,
                IrRule.STRICT, 40).ir();
        assertTrue(point.width() < 1e-8, "Bernoulli atoms lie on the lattice: " + point);
    }

    @Test
    void bernsteinEnclosuresContainTheExactBernoulliValues() {
        Cell cell = new Cell(Shape.BERNOULLI, 100, A, B);
        TailBounds.Result r = TailBounds.enclose(cell, Truncation.WINDOW);
        for (IrRule rule : IrRule.values()) {
            assertTrue(r.ir().contains(BernoulliExact.irProbability(100, A, B, rule).toDouble()), r.ir().toString());
        }
        Rational[] e = BernoulliExact.efficiency(100, A, B);
        assertTrue(r.ratioOfMeans().contains(e[0].toDouble()), r.ratioOfMeans().toString());
        assertTrue(r.nonNegative().contains(e[1].toDouble()), r.nonNegative().toString());
    }
}
