package tradebounds.family.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.cert.CertificateReader;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Rejected;
import tradebounds.family.groups.exact.BernoulliExact;
import tradebounds.family.groups.mechanism.IrRule;
import tradebounds.model.Rational;

/** The stored Bernoulli IR point values of seed 002: proved, the builder's, bracketing the exact sums; corruptions fail. */
class IrPointValuesTest {
    /** C(n, k), by the product formula (independent of BernoulliExact's term recurrence). */
    private static BigInteger choose(int n, int k) {
        BigInteger c = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            c = c.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return c;
    }

    /** P(lo &lt;= Bin(n, u/q) &lt;= hi) = sum C(n,k) u^k (q-u)^(n-k) / q^n, summed directly. */
    private static Rational binomial(int n, int u, int q, int lo, int hi) {
        BigInteger s = BigInteger.ZERO;
        for (int k = lo; k <= hi; k++) {
            s = s.add(choose(n, k).multiply(BigInteger.valueOf(u).pow(k)).multiply(BigInteger.valueOf(q - u).pow(n - k)));
        }
        return Rational.of(s, BigInteger.valueOf(q).pow(n));
    }

    /** Printed Table 1 IR entries of the Bernoulli n = 100 row, with the mean pairs as (u/q, (q-u)/q). */
    private static final String[] PRINTED = {"0.966587", "0.74941", "0.382188"};
    private static final int[][] MEANS = {{3, 5}, {11, 20}, {51, 100}};

    @Test
    void storedCertificatesAreTheBuildersProvedAndBracketTheExactSums() throws Exception {
        for (int m = 0; m < 3; m++) {
            String id = IrPointValues.REFUTED_IDS.get(m);
            IrPointValues.Form f = IrPointValues.of(id).orElseThrow();
            assertEquals(Optional.empty(), IrPointValues.difference(f), id);
            long start = System.nanoTime();
            assertInstanceOf(Proved.class, Checker.check(f.file()), id);
            assertTrue(System.nanoTime() - start < 2_000_000_000L, id + " checks in under 2 s");
            assertTrue(Files.size(f.file()) < 1_000_000, id);
            // n p = 50 for every pair (a + b = 1): strict IR is X >= 51 and Y <= 49; Y ~ Bin(100, 1 - a) <= 49 is
            // the mirror of X >= 51, so P(IR) = P(X >= 51)^2, summed here directly with C(100, k).
            int u = MEANS[m][0];
            int q = MEANS[m][1];
            Rational buyers = binomial(100, u, q, 51, 100);
            Rational sellers = binomial(100, q - u, q, 0, 49);
            assertEquals(buyers, sellers, "mirror symmetry");
            Rational exact = buyers.multiply(sellers);
            assertEquals(exact, f.exact(), "BernoulliExact's recurrence agrees with the direct sum");
            assertEquals(exact, BernoulliExact.irProbability(100, Rational.of(u, q), Rational.of(q - u, q),
                    IrRule.STRICT));
            assertTrue(f.lo().compareTo(exact) <= 0 && exact.compareTo(f.hi()) <= 0, id);
            assertTrue(f.hi().subtract(f.lo()).compareTo(Rational.of(3, 1_000_000_000_000L)) <= 0, id);
            // The printed number lies far above the bracket: more than 4 SE of a 10^6-run estimate plus 5e-7.
            double p = f.hi().toDouble();
            double se = Math.sqrt(p * (1 - p) / 1e6);
            assertTrue(Rational.parse(PRINTED[m]).toDouble() - p > 4 * se + 5e-7, id);
        }
    }

    /**
     * Hand-checked small case (n = 5, (0.6, 0.4), n p = 5/2): strict IR is X >= 3 and Y <= 2. P(X >= 3) =
     * 10 (.216)(.16) + 5 (.1296)(.4) + .07776 = .3456 + .2592 + .07776 = .68256, and P(Y <= 2) is the same by mirror
     * symmetry, so P(IR) = .68256^2 = .4658881536 (68256^2 = 4658881536), Table 1 prints 0.465557.
     */
    @Test
    void builderOnTheSmallCellBracketsTheHandValue() throws Exception {
        Table1.Entry e = Table1.entries().stream().filter(x -> x.id().equals("xzc-table1-bern-n5-m1-ir")).findFirst()
                .orElseThrow();
        IrPointValues.Form f = IrPointValues.build(e);
        Rational hand = Rational.parse("0.4658881536");
        assertEquals(hand, f.exact());
        assertTrue(f.lo().compareTo(hand) <= 0 && hand.compareTo(f.hi()) <= 0);
        assertInstanceOf(Proved.class, Checker.check(CertificateWriter.toText(f.certificate()), "n5.cert"));
    }

    private static String stored() throws Exception {
        return Files.readString(IrPointValues.of(IrPointValues.REFUTED_IDS.get(0)).orElseThrow().file());
    }

    private static String replaceLine(String text, String prefix, String line) {
        String[] lines = text.split("\n", -1);
        int hits = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                lines[i] = line;
                hits++;
            }
        }
        assertEquals(1, hits, prefix);
        return String.join("\n", lines);
    }

    /** C(100,51)/C(100,50) = 50/51; writing 49/51 scales every buyer term from k = 51 on by 49/50. */
    @Test
    void anEditedConstantIsRejectedByTheCheckerAndByTheComparison() throws Exception {
        String t = replaceLine(stored(), "xu51 ", "xu51 mul xt50 49/51");
        CheckOutcome o = Checker.check(t, "corrupt.cert");
        assertInstanceOf(Rejected.class, o, String.valueOf(o));
        IrPointValues.Form f = IrPointValues.of(IrPointValues.REFUTED_IDS.get(0)).orElseThrow();
        Optional<String> d = IrPointValues.difference(f, CertificateReader.read(t, "corrupt.cert"));
        assertTrue(d.isPresent() && d.get().contains("xu51"), String.valueOf(d));
    }

    /** A bracket narrowed past the exact value (lo raised 10^-12 above hi - 10^-12 > exact) cannot be proved. */
    @Test
    void aNarrowerClaimedEnclosureIsRejected() throws Exception {
        IrPointValues.Form f = IrPointValues.of(IrPointValues.REFUTED_IDS.get(0)).orElseThrow();
        Rational raised = f.hi().subtract(Rational.of(1, 10_000_000_000_000L));
        assertTrue(raised.compareTo(f.exact()) > 0);
        String t = replaceLine(stored(), "CLAIM value >= ", "CLAIM value >= " + raised);
        assertInstanceOf(Rejected.class, Checker.check(t, "corrupt.cert"));
        assertFalse(IrPointValues.difference(f, CertificateReader.read(t, "corrupt.cert")).isEmpty());
    }
}
