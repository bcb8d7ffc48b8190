package tradebounds.family.ksfair;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.interval.Interval;
import tradebounds.family.ksfair.KsFairFinding.Status;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.model.Rational;

/**
 * One entry point per registry claim of {@code claims/ksfair/} (seed 000). Claims about the examples are decided by
 * rigorous enclosures ({@link PaperExamples}); universal claims are run on {@link SampleTrades} with every LP
 * certified exactly ({@link KsFairCertifier}) and can only be CONSISTENT or REFUTED; P_REG's printed certificate
 * (Table 1) is audited cell by cell by interval branch-and-bound, and its auxiliary bounds against quadrature under
 * the proof's sandwich curves (one clause of the evidence); P_MHR is not built and reports NOT_CHECKED.
 */
public final class KsFairAudit {
    private static final MathContext SHOW = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final int SUITE = 4;
    /**
     * Per-cell budget of the Table 1 audit with the fast double bound (~400k boxes/s): the three cells that hold need
     * ~0.4-5.6 s, the five refuted ones well under 1 s, so the cap of 8 s per cell keeps the whole audit under ~30 s
     * even on a slower machine; {@code PregAudit.main} runs bigger ones.
     */
    private static final int PREG_BOXES = 4_000_000;
    private static final long PREG_MILLIS = 8_000;

    private KsFairAudit() {
    }

    public static List<String> claimIds() {
        return List.of("bfm-thm4.1", "bfm-fb-sb-3.15", "bfm-prop5.1", "bfm-lemma5.2", "bfm-lemma5.6",
                "bfm-lemma5.9", "bfm-intro-uniform", "bfm-cor4.4", "bfm-thm5.3", "bfm-thm5.3-table1", "bfm-thm5.7",
                "bfm-lemmaC.1", "bfm-thm6.1", "bfm-ex5.2-ksfair-optimum", "bfm-ex5.3-ksfair-optimum",
                "bfm-thm6.1-examples", "bfm-intro-er-equitable", "bfm-appE-L-lo", "bfm-appF-M-hi",
                "bfm-thm5.7-corrected");
    }

    public static KsFairFinding audit(String claimId, Path certDir) {
        return switch (claimId) {
            case "bfm-thm4.1" -> theorem41(certDir.resolve(claimId));
            case "bfm-fb-sb-3.15" -> firstOverSecondBest(certDir.resolve(claimId));
            case "bfm-prop5.1" -> proposition51();
            case "bfm-lemma5.2" -> lemma52();
            case "bfm-lemma5.6" -> lemma56(certDir.resolve(claimId));
            case "bfm-lemma5.9" -> lemma59();
            case "bfm-intro-uniform" -> uniform();
            case "bfm-cor4.4" -> corollary44();
            case "bfm-lemmaC.1" -> lemmaC1(certDir.resolve(claimId));
            case "bfm-thm6.1" -> theorem61(certDir.resolve(claimId));
            case "bfm-thm5.3" -> tradebounds.family.ksfair.preg.PregFinding.programValue();
            case "bfm-thm5.3-table1" -> tradebounds.family.ksfair.preg.PregFinding.table1(PREG_BOXES, PREG_MILLIS);
            case "bfm-thm5.7" -> tradebounds.family.ksfair.pmhr.PmhrFinding.programValue();
            case "bfm-thm5.7-corrected" -> tradebounds.family.ksfair.pmhr.PmhrFinding.correctedProgramValue();
            case "bfm-ex5.2-ksfair-optimum" -> example52Optimum();
            case "bfm-ex5.3-ksfair-optimum" -> example53Optimum();
            case "bfm-thm6.1-examples" -> theorem61Examples();
            case "bfm-intro-er-equitable" -> equalRevenueEquitable();
            case "bfm-appE-L-lo" -> appendixELowerL();
            case "bfm-appF-M-hi" -> appendixFUpperM();
            default -> throw new IllegalArgumentException("no KS-fair audit for claim " + claimId + " (known: "
                    + claimIds() + ")");
        };
    }

