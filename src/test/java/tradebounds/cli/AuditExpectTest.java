package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden file guards the main job: a budgeted audit of a certified claim (and the claim implied by it) passes
 * {@code --expect claims/expected-verdicts.json}, and the same audit against a doctored expectation exits 5.
 */
@Tag("slow")
class AuditExpectTest {
    @Test
    void aBudgetedAuditMeetsTheCommittedExpectations(@TempDir Path dir) throws Exception {
        String[] audit = {"audit", "--only", "gdk-prop4.2", "--budget-scale", "0.05", "--jobs", "2", "--work-dir",
                dir.resolve("audit").toString(), "--expect", "claims/expected-verdicts.json"};
        CliRun ok = CliRun.of(audit);
        assertEquals(Main.OK, ok.code(), ok.err());
        assertTrue(ok.err().contains("every verdict and certified bound as expected"), ok.err());

        // The same rows against an expectation of a stronger bound than the certificate gives: a regression.
        Path doctored = dir.resolve("expected.json");
        Files.writeString(doctored, "{\"gdk-prop4.2\": {\"verdict\": \"CERTIFIED\", \"established\": \"0.7\"}}\n");
        audit[audit.length - 1] = doctored.toString();
        CliRun fell = CliRun.of(audit);
        assertEquals(Main.REGRESSION, fell.code(), fell.err());
        assertTrue(fell.err().contains("REGRESSION gdk-prop4.2: certified bound weakened"), fell.err());
    }
}
