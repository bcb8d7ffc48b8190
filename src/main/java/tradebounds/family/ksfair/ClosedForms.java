package tradebounds.family.ksfair;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover;
import tradebounds.cert.CoverOp;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.engine.cover.CoverPrograms;
import tradebounds.engine.cover.LetProgram;
import tradebounds.model.Rational;

/**
 * Seed 000's closed-form constants as point-value certificates (FORMAT.md section 6): each is a LET program of the
 * printed formula, a point (the example's parameters) and claims that bracket the value and compare it with the
 * published number. Tests compare each program with {@link PaperExamples}' independent enclosures; the audit compares
 * a stored file's program, point and claims with the ones built here ({@link #difference}).
 */
public final class ClosedForms {
    public static final Path DIR = Path.of("certificates", "ksfair", "closed-forms");

    /** One stored closed form: the file, the program at its point, and its claims. */
    public record Form(String claimId, Path file, Cover program, List<ClaimKind> kinds, List<Rational> bounds,
                       String source) {
        /** The tightest lower (or upper) bound the claims state. */
        public Optional<Rational> bracket(boolean lower) {
            return CoverPrograms.tightest(kinds, bounds, lower);
        }

        public Certificate certificate() {
            return CoverPrograms.pointValue(source, "tradebounds.family.ksfair.ClosedForms", program, kinds, bounds);
        }
    }

    private ClosedForms() {
    }

    private static Rational q(String s) {
        return Rational.parse(s);
    }

    /**
     * Cor. 4.4: 1/(e - 1) &gt;= 0.581, with the bracket (0.581976706869, 0.58197670687). Only the constant: the
     * guarantee itself is Fei (2022), Thm. 3.1.
     */
    public static Form corollary44() {
        LetProgram p = new LetProgram();
        p.let("e", CoverOp.EXP, "1");
        p.let("em1", CoverOp.SUB, "e", "1");
        p.let("ratio", CoverOp.DIV, "1", "em1");
        return new Form("bfm-cor4.4", DIR.resolve("cor4.4-one-over-e-minus-1.cert"), p.at("ratio", Map.of()),
                List.of(ClaimKind.VALUE_AT_LEAST, ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_BELOW),
                List.of(q("0.581"), q("0.581976706869"), q("0.58197670687")),
                "seed 000, Cor. 4.4 (Fei 2022): the constant 1/(e-1)");
    }

    /**
     * Sec. 1, the uniform example: F = U[0,1], zero-value seller, price p: revenue Pi = p(1-p), buyer surplus
     * U = (1-p)^2/2, GFT = Pi + U, OPT_SB = E[v] = 1/2; at p = 1/5 the ratio is exactly 24/25, which doubles can only
     * bracket: [0.96 - 1e-12, 0.96 + 1e-12].
     */
    public static Form uniform() {
        LetProgram p = new LetProgram();
        p.let("omp", CoverOp.SUB, "1", "p");
        p.let("revenue", CoverOp.MUL, "p", "omp");
        p.let("omp2", CoverOp.MUL, "omp", "omp");
        p.let("surplus", CoverOp.DIV, "omp2", "2");
        p.let("gft", CoverOp.ADD, "revenue", "surplus");
        p.let("ratio", CoverOp.DIV, "gft", "1/2");
        p.param("p");
        return new Form("bfm-intro-uniform", DIR.resolve("intro-uniform-price-one-fifth.cert"),
                p.at("ratio", Map.of("p", q("1/5"))),
                List.of(ClaimKind.VALUE_AT_LEAST, ClaimKind.VALUE_AT_MOST), List.of(q("0.959999999999"),
                        q("0.960000000001")), "seed 000, Sec. 1: GFT / OPT_SB at price 1/5 for U[0,1], zero-value seller");
    }

