package tradebounds.family.robust;

import tradebounds.engine.interval.Interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.family.robust.program.DiscreteMarginal;
import tradebounds.model.Rational;

class DiscretizationTest {
    @Test
    void uniformCellsAtTheirEndpoints() {
        DiscreteMarginal lo = Discretization.discretize(PolynomialMarginal.uniform(Rational.ZERO, Rational.ONE), 4,
                Discretization.Placement.LOWER);
        assertEquals(List.of(Rational.ZERO, Rational.of(1, 4), Rational.of(1, 2), Rational.of(3, 4)), lo.values());
        lo.masses().forEach(m -> assertEquals(Rational.of(1, 4), m));
        DiscreteMarginal hi = Discretization.discretize(PolynomialMarginal.uniform(Rational.ZERO, Rational.of(1, 2)), 2,
                Discretization.Placement.UPPER);
        assertEquals(List.of(Rational.of(1, 4), Rational.of(1, 2)), hi.values());
    }

    @Test
    void betaAndPowerMassesAreExact() {
        // Beta(2,2): F(x) = 3x^2 - 2x^3; F(1/4) = 3/16 - 2/64 = 5/32.
        DiscreteMarginal b = Discretization.discretize(PolynomialMarginal.beta(2, 2), 4, Discretization.Placement.LOWER);
        assertEquals(Rational.of(5, 32), b.mass(0));
        assertEquals(Rational.of(1, 2).subtract(Rational.of(5, 32)), b.mass(1));
        // (x/2)^3 on [0, 2], two cells: F(1) = 1/8.
        DiscreteMarginal p = Discretization.discretize(PolynomialMarginal.power(3, Rational.of(2)), 2,
                Discretization.Placement.UPPER);
        assertEquals(Rational.of(1, 8), p.mass(0));
    }

    @Test
    void cdfTableIsPiecewiseLinear() {
        PolynomialMarginal t = PolynomialMarginal.table("t", List.of(Rational.ZERO, Rational.of(1, 2), Rational.ONE),
                List.of(Rational.ZERO, Rational.of(3, 4), Rational.ONE));
        assertEquals(Rational.of(3, 8), t.exactCdf(Rational.of(1, 4)).get());
        assertEquals(Rational.of(7, 8), t.exactCdf(Rational.of(3, 4)).get());
    }

    @Test
    void truncatedExponentialEnclosuresAndMasses() {
        Interval e = Interval.exp(BigDecimal.ONE);
        assertTrue(e.contains(new BigDecimal("2.71828182845904523536028747135266249775724709369995")));
        assertTrue(e.width().compareTo(new BigDecimal("1e-35")) < 0);
        TruncatedExponential x = new TruncatedExponential(Rational.of(2), Rational.ONE);
        double expected = (1 - Math.exp(-0.5)) / (1 - Math.exp(-2));
        Interval f = x.cdf(new BigDecimal("0.25"));
        assertTrue(Math.abs(f.mid() - expected) < 1e-14 && f.width().doubleValue() < 1e-30, f.toString());
        DiscreteMarginal d = Discretization.discretize(x, 8, Discretization.Placement.LOWER);
        assertTrue(Math.abs(d.mass(0).toDouble() - (1 - Math.exp(-0.25)) / (1 - Math.exp(-2))) < 1e-14);
    }
    @Test
    void breakpointCellsCarryExactMassesAtTheChosenEnd() {
        // U[0,1] on (0,1/2], (1/2,3/4], (3/4,1]: masses 1/2, 1/4, 1/4 at the lower ends 0, 1/2, 3/4.
        DiscreteMarginal u = Discretization.discretizeOn(PolynomialMarginal.uniform(Rational.ZERO, Rational.ONE),
                List.of(Rational.ZERO, Rational.of(1, 2), Rational.of(3, 4), Rational.ONE), Discretization.Placement.LOWER);
        assertEquals(List.of(Rational.ZERO, Rational.of(1, 2), Rational.of(3, 4)), u.values());
        assertEquals(List.of(Rational.of(1, 2), Rational.of(1, 4), Rational.of(1, 4)), u.masses());
        // F(v) = v^2 on (0,1/2], (1/2,1]: masses 1/4, 3/4 at the upper ends 1/2, 1.
        DiscreteMarginal v = Discretization.discretizeOn(PolynomialMarginal.power(2, Rational.ONE),
                List.of(Rational.ZERO, Rational.of(1, 2), Rational.ONE), Discretization.Placement.UPPER);
        assertEquals(List.of(Rational.of(1, 2), Rational.ONE), v.values());
        assertEquals(List.of(Rational.of(1, 4), Rational.of(3, 4)), v.masses());
    }
}
