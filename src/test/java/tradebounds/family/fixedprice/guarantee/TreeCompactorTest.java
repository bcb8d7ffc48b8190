package tradebounds.family.fixedprice.guarantee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Limits;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.check.TreeChecks;
import tradebounds.model.Rational;

/** The tree compactor: shorter leaves, the same tree, and the checker still proves the same level. */
class TreeCompactorTest {
    private static final Path EXAMPLES = Path.of("certificates", "examples");

    @Test
    void roundsToTheNearestDyadicMultiple() {
        // 5/16 = 0.3125 is 1.25 quarters -> 1/4; 3/8 is 1.5 quarters -> 2 quarters (ties away from zero)
        assertEquals(Rational.of(1, 4), TreeCompactor.round(Rational.of(5, 16), -2));
        assertEquals(Rational.of(1, 2), TreeCompactor.round(Rational.of(3, 8), -2));
        assertEquals(Rational.of(-1, 2), TreeCompactor.round(Rational.of(-3, 8), -2));
        // 1/3 = 0.0101..b: to 1/8 it is 2.67 eighths -> 3/8; 7 to multiples of 4 (exponent 2) -> 8
        assertEquals(Rational.of(3, 8), TreeCompactor.round(Rational.of(1, 3), -3));
        assertEquals(Rational.of(8), TreeCompactor.round(Rational.of(7), 2));
        assertEquals(Rational.ZERO, TreeCompactor.round(Rational.of(1, 1000), -4));
    }

    @Test
    void toyTreesStayProvedWithTheSameSplitsAndShorterLeaves() throws Exception {
        for (String name : List.of("guarantee-tree-toy.cert", "guarantee-tree-51-toy.cert")) {
            String before = Files.readString(EXAMPLES.resolve(name));
            TreeCompactor c = new TreeCompactor();
            StringWriter out = new StringWriter();
            c.compact(new BufferedReader(new StringReader(before)), out);
            String after = out.toString();
            CheckOutcome o = TreeChecks.check(after, name, Limits.DEFAULT);
            Proved p = assertInstanceOf(Proved.class, o, o::toString);
            CheckOutcome original = TreeChecks.check(before, name, Limits.DEFAULT);
            assertEquals(((Proved) original).values().get(Quantity.INFEASIBLE_AT), p.values().get(Quantity.INFEASIBLE_AT));
            assertEquals(lines(before, "S "), lines(after, "S "), name + ": the splits must be copied unchanged");
            assertEquals(lines(before, "L ").size(), lines(after, "L ").size());
            assertTrue(c.leaves > 0 && c.rewritten + c.kept == c.leaves, name);
            assertTrue(after.length() < before.length(), name + ": " + after.length() + " >= " + before.length());
        }
    }

    private static List<String> lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).toList();
    }
}
