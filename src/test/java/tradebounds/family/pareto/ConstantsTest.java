package tradebounds.family.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.check.Rejected;
import tradebounds.model.Rational;

/**
 * Seed 001's stored closed forms: each is proved by the checker and is the builder's form; each value agrees with an
 * independent computation (exact rationals by hand, java.lang.Math in doubles for the logarithmic ones); each
 * published number sits on the side the audit says; every stored file has corrupted copies that are rejected (by
 * the checker or by the comparison with the builder).
 */
class ConstantsTest {
    @Test
    void everyStoredFormIsProvedAndIsTheBuildersForm() {
        for (Constants.Form f : Constants.all()) {
            assertInstanceOf(Proved.class, Checker.check(f.file()), f.file().toString());
            assertEquals(Optional.empty(), Constants.difference(f), f.file().toString());
        }
    }

    private static double mid(Constants.Form f) {
        Proved p = (Proved) Checker.check(f.certificate());
        return (p.value(Quantity.VALUE_LOWER).orElseThrow().toDouble() + p.value(Quantity.VALUE_UPPER).orElseThrow()
                .toDouble()) / 2;
    }

    @Test
    void valuesAgreeWithIndependentComputations() {
        // Lemma C.6, n = 4, m = 1, by hand: H_4 - H_1 = 1/2 + 1/3 + 1/4 = 13/12, 1 + 13/12 = 25/12, inverse 12/25.
        assertEquals(Rational.of(13, 12), Constants.harmonicGap(4, 1));
        assertEquals(Optional.of(Rational.of(12, 25)), Constants.lemmaC6(4, 1).exact());
        assertEquals(0.48, mid(Constants.lemmaC6(4, 1)), 1e-15);
        // n = m: H_n - H_m = 0, the constant is 1 (the BOM is efficient when every buyer gets a unit)
        assertEquals(Optional.of(Rational.ONE), Constants.lemmaC6(3, 3).exact());
        // Lemma C.8: 1/(e - 1) via Math.E, a different route from the program's (1/e)/(1 - 1/e)
        assertEquals(1 / (Math.E - 1), mid(Constants.lemmaC8()), 1e-15);
        // Bulow-Klemperer at n = 2: (2 - 1)/2 = 1/2, and at n = 5: 4/5
        assertEquals(Optional.of(Rational.of(1, 2)), Constants.lemmaC1(2).exact());
        assertEquals(Optional.of(Rational.of(4, 5)), Constants.lemmaC1(5).exact());
        // Thm E.1's formulas at the printed points, typed from the paper into java.lang.Math
        double l = 0.238405;
        double q = 0.528482;
        double d = Math.log(q) - Math.log(l);
        double g = (q * d + (1 - q) * (1 - q)) / (q * d + (1 - l) * (1 - q));
        assertEquals(g, mid(Constants.theoremE1Lower()), 1e-14);
        assertTrue(g < 0.8246 && g > 0.82459);
        l = 0.325268;
        q = 0.589198;
        double h = (q * Math.log(q) - Math.log(l)) / (l * Math.log(q) - Math.log(l));
        assertEquals(h, mid(Constants.theoremE1Upper()), 1e-14);
        assertTrue(h < 0.8532 && h > 0.8531);
        // Thm D.1's counterexample, by hand: E[s] = 1/20, E[b] = 19/20, OPT_FB = 9/10, Pi >= 9/10 - 1/20 = 17/20,
        // U >= 19/20 - 1/10 = 17/20: (9/10)/(17/10) = 9/17
        assertEquals(Optional.of(Rational.of(9, 17)), Constants.theoremD1Counterexample().exact());
        assertEquals(9.0 / 17, mid(Constants.theoremD1Counterexample()), 1e-15);
        assertTrue(9.0 / 17 < 1 / (Math.E - 1));
    }

