package tradebounds.family.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.Direction;
import tradebounds.claims.Verdict;
import tradebounds.family.groups.exact.Interval;
import tradebounds.model.Rational;

/** Verdict logic with fake evidence, and the auditor on two fast Bernoulli cells. */
class GroupsFamilyAuditorTest {
    private static Evidence fake(double lo, double hi, double se, boolean rigorous) {
        return new Evidence("x", new Interval(lo, hi), null, "fake", rigorous, se, 0, "fake");
    }

    @Test
    void agreementIsFourStandardErrorsPlusPrintRounding() {
        Evidence e = fake(0.5, 0.5, 1e-4, true);
        assertTrue(e.agrees(0.5 + 4e-4 + 5e-7));
        assertFalse(e.agrees(0.5 + 4e-4 + 1e-6));
        assertEquals(0.0, fake(0.4, 0.6, 1e-4, true).z(0.55));
        // A value with no noise (SE 0) agrees only up to the print rounding.
        assertTrue(fake(1, 1, 0, true).agrees(0.9999995));
        assertFalse(fake(1, 1, 0, true).agrees(0.999999));
    }

    private static Claim claim(String id, String published) {
        return new Claim(id, "claims/groups/" + id + ".json", "seed 002", "Table 1", "-", Rational.parse(published),
                Direction.AT_LEAST, "context", "groups-forced-trade", null, null,
                Map.of("type", GroupsFamilyAuditor.METHOD), null, List.of(), 1);
    }

    private static AuditContext context() {
        return new AuditContext(Path.of("."), Path.of("target", "audit"), 1.0, false, s -> { }, new HashMap<>());
    }

    @Test
    void agreeingCellIsNumericAndDisagreeingCellIsRefutedWithTheReproducingReading() {
        GroupsFamilyAuditor auditor = new GroupsFamilyAuditor();
        assertEquals(java.util.Set.of("groups-table1"), auditor.methods());
        AuditRow ok = auditor.audit(claim("xzc-table1-bern-n5-m1-ir", "0.465557"), context());
        assertEquals(Verdict.NUMERIC, ok.verdict());
        // n = 100, (0.6, 0.4): the stated (strict) reading is refuted by a stored point-value certificate
        // (certificates/groups/, IrPointValuesTest); the weak reading still reproduces the printed number.
        AuditRow off = auditor.audit(claim("xzc-table1-bern-n100-m1-ir", "0.966587"), context());
        assertEquals(Verdict.REFUTED, off.verdict());
        assertTrue(off.notes().stream().anyMatch(n -> n.contains("not the value of the stated reading within the"
                + " paper's Monte Carlo error")), off.notes().toString());
        assertTrue(off.notes().stream().anyMatch(n -> n.startsWith("reading */weak/*") && n.endsWith("reproduces")),
                off.notes().toString());
        AuditRow mismatch = auditor.audit(claim("xzc-table1-bern-n5-m1-ir", "0.5"), context());
        assertEquals(Verdict.OPEN, mismatch.verdict());
    }
}