    /**
     * Lemma 5.6, expression (3) at K = 25: with y = e^{K ln K/(K-1)} ln K/(K-1) and w = W_0(y),
     * (3) = (K ln K - (K-1) w)/(K ln K) (K/(K-1) + 1/ln K); claimed &lt; 0.877, bracketed in (0.8767513, 0.8767514).
     */
    public static Form lemma56() {
        LetProgram p = new LetProgram();
        p.param("K");
        p.let("km1", CoverOp.SUB, "K", "1");
        p.let("logk", CoverOp.LOG, "K");
        p.let("kk", CoverOp.DIV, "K", "km1");
        p.let("ex", CoverOp.MUL, "kk", "logk");
        p.let("ee", CoverOp.EXP, "ex");
        p.let("y1", CoverOp.MUL, "ee", "logk");
        p.let("y", CoverOp.DIV, "y1", "km1");
        p.let("w", CoverOp.LAMBERTW, "y");
        p.let("klogk", CoverOp.MUL, "K", "logk");
        p.let("kw", CoverOp.MUL, "km1", "w");
        p.let("n1", CoverOp.SUB, "klogk", "kw");
        p.let("f1", CoverOp.DIV, "n1", "klogk");
        p.let("ilog", CoverOp.DIV, "1", "logk");
        p.let("br", CoverOp.ADD, "kk", "ilog");
        p.let("value", CoverOp.MUL, "f1", "br");
        return new Form("bfm-lemma5.6", DIR.resolve("lemma5.6-expression3-K25.cert"),
                p.at("value", Map.of("K", q("25"))),
                List.of(ClaimKind.VALUE_BELOW, ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_BELOW),
                List.of(q("0.877"), q("0.8767513"), q("0.8767514")),
                "seed 000, Lemma 5.6, expression (3) at K = 25 (W = Lambert W_0, footnote 32)");
    }

    /** The stored cover of Lemma 5.9's program (4) (an interval cover, FORMAT.md section 4, not a point value). */
    public static final Path LEMMA59 = DIR.resolve("lemma5.9-program4-cover.cert");
    /** The cover proves 0.944 - (4)(p) &gt;= this for every p in [0, e], i.e. max (4) &lt;= 0.9435 &lt; 0.944. */
    public static final Rational LEMMA59_MARGIN = q("0.0005");

    /**
     * Lemma 5.9's printed program (4) over p = e s, s in [0, 1] (so p covers [0, e] exactly although e is irrational):
     * (4)(p) = (p e^{-p/e} + min{(e-1) p e^{-p/e}, e^{1-p/e} - 1})/(e-1); GOAL = 0.944 - (4)(p).
     */
    public static Cover lemma59Program() {
        LetProgram p = new LetProgram();
        p.let("e", CoverOp.EXP, "1");
        p.let("p", CoverOp.MUL, "e", "s");
        p.let("pe", CoverOp.DIV, "p", "e");
        p.let("npe", CoverOp.NEG, "pe");
        p.let("decay", CoverOp.EXP, "npe");
        p.let("alpha", CoverOp.MUL, "p", "decay");             // p e^{-p/e}
        p.let("em1", CoverOp.SUB, "e", "1");
        p.let("b1", CoverOp.MUL, "em1", "alpha");
        p.let("omp", CoverOp.SUB, "1", "pe");
        p.let("ee", CoverOp.EXP, "omp");
        p.let("b2", CoverOp.SUB, "ee", "1");                   // e^{1-p/e} - 1
        p.let("m", CoverOp.MIN, "b1", "b2");
        p.let("num", CoverOp.ADD, "alpha", "m");
        p.let("value", CoverOp.DIV, "num", "em1");             // (4) at p
        p.let("margin", CoverOp.SUB, "0.944", "value");
        return p.over(List.of(new Cover.Coord("s", Rational.ZERO, Rational.ONE, 0)), "margin");
    }

    /** Builds the Lemma 5.9 cover by bisection (untrusted search, well under a second), or empty if it stalls. */
    public static Optional<Certificate> lemma59Certificate() {
        Cover program = lemma59Program();
        tradebounds.engine.cover.CoverSearch search = new tradebounds.engine.cover.CoverSearch(program, List.of(),
                LEMMA59_MARGIN, 100_000);
        tradebounds.engine.cover.CoverSearch.CellResult r = search.cell(Rational.ZERO, Rational.ONE, List.of());
        if (r.outcome() != tradebounds.engine.cover.CoverSearch.Decision.PROVED) {
            return Optional.empty();
        }
        Cover cover = search.cover(List.of(new Cover.Cell(Rational.ZERO, Rational.ONE, List.of(), List.of(), 0)),
                List.of(r));
        return Optional.of(CertificateBuilder.of(CertificateType.INTERVAL_COVER)
                .meta("source", "seed 000, Lemma 5.9: program (4) over p = e s in [0, e]; GOAL = 0.944 - (4)(p)")
                .meta("built", "tradebounds.family.ksfair.ClosedForms")
                .cover(cover).claim(ClaimKind.MINIMUM_AT_LEAST, LEMMA59_MARGIN).build());
    }

