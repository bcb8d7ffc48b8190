package tradebounds.family.ksfair.preg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.Cover;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.check.Rejected;
import tradebounds.model.Rational;

/**
 * The stored Table 1 refutations: each is proved, is Table 1's cell program with the printed alpha, its point lies
 * inside the printed feasible set with q &lt; 1, and the printed formulas (PregFormulas, doubles, independent of the cover
 * program) give the same value below 0.851 there. Twins: a moved point and an edited alpha are caught.
 */
class PregRefutationsTest {
    private static Map<String, Rational> point(Path p) throws Exception {
        Map<String, Rational> m = new TreeMap<>();
        for (Cover.Value v : CertificateReader.read(p).cover().orElseThrow().point()) {
            m.put(v.name(), v.value());
        }
        return m;
    }

    @Test
    void storedRefutationsAreProvedAndAgreeWithThePrintedFormulas() throws Exception {
        assertEquals(5, PregRefutations.files().size());
        for (int cell : PregRefutations.REFUTED_CELLS) {
            Path f = PregRefutations.file(cell);
            Proved p = assertInstanceOf(Proved.class, Checker.check(f), f.toString());
            assertEquals(Optional.empty(), PregRefutations.difference(f, cell));
            Map<String, Rational> x = point(f);
            double alpha = x.get("alpha").toDouble();
            double qm = x.get("qm").toDouble();
            double t = x.get("t").toDouble();
            double u = x.get("u").toDouble();
            assertTrue(t < 1 && qm > 0, f + ": q < 1 and q_m > 0 keep the printed formulas defined");
            // the printed coordinates: q in [q_m + (1-alpha)(1-q_m), 1], v0 in [0, v_max]
            double q = 1 - alpha * (1 - qm) * (1 - t);
            double vmax = 1 - (1 - alpha) * (1 - qm) / (q - qm);
            double v0 = u * vmax;
            double printed = PregFormulas.dInner(qm, alpha, q, v0);
            double lo = p.value(Quantity.VALUE_LOWER).orElseThrow().toDouble();
            double hi = p.value(Quantity.VALUE_UPPER).orElseThrow().toDouble();
            assertTrue(Math.abs(printed - (lo + hi) / 2) < 1e-9, f + ": printed " + printed + " vs [" + lo + ", " + hi + "]");
            assertTrue(hi < 0.851, f.toString());
        }
    }

    @Test
    void twinsAreCaught() throws Exception {
        Path f = PregRefutations.file(2);
        String text = Files.readString(f);
        // moved to the cell's other end, q_m = 0.008, the value is no longer below 0.851 (the minimum sits at q_m = l)
        String moved = text.replace("qm 9/500", "qm 1/125");
        assertTrue(!moved.equals(text));
        assertInstanceOf(Rejected.class, Checker.check(moved, "moved.cert"));
        // moved outside the cell
        assertInstanceOf(Rejected.class, Checker.check(text.replace("qm 9/500", "qm 1/50"), "outside.cert"));
        // a different alpha is not Table 1's certificate, whatever the checker says of it
        Path tmp = Files.createTempFile("refute", ".cert");
        try {
            Files.writeString(tmp, text.replace("alpha 19/25", "alpha 3/4"));
            assertTrue(PregRefutations.difference(tmp, 2).isPresent());
            // an edited program (the cover program of another cell range) is caught by the comparison
            String widened = text.replace("qm 1/125 9/500", "qm 0 9/500");
            assertTrue(!widened.equals(text));
            Files.writeString(tmp, widened);
            assertInstanceOf(Proved.class, Checker.check(tmp));
            assertTrue(PregRefutations.difference(tmp, 2).isPresent());
            Files.writeString(tmp, text.replace("lhi add l1 l2", "lhi add l1 l1"));
            assertTrue(PregRefutations.difference(tmp, 2).isPresent());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