    /** Thm. 4.1 per instance: GFT(KS-fair lambda-ROM) &gt;= OPT_SB / 2 against the certified upper end of OPT_SB. */
    private static KsFairFinding theorem41(Path dir) {
        List<Path> certs = new ArrayList<>();
        Rational worstLo = null;
        Rational worstHi = null;
        boolean refuted = false;
        boolean open = false;
        List<DiscreteTrade> suite = SampleTrades.bilateral(SUITE);
        for (int k = 0; k < suite.size(); k++) {
            DiscreteTrade t = suite.get(k);
            CertifiedValue sb = KsFairCertifier.certify(KsFairPrograms.secondBest(t), dir.resolve("instance-" + k));
            certs.add(sb.certificate());
            MechanismOutcome rom = OfferMechanisms.biasedRandomOffer(t, OfferMechanisms.ksFairLambda(t));
            Rational lo = rom.gft().divide(sb.upper().orElseThrow());
            Rational hi = rom.gft().divide(sb.lower().orElseThrow());
            refuted |= !sb.proved() || hi.compareTo(Rational.of(1, 2)) < 0;
            open |= lo.compareTo(Rational.of(1, 2)) < 0;
            if (worstLo == null || lo.compareTo(worstLo) < 0) {
                worstLo = lo;
                worstHi = hi;
            }
        }
        Status s = refuted ? Status.REFUTED : open ? Status.NOT_CHECKED : Status.CONSISTENT;
        return new KsFairFinding("bfm-thm4.1", s, dec(worstLo, false), dec(worstHi, true), certs,
                "KS-fair lambda-ROM / certified OPT_SB on " + suite.size() + " random 3x3 instances: smallest "
                        + show(worstLo) + " >= 1/2");
    }

    /**
     * Thm. 6.1 / Lemma 6.2 per instance: the exact NSW maximizer ({@link NashFrontier}) gives each trader at least
     * half her benchmark, hence Pi + U &gt;= OPT_SB / 2.
     */
    private static KsFairFinding theorem61(Path dir) {
        List<Path> certs = new ArrayList<>();
        Rational worst = null;
        boolean refuted = false;
        List<DiscreteTrade> suite = SampleTrades.bilateral(SUITE);
        for (int k = 0; k < suite.size(); k++) {
            DiscreteTrade t = suite.get(k);
            Path d = dir.resolve("instance-" + k);
            NashFrontier.Result r = NashFrontier.maximize(t, d.resolve("frontier"));
            CertifiedValue sb = KsFairCertifier.certify(KsFairPrograms.secondBest(t), d);
            certs.add(sb.certificate());
            Rational pi = OfferMechanisms.sellerOffer(t).seller();
            Rational u = OfferMechanisms.buyerOffer(t).buyer();
            Rational ratio = r.best().seller().add(r.best().buyer()).divide(sb.upper().orElseThrow());
            refuted |= r.best().seller().multiply(Rational.of(2)).compareTo(pi) < 0
                    || r.best().buyer().multiply(Rational.of(2)).compareTo(u) < 0
                    || ratio.compareTo(Rational.of(1, 2)) < 0;
            worst = worst == null || ratio.compareTo(worst) < 0 ? ratio : worst;
        }
        return new KsFairFinding("bfm-thm6.1", refuted ? Status.REFUTED : Status.CONSISTENT, dec(worst, false),
                Optional.empty(), certs, "exact NSW maximizer by certified frontier tracing on " + suite.size()
                        + " random 3x3 instances: Pi >= Pi*/2, U >= U*/2, smallest (Pi + U)/OPT_SB = " + show(worst)
                        + "; the tight half (Lemma 6.3, Example 5.1) is asymptotic and not evaluated");
    }

