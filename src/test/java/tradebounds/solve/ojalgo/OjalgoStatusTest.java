package tradebounds.solve.ojalgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Optimisation;
import tradebounds.solve.Termination;

class OjalgoStatusTest {
    @Test
    void everyStateMaps() {
        for (Optimisation.State s : Optimisation.State.values()) {
            assertNotNull(OjalgoAdapter.termination(s, false));
            assertNotNull(OjalgoAdapter.termination(s, true));
        }
        assertEquals(Termination.LIMIT, OjalgoAdapter.termination(Optimisation.State.FEASIBLE, false));
    }
}
