package tradebounds.family.fixedprice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.cert.CertificateReader;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.check.Rejected;
import tradebounds.claims.AuditContext;
import tradebounds.claims.AuditRow;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.claims.ProgramMatch;
import tradebounds.claims.Verdict;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Rational;

/**
 * The printed (6.1) refutation: the stored witness is proved, is the printed program at Table 1's k = 8 support, and
 * its objective is below 1 - 1/e = 0.632120558...; the audit says REFUTED; a corrupted witness is rejected and a
 * witness of the strict reading is not accepted as one of the printed program.
 */
class PrintedRefutationTest {
    private static final Path CLAIM = Path.of("claims/fixedprice/gdk-qcp61-printed-k8.json");

    @Test
    void storedWitnessRefutesThePrintedProgram() throws Exception {
        Claim c = ClaimRegistry.read(CLAIM);
        Path cert = Path.of(c.certificate());
        Proved p = assertInstanceOf(Proved.class, Checker.check(cert));
        Rational obj = p.value(Quantity.OBJECTIVE).orElseThrow();
        // 1 - 1/e > 0.6321205 (e < 2.7182819 gives 1/e > 0.367879436); the published bound sits below it
        assertTrue(obj.compareTo(Rational.parse("0.6321205")) < 0, obj.toDisplay());
        assertEquals(Optional.empty(), ProgramMatch.firstDifference(HardnessAudit.model("qcp61",
                ProgramCatalog.prices(c.priceSpec()), 8), CertificateReader.read(cert).program().orElseThrow().model()));
        // but not the strict reading's program
        assertTrue(ProgramMatch.firstDifference(HardnessAudit.model("qcp61-strict", ProgramCatalog.prices(c.priceSpec()),
                8), CertificateReader.read(cert).program().orElseThrow().model()).isPresent());
        AuditRow row = PrintedRefutation.run(c, new AuditContext(Path.of("."), Path.of("target/test-audit"), 0.5, false,
                m -> { }, new HashMap<>()));
        assertEquals(Verdict.REFUTED, row.verdict(), row::toString);
    }

    /** Lemma 6.1's instance built from the same point: the checker finds its laws not realizable (exactly). */
    @Test
    void lemmaInstanceOfThePointIsNotRealizable() throws Exception {
        Claim c = ClaimRegistry.read(CLAIM);
        var stored = CertificateReader.read(Path.of(c.certificate()));
        var model = stored.program().orElseThrow().model();
        Rational[] point = stored.solution().orElseThrow().point(model);
        var prices = ProgramCatalog.prices(c.priceSpec());
        var lemma = WitnessCertificates.of(c, model, prices, 8, point, Rational.parse("0.584328871"), HardnessAudit.EPS,
                "test", new java.util.ArrayList<>());
        Rejected r = assertInstanceOf(Rejected.class, Checker.check(lemma));
        assertEquals(tradebounds.check.Reason.NOT_REALIZABLE, r.reason(), r::toString);
    }

    @Test
    void aCorruptedWitnessIsRejected() throws Exception {
        String text = Files.readString(Path.of("certificates/fixedprice/gdk-qcp61-printed-k8.cert"));
        // a claimed objective below the point's value
        String lower = text.replace("CLAIM objective <= 584328871/1000000000", "CLAIM objective <= 1/2");
        assertTrue(!lower.equals(text));
        assertInstanceOf(Rejected.class, Checker.check(lower, "twin.cert"));
    }
}