    /** Context claim OPT_FB &lt;= 3.15 OPT_SB (Deng et al. 2022; Fei 2022) on the suite. */
    private static KsFairFinding firstOverSecondBest(Path dir) {
        List<Path> certs = new ArrayList<>();
        Rational worst = Rational.ZERO;
        Rational worstHi = Rational.ZERO;
        List<DiscreteTrade> suite = SampleTrades.bilateral(SUITE);
        for (int k = 0; k < suite.size(); k++) {
            DiscreteTrade t = suite.get(k);
            CertifiedValue sb = KsFairCertifier.certify(KsFairPrograms.secondBest(t), dir.resolve("instance-" + k));
            certs.add(sb.certificate());
            Rational fb = OfferMechanisms.firstBest(t);
            Rational lo = fb.divide(sb.upper().orElseThrow());
            if (lo.compareTo(worst) > 0) {
                worst = lo;
                worstHi = fb.divide(sb.lower().orElseThrow());
            }
        }
        Status s = worstHi.compareTo(Rational.parse("3.15")) <= 0 ? Status.CONSISTENT : Status.REFUTED;
        return new KsFairFinding("bfm-fb-sb-3.15", s, dec(worst, false), dec(worstHi, true), certs,
                "largest OPT_FB / certified OPT_SB on " + suite.size() + " random 3x3 instances: " + show(worst));
    }

    private static KsFairFinding proposition51() {
        PaperExamples.Example51 a = PaperExamples.example51(1000);
        PaperExamples.Example51 b = PaperExamples.example51(1_000_000_000_000L);
        boolean falling = b.romRatio().below(a.romRatio()) && Interval.point(new BigDecimal("0.5")).below(
                b.romRatio());
        return new KsFairFinding("bfm-prop5.1", falling ? Status.CONSISTENT : Status.REFUTED,
                Optional.of(b.romRatio().lo()), Optional.of(b.romRatio().hi()), List.of(),
                "Example 5.1: KS-fair lambda-ROM ratio 1/2 + s/(2 E[v]) = " + a.romRatio() + " at K=1e3, "
                        + b.romRatio() + " at K=1e12 (above 1/2, falling); KS-fair fixed price "
                        + b.fixedPriceRatio() + " at K=1e12; the finite-K KS-fair optimum is not computed");
    }

    private static KsFairFinding lemma52() {
        PaperExamples.Example52 a = PaperExamples.example52(25);
        PaperExamples.Example52 b = PaperExamples.example52(1_000_000);
        return new KsFairFinding("bfm-lemma5.2", Status.HOLDS, Optional.of(b.romRatio().lo()),
                Optional.of(b.romRatio().hi()), List.of(),
                "Example 5.2: lambda = 1/2 and GFT/OPT_SB = 1/2 + (K-1)/(2K ln K), decreasing to 1/2: " + a.romRatio()
                        + " at K=25, " + b.romRatio() + " at K=1e6");
    }

    private static KsFairFinding lemma56(Path dir) {
        PaperExamples.Example52 e = PaperExamples.example52(25);
        List<Path> certs = new ArrayList<>();
        StringBuilder grid = new StringBuilder();
        for (int n : new int[] {16, 32}) {
            CertifiedValue c = Example52Grid.ksFairOptimum(25, n, dir);
            Rational mean = OfferMechanisms.buyerOffer(Example52Grid.lower(25, n)).buyer();
            certs.add(c.certificate());
            grid.append(" n=").append(n).append(": ").append(show(c.lower().orElseThrow().divide(mean)));
        }
        boolean same = !e.qStarFormula().below(e.qStarCrossing()) && !e.qStarCrossing().below(e.qStarFormula());
        boolean holds = same && e.valueFormula().below(Interval.point(new BigDecimal("0.877")));
        return closedForm(ClosedForms.lemma56(), holds ? Status.HOLDS : Status.REFUTED,
                Optional.of(e.valueFormula().lo()), Optional.of(e.valueFormula().hi()), certs,
                "(3) at K=25 = " + e.valueFormula() + " < 0.877, certified by the stored point-value certificate"
                        + " (Lambert W by a checked bracket); q* of (2) = " + e.qStarFormula()
                        + " equals the root of alpha = beta " + e.qStarCrossing()
                        + "; certified KS-fair LP on lower grids (ratio to grid E[v], a different instance):" + grid);
    }

