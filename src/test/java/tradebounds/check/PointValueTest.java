package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tradebounds.cert.CertificateReader;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.model.Rational;

/**
 * Point-value certificates (FORMAT.md section 6): the toy is proved with its hand-computed value, closed forms are
 * enclosed around independently known constants (1/(e-1), the omega constant W(1), W(e) = 1), and the corrupted twins
 * are rejected: a moved point (outside its box, infeasible, or just elsewhere), an enclosure claimed narrower than it
 * is, an edited program, a changed constant, and malformed POINT sections.
 */
class PointValueTest {
    private static final String TOY = Twins.example("point-value-toy.cert");

    private static CheckOutcome check(String text) {
        return Checker.check(text, "toy.cert");
    }

    private static void rejected(String text, Reason reason) {
        CheckOutcome o = check(text);
        Rejected r = assertInstanceOf(Rejected.class, o, o::toString);
        assertEquals(reason, r.reason(), r::toString);
    }

    private static String edit(String piece, String with) {
        assertTrue(TOY.contains(piece) && TOY.indexOf(piece) == TOY.lastIndexOf(piece), piece);
        return TOY.replace(piece, with);
    }

    /** A closed form: no PARAM, no COORD, an empty POINT. */
    private static String closedForm(String lets, int count, String goal, String claims) {
        return "TRADEBOUNDS 1\nTYPE point-value\nPARAM 0\nCOORD 0\nLET " + count + "\n" + lets + "FEASIBLE 0\nGOAL "
                + goal + "\nPOINT 0\n" + claims;
    }

    private static final String ONE_OVER_E_MINUS_1 = "e exp 1\nem1 sub e 1\nr div 1 em1\n";

    @Test
    void toyIsProvedWithItsHandComputedValue() {
        Proved p = assertInstanceOf(Proved.class, check(TOY), () -> check(TOY).toString());
        assertEquals(Rational.of(5, 16), p.values().get(Quantity.VALUE_LOWER));
        assertEquals(Rational.of(5, 16), p.values().get(Quantity.VALUE_UPPER));
    }

    @Test
    void writerRoundTripStillProves() throws Exception {
        String again = CertificateWriter.toText(CertificateReader.read(TOY, "toy.cert"));
        assertTrue(again.contains("POINT 2\nx 3/4\na 1\n"), again);
        assertInstanceOf(Proved.class, check(again), () -> again);
    }

    @Test
    void closedFormsEncloseKnownConstants() {
        // 1/(e-1) = 0.58197670686932642438...
        assertInstanceOf(Proved.class, check(closedForm(ONE_OVER_E_MINUS_1, 3, "r",
                "CLAIM value > 0.581976706869326\nCLAIM value < 0.581976706869327\n")));
        // the omega constant W(1) = 0.56714329040978387299...
        assertInstanceOf(Proved.class, check(closedForm("w lambertw 1\n", 1, "w",
                "CLAIM value > 0.567143290409783\nCLAIM value < 0.56714329040979\n")));
        // W(e) = 1
        assertInstanceOf(Proved.class, check(closedForm("e exp 1\nw lambertw e\n", 2, "w",
                "CLAIM value >= 0.999999999999999\nCLAIM value <= 1.000000000000001\n")));
        assertInstanceOf(Proved.class, check(closedForm("w lambertw 0\n", 1, "w", "CLAIM value >= 0\nCLAIM value <= 0\n")));
    }

    @Test
    void aMovedPointIsRejected() {
        // outside x's COORD range
        rejected(edit("x 3/4", "x 5/4"), Reason.POINT_OUTSIDE);
        // inside the box but infeasible: h = 13/16 - 7/8 < 0
        rejected(edit("x 3/4", "x 7/8"), Reason.POINT_OUTSIDE);
        // feasible, but the value there (1/4) is below the claimed 5/16
        rejected(edit("x 3/4", "x 1/2"), Reason.VALUE_NOT_PROVED);
        // a changed parameter: a = 2 gives 9/8 - 3/4 + 1/2 = 7/8
        rejected(edit("a 1\n", "a 2\n"), Reason.VALUE_NOT_PROVED);
    }

    @Test
    void anEnclosureClaimedNarrowerIsRejected() {
        rejected(closedForm(ONE_OVER_E_MINUS_1, 3, "r", "CLAIM value < 0.58197670686932\n"),
                Reason.VALUE_NOT_PROVED);
        rejected(closedForm("w lambertw 1\n", 1, "w", "CLAIM value >= 0.5671432904097839\n"),
                Reason.VALUE_NOT_PROVED);
        // the toy's exact value does not prove a strict claim at itself
        rejected(edit("CLAIM value < 1/3", "CLAIM value < 5/16"), Reason.VALUE_NOT_PROVED);
    }

    @Test
    void anEditedProgramOrConstantIsRejected() {
        rejected(edit("f1 sub ax x", "f1 add ax x"), Reason.VALUE_NOT_PROVED);
        rejected(edit("f add f1 1/2", "f add f1 3/4"), Reason.VALUE_NOT_PROVED);
        rejected(closedForm("e exp 1\nem1 sub e 1\nr div 1 e\n", 3, "r", "CLAIM value > 0.58\n"),
                Reason.VALUE_NOT_PROVED);
    }

    @Test
    void malformedPointsAndForeignClaimsAreRejected() {
        rejected(edit("a 1\n", ""), Reason.DIMENSION);
        rejected(edit("a 1\n", "x 1/2\n"), Reason.DUPLICATE_NAME);
        rejected(edit("a 1\n", "b 1\n"), Reason.UNKNOWN_NAME);
        rejected(edit("CLAIM value < 1/3", "CLAIM minimum >= 0"), Reason.CLAIM_NOT_ALLOWED);
        rejected(Twins.example("interval-cover-toy.cert").replace("CLAIM minimum >= 1/10", "CLAIM value >= 1/10"),
                Reason.CLAIM_NOT_ALLOWED);
        // an operation outside its domain at the point
        rejected(closedForm("w lambertw -1\n", 1, "w", "CLAIM value < 0\n"), Reason.LEAF_FAILED);
    }
}
