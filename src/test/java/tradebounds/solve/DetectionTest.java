package tradebounds.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.check.DualBound;
import tradebounds.check.PointCheck;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/** The suite's own teeth: scripted wrong answers are caught by the same measures the contract uses. */
class DetectionTest {
    private final Model model = ContractModels.lpMin(Rational.ZERO, Sense.MINIMIZE, false);

    @Test
    void aPointViolatingTheSecondRowIsMeasured() {
        PointCheck.Violation v = PointCheck.maxViolation(model, new double[] {0.25, 1.75});
        assertTrue(v.where().equals("row spread") && v.amount().equals(Rational.of(1, 2)), v::toString);
    }

    @Test
    void flippedDualsGiveNoUsefulBound() {
        Optional<Rational> b = DualBound.bound(ContractModels.boxed(model, Rational.of(1000)), new double[] {-1.75, -0.45});
        assertTrue(b.isEmpty() || b.get().compareTo(Rational.of(61, 20).subtract(Rational.ONE)) < 0, b::toString);
    }

    @Test
    void aWrongRayIsNotAccepted() {
        Model infeasible = ContractModels.linearInfeasible().get(0).model();
        assertTrue(InfeasibilityRay.proving(infeasible, new double[] {1, 0, 1}).isEmpty());
        assertTrue(InfeasibilityRay.proving(infeasible, new double[] {-1, 0, 1}).isPresent());
    }
}