    /**
     * Lemma 5.9: the stored interval cover of program (4) ({@link ClosedForms#lemma59Program}) proves
     * max over p in [0, e] of (4) &lt;= 0.944 - 0.0005 when the checker replays it and its program is the builder's;
     * the family's enclosure of the maximum and of p* is the regenerated evidence.
     */
    private static KsFairFinding lemma59() {
        PaperExamples.Example53 e = PaperExamples.example53();
        boolean nearPrinted = e.pStar().lo().subtract(new BigDecimal("0.80066")).abs()
                .compareTo(new BigDecimal("0.000005")) < 0;
        boolean holds = nearPrinted && e.value().below(Interval.point(new BigDecimal("0.944")));
        Optional<String> diff = ClosedForms.lemma59Difference();
        String evidence = "max of (4) = " + e.value() + " < 0.944 at p* = " + e.pStar() + " (printed 0.80066); U* = e - 1"
                + " = " + e.buyerIdeal() + ", not the printed e^-1";
        if (diff.isPresent()) {
            return new KsFairFinding("bfm-lemma5.9", holds ? Status.HOLDS : Status.REFUTED, Optional.of(e.value().lo()),
                    Optional.of(e.value().hi()), List.of(), evidence + "; stored cover unusable: " + diff.get());
        }
        BigDecimal bound = new BigDecimal("0.944").subtract(ClosedForms.LEMMA59_MARGIN.toDecimal(6, false));
        return new KsFairFinding("bfm-lemma5.9", holds ? Status.HOLDS : Status.REFUTED, Optional.of(e.value().lo()),
                Optional.of(bound), List.of(ClosedForms.LEMMA59), evidence + "; the stored interval cover of (4) over"
                        + " p in [0, e] proves max (4) <= " + bound.toPlainString() + " (program compared with the builder's)");
    }

    private static KsFairFinding uniform() {
        PaperExamples.Uniform u = PaperExamples.uniform();
        boolean holds = u.seller().divide(u.sellerIdeal()).equals(u.buyer().divide(u.buyerIdeal()))
                && u.gftRatio().equals(Rational.of(24, 25));
        return closedForm(ClosedForms.uniform(), holds ? Status.HOLDS : Status.REFUTED, dec(u.gftRatio(), false),
                dec(u.gftRatio(), true), List.of(), "U[0,1], price 1/5: Pi = 4/25 = 16/25 Pi*, U = 8/25 = 16/25 U*, GFT"
                        + " = 12/25 = 24/25 of OPT_SB, exactly (family arithmetic); the stored point-value certificate"
                        + " brackets GFT/OPT_SB at price 1/5 in [0.959999999999, 0.960000000001], which contains 24/25"
                        + " (KS-fairness itself is checked by the exact arithmetic above, not by the certificate)");
    }

    /**
     * App. E prints L in [L_lo, L_hi] with L_lo = alpha ln(1/q)/(1-q); the stored point-value certificate shows
     * L_lo - L_hi &gt; 0 at a feasible point, and the printed formulas in doubles ({@link
     * tradebounds.family.ksfair.preg.PregFormulas}) are the regenerated evidence.
     */
    private static KsFairFinding appendixELowerL() {
        double alpha = 0.5;
        double q = 0.875;
        double vmax = 1 - (1 - alpha) * 0.5 / (q - 0.5);
        double gap = tradebounds.family.ksfair.preg.PregFormulas.dLLower(alpha, q)
                - tradebounds.family.ksfair.preg.PregFormulas.dLUpper(alpha, q, vmax / 2);
        return closedForm(ClosedForms.appendixELowerL(), gap > 0 ? Status.REFUTED : Status.NOT_CHECKED,
                Optional.of(BigDecimal.valueOf(gap)), Optional.empty(), List.of(),
                "printed L_lo - L_hi = " + String.format("%.6f", gap) + " > 0 at alpha = 1/2, q_m = 1/2, q = 7/8, v0 ="
                        + " v_max/2 (printed formulas in doubles), proved > 0 by the stored point-value certificate:"
                        + " the printed range [L_lo, L_hi] is empty (L_lo lacks '- alpha'; harmless for P_REG, which uses"
                        + " L = L_hi by Lemma E.1)");
    }

