package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.check.Rejected;
import tradebounds.engine.interval.Interval;
import tradebounds.model.Rational;

/**
 * The stored closed forms of seed 000: each is proved by the checker, is the builder's program, and its enclosure
 * agrees with an independent computation (PaperExamples' BigDecimal intervals and exact rationals); a stored copy with
 * an edited program or a moved point is caught, by the comparison or by the checker.
 */
class ClosedFormsTest {
    @Test
    void everyStoredClosedFormIsProvedAndIsTheBuildersProgram() {
        for (ClosedForms.Form f : ClosedForms.all()) {
            assertInstanceOf(Proved.class, Checker.check(f.file()), f.file().toString());
            assertEquals(Optional.empty(), ClosedForms.difference(f), f.file().toString());
        }
    }

    private static void agrees(ClosedForms.Form f, Interval independent) {
        Proved p = (Proved) Checker.check(f.certificate());
        BigDecimal lo = p.value(Quantity.VALUE_LOWER).orElseThrow().toDecimal(20, false);
        BigDecimal hi = p.value(Quantity.VALUE_UPPER).orElseThrow().toDecimal(20, true);
        assertTrue(lo.compareTo(independent.hi()) <= 0 && independent.lo().compareTo(hi) <= 0,
                f.claimId() + ": [" + lo + ", " + hi + "] vs " + independent);
        assertTrue(hi.subtract(lo).compareTo(new BigDecimal("1e-14")) < 0, f.claimId() + " too wide");
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // PaperExamples' 40-digit interval Newton: seconds
    void enclosuresAgreeWithIndependentComputations() {
        Interval e = Interval.exp(BigDecimal.ONE);
        agrees(ClosedForms.corollary44(), Interval.point(BigDecimal.ONE).divide(e.subtract(Interval.point(BigDecimal.ONE))));
        // (3) at K = 25 through PaperExamples' interval Newton for W, not the checker's bracket
        agrees(ClosedForms.lemma56(), PaperExamples.example52(25).valueFormula());
        // App. E's printed L_lo - L_hi at alpha = 1/2, q = 7/8, v0 = v_max/2 by the printed formulas in doubles
        double vmax = 1 - 0.5 * 0.5 / (0.875 - 0.5);
        double gap = tradebounds.family.ksfair.preg.PregFormulas.dLLower(0.5, 0.875)
                - tradebounds.family.ksfair.preg.PregFormulas.dLUpper(0.5, 0.875, vmax / 2);
        Proved l = (Proved) Checker.check(ClosedForms.appendixELowerL().certificate());
        assertEquals(gap, l.value(Quantity.VALUE_LOWER).orElseThrow().toDouble(), 1e-12);
        assertTrue(gap > 0.4);
        Rational exact = PaperExamples.uniform().gftRatio();
        assertEquals(Rational.of(24, 25), exact);
        agrees(ClosedForms.uniform(), Interval.of(exact));
    }

    @Test
    void lemma59CoverIsProvedAndItsProgramMeetsTheIndependentMaximum() throws Exception {
        assertInstanceOf(Proved.class, Checker.check(ClosedForms.LEMMA59));
        assertEquals(Optional.empty(), ClosedForms.lemma59Difference());
        // the program at s = p*/e against PaperExamples' enclosure of the maximum 0.94347249648...
        tradebounds.cert.Cover program = ClosedForms.lemma59Program();
        tradebounds.check.CoverEvaluator ev = new tradebounds.check.CoverEvaluator(program);
        PaperExamples.Example53 e = PaperExamples.example53();
        double s = e.pStar().lo().doubleValue() / Math.E;
        tradebounds.check.Enclosure[] v = ev.values(new tradebounds.check.Enclosure[0],
                new tradebounds.check.Enclosure[] {tradebounds.check.Enclosure.point(s)});
        int value = ev.letIndex("value");
        assertEquals(e.value().lo().doubleValue(), (v[value].lo() + v[value].hi()) / 2, 1e-9);
    }

    @Test
    void publishedNumbersSitOnTheClaimedSide() {
        // Cor. 4.4 prints 1/(e-1) >= 58.1%; Lemma 5.6 prints (3) < 87.7%; the intro prints 96%
        assertTrue(ClosedForms.corollary44().bracket(true).orElseThrow().compareTo(Rational.parse("0.581")) >= 0);
        assertTrue(ClosedForms.lemma56().bracket(false).orElseThrow().compareTo(Rational.parse("0.877")) < 0);
        Rational lo = ClosedForms.uniform().bracket(true).orElseThrow();
        Rational hi = ClosedForms.uniform().bracket(false).orElseThrow();
        assertTrue(lo.compareTo(Rational.of(24, 25)) < 0 && Rational.of(24, 25).compareTo(hi) < 0);
    }

    @Test
    void anEditedStoredFormIsCaught() throws Exception {
        ClosedForms.Form f = ClosedForms.lemma56();
        String text = Files.readString(f.file());
        // an edited program that the checker would still prove (a smaller value stays below 0.877... but the bracket
        // fails): rejected by the checker
        String edited = text.replace("kw mul km1 w", "kw mul K w");
        assertTrue(!edited.equals(text));
        assertInstanceOf(Rejected.class, Checker.check(edited, "edited.cert"));
        // a moved point (K = 26): the checker rejects the bracket
        String moved = text.replace("K 25", "K 26");
        assertTrue(!moved.equals(text));
        assertInstanceOf(Rejected.class, Checker.check(moved, "moved.cert"));
        // a moved point with claims that still hold is proved by the checker but is not the builder's form
        java.nio.file.Path tmp = Files.createTempFile("closed-form", ".cert");
        try {
            Files.writeString(tmp, moved.replaceAll("CLAIM value > .*\n", "").replaceAll("CLAIM value < 4383757/5000000\n", ""));
            assertInstanceOf(Proved.class, Checker.check(tmp));
            ClosedForms.Form atTmp = new ClosedForms.Form(f.claimId(), tmp, f.program(), f.kinds(), f.bounds(), f.source());
            assertTrue(ClosedForms.difference(atTmp).isPresent());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Test
    void lemmaC1CounterexamplesAgreeWithHandValues() {
        // ex post, U[0,1], r = 1/2: E[p] = 1/2 * 1/2 = 1/4, E[p~] = (1/2)^2/2 = 1/8, GFT = (1 - 1/4)/2 = 3/8, / E[v] = 3/4
        assertEquals(Rational.of(3, 4), PaperExamples.lemmaC1().expostGftRatio());
        agrees(ClosedForms.lemmaC1ExPost(), Interval.of(Rational.of(3, 4)));
        Proved ep = (Proved) Checker.check(ClosedForms.lemmaC1ExPost().certificate());
        assertEquals(Rational.of(3, 4), ep.value(Quantity.VALUE_LOWER).orElseThrow());
        assertEquals(Rational.of(3, 4), ep.value(Quantity.VALUE_UPPER).orElseThrow());
        // interim, Example 5.3's F, lam = 1/3: GFT = (e - 2)/3 + 1 = (e + 1)/3, OPT_SB = e - 1, ratio (e+1)/(3(e-1))
        // = 3.71828.../15.46453... = 0.72131780...; BigDecimal intervals, not the checker's doubles
        Interval e = Interval.exp(BigDecimal.ONE);
        Interval one = Interval.point(BigDecimal.ONE);
        agrees(ClosedForms.lemmaC1Interim(), e.add(one).divide(Interval.of(Rational.of(3)).multiply(e.subtract(one))));
    }

    @Test
    void corruptedLemmaC1CertificatesAreRejected() throws Exception {
        String ep = Files.readString(ClosedForms.lemmaC1ExPost().file());
        // a moved point: at r = 1/4 the WBB slack is (3/4)(3/4 - 1)/2 ... = 3/16 - 9/32 = -3/32 < 0
        String moved = ep.replace("r 1/2", "r 1/4");
        assertTrue(!moved.equals(ep));
        assertEquals("POINT_OUTSIDE", ((Rejected) Checker.check(moved, "moved.cert")).reason().name());
        // an edited program: the seller paid twice as much (E[p~] = 1/4 + ... = 1/2 > E[p] = 1/4) breaks WBB
        String edited = ep.replace("gets div omr2 2", "gets div omr2 1/2");
        assertTrue(!edited.equals(ep));
        assertInstanceOf(Rejected.class, Checker.check(edited, "edited.cert"));
        String im = Files.readString(ClosedForms.lemmaC1Interim().file());
        // an enclosure claimed narrower than proved: 0.721317804... is not < 0.72131
        String narrower = im.replace("CLAIM value < 18033/25000", "CLAIM value < 72131/100000");
        assertTrue(!narrower.equals(im));
        assertEquals("VALUE_NOT_PROVED", ((Rejected) Checker.check(narrower, "narrow.cert")).reason().name());
        // lam = 1/2 is the notes' mechanism (ratio 0.791), but its WBB slack is exactly 0: not provable by enclosure
        String tight = im.replace("lam 1/3", "lam 1/2").replace("CLAIM value > 72131/100000\n", "")
                .replace("CLAIM value < 18033/25000\n", "");
        assertEquals("POINT_OUTSIDE", ((Rejected) Checker.check(tight, "tight.cert")).reason().name());
    }

    @Test
    void appendixFUpperMAgreesWithThePrintedFormulaAndCorruptedCopiesAreRejected() throws Exception {
        // r_m = 2, alpha = 1/2, p = 23/40, v0 = v0_max: printed M_hi 1.40330 (PmhrFormulas, the printed symbols in
        // doubles) minus alpha r_m/p - 1 = 40/23 - 1 = 17/23 = 0.73913 gives 0.66417; the corrected M_hi 0.45165 stays
        // below 17/23, as any expectation must
        double v0 = tradebounds.family.ksfair.pmhr.PmhrFormulas.v0Upper(2, 0.5, 0.575);
        double printed = tradebounds.family.ksfair.pmhr.PmhrFormulas.mUpper(2, 0.5, 0.575, v0);
        double corrected = tradebounds.family.ksfair.pmhr.PmhrFormulas.mUpperCorrected(2, 0.5, 0.575, v0);
        assertEquals(1.40330, printed, 1e-5);
        assertEquals(0.45165, corrected, 1e-5);
        assertTrue(corrected < 17.0 / 23);
        Proved pr = (Proved) Checker.check(ClosedForms.appendixFUpperM().certificate());
        assertEquals(printed - 17.0 / 23, pr.value(Quantity.VALUE_LOWER).orElseThrow().toDouble(), 1e-12);
        String text = Files.readString(ClosedForms.appendixFUpperM().file());
        // a moved point (w = 0, v0 = 0): the printed M_hi is 0.66441 < 17/23 there, so the claims fail
        String moved = text.replace("w 1\n", "w 0\n");
        assertTrue(!moved.equals(text));
        assertEquals("VALUE_NOT_PROVED", ((Rejected) Checker.check(moved, "moved.cert")).reason().name());
        // a moved point outside the printed p range (t = 99/100: g2 = p B/r_m - A < 0)
        String outside = text.replace("t 1/20\n", "t 99/100\n");
        assertTrue(!outside.equals(text));
        assertEquals("POINT_OUTSIDE", ((Rejected) Checker.check(outside, "outside.cert")).reason().name());
        // an edited program: the bound alpha r_m/p without the "- 1" makes the excess negative
        String edited = text.replace("mmax sub armp 1", "mmax sub armp 0");
        assertTrue(!edited.equals(text));
        assertInstanceOf(Rejected.class, Checker.check(edited, "edited.cert"));
        // an enclosure claimed narrower than it is: 0.66417... is not < 0.6641
        String narrower = text.replace("CLAIM value < 133/200", "CLAIM value < 6641/10000");
        assertTrue(!narrower.equals(text));
        assertEquals("VALUE_NOT_PROVED", ((Rejected) Checker.check(narrower, "narrow.cert")).reason().name());
    }
}