    /** The stored Lemma 5.9 cover against the builder: program and the claimed margin. */
    public static Optional<String> lemma59Difference() {
        try {
            Certificate c = CertificateReader.read(LEMMA59);
            Optional<String> d = CoverPrograms.difference(c.cover().orElseThrow(), lemma59Program());
            if (d.isPresent()) {
                return d;
            }
            boolean claim = c.claims().size() == 1 && c.claims().get(0).kind() == ClaimKind.MINIMUM_AT_LEAST
                    && c.claims().get(0).bound().equals(LEMMA59_MARGIN);
            return claim ? Optional.empty() : Optional.of("CLAIM is not 'minimum >= " + LEMMA59_MARGIN + "'");
        } catch (CertificateException | RuntimeException e) {
            return Optional.of("cannot read " + LEMMA59 + ": " + e.getMessage());
        }
    }

    /**
     * App. E's printed L_lo against L_hi at one interior point of P_REG's feasible set (alpha = 1/2, q_m = 1/2,
     * t = 1/2, u = 1/2, i.e. q = 7/8, v0 = v_max/2): the gap L_lo - L_hi is claimed &gt; 0, so the printed range
     * [L_lo, L_hi] is empty there (by hand the gap is alpha - v0 + v0 ln(1/q) q/(1-q) &gt; 0).
     */
    public static Form appendixELowerL() {
        Cover program = tradebounds.family.ksfair.preg.PregCoverProgram.printedLowerLGap();
        Cover at = program.at(List.of(new Cover.Value("alpha", q("1/2"), 0), new Cover.Value("qm", q("1/2"), 0),
                new Cover.Value("t", q("1/2"), 0), new Cover.Value("u", q("1/2"), 0)));
        return new Form("bfm-appE-L-lo", DIR.resolve("appE-printed-L-lo-above-L-hi.cert"), at,
                List.of(ClaimKind.VALUE_ABOVE), List.of(Rational.ZERO),
                "seed 000, App. E: printed L_lo = alpha ln(1/q)/(1-q) minus L_hi at a feasible point of P_REG");
    }

    /**
     * Lemma C.1, ex-post part, on F = U[0,1] (support [0, 1], no atom: Example C.3 with v_lo = 0, v_hi = 1) and a
     * zero-value seller. The mechanism: the buyer buys at the posted price r (x = 1{v &gt;= r}, p = r x, dominant-strategy
     * truthful, so BIC, and IIR), the seller is paid p~(v) = (v - r)^+. Ex post both benchmarks are v (facing a known
     * buyer value v the seller can charge v; facing a zero-value seller the buyer can get the item for free) and both
     * ex-post utilities are (v - r)^+, so the two ratios are equal for every v &gt; 0 (Def. C.2; at v = 0 both are 0/0,
     * a null set). What the program checks at r: the ex-ante WBB slack E[p] - E[p~] = r(1 - r) - (1 - r)^2/2 &gt;= 0
     * (FEASIBLE; it holds iff r &gt;= 1/3), r and 1 - r &gt;= 0, and GFT / OPT_SB = ((1 - r^2)/2) / E[v] with
     * OPT_SB = E[v] = 1/2 (price 0). By hand at r = 1/2: E[p] = 1/4, E[p~] = 1/8, GFT = 3/8, ratio 3/4, every step
     * exact in doubles, so the enclosure is the point 3/4.
     */
    public static Form lemmaC1ExPost() {
        LetProgram p = new LetProgram();
        p.param("r");
        p.let("omr", CoverOp.SUB, "1", "r");                  // Pr[v >= r]
        p.let("rok", CoverOp.ADD, "r", "0");                  // the price is >= 0
        p.let("pays", CoverOp.MUL, "r", "omr");               // E[p] = r Pr[v >= r]
        p.let("omr2", CoverOp.MUL, "omr", "omr");
        p.let("gets", CoverOp.DIV, "omr2", "2");              // E[p~] = int_r^1 (v - r) dv; also pi(0) >= 0 (IIR)
        p.let("wbb", CoverOp.SUB, "pays", "gets");            // ex-ante WBB slack
        p.let("rr", CoverOp.MUL, "r", "r");
        p.let("omrr", CoverOp.SUB, "1", "rr");
        p.let("gft", CoverOp.DIV, "omrr", "2");               // E[v 1{v >= r}] = int_r^1 v dv
        p.let("ratio", CoverOp.DIV, "gft", "1/2");            // / OPT_SB = E[v]
        p.feasible("omr", "rok", "gets", "wbb");
        return new Form("bfm-lemmaC.1", DIR.resolve("lemmaC1-expost-uniform-price-half.cert"),
                p.at("ratio", Map.of("r", q("1/2"))),
                List.of(ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_AT_LEAST, ClaimKind.VALUE_AT_MOST),
                List.of(Rational.ZERO, q("3/4"), q("3/4")),
                "seed 000, Lemma C.1 ex post: U[0,1], zero-value seller, posted price r, seller paid (v - r)^+");
    }

