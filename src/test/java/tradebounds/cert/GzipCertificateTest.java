package tradebounds.cert;

import tradebounds.certwrite.CertificateWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.model.AtomicFiles;

/** A {@code .cert.gz} reads as the same certificate as its text, and a small file cannot expand past the budget. */
class GzipCertificateTest {
    private static final Path TOY = Path.of("certificates", "examples", "lp-optimum-toy.cert");

    @Test
    void gzippedCertificateProvesLikeItsText(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("toy.cert.gz");
        AtomicFiles.copy(TOY, gz);
        assertTrue(Files.size(gz) < Files.size(TOY), "stored compressed");
        assertEquals(CertificateWriter.toText(CertificateReader.read(TOY)),
                CertificateWriter.toText(CertificateReader.read(gz)));
        assertInstanceOf(Proved.class, Checker.check(gz));
        Path back = dir.resolve("back.cert");
        AtomicFiles.copy(gz, back);
        assertEquals(Files.readString(TOY), Files.readString(back));
    }

    @Test
    void decompressionStopsAtTheByteBudget(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("big.cert.gz");
        AtomicFiles.writeString(gz, "TRADEBOUNDS 1\n" + "#".repeat(1 << 20) + "\n");
        assertTrue(Files.size(gz) < 10_000);
        CertificateException e = assertThrows(CertificateException.class,
                () -> CertificateReader.read(gz, new Limits(10_000, 1L << 24, 100_000)));
        assertEquals(FormatError.BUDGET_EXCEEDED, e.error());
    }
}
