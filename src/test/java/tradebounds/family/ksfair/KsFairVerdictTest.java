package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tradebounds.claims.Verdict;
import tradebounds.family.ksfair.KsFairFinding.Status;

/** Seed 000's verdict rule with made-up findings: checked verdicts only for finite statements fully proved. */
class KsFairVerdictTest {
    @Test
    void everyStatusMapsAsDocumented() {
        assertEquals(Verdict.CERTIFIED, KsFairAuditor.verdict(Status.HOLDS, true, true));
        assertEquals(Verdict.NUMERIC, KsFairAuditor.verdict(Status.HOLDS, true, false));
        assertEquals(Verdict.NUMERIC, KsFairAuditor.verdict(Status.HOLDS, false, true));
        assertEquals(Verdict.REFUTED, KsFairAuditor.verdict(Status.REFUTED, true, true));
        assertEquals(Verdict.OPEN, KsFairAuditor.verdict(Status.REFUTED, false, true));
        assertEquals(Verdict.OPEN, KsFairAuditor.verdict(Status.REFUTED, true, false));
        for (Status s : new Status[] {Status.CONSISTENT, Status.NOT_CHECKED}) {
            for (boolean finite : new boolean[] {true, false}) {
                assertEquals(Verdict.OPEN, KsFairAuditor.verdict(s, finite, true));
                assertEquals(Verdict.OPEN, KsFairAuditor.verdict(s, finite, false));
            }
        }
    }

    @Test
    void onlyACounterexampleInTheHypothesesMakesAUniversalClaimRefuted() {
        java.util.Optional<java.math.BigDecimal> none = java.util.Optional.empty();
        KsFairFinding analogue = new KsFairFinding("x", Status.REFUTED, none, none, java.util.List.of(), "finite analogue");
        KsFairFinding inside = new KsFairFinding("x", Status.REFUTED, none, none, java.util.List.of(), true, "in hypotheses");
        org.junit.jupiter.api.Assertions.assertFalse(analogue.counterexampleInHypotheses());
        org.junit.jupiter.api.Assertions.assertTrue(inside.counterexampleInHypotheses());
    }
}
