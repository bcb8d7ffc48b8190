package tradebounds.solve.ojalgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.UnsupportedModelException;

@Tag("known-defect")
class OjalgoKnownDefectTest {
    /** min xy on [-1,1]^2: the minimum is -1 at (1,-1); ojAlgo calls the saddle point (0,0) OPTIMAL. */
    @Test
    void ojalgoCallsANonconvexSaddlePointOptimal() {
        ExpressionsBasedModel q = new ExpressionsBasedModel();
        Variable x = q.addVariable("x").lower(-1).upper(1);
        Variable y = q.addVariable("y").lower(-1).upper(1);
        q.addExpression("objective").set(x, y, 1).weight(1);
        Optimisation.Result r = q.minimise();
        assertEquals(Optimisation.State.OPTIMAL, r.getState());
        assertTrue(r.getValue() > -0.5, "ojAlgo found the true minimum; the refusal may be revisited: " + r);
    }

    @Test
    void theAdapterRefusesThatModel() {
        ModelBuilder b = new ModelBuilder("saddle");
        int x = b.addVariable("x", Bound.between(Rational.of(-1), Rational.ONE));
        int y = b.addVariable("y", Bound.between(Rational.of(-1), Rational.ONE));
        b.objective(Sense.MINIMIZE, Expr.builder().add(x, y, Rational.ONE).build());
        Model m = b.build();
        UnsupportedModelException e = assertThrows(UnsupportedModelException.class,
                () -> new OjalgoAdapter().solve(m, SolveOptions.defaults()));
        assertTrue(e.getMessage().contains("ojalgo") && e.getMessage().contains("BILINEAR_OBJECTIVE"), e.getMessage());
    }
}