    /**
     * App. F prints M_hi as E[v 1{p &lt;= v &lt; r_m}] under a sandwich curve binding at p and r_m; every such
     * expectation is at most alpha r_m/p - 1 (see {@link ClosedForms#appendixFUpperM}). The stored point-value
     * certificate shows the printed M_hi above that at a feasible point; the printed formulas in doubles
     * ({@link tradebounds.family.ksfair.pmhr.PmhrFormulas}) are the regenerated evidence.
     */
    private static KsFairFinding appendixFUpperM() {
        double rm = 2;
        double alpha = 0.5;
        double p = 23.0 / 40;
        double v0 = tradebounds.family.ksfair.pmhr.PmhrFormulas.v0Upper(rm, alpha, p);
        double printed = tradebounds.family.ksfair.pmhr.PmhrFormulas.mUpper(rm, alpha, p, v0);
        double corrected = tradebounds.family.ksfair.pmhr.PmhrFormulas.mUpperCorrected(rm, alpha, p, v0);
        double gap = printed - (alpha * rm / p - 1);
        return closedForm(ClosedForms.appendixFUpperM(), gap > 0 ? Status.REFUTED : Status.NOT_CHECKED,
                Optional.of(BigDecimal.valueOf(gap)), Optional.empty(), List.of(),
                String.format("printed M_hi = %.6f > alpha r_m/p - 1 = 17/23 = %.6f (the most any law with Phi(p) ="
                        + " ln(p/alpha), Phi(r_m) = ln r_m gives E[v 1{p <= v < r_m}]) at r_m = 2, alpha = 1/2, p = 23/40,"
                        + " v0 = v0_max (printed formulas in doubles), proved by the stored point-value certificate;"
                        + " the corrected M_hi there is %.6f. The printed M_hi is not the expectation App. D says it"
                        + " is; it is too large, so P_MHR as printed stays a valid (weaker) relaxation", printed,
                        alpha * rm / p - 1, corrected));
    }

    private static KsFairFinding corollary44() {
        Interval e = Interval.exp(BigDecimal.ONE);
        Interval c = Interval.point(BigDecimal.ONE).divide(e.subtract(Interval.point(BigDecimal.ONE)));
        return closedForm(ClosedForms.corollary44(), Status.HOLDS, Optional.of(c.lo()), Optional.of(c.hi()), List.of(),
                "the constant only: 1/(e-1) = " + c + ", certified in (0.581976706869, 0.58197670687), so >= 0.581 as"
                        + " printed; the guarantee rests on Fei (2022) Thm. 3.1 for MHR laws and is not re-derived"
                        + " (finite instances are not MHR)");
    }

    /**
     * A finding whose first certificate is a stored closed form: its program, point and claims must be the builder's
     * ({@link ClosedForms#difference}), otherwise the finding is NOT_CHECKED with the difference as evidence.
     */
    private static KsFairFinding closedForm(ClosedForms.Form f, Status status, Optional<BigDecimal> lo,
                                            Optional<BigDecimal> hi, List<Path> more, String evidence) {
        Optional<String> diff = ClosedForms.difference(f);
        if (diff.isEmpty() && status == Status.HOLDS) {
            // what the certificate proves, not the family's finer enclosure: the row's range is the certified bracket
            lo = f.bracket(true).map(r -> r.toDecimal(12, false));
            hi = f.bracket(false).map(r -> r.toDecimal(12, true));
        }
        List<Path> certs = new ArrayList<>();
        certs.add(f.file());
        certs.addAll(more);
        return diff.isPresent()
                ? new KsFairFinding(f.claimId(), Status.NOT_CHECKED, lo, hi, certs, "stored " + f.file()
                        + " is not the builder's closed form: " + diff.get() + "; " + evidence)
                : new KsFairFinding(f.claimId(), status, lo, hi, certs, evidence);
    }