    /**
     * Lemma C.1, interim part, on Example 5.3's F (F(v) = 1 - e^{-v/e} on [0, e), atom 1/e at the top value e, which
     * Sec. 2 allows) and a zero-value seller. The mechanism, with fairness ratio lam in [0, 1/2]: x(v) = lam below e,
     * x(e) = 1; p(v) = 0 below e, p(e) = (1 - lam) e; the seller is paid p~ = lam Pi*(0). Interim utilities: u(v) =
     * lam v below e and u(e) = e - (1 - lam) e = lam e, so u(v)/U*(v) = lam with U*(v) = v (zero-value seller);
     * pi(0) = p~ = lam Pi*(0), where Pi*(0) = max_p p e^{-p/e} = e e^{-1} = 1 (p e^{-p/e} increases on [0, e]; Myerson's
     * optimum is a posted price), so Def. C.1 holds with ratio lam for every v &gt; 0. BIC: x is monotone, a type v &lt; e
     * reporting e gets v - (1 - lam) e &lt;= lam v iff (1 - lam)(e - v) &gt;= 0, and type e reporting v &lt; e gets lam e,
     * its truthful utility. IIR: u, pi &gt;= 0. The program checks at lam: lam &gt;= 0, 1 - lam &gt;= 0 (FEASIBLE), the
     * ex-ante WBB slack E[p] - E[p~] = e^{-1} (1 - lam) e - lam e e^{-1} &gt;= 0 (exactly 1 - 2 lam; at lam = 1/2 it is 0,
     * which an enclosure cannot prove, hence the point lam = 1/3), and GFT / OPT_SB with GFT = lam E[v 1{v &lt; e}] +
     * e Pr[v = e] = lam (e - 2) + 1 and OPT_SB = E[v] = e - 1. By hand at lam = 1/3: (e + 1)/(3 (e - 1)) =
     * 3.7182818/15.4645365 = 0.7213... (at lam = 1/2, e/(2(e - 1)) = 0.7910, the notes' value).
     */
    public static Form lemmaC1Interim() {
        LetProgram p = new LetProgram();
        p.param("lam");
        p.let("lamok", CoverOp.ADD, "lam", "0");              // lam >= 0 (IIR)
        p.let("oml", CoverOp.SUB, "1", "lam");                // 1 - lam >= 0 (x <= 1, BIC of low types)
        p.let("e", CoverOp.EXP, "1");                         // the top value
        p.let("top", CoverOp.EXP, "-1");                      // Pr[v = e] = e^{-e/e}
        p.let("mono", CoverOp.MUL, "e", "top");               // Pi*(0) = e Pr[v >= e] (= 1)
        p.let("ptop", CoverOp.MUL, "oml", "e");               // p(e) = (1 - lam) e
        p.let("pays", CoverOp.MUL, "top", "ptop");            // E[p]
        p.let("gets", CoverOp.MUL, "lam", "mono");            // p~ = lam Pi*(0)
        p.let("wbb", CoverOp.SUB, "pays", "gets");            // ex-ante WBB slack
        p.let("ev", CoverOp.SUB, "e", "1");                   // E[v] = int_0^e e^{-v/e} dv = e - 1 = OPT_SB
        p.let("below", CoverOp.SUB, "ev", "mono");            // E[v 1{v < e}] = E[v] - e Pr[v = e]
        p.let("lb", CoverOp.MUL, "lam", "below");
        p.let("gft", CoverOp.ADD, "lb", "mono");              // lam E[v 1{v < e}] + e Pr[v = e]
        p.let("ratio", CoverOp.DIV, "gft", "ev");
        p.feasible("lamok", "oml", "wbb");
        return new Form("bfm-lemmaC.1", DIR.resolve("lemmaC1-interim-example53-ratio-third.cert"),
                p.at("ratio", Map.of("lam", q("1/3"))),
                List.of(ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_BELOW),
                List.of(Rational.ZERO, q("0.72131"), q("0.72132")),
                "seed 000, Lemma C.1 interim: Example 5.3's F (atom 1/e at e), zero-value seller, fairness ratio lam");
    }

