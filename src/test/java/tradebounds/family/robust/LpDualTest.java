package tradebounds.family.robust;

import tradebounds.engine.certify.ExactCrossover;
import tradebounds.engine.certify.LpDual;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.check.DualBound;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolveOptions;

/** The LP dual, solved as a primal and read back as multipliers, gives the hand-computed optimum as a safe bound. */
class LpDualTest {
    private static Rational r(long p, long q) {
        return Rational.of(p, q);
    }

    private static Optional<Rational> boundViaDual(Model m) {
        LpDual d = LpDual.of(m);
        double[] x = AdapterRegistry.get("clp").solve(d.model(), SolveOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(30))).point().orElseThrow();
        return DualBound.bound(m, d.multipliers(ExactCrossover.primal(d.model(), x)));
    }

    /**
     * max 11/5 x + 2 y s.t. x + y &lt;= 4, x + 3 y &lt;= 6, 0 &lt;= x &lt;= 3, y &gt;= 0: the optimum is at (3, 1), value
     * 33/5 + 2 = 43/5 (multiplier 2 on the first row and 1/5 on x's upper bound prove it).
     */
    @Test
    void maximisationWithUpperRowsAndABound() {
        ModelBuilder b = new ModelBuilder("toy-max");
        int x = b.addVariable("x", Bound.between(Rational.ZERO, Rational.of(3)));
        int y = b.addVariable("y", Bound.nonNegative());
        b.addRow("r1", Expr.builder().add(x, Rational.ONE).add(y, Rational.ONE).build(), Bound.atMost(Rational.of(4)));
        b.addRow("r2", Expr.builder().add(x, Rational.ONE).add(y, Rational.of(3)).build(), Bound.atMost(Rational.of(6)));
        b.objective(Sense.MAXIMIZE, Expr.builder().add(x, r(11, 5)).add(y, Rational.of(2)).build());
        assertEquals(Optional.of(r(43, 5)), boundViaDual(b.build()));
    }

    /**
     * min x + 13/10 y + 1 s.t. x + y - 1 &gt;= 2 (a row constant), 0 &lt;= x &lt;= 2, 0 &lt;= y &lt;= 5: x is cheaper, so x = 2,
     * y = 1, value 2 + 13/10 + 1 = 43/10.
     */
    @Test
    void minimisationWithARowConstantAndAnOffset() {
        ModelBuilder b = new ModelBuilder("toy-min");
        int x = b.addVariable("x", Bound.between(Rational.ZERO, Rational.of(2)));
        int y = b.addVariable("y", Bound.between(Rational.ZERO, Rational.of(5)));
        b.addRow("cover", Expr.builder().add(x, Rational.ONE).add(y, Rational.ONE).constant(Rational.ONE.negate())
                .build(), Bound.atLeast(Rational.of(2)));
        b.objective(Sense.MINIMIZE, Expr.builder().add(x, Rational.ONE).add(y, r(13, 10)).constant(Rational.ONE)
                .build());
        assertEquals(Optional.of(r(43, 10)), boundViaDual(b.build()));
    }
}
