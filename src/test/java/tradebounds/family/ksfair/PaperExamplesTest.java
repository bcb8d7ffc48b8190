package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tradebounds.engine.interval.Interval;
import tradebounds.model.Rational;

/** Known constants and the paper's stated numbers, each checked against a rigorous enclosure. */
@Tag("slow") // rigorous enclosures of the examples: seconds each
class PaperExamplesTest {
    /** {@code known} is a decimal correct to its last digit (rounded or truncated), so +-1 unit of it is a bracket. */
    private static void encloses(String known, Interval i) {
        BigDecimal k = new BigDecimal(known);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(k.scale());
        Interval bracket = new Interval(k.subtract(unit), k.add(unit));
        assertTrue(!i.below(bracket) && !bracket.below(i), i + " should contain " + known);
        assertTrue(i.width().compareTo(new BigDecimal("1e-25")) < 0, "too wide: " + i);
    }

    @Test
    void lambertWEnclosesKnownValues() {
        // Literals from mpmath at 45 digits. Omega = W(1) (OEIS A030178), W(e) = 1, W(0) = 0, W(2 ln 2) = ln 2.
        encloses("0.56714329040978387299996866221035554975", LambertW.principal(Interval.point(BigDecimal.ONE)));
        encloses("1", LambertW.principal(Interval.exp(BigDecimal.ONE)));
        encloses("0", LambertW.principal(Interval.point(BigDecimal.ZERO)));
        Interval ln2 = Interval.log(Interval.of(Rational.of(2)));
        encloses("0.69314718055994530941723212145817656807",
                LambertW.principal(ln2.multiply(Interval.of(Rational.of(2)))));
        // W(10) = 1.7455280027406993830743012648753899115 (principal branch).
        encloses("1.74552800274069938307430126487538991153529", LambertW.principal(Interval.of(Rational.of(10))));
    }

    @Test
    void logEnclosesKnownValues() {
        encloses("3.2188758248682007492015186664523752790512", Interval.log(Interval.of(Rational.of(25))));
        encloses("0", Interval.log(Interval.point(BigDecimal.ONE)));
    }

    @Test
    void uniformIntroduction() {
        PaperExamples.Uniform u = PaperExamples.uniform();
        assertEquals(Rational.of(4, 25), u.seller(), "the seller receives 0.16");
        assertEquals(Rational.of(8, 25), u.buyer(), "the buyer receives 0.32");
        assertEquals(Rational.of(16, 25), u.seller().divide(u.sellerIdeal()), "64% of Pi*");
        assertEquals(Rational.of(16, 25), u.buyer().divide(u.buyerIdeal()), "64% of U*");
        assertEquals(Rational.of(24, 25), u.gftRatio(), "96% of OPT_SB = 1/2");
    }

    @Test
    void example52AtK25() {
        PaperExamples.Example52 e = PaperExamples.example52(25);
        // (2) and the crossing alpha = beta are the same point; (3) is the ratio there; the paper: < 87.7%.
        assertTrue(overlap(e.qStarFormula(), e.qStarCrossing()), e.qStarFormula() + " vs " + e.qStarCrossing());
        assertTrue(overlap(e.valueFormula(), e.valueCrossing()));
        assertTrue(e.valueFormula().below(Interval.point(new BigDecimal("0.877"))), e.valueFormula().toString());
        assertTrue(Interval.point(new BigDecimal("0.8767")).below(e.valueFormula()), "rounds to 87.7%, not lower");
        // Lemma 5.2: the KS-fair ROM at K = 25 is 1/2 + 24/(50 ln 25) ~ 0.649, and falls toward 1/2.
        encloses("0.6491203842943068345697278531633374201896", e.romRatio());
        assertTrue(PaperExamples.example52(1_000_000).romRatio().below(e.romRatio()));
    }

    @Test
    void example53() {
        PaperExamples.Example53 e = PaperExamples.example53();
        assertTrue(e.pStar().lo().compareTo(new BigDecimal("0.800655")) > 0
                && e.pStar().hi().compareTo(new BigDecimal("0.800665")) < 0, "p* ~ 0.80066: " + e.pStar());
        assertTrue(e.value().below(Interval.point(new BigDecimal("0.944"))), "Lemma 5.9: < 94.4%: " + e.value());
        assertTrue(Interval.point(new BigDecimal("0.9434")).below(e.value()), "and rounds to 94.3%, not 94.4%");
        encloses("1.718281828459045235360287471352662497757", e.buyerIdeal());
    }

    @Test
    void example51TendsToOneHalfSlowly() {
        PaperExamples.Example51 a = PaperExamples.example51(1000);
        PaperExamples.Example51 b = PaperExamples.example51(1_000_000_000_000L);
        // OPT_SB / ln K decreases to 1 from above: the o(1) in "(1 - o(1)) ln K" is negative.
        assertTrue(Interval.point(BigDecimal.ONE).below(b.optimumOverLogK()) && b.optimumOverLogK().below(
                a.optimumOverLogK()));
        // The KS-fair ROM keeps more than 1/2 (Thm. 4.1) but tends to it (Prop. 5.1): 0.5831... at K = 10^12.
        assertTrue(Interval.point(new BigDecimal("0.583")).below(b.romRatio())
                && b.romRatio().below(Interval.point(new BigDecimal("0.5832"))));
        // The KS-fair fixed price keeps a vanishing fraction (Prop. 5.1, second part).
        assertTrue(b.fixedPriceRatio().below(a.fixedPriceRatio()));
    }

    @Test
    void example52GridIsExactlyDiscretized() {
        // The lower grid keeps total mass 1 and the atom 1/K at K; Pi* of the grid is revenue K . 1/K = 1 at K
        // only if no grid price beats it, which regularity of F (revenue increasing in v) guarantees.
        tradebounds.family.ksfair.program.DiscreteTrade t = Example52Grid.lower(25, 16);
        assertEquals(Rational.of(1, 25), t.buyerProbs().get(t.buyers() - 1));
        assertEquals(Rational.ONE, OfferMechanisms.sellerOffer(t).seller());
    }

    @Test
    void lemmaC1Counterexamples() {
        PaperExamples.LemmaC1 c = PaperExamples.lemmaC1();
        // U[0,1], price 1/2: E[p] = 1/2 . 1/2, E[(v - 1/2)^+] = 1/8, GFT = 3/8 of OPT_SB = 1/2.
        assertEquals(Rational.of(1, 4), c.expostBuyerPays());
        assertEquals(Rational.of(1, 8), c.expostSellerGets());
        assertEquals(Rational.of(3, 4), c.expostGftRatio());
        // e / (2 (e - 1)) = 0.79098...
        encloses("0.7909883534346632121925010025545057792734", c.interimGftRatio());
    }

    private static boolean overlap(Interval a, Interval b) {
        return !a.below(b) && !b.below(a);
    }
}
