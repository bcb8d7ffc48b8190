package tradebounds.family.pareto;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover;
import tradebounds.cert.CoverOp;
import tradebounds.engine.cover.CoverPrograms;
import tradebounds.engine.cover.LetProgram;
import tradebounds.model.Rational;

/**
 * Seed 001's closed-form constants as point-value certificates (FORMAT.md section 6): a LET program of the printed
 * formula, a point, and claims that bracket its value. The audit compares a stored file with the form built here
 * ({@link #difference}), has the checker prove it, and compares the bracket with the published number
 * ({@link #judge}). These rows are about the constant only; the theorems that use them are separate rows
 * ("theorem-on-family"), which the falsification searches leave OPEN.
 */
public final class Constants {
    public static final Path DIR = Path.of("certificates", "pareto", "closed-forms");

    /**
     * One stored closed form. {@code exact} is the value in exact rationals when it is rational (then a bracket that
     * contains the published number, equal to it, certifies it), empty when it is not (e, logarithms).
     */
    public record Form(String claimId, Path file, Cover program, List<ClaimKind> kinds, List<Rational> bounds,
                       Optional<Rational> exact, String source) {
        /** The tightest lower (lower = true) or upper bound the claims state. */
        public Optional<Rational> bracket(boolean lower) {
            return CoverPrograms.tightest(kinds, bounds, lower);
        }

        public Certificate certificate() {
            return CoverPrograms.pointValue(source, "tradebounds.family.pareto.Constants", program, kinds, bounds);
        }
    }

    private Constants() {
    }

    private static Rational q(String s) {
        return Rational.parse(s);
    }

    private static final List<ClaimKind> BRACKET = List.of(ClaimKind.VALUE_AT_LEAST, ClaimKind.VALUE_AT_MOST);

    /** H_n - H_m = sum_{i = m+1}^{n} 1/i, exactly. */
    static Rational harmonicGap(int n, int m) {
        Rational s = Rational.ZERO;
        for (int i = m + 1; i <= n; i++) {
            s = s.add(Rational.of(1, i));
        }
        return s;
    }

    /**
     * Lemma C.6: xi_T(m, n) = 1 + H_n - H_m and the constant 1/xi_T (the BOM's welfare guarantee), here for the row's
     * n = 4, m = 1: 1/(1 + 1/2 + 1/3 + 1/4) = 12/25, which doubles can only bracket, [0.479999999999, 0.480000000001].
     * The LET program spells out the sum 1/(m+1) + ... + 1/n (a straight-line program has no loop).
     */
    public static Form lemmaC6(int n, int m) {
        LetProgram p = new LetProgram();
        String sum = null;
        for (int i = m + 1; i <= n; i++) {
            p.let("inv" + i, CoverOp.DIV, "1", Integer.toString(i));
            if (sum == null) {
                sum = "inv" + i;
            } else {
                p.let("h" + i, CoverOp.ADD, sum, "inv" + i);
                sum = "h" + i;
            }
        }
        p.let("xi", CoverOp.ADD, "1", sum == null ? "0" : sum);
        p.let("ratio", CoverOp.DIV, "1", "xi");
        Rational exact = Rational.ONE.divide(Rational.ONE.add(harmonicGap(n, m)));
        Rational eps = q("1/1000000000000");
        return new Form("bccf-lemC.6-constant", DIR.resolve("lemC.6-bom-n" + n + "-m" + m + ".cert"),
                p.at("ratio", Map.of()), BRACKET, List.of(exact.subtract(eps), exact.add(eps)), Optional.of(exact),
                "seed 001, Lemma C.6: 1/(1 + H_n - H_m) at n = " + n + ", m = " + m);
    }

    /**
     * Lemma C.8: the truncated exponential's E[v 1{v >= r*}]/E[v] = (1/e)/(1 - 1/e) = 1/(e - 1), as the proof
     * computes it; the row publishes 0.581976706869 (1/(e-1) = 0.58197670686932... rounded down), so the claims
     * bracket the value in (0.581976706869, 0.58197670687).
     */
    public static Form lemmaC8() {
        LetProgram p = new LetProgram();
        p.let("e", CoverOp.EXP, "1");
        p.let("ie", CoverOp.DIV, "1", "e");
        p.let("tail", CoverOp.SUB, "1", "ie");
        p.let("ratio", CoverOp.DIV, "ie", "tail");
        return new Form("bccf-lemC.8-constant", DIR.resolve("lemC.8-one-over-e-minus-1.cert"), p.at("ratio", Map.of()),
                List.of(ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_BELOW), List.of(q("0.581976706869"), q("0.58197670687")),
                Optional.empty(), "seed 001, Lemma C.8: (1/e)/(1 - 1/e) = 1/(e - 1)");
    }

