package tradebounds.family.ksfair.pmhr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.check.Checker;
import tradebounds.check.Rejected;
import tradebounds.family.ksfair.KsFairFinding;
import tradebounds.family.ksfair.pmhr.PmhrFormulas.Variant;

/**
 * The stored corrected-M_hi P_MHR cover (issue 13 item 6): the finding accepts it only as the builder's CORRECTED
 * program (not the printed one), and corrupted copies are caught by the comparison or by the checker. The full replay
 * of the stored file is StoredCertificatesTest's.
 */
@Tag("slow") // reads the 9.7 MB cover a few times: seconds each
class PmhrFindingTest {
    @TempDir
    Path dir;

    private static String stored() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(PmhrFinding.CORRECTED))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void storedCorrectedCoverIsTheCorrectedProgramAndReachesThePublishedConstant() {
        KsFairFinding f = PmhrFinding.correctedProgramValue();
        assertEquals(KsFairFinding.Status.HOLDS, f.status(), f.evidence());
        // the claim 183/200 = 0.915 is above the published 0.913 (and below the double estimate 0.94081)
        assertEquals(0, f.lower().orElseThrow().compareTo(new java.math.BigDecimal("0.915")));
        // the same file read as the PRINTED program is refused (its M_hi LETs differ)
        KsFairFinding asPrinted = PmhrFinding.programValue(PmhrFinding.CORRECTED, Variant.PRINTED, "x");
        assertEquals(KsFairFinding.Status.NOT_CHECKED, asPrinted.status());
    }

    @Test
    void corruptedCopiesAreRejected() throws IOException {
        String text = stored();
        // an edited program: the corrected first term without its factor alpha/p (the printed M_hi is larger): the
        // checker may still prove the copy, but it is not the builder's program
        String edited = text.replace("t1 mul apr t1c\n", "t1 mul 1 t1c\n");
        assertTrue(!edited.equals(text));
        Path e = dir.resolve("edited.cert");
        Files.writeString(e, edited);
        assertEquals(KsFairFinding.Status.NOT_CHECKED,
                PmhrFinding.programValue(e, Variant.CORRECTED, "bfm-thm5.7-corrected").status());
        // a bound claimed higher than the leaves prove (the first cell's lowest leaf is 0.91527 < 0.92)
        String raised = text.replace("CLAIM minimum >= 183/200", "CLAIM minimum >= 23/25");
        assertTrue(!raised.equals(text));
        assertEquals("LEAF_BOUND", ((Rejected) Checker.check(raised, "raised.cert")).reason().name());
        // a moved cell boundary: the cells no longer tile r_m's domain
        String moved = text.replaceFirst("\n1 11073/10000 ", "\n1 11074/10000 ");
        assertTrue(!moved.equals(text));
        assertInstanceOf(Rejected.class, Checker.check(moved, "moved.cert"));
    }
}
