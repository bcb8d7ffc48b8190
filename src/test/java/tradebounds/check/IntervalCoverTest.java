package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Certificate;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover.Arg;
import tradebounds.cert.Cover.Cell;
import tradebounds.cert.Cover.Coord;
import tradebounds.cert.Cover.Let;
import tradebounds.cert.Cover.Node;
import tradebounds.cert.Cover;
import tradebounds.cert.CoverOp;
import tradebounds.model.Rational;

/**
 * Interval covers (FORMAT.md section 4): the toy example is proved with its hand-computed lowest leaf, and every
 * kind of corruption (a box removed, an enclosure shrunk, a cell dropped, a false empty leaf, a split outside its
 * box, an operation outside its domain) is rejected.
 */
class IntervalCoverTest {
    private static final String TOY = Twins.example("interval-cover-toy.cert");

    private static CheckOutcome check(String text) {
        return Checker.check(text, "toy.cert");
    }

    private static void rejected(String text, Reason reason) {
        CheckOutcome o = check(text);
        Rejected r = assertInstanceOf(Rejected.class, o, o::toString);
        assertEquals(reason, r.reason(), r::toString);
    }

    @Test
    void toyIsProvedWithItsHandComputedLowestLeaf() {
        Proved p = assertInstanceOf(Proved.class, check(TOY));
        Rational lowest = p.values().get(Quantity.COVER_LOWEST_LEAF);
        // the lowest leaf is [1/2, 5/8]: 1/4 - 5/8 + 1/2 = 1/8 by hand, less a few ulps of outward rounding
        assertTrue(lowest.compareTo(Rational.of(1, 8)) <= 0 && lowest.compareTo(Rational.of(1249, 10000)) > 0,
                lowest::toDisplay);
        assertTrue(p.notes().get(0).contains("8 leaves evaluated, 1 proved empty"), p.notes()::toString);
    }

    @Test
    void writerRoundTripStillProves() throws Exception {
        String again = CertificateWriter.toText(CertificateReader.read(TOY, "toy.cert"));
        assertInstanceOf(Proved.class, check(again), () -> again);
    }

    /** The toy with one exact (possibly multi-line) piece replaced; fails if the piece is not there once. */
    private static String edit(String piece, String with) {
        assertEquals(TOY.indexOf(piece), TOY.lastIndexOf(piece), "piece occurs twice: " + piece);
        assertTrue(TOY.contains(piece), "piece not found: " + piece);
        return TOY.replace(piece, with);
    }

    private static final String LEAF_5_8 = "# [5/8, 3/4]: 25/64 - 3/4 + 1/2 = 9/64\n2 L 7/50\n";

    @Test
    void aRemovedBoxIsRejected() {
        // dropping a leaf breaks the preorder: the cell declares 7 lines
        CheckOutcome o = check(edit(LEAF_5_8, ""));
        Rejected r = assertInstanceOf(Rejected.class, o);
        assertTrue(r.reason().structural(), r::toString);
        // and with the count fixed, the next line sits at the wrong depth
        String fixed = Twins.replace(edit(LEAF_5_8, ""), "1/2 1 1 7", "1/2 1 1 6");
        rejected(fixed, Reason.MALFORMED);
    }

    @Test
    void aShrunkEnclosureIsRejected() {
        rejected(Twins.replace(TOY, "2 L 3/25", "2 L 63/500"), Reason.LEAF_BOUND);
    }

    @Test
    void aClaimAboveALeafIsRejected() {
        rejected(Twins.replace(TOY, "CLAIM minimum >= 1/10", "CLAIM minimum >= 13/100"), Reason.LEAF_BOUND);
    }

    @Test
    void aDroppedCellIsRejected() {
        String oneCell = TOY.substring(0, TOY.indexOf("1/2 1 1 7")) + "CLAIM minimum >= 1/10\n";
        rejected(Twins.replace(oneCell, "CELL 2", "CELL 1"), Reason.MALFORMED);
    }

    @Test
    void aFalseEmptyLeafIsRejected() {
        rejected(edit("(h >= 0 keeps [3/4, 13/16])\n2 L 9/50\n", "\n2 E\n"), Reason.LEAF_NOT_EMPTY);
    }

    @Test
    void aSplitOutsideItsBoxIsRejected() {
        rejected(Twins.replace(TOY, "1 S x 1/8", "1 S x 3/8"), Reason.MALFORMED);
    }

    @Test
    void anOperationOutsideItsDomainIsRejected() {
        // log x over a leaf reaching x = 0
        String bad = Twins.replace(Twins.replace(TOY, "LET 5", "LET 6"), "f add f1 1/2", "f add f1 1/2\nlx log x");
        rejected(bad, Reason.LEAF_FAILED);
    }

    @Test
    void syntaxErrorsAreStructural() {
        rejected(Twins.replace(TOY, "sq mul x x", "sq square x"), Reason.MALFORMED);
        rejected(Twins.replace(TOY, "sq mul x x", "sq mul x"), Reason.DIMENSION);
        rejected(Twins.replace(TOY, "sq mul x x", "sq mul x y"), Reason.UNKNOWN_NAME);
        rejected(Twins.replace(TOY, "GOAL f", "GOAL x"), Reason.UNKNOWN_NAME);
        rejected(Twins.replace(TOY, "TYPE interval-cover", "TYPE lp-optimum"), Reason.MALFORMED);
    }