    /**
     * Lemma C.1 (Bulow-Klemperer) as Thm 4.1(ii)'s proof uses it: beta = Pi(SPA)/Pi* >= (n-1)/n, at the row's n = 2:
     * exactly 1/2 (a double, so the bracket is the point).
     */
    public static Form lemmaC1(int n) {
        LetProgram p = new LetProgram();
        p.param("n");
        p.let("nm1", CoverOp.SUB, "n", "1");
        p.let("beta", CoverOp.DIV, "nm1", "n");
        Rational exact = Rational.of(n - 1, n);
        return new Form("bccf-lemC.1-constant", DIR.resolve("lemC.1-bulow-klemperer-n" + n + ".cert"),
                p.at("beta", Map.of("n", Rational.of(n))), BRACKET, List.of(exact, exact), Optional.of(exact),
                "seed 001, Lemma C.1 as used in Thm 4.1(ii): (n-1)/n at n = " + n);
    }

    /**
     * Thm E.1's lower constant: the proof of Sec. E.2.1 ends with the bound
     * g(l, q) = [q (ln q - ln l) + (1-q)^2] / [q (ln q - ln l) + (1-l)(1-q)] over 0 <= l <= q <= 1 and prints its
     * minimum as "approximately 0.8246, reached when l ~ 0.238405 and q ~ 0.528482". At that printed point
     * g = 0.82459992377..., below 0.8246: the lower bound is rounded up. The point is feasible (0 < l <= q < 1) and
     * the claims prove g < 0.8246 there, so min g < 0.8246 (the true minimum, 0.8245999237705 at
     * l = 0.2384092532, q = 0.5284846947, is lower still).
     */
    public static Form theoremE1Lower() {
        LetProgram p = new LetProgram();
        p.param("l", "q");
        p.let("lq", CoverOp.LOG, "q");
        p.let("ll", CoverOp.LOG, "l");
        p.let("d", CoverOp.SUB, "lq", "ll");
        p.let("qd", CoverOp.MUL, "q", "d");
        p.let("omq", CoverOp.SUB, "1", "q");
        p.let("omq2", CoverOp.MUL, "omq", "omq");
        p.let("num", CoverOp.ADD, "qd", "omq2");
        p.let("oml", CoverOp.SUB, "1", "l");
        p.let("c", CoverOp.MUL, "oml", "omq");
        p.let("den", CoverOp.ADD, "qd", "c");
        p.let("ratio", CoverOp.DIV, "num", "den");
        p.let("gap", CoverOp.SUB, "q", "l");
        // the printed domain 0 <= l <= q <= 1 (l > 0 is forced by the logarithm)
        p.feasible("gap", "omq");
        return new Form("bccf-thmE.1-lower-constant", DIR.resolve("thmE.1-lower-0.8246-at-printed-point.cert"),
                p.at("ratio", Map.of("l", q("0.238405"), "q", q("0.528482"))),
                List.of(ClaimKind.VALUE_BELOW, ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_BELOW),
                List.of(q("0.8246"), q("0.824599923777"), q("0.824599923778")), Optional.empty(),
                "seed 001, Thm E.1 (Sec. E.2.1): the printed lower bound's formula at the printed minimiser");
    }

    /**
     * Thm E.1's upper constant: the instance of Sec. E.2.2 has revenue approximation ratio
     * h(l, q) = (q ln q - ln l)/(l ln q - ln l); the paper prints its minimum as "about 0.8532 when l ~ 0.325268 and
     * q ~ 0.589198". At that point h = 0.853195528733..., below 0.8532: an upper bound rounded up, the right way.
     */
    public static Form theoremE1Upper() {
        LetProgram p = new LetProgram();
        p.param("l", "q");
        p.let("lq", CoverOp.LOG, "q");
        p.let("ll", CoverOp.LOG, "l");
        p.let("a", CoverOp.MUL, "q", "lq");
        p.let("num", CoverOp.SUB, "a", "ll");
        p.let("b", CoverOp.MUL, "l", "lq");
        p.let("den", CoverOp.SUB, "b", "ll");
        p.let("ratio", CoverOp.DIV, "num", "den");
        p.let("gap", CoverOp.SUB, "q", "l");
        p.let("omq", CoverOp.SUB, "1", "q");
        p.feasible("gap", "omq");
        return new Form("bccf-thmE.1-upper-constant", DIR.resolve("thmE.1-upper-0.8532-at-printed-point.cert"),
                p.at("ratio", Map.of("l", q("0.325268"), "q", q("0.589198"))),
                List.of(ClaimKind.VALUE_BELOW, ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_BELOW),
                List.of(q("0.8532"), q("0.853195528733"), q("0.853195528734")), Optional.empty(),
                "seed 001, Thm E.1 (Sec. E.2.2): the instance's revenue ratio at the printed minimiser");
    }

