package tradebounds.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;

/**
 * Issue 13, items 4 and 5: no row is CERTIFIED or REFUTED without a certificate path that the checker proves (the
 * exit-6 gate of {@code audit}), every registry claim has a statement kind, and a theorem tested on a family is never
 * CERTIFIED or NUMERIC.
 */
class VerdictGateTest {
    private static AuditRow row(String id, Verdict v, String certificate) {
        return new AuditRow(id, "s", Rational.ONE, Direction.AT_LEAST, "r", null, v, certificate, 0, List.of());
    }

    @Test
    void gateFlagsCertifiedAndRefutedRowsWithoutAProvedCertificate() throws Exception {
        Path twin = Files.createTempFile("twin", ".cert");
        try {
            Files.writeString(twin, Files.readString(Path.of("certificates/ksfair/preg-table1-refute-cell3.cert"))
                    .replace("qm 9/500", "qm 1/125"));
            String proved = "certificates/ksfair/preg-table1-refute-cell3.cert";
            List<AuditRow> rows = List.of(row("refuted-none", Verdict.REFUTED, null),
                    row("refuted-missing", Verdict.REFUTED, "certificates/none.cert"),
                    row("refuted-twin", Verdict.REFUTED, twin.toString()),
                    row("certified-none", Verdict.CERTIFIED, null),
                    row("refuted-ok", Verdict.REFUTED, proved),
                    row("certified-ok", Verdict.CERTIFIED, "certificates/examples/point-value-toy.cert"),
                    row("numeric-none", Verdict.NUMERIC, null), row("open-none", Verdict.OPEN, null));
            List<String> flagged = CertifiedProofs.unproved(rows, Path.of("."));
            Set<String> ids = flagged.stream().map(s -> s.substring(0, s.indexOf(':'))).collect(Collectors.toSet());
            assertEquals(Set.of("refuted-none", "refuted-missing", "refuted-twin", "certified-none"), ids,
                    flagged::toString);
        } finally {
            Files.deleteIfExists(twin);
        }
    }

    /** Rows moved by issue 13 (closed forms, a refutation), audited for real: each verdict's certificate proves. */
    @Test
    @org.junit.jupiter.api.Tag("slow") // a few seconds: four claims audited
    void auditedClosedFormsAndRefutationsCarryProvedCertificates() throws Exception {
        List<Claim> claims = new ArrayList<>();
        for (String id : List.of("bfm-cor4.4", "bfm-intro-uniform", "bfm-appE-L-lo", "bfm-prop5.1")) {
            claims.add(ClaimRegistry.read(Path.of("claims/ksfair/" + id + ".json")));
        }
        AuditContext ctx = new AuditContext(Path.of("."), Path.of("target/test-audit"), 0.5, false, m -> { },
                new HashMap<>());
        List<AuditRow> rows = new Auditor(1).run(claims, ctx);
        assertEquals(Verdict.CERTIFIED, rows.get(0).verdict(), rows.get(0)::toString);
        assertEquals(StatementKind.CONSTANT, rows.get(0).kind());
        assertEquals(Verdict.CERTIFIED, rows.get(1).verdict(), rows.get(1)::toString);
        assertEquals(Verdict.REFUTED, rows.get(2).verdict(), rows.get(2)::toString);
        assertEquals(StatementKind.PROGRAM_VALUE, rows.get(2).kind());
        // an asymptotic statement evaluated at two K: a theorem on a family, never CERTIFIED or NUMERIC
        assertEquals(StatementKind.THEOREM_ON_FAMILY, rows.get(3).kind());
        assertEquals(Verdict.OPEN, rows.get(3).verdict());
        assertEquals(List.of(), CertifiedProofs.unproved(rows, Path.of(".")));
    }

    /** Seed 004's constant rows (issue 13 item 4), audited for real: CERTIFIED, and each names a proved certificate. */
    @Test
    @org.junit.jupiter.api.Tag("slow") // the robust grid run (programs (a)-(d) at 25 and 50 cells) and six replays
    void auditedRobustBracketsCarryProvedCertificates() throws Exception {
        List<Claim> claims = new ArrayList<>();
        for (String id : List.of("malik-prop1", "malik-thm3", "malik-thm4", "malik-worst-distribution")) {
            claims.add(ClaimRegistry.read(Path.of("claims/robust/" + id + ".json")));
        }
        AuditContext ctx = new AuditContext(Path.of("."), Path.of("target/test-audit"), 0.5, false, m -> { },
                new HashMap<>());
        List<AuditRow> rows = new Auditor(1).run(claims, ctx);
        for (AuditRow r : rows) {
            assertEquals(Verdict.CERTIFIED, r.verdict(), r::toString);
            assertEquals(StatementKind.CONSTANT, r.kind());
            assertTrue(r.regenerated().contains("contains the published value"), r.regenerated());
        }
        assertEquals(List.of(), CertifiedProofs.unproved(rows, Path.of(".")));
    }

    @Test
    void everyRegistryClaimHasAStatementKindAndFamiliesAdmitOnlyRefutedOrOpen() throws Exception {
        List<Claim> all = ClaimRegistry.load(Path.of("claims"));
        assertTrue(all.size() > 40);
        for (Claim c : all) {
            StatementKind k = StatementKind.of(c);
            assertTrue(k != null, c.id());
        }
        AuditRow certified = row("x", Verdict.CERTIFIED, "certificates/examples/point-value-toy.cert");
        assertEquals(Verdict.OPEN, certified.withKind(StatementKind.THEOREM_ON_FAMILY).verdict());
        assertEquals(Verdict.OPEN, row("x", Verdict.NUMERIC, null).withKind(StatementKind.THEOREM_ON_FAMILY).verdict());
        assertEquals(Verdict.REFUTED, row("x", Verdict.REFUTED, "c").withKind(StatementKind.THEOREM_ON_FAMILY).verdict());
        assertEquals(Verdict.CERTIFIED, certified.withKind(StatementKind.CONSTANT).verdict());
        assertEquals("program-value", StatementKind.PROGRAM_VALUE.key());
        assertEquals(StatementKind.GRID_ANALOGUE, StatementKind.parse("grid-analogue"));
    }
}
