package tradebounds.family.fixedprice.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateType;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.cert.ClaimKind;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Reason;
import tradebounds.check.Rejected;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopAdapter;

/**
 * Corrupted twins of multi-unit certificates must be rejected: a mass changed so that a law no longer sums to 1,
 * a dominance chain broken with every sum kept, and (symmetric program) a diagonal equality broken.
 */
class MultiUnitCertificateTwinsTest {
    private static final Path K4 = Path.of("certificates/fixedprice/improved/k4.cert");

    private static String line(String text, String name) {
        return text.lines().filter(l -> l.startsWith(name + " ") && !l.endsWith(" inf")).findFirst().orElseThrow();
    }

    private static Rational value(String text, String name) {
        return Rational.parse(line(text, name).substring(name.length() + 1));
    }

    private static String set(String text, String name, Rational v) {
        return text.replace(line(text, name) + "\n", name + " " + v + "\n");
    }

    private static void rejectedAt(CheckOutcome o, Reason reason, String fragment) {
        Rejected r = assertInstanceOf(Rejected.class, o, String.valueOf(o));
        assertEquals(reason, r.reason(), r.toString());
        assertTrue(r.detail().contains(fragment), r.toString());
    }

    @Test
    void massChangedSoTheLastUnitsSellerLawSumsBelowOne() throws Exception {
        String good = Files.readString(K4);
        assertInstanceOf(Proved.class, Checker.check(good, "k4"));
        // Lowering s1(4) only relaxes the dominance rows (unit 4 is the dominating end of the seller chain), so
        // the only row it can break by the full 1/1000 is the pmf row of unit 4.
        Rational s14 = value(good, "s1_4");
        String bad = set(good, "s1_4", s14.subtract(Rational.of(1, 1000)));
        rejectedAt(Checker.check(bad, "k4"), Reason.ROW_VIOLATED, "seller_mass4");
    }

    @Test
    void dominanceChainBrokenWithEveryMassKept() throws Exception {
        String good = Files.readString(K4);
        // s1(1) = s1(2) in this point, so F_1(p_1) >= F_2(p_1) is tight; moving 1/1000 of unit 1's mass from p_1
        // to p_2 keeps its sum at 1 and breaks the chain at t = 1.
        assertEquals(value(good, "s1_1"), value(good, "s1_2"));
        Rational d = Rational.of(1, 1000);
        String bad = set(set(good, "s1_1", value(good, "s1_1").subtract(d)), "s2_1", value(good, "s2_1").add(d));
        rejectedAt(Checker.check(bad, "k4"), Reason.ROW_VIOLATED, "seller_dom1_1");
    }

    @Test
    void symmetricDiagonalBroken() {
        List<Rational> prices = List.of(Rational.ZERO, Rational.of(1, 4), Rational.of(1, 2), Rational.of(1000));
        WitnessSearchResult res = MultiUnitWitnessSearch.search("qcp61-sym", prices, 2, 1, Duration.ofSeconds(90), 1,
                new GlopAdapter(), s -> { });
        Model model = ProgramCatalog.build("qcp61-sym", prices, 2);
        Rational[] x = res.point().orElseThrow();
        String good = CertificateWriter.toText(CertificateBuilder.of(CertificateType.QCP_WITNESS).program(model)
                .solution(x).claim(ClaimKind.OBJECTIVE_AT_MOST, res.ratio().orElseThrow()).build());
        assertInstanceOf(Proved.class, Checker.check(good, "sym"));
        // The diagonal b_j(q) = s_j(k-q+1): move half of b_1(1) to b_2(1). Unit 1's buyer law still sums to 1, but
        // b_1(1) no longer equals s_1(2) and b_2(1) no longer equals s_2(2): the rows diag1_1 and diag2_1 break by
        // the moved mass (buyer dominance and sw rows may break too; any broken row must reject).
        Rational moved = value(good, "b1_1").divide(Rational.of(2));
        assertTrue(moved.signum() > 0, "the witness puts buyer mass on p_1 in unit 1");
        String bad = set(set(good, "b1_1", value(good, "b1_1").subtract(moved)), "b2_1",
                value(good, "b2_1").add(moved));
        Rejected r = assertInstanceOf(Rejected.class, Checker.check(bad, "sym"));
        assertEquals(Reason.ROW_VIOLATED, r.reason(), r.toString());
        assertEquals(moved, value(bad, "s1_2").subtract(value(bad, "b1_1")));
    }
}
