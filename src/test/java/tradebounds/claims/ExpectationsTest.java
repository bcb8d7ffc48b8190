package tradebounds.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.model.Rational;

/** The golden file of verdicts: fake audit rows in, regressions out. */
class ExpectationsTest {
    private static AuditRow row(String id, Direction d, Verdict v, String established) {
        return new AuditRow(id, "s", Rational.parse("0.7"), d, "r", established == null ? null : Rational.parse(established),
                v, null, 0, List.of());
    }

    private static final List<AuditRow> TODAY = List.of(
            row("upper", Direction.AT_MOST, Verdict.CERTIFIED, "0.69"),
            row("lower", Direction.AT_LEAST, Verdict.CERTIFIED, "0.71"),
            row("numeric", Direction.AT_MOST, Verdict.NUMERIC, null),
            row("open", Direction.AT_MOST, Verdict.OPEN, null));

    @Test
    void roundTripsAndAcceptsTheSameAudit(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("expected.json");
        Files.writeString(f, Expectations.write(TODAY));
        Map<String, Expectations.Expected> e = Expectations.read(f);
        assertEquals(4, e.size());
        assertEquals(new Expectations.Expected(Verdict.CERTIFIED, Rational.parse("0.69")), e.get("upper"));
        assertEquals(List.of(), Expectations.regressions(e, TODAY, false));
    }

    @Test
    void aFallenVerdictOrAWeakerBoundIsARegression(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("expected.json");
        Files.writeString(f, Expectations.write(TODAY));
        Map<String, Expectations.Expected> e = Expectations.read(f);
        List<String> r = Expectations.regressions(e, List.of(
                row("upper", Direction.AT_MOST, Verdict.CERTIFIED, "0.695"), // weaker for <=
                row("lower", Direction.AT_LEAST, Verdict.OPEN, null),         // fell
                row("numeric", Direction.AT_MOST, Verdict.CERTIFIED, "0.6"),  // a gain
                row("open", Direction.AT_MOST, Verdict.NUMERIC, null)), false);
        assertEquals(2, r.size(), r.toString());
        assertTrue(r.get(0).startsWith("upper: certified bound weakened"), r.get(0));
        assertTrue(r.get(1).startsWith("lower: verdict fell from CERTIFIED to OPEN"), r.get(1));
    }

    @Test
    void strongerBoundsPassAndCheckedVerdictsMayNotSwap() {
        Map<String, Expectations.Expected> e = Map.of(
                "upper", new Expectations.Expected(Verdict.CERTIFIED, Rational.parse("0.69")),
                "lower", new Expectations.Expected(Verdict.CERTIFIED, Rational.parse("0.71")));
        assertEquals(List.of(), Expectations.regressions(e, List.of(
                row("upper", Direction.AT_MOST, Verdict.CERTIFIED, "0.68"),
                row("lower", Direction.AT_LEAST, Verdict.CERTIFIED, "0.72")), false));
        assertEquals(1, Expectations.regressions(e, List.of(
                row("upper", Direction.AT_MOST, Verdict.REFUTED, null),
                row("lower", Direction.AT_LEAST, Verdict.CERTIFIED, "0.71")), false).size());
        assertEquals(1, Expectations.regressions(e, List.of(
                row("upper", Direction.AT_MOST, Verdict.CERTIFIED, null),
                row("lower", Direction.AT_LEAST, Verdict.CERTIFIED, "0.71")), false).size());
    }

    @Test
    void aMissingClaimCountsOnlyInACompleteAudit() {
        Map<String, Expectations.Expected> e = Map.of("gone", new Expectations.Expected(Verdict.OPEN, null));
        assertEquals(1, Expectations.regressions(e, List.of(), false).size());
        assertEquals(0, Expectations.regressions(e, List.of(), true).size());
    }

    @Test
    void aCertifiedRowWithoutACertificateIsReported() {
        List<String> u = CertifiedProofs.unproved(List.of(row("upper", Direction.AT_MOST, Verdict.CERTIFIED, "0.69"),
                row("open", Direction.AT_MOST, Verdict.OPEN, null)), Path.of("."));
        assertEquals(1, u.size());
        assertTrue(u.get(0).contains("without a certificate"));
    }
}