    @Test
    void aSplitOnALetQuantityRestrictsIt() {
        // goal s*s with s = x - 1/2 on [0, 1]: the natural extension is [-1/4, 1/4]; split on s at 0 and each
        // half is [0, 1/4] up to rounding
        Cover root = cover(List.of(Node.leaf(0, Rational.of(-1, 1000))));
        rejected(text(root), Reason.LEAF_BOUND);
        Cover split = cover(List.of(Node.split(0, "s", Rational.ZERO), Node.leaf(1, Rational.of(-1, 1000)),
                Node.leaf(1, Rational.of(-1, 1000))));
        assertInstanceOf(Proved.class, check(text(split)));
    }

    private static Cover cover(List<Node> nodes) {
        return new Cover(List.of(), List.of(new Coord("x", Rational.ZERO, Rational.ONE, 0)),
                List.of(new Let("s", CoverOp.SUB, List.of(Arg.of("x"), Arg.of(Rational.of(1, 2))), 0),
                        new Let("g", CoverOp.MUL, List.of(Arg.of("s"), Arg.of("s")), 0)),
                List.of(), "g", 0, List.of(new Cell(Rational.ZERO, Rational.ONE, List.of(), nodes, 0)));
    }

    private static String text(Cover c) {
        Certificate cert = CertificateBuilder.of(CertificateType.INTERVAL_COVER).cover(c)
                .claim(ClaimKind.MINIMUM_AT_LEAST, Rational.of(-1, 1000)).build();
        return CertificateWriter.toText(cert);
    }

    @Test
    void enclosuresContainKnownValues() throws Exception {
        // references to 20 digits (e, ln 2, (e-1)/1, ln(1.5)/0.5, expm1(1e-7)/1e-7 = 1 + 5e-8 + 1.6667e-15)
        contains(Enclosure.point(1).exp(), "2.71828182845904523536");
        contains(Enclosure.point(2).log(), "0.69314718055994530942");
        contains(Enclosure.point(1).exprel(), "1.71828182845904523536");
        contains(Enclosure.point(0.5).logrel(), "0.81093021621632876386");
        contains(Enclosure.point(1e-7).exprel(), "1.00000005000000166667");
        contains(Enclosure.point(-1e-7).logrel(), "1.00000005000000333333");
        contains(Enclosure.point(0).exprel(), "1");
        // share(w, z, c) = w/(c w + z): at the corner w = z = 0 it may be anything in [0, 1/c]
        Enclosure s = Enclosure.share(new Enclosure(0, 0), new Enclosure(0, 0), Enclosure.point(0.5));
        assertTrue(s.lo() <= 0 && s.hi() >= 2, s::toString);
        contains(Enclosure.share(Enclosure.point(1), Enclosure.point(1), Enclosure.point(1)), "0.5");
        assertThrows(Enclosure.Failure.class, () -> new Enclosure(-1, 1).log());
        assertThrows(Enclosure.Failure.class, () -> Enclosure.point(1).divide(new Enclosure(-1, 1)));
    }

    @Test
    void roundingOfExactNumbersIsOutward() {
        Rational tenth = Rational.of(1, 10);
        assertTrue(Rational.ofDouble(Enclosure.floor(tenth)).compareTo(tenth) < 0);
        assertTrue(Rational.ofDouble(Enclosure.ceil(tenth)).compareTo(tenth) > 0);
        assertEquals(Math.nextUp(Enclosure.floor(tenth)), Enclosure.ceil(tenth));
        assertEquals(0.5, Enclosure.floor(Rational.of(1, 2)));
        assertEquals(0.5, Enclosure.ceil(Rational.of(1, 2)));
    }

    @Test
    void exactComparisonOfDoublesWithRationals() {
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < 2000; i++) {
            double d = (rnd.nextDouble() - 0.5) * Math.pow(2, rnd.nextInt(200) - 100);
            Rational x = Rational.of(rnd.nextInt(2001) - 1000, 1 + rnd.nextInt(999));
            assertEquals(Integer.signum(Rational.ofDouble(d).compareTo(x)), Integer.signum(Enclosure.compare(d, x)));
            assertEquals(0, Enclosure.compare(d, Rational.ofDouble(d)));
        }
        assertEquals(0, Enclosure.compare(Double.MIN_VALUE, Rational.ofDouble(Double.MIN_VALUE)));
        assertTrue(Enclosure.compare(Double.MIN_VALUE, Rational.ZERO) > 0);
    }

    private static void contains(Enclosure e, String exact) {
        BigDecimal x = new BigDecimal(exact);
        assertTrue(new BigDecimal(e.lo()).compareTo(x) <= 0 && new BigDecimal(e.hi()).compareTo(x) >= 0,
                () -> e + " does not contain " + exact);
        assertTrue(e.hi() - e.lo() < 1e-14 * Math.max(1, Math.abs(e.hi())), () -> e + " is too wide");
    }
}
