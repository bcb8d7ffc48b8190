package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tools that used to be separate programs run through the CLI, and the certificate manifest is kept. */
class ToolCommandsTest {
    @Test
    void devListsEveryFamilysTools() {
        CliRun r = CliRun.of("dev");
        assertEquals(Main.USAGE, r.code());
        for (String tool : new String[] {"fixedprice-witness42", "preg-certificates", "pmhr-covers", "robust-bench",
                "ksfair-bench-child"}) {
            assertTrue(r.out().contains(tool), tool + " in\n" + r.out());
        }
        CliRun unknown = CliRun.of("dev", "no-such-tool");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().contains("unknown tool"), unknown.err());
    }

    @Test
    void everyStoredCertificateIsInTheManifestUnchanged() {
        CliRun r = CliRun.of("regenerate");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        CliRun list = CliRun.of("regenerate", "--list");
        assertTrue(list.out().contains("tradebounds dev preg-certificates 0.861"), list.out());
    }

    @Test
    void aHandWrittenToyIsNotRegenerated() {
        CliRun r = CliRun.of("regenerate", "certificates/examples/lp-optimum-toy.cert");
        assertEquals(Main.USAGE, r.code(), r.out() + r.err());
    }
}
