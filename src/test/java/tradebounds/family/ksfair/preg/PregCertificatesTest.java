package tradebounds.family.ksfair.preg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.model.Rational;

/**
 * The stored P_REG covers: both prove their claim, their programs are the builder's, together they cover
 * q_m in [0, 1] and establish more than the published 0.851; a cover whose LET program was edited is refused by the
 * audit's comparison even though the checker would prove it (the checker proves the function as written).
 */
class PregCertificatesTest {
    @TempDir
    Path dir;

    @Test
    void storedCoversProveMoreThanThePublishedConstant() {
        PregCertificates.ProgramValue v = PregCertificates.programValue(PregCertificates.MAIN, PregCertificates.TAIL);
        assertNull(v.problem());
        assertTrue(v.bound().compareTo(Rational.parse("0.851")) > 0, v.bound()::toDisplay);
        for (Path p : v.certificates()) {
            Proved proved = assertInstanceOf(Proved.class, Checker.check(p), p.toString());
            assertTrue(proved.values().get(Quantity.COVER_LOWEST_LEAF).compareTo(v.bound()) >= 0);
        }
        // the grid estimate of P_REG's value is about 0.8618 (README); nothing may be certified above it
        assertTrue(v.bound().compareTo(Rational.parse("0.8619")) < 0);
    }

    @Test
    void table1CellsThatHoldAreCertified() {
        for (Path p : new Path[] {PregCertificates.TABLE1_CELL2, PregCertificates.TABLE1_CELLS7_8}) {
            Proved proved = assertInstanceOf(Proved.class, Checker.check(p), p.toString());
            assertEquals(Rational.parse("0.851"), proved.claims().get(0).bound());
        }
    }

    @Test
    void anEditedProgramIsRefusedByTheAudit() throws IOException {
        String text = Files.readString(PregCertificates.TAIL);
        // L_hi's first term v0 ln(1/q) dropped to v0 * 0: the checker would still replay the cover (a smaller L_hi
        // only raises the bound), but it is no longer P_REG
        String edited = text.replace("l1 mul v0 lninvq", "l1 mul v0 0");
        assertTrue(!edited.equals(text));
        Path tail = dir.resolve("tail.cert");
        Files.writeString(tail, edited);
        assertInstanceOf(Proved.class, Checker.check(tail));
        PregCertificates.ProgramValue v = PregCertificates.programValue(PregCertificates.MAIN, tail);
        assertNotNull(v.problem());
        assertTrue(v.problem().contains("l1"), v.problem());
    }

    @Test
    void corruptedStoredCoversAreRejected() throws IOException {
        java.util.List<String> lines = Files.readAllLines(PregCertificates.TAIL);
        int leaf = -1;
        for (int i = 0; i < lines.size() && leaf < 0; i++) {
            if (lines.get(i).matches("[0-9]+ L .*")) {
                leaf = i;
            }
        }
        assertTrue(leaf >= 0);
        // an enclosure shrunk: the leaf claims 0.99, far above what its box encloses
        java.util.List<String> shrunk = new java.util.ArrayList<>(lines);
        shrunk.set(leaf, lines.get(leaf).replaceFirst(" L .*", " L 99/100"));
        Path a = dir.resolve("shrunk.cert");
        Files.write(a, shrunk);
        tradebounds.check.Rejected r = assertInstanceOf(tradebounds.check.Rejected.class, Checker.check(a));
        assertEquals(tradebounds.check.Reason.LEAF_BOUND, r.reason());
        // a box removed: the tree no longer parses
        java.util.List<String> removed = new java.util.ArrayList<>(lines);
        removed.remove(leaf);
        Path b = dir.resolve("removed.cert");
        Files.write(b, removed);
        r = assertInstanceOf(tradebounds.check.Rejected.class, Checker.check(b));
        assertTrue(r.reason().structural(), r::toString);
    }
}
