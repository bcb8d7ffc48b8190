package tradebounds.family.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tradebounds.claims.Verdict;

/**
 * Seed 004's verdict rule: a grid analogue alone never decides a theorem about continuous laws; a constant row is
 * CERTIFIED when every certificate of the sandwich bracket is proved and the bracket contains the published value,
 * REFUTED when they are proved and it does not, OPEN when any certificate is not proved.
 */
class RobustVerdictTest {
    @Test
    void gridsAloneNeverDecide() {
        assertEquals(Verdict.OPEN, RobustAuditor.verdict(false, false, false));
        assertEquals(Verdict.OPEN, RobustAuditor.verdict(false, true, false));
        assertEquals(Verdict.OPEN, RobustAuditor.verdict(false, false, true));
    }

    @Test
    void provedBracketsDecideConstantRows() {
        assertEquals(Verdict.CERTIFIED, RobustAuditor.verdict(true, true, false));
        assertEquals(Verdict.REFUTED, RobustAuditor.verdict(true, false, true));
        assertEquals(Verdict.OPEN, RobustAuditor.verdict(true, false, false));
    }
}
