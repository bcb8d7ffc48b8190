package tradebounds.family.groups;

import java.io.IOException;
import java.math.BigInteger;
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
import tradebounds.family.groups.exact.BernoulliExact;
import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.IrRule;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.model.Rational;

/**
 * Bernoulli IR cells of Table 1 as point-value certificates (FORMAT.md section 6), so that a printed number that the
 * exact binomial sums refute is REFUTED through the checker, not only by code outside it.
 *
 * <p>The quantity is the stated reading (strict group IR, {@link IrRule#STRICT}): with X ~ Bin(n, a), Y ~ Bin(n, b)
 * and p = (a + b)/2, P(IR) = P(X &gt; n p) P(Y &lt; n p). The LET program spells out both binomial sums term by term
 * (a straight-line program has no loop): t_0 = (1 - a)^n by n - 1 multiplications, then
 * t_k = t_{k-1} ((n - k + 1)/k) (a/(1 - a)), and the sum of the t_k over the passing k. The thresholds (which k
 * pass) are the builder's, computed here from n p exactly as {@link BernoulliExact#irProbability} does; the audit
 * compares the stored program with the one rebuilt here line by line ({@link #difference}), so a stored file with
 * other thresholds or constants is not used. The claims bracket the exact value (12 decimals, widened by 10^-12 on
 * each side: the checker's outward rounding over a few hundred operations stays far below that).
 */
public final class IrPointValues {
    public static final Path DIR = Path.of("certificates", "groups");
    private static final Rational EPS = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(12));
    private static final List<ClaimKind> BRACKET = List.of(ClaimKind.VALUE_AT_LEAST, ClaimKind.VALUE_AT_MOST);

    /** One stored point value: the claim id, its file, the program at the point, and the bracket [lo, hi]. */
    public record Form(String claimId, Path file, Cover program, Rational lo, Rational hi, Rational exact) {
        public Certificate certificate() {
            return CoverPrograms.pointValue("seed 002, Table 1, " + claimId + ": P(group IR) under the stated reading"
                            + " (strict: buyers' total > 0 and sellers' total > 0), exact binomial sums",
                    "tradebounds.family.groups.IrPointValues", program, BRACKET, List.of(lo, hi));
        }
    }

    private IrPointValues() {
    }

    /** The Table 1 rows whose stated reading the exact sums refute (issue 13 item 1): Bernoulli, n = 100, IR. */
    public static final List<String> REFUTED_IDS = List.of("xzc-table1-bern-n100-m1-ir", "xzc-table1-bern-n100-m2-ir",
            "xzc-table1-bern-n100-m3-ir");

    public static Optional<Form> of(String claimId) {
        if (!REFUTED_IDS.contains(claimId)) {
            return Optional.empty();
        }
        return Table1.entries().stream().filter(e -> e.id().equals(claimId)).findFirst().map(IrPointValues::build);
    }

    public static List<Form> all() {
        return REFUTED_IDS.stream().map(id -> of(id).orElseThrow()).toList();
    }

    /** The builder: the strict-IR program of a Bernoulli IR entry, its exact value and bracket. */
    static Form build(Table1.Entry entry) {
        Cell c = entry.cell();
        if (c.shape() != Shape.BERNOULLI || entry.quantity() != Quantity.IR) {
            throw new IllegalArgumentException(entry.id() + " is not a Bernoulli IR cell");
        }
        int n = c.n();
        Rational np = c.muBuyer().add(c.muSeller()).multiply(Rational.of(n, 2));
        // strict: buyers pass when X > n p, i.e. X >= floor(np) + 1; sellers when Y < n p, i.e. Y <= ceil(np) - 1
        int floor = floor(np);
        int ceil = np.denominator().equals(BigInteger.ONE) ? floor : floor + 1;
        LetProgram p = new LetProgram().param("a", "b");
        String buyers = binomialSum(p, "x", "a", n, floor + 1, n);
        String sellers = binomialSum(p, "y", "b", n, 0, ceil - 1);
        p.let("ir", CoverOp.MUL, buyers, sellers);
        Rational exact = BernoulliExact.irProbability(n, c.muBuyer(), c.muSeller(), IrRule.STRICT);
        Rational lo = Rational.of(exact.toDecimal(12, false)).subtract(EPS);
        Rational hi = Rational.of(exact.toDecimal(12, true)).add(EPS);
        Cover program = p.at("ir", Map.of("a", c.muBuyer(), "b", c.muSeller()));
        return new Form(entry.id(), DIR.resolve(entry.id() + ".cert"), program, lo, hi, exact);
    }

    private static int floor(Rational x) {
        return x.numerator().divide(x.denominator()).intValueExact(); // x > 0 here
    }

    /** The first difference between the stored file and the builder's form (program, point, claims), if any. */
    public static Optional<String> difference(Form f) {
        return difference(f, f.file());
    }

    static Optional<String> difference(Form f, Path file) {
        return CoverPrograms.pointValueDifference(file, f.program(), BRACKET, List.of(f.lo(), f.hi()));
    }

    static Optional<String> difference(Form f, Certificate c) {
        return CoverPrograms.pointValueDifference(c, f.program(), BRACKET, List.of(f.lo(), f.hi()));
    }

    /** Dev tool: writes the stored Bernoulli IR point values of seed 002 and checks each. */
    public static void run(String[] args) throws IOException {
        for (Form f : all()) {
            CoverPrograms.writeAndCheck(f.certificate(), f.file());
        }
    }

    /**
     * Appends to {@code p} P(lo &lt;= Bin(n, prob) &lt;= hi) term by term; returns the LET name of the sum. Every term
     * t_0..t_hi is built (the recurrence needs them); only t_lo..t_hi are added.
     */
    private static String binomialSum(LetProgram p, String prefix, String prob, int n, int lo, int hi) {
        String q = prefix + "q";
        p.let(q, CoverOp.SUB, Rational.ONE, prob);
        p.let(prefix + "r", CoverOp.DIV, prob, q); // a/(1-a)
        String pow = q;
        for (int i = 2; i <= n; i++) {
            p.let(prefix + "q" + i, CoverOp.MUL, pow, q);
            pow = prefix + "q" + i;
        }
        p.let(prefix + "t0", CoverOp.ADD, pow, Rational.ZERO); // (1-a)^n
        String sum = null;
        for (int k = 0; k <= Math.min(n, hi); k++) {
            String t = prefix + "t" + k;
            if (k > 0) {
                // t_k = t_{k-1} * C(n,k)/C(n,k-1) * a/(1-a), with C(n,k)/C(n,k-1) = (n-k+1)/k exactly
                p.let(prefix + "u" + k, CoverOp.MUL, prefix + "t" + (k - 1), Rational.of(n - k + 1, k));
                p.let(t, CoverOp.MUL, prefix + "u" + k, prefix + "r");
            }
            if (k >= lo) {
                if (sum == null) {
                    sum = t;
                } else {
                    p.let(prefix + "s" + k, CoverOp.ADD, sum, t);
                    sum = prefix + "s" + k;
                }
            }
        }
        if (sum == null) {
            p.let(prefix + "s", CoverOp.ADD, Rational.ZERO, Rational.ZERO);
            sum = prefix + "s";
        }
        return sum;
    }
}