    /**
     * Thm D.1 as printed ("the Nash Solution achieves at least 1/(e - 1) of Pi* + U*", both laws MHR) fails on
     * uniform laws, which are MHR: seller U[sl, sh], buyer U[bl, bh] with sh &lt;= bl (FEASIBLE), so the buyer's value
     * always exceeds the seller's. Then any mechanism's gains from trade, the Nash Solution's included, are at most
     * OPT_FB = E[b] - E[s]; the seller posting price bl (always accepted, always profitable) earns bl - E[s] &lt;= Pi*;
     * the buyer posting sh (always accepted) keeps E[b] - sh &lt;= U*. So welfare(Nash)/(Pi* + U*) &lt;=
     * (E[b] - E[s])/((bl - E[s]) + (E[b] - sh)), which at (0, 1/10, 9/10, 1) is (9/10)/(17/10) = 9/17 = 0.529...,
     * below 1/(e - 1) = 0.58197... The proof's chain ends at 1/(e - 1) OPT_FB (Fei 2022), and OPT_FB &lt; Pi* + U*
     * here.
     */
    public static Form theoremD1Counterexample() {
        LetProgram p = new LetProgram();
        p.param("sl", "sh", "bl", "bh");
        p.let("ssum", CoverOp.ADD, "sl", "sh");
        p.let("es", CoverOp.DIV, "ssum", "2");
        p.let("bsum", CoverOp.ADD, "bl", "bh");
        p.let("eb", CoverOp.DIV, "bsum", "2");
        p.let("opt", CoverOp.SUB, "eb", "es");
        p.let("pi", CoverOp.SUB, "bl", "es");
        p.let("u", CoverOp.SUB, "eb", "sh");
        p.let("den", CoverOp.ADD, "pi", "u");
        p.let("ratio", CoverOp.DIV, "opt", "den");
        p.let("apart", CoverOp.SUB, "bl", "sh");
        p.let("swidth", CoverOp.SUB, "sh", "sl");
        p.let("bwidth", CoverOp.SUB, "bh", "bl");
        p.let("slo", CoverOp.ADD, "sl", "0"); // values are >= 0
        p.feasible("apart", "swidth", "bwidth", "slo");
        return new Form("bccf-thmD.1-bilateral-nash", DIR.resolve("thmD.1-uniform-counterexample.cert"),
                p.at("ratio", Map.of("sl", q("0"), "sh", q("1/10"), "bl", q("9/10"), "bh", q("1"))),
                List.of(ClaimKind.VALUE_BELOW, ClaimKind.VALUE_ABOVE, ClaimKind.VALUE_BELOW),
                List.of(q("0.581976706869"), q("0.529411764705"), q("0.529411764706")), Optional.of(Rational.of(9, 17)),
                "seed 001, Thm D.1: seller U[0, 1/10], buyer U[9/10, 1] (both MHR): an upper bound on"
                        + " welfare(Nash)/(Pi* + U*)");
    }

    public static List<Form> all() {
        return List.of(lemmaC6(4, 1), lemmaC8(), lemmaC1(2), theoremE1Lower(), theoremE1Upper(),
                theoremD1Counterexample());
    }

    public static Optional<Form> of(String claimId) {
        return all().stream().filter(f -> f.claimId().equals(claimId)).findFirst();
    }

    /** The first difference between the stored file and the builder's form (program, point, claims), if any. */
    public static Optional<String> difference(Form f) {
        return difference(f, f.file());
    }

    static Optional<String> difference(Form f, Path file) {
        return CoverPrograms.pointValueDifference(file, f.program(), f.kinds(), f.bounds());
    }

    /** How a proved bracket [lo, hi] stands to the published number. */
    public enum Side { RIGHT, WRONG, UNDECIDED }

    /**
     * The comparison of a proved bracket with the published value P. For a lower bound (atLeast): RIGHT when
     * P <= lo (the constant is at least P), WRONG when hi < P (the constant is below the printed bound: rounded the
     * wrong way); symmetrically for an upper bound. A P strictly inside the bracket is RIGHT only when the constant
     * is rational and equal to P in exact arithmetic (12/25, say, which no double equals); otherwise UNDECIDED.
     */
    public static Side judge(Form f, Rational published, boolean atLeast) {
        Rational lo = f.bracket(true).orElse(null);
        Rational hi = f.bracket(false).orElse(null);
        if (atLeast) {
            if (lo != null && lo.compareTo(published) >= 0) {
                return Side.RIGHT;
            }
            if (hi != null && hi.compareTo(published) < 0) {
                return Side.WRONG;
            }
        } else {
            if (hi != null && hi.compareTo(published) <= 0) {
                return Side.RIGHT;
            }
            if (lo != null && lo.compareTo(published) > 0) {
                return Side.WRONG;
            }
        }
        boolean inside = lo != null && hi != null && lo.compareTo(published) <= 0 && published.compareTo(hi) <= 0;
        return inside && f.exact().isPresent() && f.exact().get().equals(published) ? Side.RIGHT : Side.UNDECIDED;
    }

    /** Dev tool: writes every stored closed form of seed 001 and checks it. */
    public static void run(String[] args) throws IOException {
        for (Form f : all()) {
            CoverPrograms.writeAndCheck(f.certificate(), f.file());
        }
    }
}
