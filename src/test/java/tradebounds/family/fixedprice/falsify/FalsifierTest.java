package tradebounds.family.fixedprice.falsify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tradebounds.check.WelfareEvaluator;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.instance.InstanceReader;
import tradebounds.json.InputException;
import tradebounds.model.Rational;

@Tag("slow") // budgeted falsification searches
class FalsifierTest {
    private static final Duration CAP = Duration.ofSeconds(30);

    private static FixedPriceInstance single(String[] seller, String[] buyer) {
        return new FixedPriceInstance(1, side(seller), side(buyer));
    }

    /** Alternating value, prob. */
    private static Distribution side(String[] vp) {
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < vp.length; i += 2) {
            atoms.add(Atom.single(Rational.parse(vp[i]), Rational.parse(vp[i + 1])));
        }
        return new Distribution(atoms);
    }

    /** Recomputes a finding from scratch with the exact evaluator. */
    private static void assertExact(FalsifierFinding f, List<Rational> basic) throws InputException {
        InstanceReader.validate(f.instance(), f.origin());
        WelfareEvaluator e = new WelfareEvaluator(f.instance());
        Rational opt = e.opt();
        assertEquals(opt, f.opt());
        assertEquals(e.mechanism(basic).welfare().divide(opt), f.mechanismRatio(), f.origin());
        assertEquals(e.bestPrice().welfare().divide(opt), f.bestPriceRatio(), f.origin());
        assertTrue(f.mechanismRatio().compareTo(f.bestPriceRatio()) <= 0, "M uses a fixed price");
    }

    @Test
    void findsALowRatioOnAnEasyBudgetAndEveryReportedRatioIsExact() throws InputException {
        FalsifierConfig config = FalsifierConfig.prop41(42, 60_000, CAP);
        List<FalsifierProgress> reports = new ArrayList<>();
        FalsifierResult r = Falsifier.run(config, List.of(), reports::add);
        // Random instances alone sit near 0.8-0.9; local search gets well below on this budget.
        assertTrue(r.lowestMechanism().mechanismRatio().compareTo(Rational.parse("0.8")) <= 0,
                r.lowestMechanism().mechanismRatio().toDisplay());
        assertEquals(60_000, r.evaluations());
        assertFalse(r.improvements().isEmpty());
        Rational previous = null;
        for (FalsifierFinding f : r.improvements()) {
            assertExact(f, config.basicPrices());
            assertTrue(previous == null || f.mechanismRatio().compareTo(previous) < 0, "improvements decrease");
            previous = f.mechanismRatio();
        }
        assertEquals(previous, r.lowestMechanism().mechanismRatio());
        assertExact(r.lowestBestPrice(), config.basicPrices());
        assertEquals(r.lowestMechanism().mechanismRatio().compareTo(config.claim()) < 0, r.counterexample());
        assertFalse(reports.isEmpty(), "a final progress report is always made");
        assertEquals(r.evaluations(), reports.get(reports.size() - 1).evaluations());
    }

    @Test
    void isDeterministicGivenTheSeed() {
        FalsifierConfig config = FalsifierConfig.prop41(7, 15_000, CAP);
        FalsifierResult a = Falsifier.run(config);
        FalsifierResult b = Falsifier.run(config);
        assertEquals(a.lowestMechanism().instance(), b.lowestMechanism().instance());
        assertEquals(a.improvements().size(), b.improvements().size());
        assertEquals(a.exactEvaluations(), b.exactEvaluations());
        FalsifierResult c = Falsifier.run(FalsifierConfig.prop41(8, 15_000, CAP));
        assertFalse(a.lowestMechanism().instance().equals(c.lowestMechanism().instance()), "another seed, another search");
    }

    /**
     * With basic prices {0, 1000}, M offers only 0 and 1000 OPT. On S = 1, B = 2 (both sure): OPT = 2; at price 0
     * the seller (1 &gt; 0) refuses, at 2000 the buyer (2 &lt; 2000) refuses, so SW(M) = E[S] = 1 and the ratio is
     * 1/2. The same happens on every instance whose seller has no mass at 0 and whose buyer stays below 1000 OPT,
     * a large share of random instances, so the search must find a ratio below 0.6.
     */
    @Test
    void refutesABadMechanism() throws InputException {
        List<Rational> bad = List.of(Rational.ZERO, Rational.of(1000));
        FalsifierFinding hand = Falsifier.evaluate(single(new String[] {"1", "1"}, new String[] {"2", "1"}), bad);
        assertEquals(Rational.of(1, 2), hand.mechanismRatio());
        assertEquals(Rational.ONE, hand.bestPriceRatio());

        FalsifierResult r = Falsifier.run(FalsifierConfig.prop41(3, 5_000, CAP).withBasicPrices(bad));
        assertTrue(r.counterexample(), "below the claim 0.7292");
        assertTrue(r.lowestMechanism().mechanismRatio().compareTo(Rational.parse("0.6")) < 0);
        assertExact(r.lowestMechanism(), bad);
    }

    @Test
    void givenInstancesAreEvaluatedExactlyAndSeedTheLocalSearch() throws InputException {
        // S = 0 or 1, B = 1 or 2, all w.p. 1/2: OPT = 3/2, only p = 1 reaches it, and 1/(3/2) = 2/3 is no basic
        // price, so M gets SW(0) = 1/2 + (1 + 2)/4 = 5/4: ratio 5/6 (hand computation in WelfareEvaluatorTest).
        FixedPriceInstance tie = single(new String[] {"0", "1/2", "1", "1/2"}, new String[] {"1", "1/2", "2", "1/2"});
        FixedPriceInstance twoUnits = new FixedPriceInstance(2,
                new Distribution(List.of(new Atom(Rational.ONE, List.of(Rational.ZERO, Rational.ONE)))),
                new Distribution(List.of(new Atom(Rational.ONE, List.of(Rational.of(2), Rational.of(2))))));
        FalsifierConfig config = FalsifierConfig.prop41(5, 3_000, CAP);
        FalsifierResult r = Falsifier.run(config, List.of(tie, twoUnits), null);
        FalsifierFinding first = r.improvements().get(0);
        assertEquals("given[0]", first.origin());
        assertEquals(Rational.of(5, 6), first.mechanismRatio());
        assertEquals(Rational.ONE, first.bestPriceRatio());
        assertTrue(r.lowestMechanism().mechanismRatio().compareTo(Rational.of(5, 6)) <= 0);
        assertExact(r.lowestMechanism(), config.basicPrices());
    }

    @Test
    void bestPriceTargetDrivesTheOtherRatio() throws InputException {
        FalsifierConfig config = FalsifierConfig.prop41(11, 15_000, CAP).withTarget(FalsifierTarget.BEST_PRICE);
        FalsifierResult r = Falsifier.run(config);
        assertEquals(r.lowestBestPrice(), r.best());
        assertExact(r.best(), config.basicPrices());
        assertTrue(r.best().bestPriceRatio().compareTo(Rational.parse("0.85")) <= 0, r.best().bestPriceRatio().toDisplay());
    }

    @Test
    void fastEvaluatorAgreesWithTheExactOne() {
        Random rnd = new Random(99);
        List<Rational> basic = PriceList.prop41();
        FalsifierFastEvaluator fast = new FalsifierFastEvaluator(basic.stream().mapToDouble(Rational::toDouble).toArray());
        for (int n = 0; n < 400; n++) {
            FalsifierCandidate c = FalsifierShapes.draw(n % FalsifierShapes.NAMES.length, rnd, 1, 12);
            fast.evaluate(c.values(true), c.masses(true), c.values(false), c.masses(false));
            WelfareEvaluator e = new WelfareEvaluator(c.toInstance());
            double opt = e.opt().toDouble();
            assertEquals(opt, fast.opt, 1e-9 * opt);
            assertEquals(e.mechanism(basic).welfare().toDouble(), fast.mechanism, 1e-9 * opt);
            assertEquals(e.bestPrice().welfare().toDouble(), fast.best, 1e-9 * opt);
        }
    }
}