    /**
     * Lemma C.1 (trade is impossible under interim or ex-post KS-fairness) is refuted inside its hypotheses by two
     * stored point-value certificates ({@link ClosedForms#lemmaC1ExPost}: U[0,1], posted price 1/2, seller paid
     * (v - 1/2)^+; {@link ClosedForms#lemmaC1Interim}: Example 5.3's F with its top atom, fairness ratio 1/3), each
     * compared with the builder; the finding is then a counterexample in the hypotheses and the auditor may say
     * REFUTED once the checker proves both. The finite analogue (buyer {1, 2} w.p. 1/2 each: ex-post optimum 3/2 =
     * OPT_SB, interim 5/4) is certified on the way; a finite law has an atom below the top, outside Sec. 2's
     * assumptions, so it is supporting evidence only.
     */
    private static KsFairFinding lemmaC1(Path dir) {
        PaperExamples.LemmaC1 c = PaperExamples.lemmaC1();
        DiscreteTrade t = DiscreteTrade.zeroValueSeller(List.of(Rational.ONE, Rational.of(2)),
                List.of(Rational.of(1, 2), Rational.of(1, 2)));
        Rational[][] ideal = OfferMechanisms.interimIdeals(t);
        CertifiedValue expost = KsFairCertifier.certify(KsFairPrograms.expostKsFair(t), dir);
        CertifiedValue interim = KsFairCertifier.certify(KsFairPrograms.interimKsFair(t, ideal[0], ideal[1]), dir);
        ClosedForms.Form ep = ClosedForms.lemmaC1ExPost();
        ClosedForms.Form im = ClosedForms.lemmaC1Interim();
        Optional<String> diff = ClosedForms.difference(ep).or(() -> ClosedForms.difference(im));
        boolean wbb = c.expostBuyerPays().compareTo(c.expostSellerGets()) >= 0;
        boolean refuted = wbb && c.expostGftRatio().signum() > 0 && diff.isEmpty();
        String evidence = "ex post, U[0,1] (in Example C.3): price 1/2 with p~ = (v-1/2)^+ is ex-post KS-fair, E[p] = 1/4"
                + " >= E[p~] = 1/8, GFT 3/4 of OPT_SB (stored point-value certificate, value in [3/4, 3/4]); interim,"
                + " Example 5.3's law (top atom, allowed by Sec. 2): fairness ratio 1/3 for every type, WBB slack 1/3,"
                + " GFT/OPT_SB = (e+1)/(3(e-1)) in (0.72131, 0.72132) (stored point-value certificate; ratio 1/2 gives "
                + c.interimGftRatio() + " with WBB tight); finite analogue buyer {1,2}: certified optima ex post "
                + expost.value().map(Rational::toString).orElse("?") + ", interim "
                + interim.value().map(Rational::toString).orElse("?") + " (OPT_SB 3/2)";
        List<Path> certs = List.of(ep.file(), im.file(), expost.certificate(), interim.certificate());
        if (diff.isPresent()) {
            return new KsFairFinding("bfm-lemmaC.1", Status.NOT_CHECKED, dec(c.expostGftRatio(), false),
                    dec(c.expostGftRatio(), true), certs, "a stored Lemma C.1 certificate is not the builder's: "
                            + diff.get() + "; " + evidence);
        }
        return new KsFairFinding("bfm-lemmaC.1", refuted ? Status.REFUTED : Status.NOT_CHECKED,
                dec(c.expostGftRatio(), false), dec(c.expostGftRatio(), true), certs, refuted, evidence);
    }

