package tradebounds.family.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tradebounds.claims.Verdict;

/** Seed 004's verdict rule: a grid analogue, held or failed, never decides a theorem about continuous laws. */
class RobustVerdictTest {
    @Test
    void gridsNeverDecide() {
        assertEquals(Verdict.OPEN, RobustAuditor.verdict(true));
        assertEquals(Verdict.OPEN, RobustAuditor.verdict(false));
    }
}