    @Test
    void publishedNumbersSitOnTheClaimedSide() {
        assertEquals(Constants.Side.RIGHT, Constants.judge(Constants.lemmaC6(4, 1), Rational.of(12, 25), true));
        // 0.48 + 1e-13 is inside the bracket but not the exact value: undecided, not certified
        assertEquals(Constants.Side.UNDECIDED, Constants.judge(Constants.lemmaC6(4, 1),
                Rational.parse("0.4800000000001"), true));
        assertEquals(Constants.Side.RIGHT, Constants.judge(Constants.lemmaC8(), Rational.parse("0.581976706869"), true));
        // 1/(e-1) rounded up to 10 digits would be the wrong way for a lower bound
        assertEquals(Constants.Side.WRONG, Constants.judge(Constants.lemmaC8(), Rational.parse("0.5819767069"), true));
        assertEquals(Constants.Side.RIGHT, Constants.judge(Constants.lemmaC1(2), Rational.of(1, 2), true));
        assertEquals(Constants.Side.WRONG, Constants.judge(Constants.theoremE1Lower(), Rational.parse("0.8246"), true));
        assertEquals(Constants.Side.RIGHT, Constants.judge(Constants.theoremE1Lower(), Rational.parse("0.8245"), true));
        assertEquals(Constants.Side.RIGHT, Constants.judge(Constants.theoremE1Upper(), Rational.parse("0.8532"), false));
        assertEquals(Constants.Side.WRONG, Constants.judge(Constants.theoremE1Upper(), Rational.parse("0.8531"), false));
        assertEquals(Constants.Side.WRONG, Constants.judge(Constants.theoremD1Counterexample(),
                Rational.parse("0.581976706869"), true));
    }

    private static void rejected(String text) {
        assertInstanceOf(Rejected.class, Checker.check(text, "corrupt.cert"));
    }

    /** Replaces the first line starting with prefix; fails if there is none. */
    private static String edit(String text, String prefix, String replacement) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                lines[i] = replacement;
                return String.join("\n", lines);
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    @Test
    void corruptedCopiesOfEveryStoredFormAreRejected() throws Exception {
        for (Constants.Form f : Constants.all()) {
            String text = Files.readString(f.file());
            String name = f.file().toString();
            // the goal's last LET made into something else: the bracket fails
            String goal = f.program().goal();
            String changed = edit(text, goal + " ", goal + " add 1 1");
            if (!goal.equals("beta")) {
                rejected(changed);
            } else {
                rejected(edit(text, goal + " ", goal + " div n n"));
            }
            // a claimed lower end moved above the value (or the upper end below it): VALUE_NOT_PROVED
            Rational lo = f.bracket(true).orElseThrow();
            Rational hi = f.bracket(false).orElseThrow();
            String up = text.replaceFirst("CLAIM value (>=|>) \\S+", "CLAIM value >= " + hi.add(Rational.of(1, 1000)));
            assertTrue(!up.equals(text), name);
            rejected(up);
            String down = text.replaceFirst("CLAIM value (<=|<) \\S+", "CLAIM value <= " + lo.subtract(Rational.of(1, 1000)));
            assertTrue(!down.equals(text), name);
            rejected(down);
            // a garbled header
            rejected(text.replace("TYPE point-value", "TYPE point-valu"));
        }
    }

    @Test
    void aMovedPointThatStillProvesIsNotTheBuildersForm() throws Exception {
        // Thm E.1 lower at l = 0.2384 instead of 0.238405: with the bracket claims dropped the checker proves
        // "value < 0.8246" there too, but the audit's comparison refuses it (the point is not the printed one)
        Constants.Form f = Constants.theoremE1Lower();
        String text = Files.readString(f.file());
        String moved = edit(text, "l ", "l 149/625").replaceAll("CLAIM value > .*\n", "")
                .replaceAll("CLAIM value < 412299961889/500000000000\n?", "");
        Path tmp = Files.createTempFile("pareto-constant", ".cert");
        try {
            Files.writeString(tmp, moved);
            assertInstanceOf(Proved.class, Checker.check(tmp));
            assertTrue(Constants.difference(f, tmp).isPresent());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