    /** Tolerance of the zero-seller enclosures (continuous laws): widths come out near this. */
    private static final BigDecimal ZS_TOL = new BigDecimal("1e-7");

    /** value / OPT_SB with OPT_SB = E[v] = U(0), outward. */
    private static Interval ratio(Interval value, BuyerLaw law) {
        return value.divide(law.surplus(Rational.ZERO));
    }

    /**
     * Example 5.2, K = 25: the optimal KS-fair GFT over all BIC, IIR, ex-ante WBB mechanisms, computed directly by
     * the zero-seller reduction ({@link ZeroSeller}), against Lemma 5.6's bound 0.877 and its value (3).
     */
    private static KsFairFinding example52Optimum() {
        BuyerLaw law = BuyerLaw.example52(25);
        // 1e-6, not ZS_TOL: 0.877 is 2.5e-4 above the optimum and (3) is met at this width too; 1e-7 took minutes.
        ZeroSeller.Optimum o = ZeroSeller.ksFairGft(law, new BigDecimal("1e-6"));
        Interval r = ratio(o.enclosure(), law);
        Interval paper = PaperExamples.example52(25).valueFormula();
        boolean meets = !r.below(paper) && !paper.below(r);
        boolean holds = r.below(Interval.point(new BigDecimal("0.877")));
        return new KsFairFinding("bfm-ex5.2-ksfair-optimum", holds ? Status.HOLDS : Status.REFUTED,
                Optional.of(r.lo()), Optional.of(r.hi()), List.of(),
                "optimal KS-fair GFT / OPT_SB = " + r + " < 0.877 by the price-mixture reduction; "
                        + (meets ? "it overlaps (3) = " + paper + ", so Lemma 5.6's bound is attained (footnote 33)"
                        : "it does NOT meet (3) = " + paper) + "; optimum at " + prices(o.mechanism()));
    }

    /** Example 5.3 (scaled by 1/e, ratios unchanged): the optimal KS-fair GFT against Lemma 5.9's 0.944. */
    private static KsFairFinding example53Optimum() {
        BuyerLaw law = BuyerLaw.example53Scaled();
        ZeroSeller.Optimum o = ZeroSeller.ksFairGft(law, ZS_TOL);
        Interval r = ratio(o.enclosure(), law);
        Interval paper = PaperExamples.example53().value();
        boolean meets = !r.below(paper) && !paper.below(r);
        boolean holds = r.below(Interval.point(new BigDecimal("0.944")));
        Interval e = Interval.exp(BigDecimal.ONE);
        String at = o.mechanism().prices().stream().map(p -> Interval.of(p).multiply(e).toString()).toList().toString();
        return new KsFairFinding("bfm-ex5.3-ksfair-optimum", holds ? Status.HOLDS : Status.REFUTED,
                Optional.of(r.lo()), Optional.of(r.hi()), List.of(),
                "optimal KS-fair GFT / OPT_SB = " + r + " < 0.944 by the price-mixture reduction; "
                        + (meets ? "it overlaps the max of (4) = " + paper + ", so Lemma 5.9's bound is attained"
                        : "the max of (4) is " + paper) + "; optimum at price(s) " + at + " (weights "
                        + o.mechanism().weights().stream().map(Rational::toDisplay).toList() + ")");
    }