    /**
     * App. F's printed M_hi against the largest value any law can give M at one feasible point of P_MHR
     * ({@link tradebounds.family.ksfair.pmhr.PmhrCoverProgram#printedUpperMExcessText}): r_m = 2, H = 1,
     * alpha = 1/2, t = 1/20 (p = 1/2 + (3/2)/20 = 23/40), w = 1 (v0 = v0_max, so v1 = r_m). By hand (doubles, as in
     * PmhrFormulas): A = ln(23/20) = 0.13976, B = ln 2 = 0.69315, g1 = A - B + 1 - p/r_m = 0.15911 &gt; 0, g2 = p B/r_m
     * - A = 0.05952 &gt; 0; printed M_hi = 1.40330 but alpha r_m/p - 1 = 40/23 - 1 = 17/23 = 0.73913, excess 0.66417
     * (the corrected M_hi is 0.45165).
     */
    public static Form appendixFUpperM() {
        Cover program;
        try {
            program = CertificateReader.read(tradebounds.family.ksfair.pmhr.PmhrCoverProgram.printedUpperMExcessText(),
                    "PmhrCoverProgram.printedUpperMExcessText").cover().orElseThrow();
        } catch (CertificateException e) {
            throw new IllegalStateException("unreadable M_hi program: " + e.getMessage(), e);
        }
        Cover at = program.at(List.of(new Cover.Value("alpha1", q("1/2"), 0), new Cover.Value("alpha2", q("1/2"), 0),
                new Cover.Value("rm", q("2"), 0), new Cover.Value("H", q("1"), 0), new Cover.Value("t", q("1/20"), 0),
                new Cover.Value("w", q("1"), 0)));
        return new Form("bfm-appF-M-hi", DIR.resolve("appF-printed-M-hi-above-any-M.cert"), at,
                List.of(ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_BELOW),
                List.of(Rational.ZERO, q("0.664"), q("0.665")),
                "seed 000, App. F: printed M_hi minus alpha r_m/p - 1 (an upper bound on E[v 1{p <= v < r_m}] for every"
                        + " law with Phi(p) = ln(p/alpha), Phi(r_m) = ln r_m) at a feasible point of P_MHR");
    }

    public static List<Form> all() {
        return List.of(corollary44(), uniform(), lemma56(), appendixELowerL(), lemmaC1ExPost(), lemmaC1Interim(),
                appendixFUpperM());
    }

    public static Optional<Form> of(String claimId) {
        return all().stream().filter(f -> f.claimId().equals(claimId)).findFirst();
    }

    /** The first difference between the stored file and the builder's form (program, point, claims), if any. */
    public static Optional<String> difference(Form f) {
        return CoverPrograms.pointValueDifference(f.file(), f.program(), f.kinds(), f.bounds());
    }

    /** Dev tool: writes every stored closed form and checks it. */
    public static void run(String[] args) throws IOException {
        for (Form f : all()) {
            CoverPrograms.writeAndCheck(f.certificate(), f.file());
        }
        Optional<Certificate> c = lemma59Certificate();
        if (c.isEmpty()) {
            System.err.println("Lemma 5.9 cover not closed");
            return;
        }
        CoverPrograms.writeAndCheck(c.get(), LEMMA59);
    }
}