    /**
     * Thm. 6.1 on the paper's continuous examples. Every NSW maximizer M has Pi . U = NSW* and GFT &gt;= Pi + U
     * &gt;= 2 sqrt(Pi U) (ex-ante WBB, AM-GM), so 2 sqrt(NSW*_lo) / OPT_SB bounds the GFT of every maximizer from
     * below; the claim's quantity is the smallest such bound over U[0,1], Example 5.2 (K = 25) and Example 5.3.
     */
    private static KsFairFinding theorem61Examples() {
        List<String> names = List.of("U[0,1]", "Example 5.2 (K=25)", "Example 5.3 (values / e)");
        List<BuyerLaw> laws = List.of(BuyerLaw.uniform01(), BuyerLaw.example52(25), BuyerLaw.example53Scaled());
        BigDecimal worst = null;
        StringBuilder ev = new StringBuilder();
        MathContext down = new MathContext(30, RoundingMode.FLOOR);
        for (int k = 0; k < laws.size(); k++) {
            BuyerLaw law = laws.get(k);
            // 1e-5 rather than ZS_TOL: the bound below is far from 1/2 (0.739), and finer runs take minutes.
            ZeroSeller.Optimum o = ZeroSeller.nsw(law, new BigDecimal("1e-5"));
            BigDecimal root = o.enclosure().lo().max(BigDecimal.ZERO).sqrt(down).subtract(BigDecimal.ONE.movePointLeft(28));
            BigDecimal bound = Interval.point(root.multiply(BigDecimal.valueOf(2))).divide(law.surplus(Rational.ZERO))
                    .lo();
            worst = worst == null ? bound : worst.min(bound);
            ev.append(k == 0 ? "" : "; ").append(names.get(k)).append(": NSW* in ").append(o.enclosure())
                    .append(" at ").append(prices(o.mechanism())).append(", witness GFT/OPT_SB ")
                    .append(ratio(o.gft(), law)).append(", every maximizer >= ").append(bound.round(SHOW));
        }
        boolean holds = worst.compareTo(new BigDecimal("0.5")) >= 0;
        return new KsFairFinding("bfm-thm6.1-examples", holds ? Status.HOLDS : Status.CONSISTENT,
                Optional.of(worst), Optional.empty(), List.of(), ev + " (Example 5.3's NSW* is in units of (v/e)^2)");
    }

    /**
     * Intro / App. B: the equal-revenue law on [1, K] (K = 1000). The equitable optimum is exactly 2 (attained), so
     * an enclosure cannot prove "at most 2"; it is reported beside the KS-fair optimum, which is all of OPT_SB.
     */
    private static KsFairFinding equalRevenueEquitable() {
        BuyerLaw law = BuyerLaw.equalRevenue(1000);
        // The equitable dual bound is flat (2 R = 2) on [1, K]: boxes close only at relative width tol there.
        BigDecimal tol = new BigDecimal("1e-3");
        ZeroSeller.Optimum eq = ZeroSeller.equitableGft(law, tol);
        ZeroSeller.Optimum ks = ZeroSeller.ksFairGft(law, tol);
        boolean refuted = eq.enclosure().lo().compareTo(BigDecimal.valueOf(2)) > 0;
        return new KsFairFinding("bfm-intro-er-equitable", refuted ? Status.REFUTED : Status.CONSISTENT,
                Optional.of(eq.enclosure().lo()), Optional.of(eq.enclosure().hi()), List.of(),
                "ER on [1, 1000]: optimal equitable GFT in " + eq.enclosure() + " (contains 2; the bound is attained, "
                        + "so no enclosure proves <= 2), " + ratio(eq.enclosure(), law) + " of OPT_SB = 1 + ln K = "
                        + law.surplus(Rational.ZERO) + "; optimal KS-fair GFT / OPT_SB = " + ratio(ks.enclosure(), law)
                        + " (price 1 is KS-fair feasible: R/Pi* = 1 >= U/U*)");
    }

    private static String prices(ZeroSeller.PostedPrices m) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.prices().size(); i++) {
            out.add(m.prices().get(i).toDisplay() + (m.prices().size() > 1 ? " w.p. " + m.weights().get(i).toDisplay()
                    : ""));
        }
        return out.isEmpty() ? "no trade" : "price " + String.join(" + ", out);
    }

    private static Optional<BigDecimal> dec(Rational r, boolean up) {
        return Optional.of(r.toDecimal(30, up));
    }

    private static String show(Rational r) {
        return r.toDecimal(12, false).round(SHOW).toPlainString();
    }
}
