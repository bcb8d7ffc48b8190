package tradebounds.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateReader;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.check.Rejected;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.Qcp42Builder;
import tradebounds.model.Rational;

/**
 * The certificates the repository ships: each proves, the Prop 4.2 one establishes the published bound for the
 * paper's own program, and corrupted copies of it are rejected. Edits are computed from the file, so the test
 * follows a regenerated certificate.
 */
class StoredCertificatesTest {
    private static final Path PROP42 = Path.of("certificates/fixedprice/gdk-prop4.2.cert");

    /** Every stored certificate, once per run (the 7.8 MB P_MHR cover included); other tests do not replay them. */
    @Test
    @Tag("slow")
    void everyStoredCertificateProves() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("certificates"))) {
            files = s.filter(p -> p.toString().endsWith(".cert") || p.toString().endsWith(".cert.gz")).sorted().toList();
        }
        assertTrue(files.size() >= 7, "expected the examples and the fixed-price certificates, got " + files);
        files.parallelStream().forEach(f -> assertInstanceOf(Proved.class, Checker.check(f), f.toString()));
    }

    @Test
    void prop42CertificateProvesThePublishedHardnessForThePrintedProgram() throws Exception {
        Proved p = (Proved) Checker.check(PROP42);
        Rational ratio = p.value(Quantity.RATIO).orElseThrow();
        // Proposition 4.2: r_1* <= 0.73805. The instance's exact ratio must be below it.
        assertTrue(ratio.compareTo(Rational.parse("0.73805")) < 0, ratio.toDisplay());
        // And it cannot beat the proven guarantee of Cai and Wu (0.72): a hardness below it would expose a bug.
        assertTrue(ratio.compareTo(Rational.parse("0.72")) > 0, ratio.toDisplay());
        Certificate c = CertificateReader.read(PROP42);
        assertEquals(java.util.Optional.empty(), ProgramMatch.firstDifference(Qcp42Builder.build(PriceList.prop42()),
                c.program().orElseThrow().model()));
    }

    private static String text() throws IOException {
        return Files.readString(PROP42);
    }

    /** Edits the one line starting with prefix; variable names are looked up in the SOL section only. */
    private static String replaceLine(String text, String prefix, java.util.function.UnaryOperator<String> edit) {
        String[] lines = text.split("\n", -1);
        boolean solOnly = Character.isLowerCase(prefix.charAt(0));
        boolean inSol = false;
        int hits = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("[A-Z]+( .*)?")) {
                inSol = lines[i].startsWith("SOL ");
            }
            if (lines[i].startsWith(prefix) && (!solOnly || inSol)) {
                lines[i] = edit.apply(lines[i]);
                hits++;
            }
        }
        assertEquals(1, hits, "exactly one line starts with '" + prefix + "'");
        return String.join("\n", lines);
    }

    private static Rejected rejected(String text) {
        CheckOutcome o = Checker.check(text, "corrupt.cert");
        return assertInstanceOf(Rejected.class, o, String.valueOf(o));
    }

    @Test
    void aFlippedDigitInASellerMassIsRejected() throws IOException {
        String t = replaceLine(text(), "s1 ", l -> {
            char last = l.charAt(l.indexOf('/') - 1);
            char flipped = last == '9' ? '8' : (char) (last + 1);
            return l.substring(0, l.indexOf('/') - 1) + flipped + l.substring(l.indexOf('/'));
        });
        rejected(t);
    }

    @Test
    void rLoweredBelowTheTruthIsRejected() throws IOException {
        String t = replaceLine(text(), "r ", l -> {
            Rational r = Rational.parse(l.substring(2).trim());
            return "r " + r.subtract(Rational.of(1, 1_000_000_000));
        });
        Rejected r = rejected(t);
        assertTrue(r.reason().toString().contains("ROW") || r.reason().toString().contains("OBJECTIVE"), r.toString());
    }

    @Test
    void epsTooLargeForTheSupportGapsIsRejected() throws IOException {
        // The support points are 1/100 apart; eps = 1/50 makes p_i + eps pass p_{i+1}.
        String t = replaceLine(text(), "LEMMA ", l -> "LEMMA units=1 eps=1/50");
        assertEquals("EPS_TOO_LARGE", rejected(t).reason().toString());
    }

    @Test
    void aNegativeMassIsRejected() throws IOException {
        String t = replaceLine(text(), "b2 ", l -> l.equals("b2 0") ? "b2 -1/1000" : "b2 -" + l.substring(3));
        rejected(t);
    }

    @Test
    void aClaimBelowTheInstanceRatioIsRejected() throws IOException {
        String t = replaceLine(text(), "CLAIM ratio", l -> "CLAIM ratio <= 738/1000");
        assertEquals("RATIO_ABOVE_CLAIM", rejected(t).reason().toString());
    }
    // ---- issue 10 item 7: hardness supports of our own (certificates/fixedprice/supports/) ----

    private static final Path SUPPORTS = Path.of("certificates/fixedprice/supports");

    /** The stored support certificate of k units with the least checked ratio. */
    private static Path bestSupport(int k) throws IOException {
        try (Stream<Path> s = Files.list(SUPPORTS)) {
            return s.filter(p -> p.getFileName().toString().startsWith("k" + k + "-n"))
                    .min(java.util.Comparator.comparing(StoredCertificatesTest::checkedRatio)).orElseThrow();
        }
    }

    private static Rational checkedRatio(Path p) {
        return assertInstanceOf(Proved.class, Checker.check(p), p.toString()).value(Quantity.RATIO).orElseThrow();
    }

    private static String gunzip(Path p) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Every support certificate proves, and the best per k lies strictly below the certificate the row used before
     * (the Prop 4.2 instance for k = 1, the Table 1 sweep's improved/k2, k3 for k = 2, 3: those are checked here
     * too, so the comparison is between two checker outputs) and above the proven guarantees (Cai and Wu's 0.72 for
     * k = 1; 1 - 1/e &gt; 0.632 for every k, Gerstgrasser et al.): a hardness below a guarantee would expose a bug.
     */
    @Test
    void supportCertificatesProveAndLowerTheCertifiedHardness() throws IOException {
        Path[] before = {PROP42, Path.of("certificates/fixedprice/improved/k2.cert"),
                Path.of("certificates/fixedprice/improved/k3.cert")};
        for (int k = 1; k <= 3; k++) {
            Rational best = checkedRatio(bestSupport(k));
            assertTrue(best.compareTo(checkedRatio(before[k - 1])) < 0, "k=" + k + ": " + best.toDisplay());
            assertTrue(best.compareTo(Rational.parse(k == 1 ? "0.72" : "0.632")) > 0, "k=" + k + ": " + best.toDisplay());
        }
    }

    /** Moving 1/1000 of the seller's mass at p_1 = 0 to p_2 keeps every law summing to 1 but raises sum s_i p_i. */
    @Test
    void aSupportCertificateWithAMovedMassIsRejected() throws IOException {
        for (int k = 1; k <= 3; k++) {
            String t = gunzip(bestSupport(k));
            String s1 = k == 1 ? "s1" : "s1_1";
            String s2 = k == 1 ? "s2" : "s2_1";
            String moved = replaceIn(t, s1 + " ", l -> s1 + " " + Rational.parse(l.substring(s1.length() + 1))
                    .subtract(Rational.of(1, 1000)));
            moved = replaceIn(moved, s2 + " ", l -> s2 + " " + Rational.parse(l.substring(s2.length() + 1))
                    .add(Rational.of(1, 1000)));
            Rejected r = rejected(moved);
            assertTrue(r.reason().toString().contains("ROW") || r.reason().toString().contains("RATIO"), r.toString());
        }
    }

    /**
     * A changed price in the LEMMA section moves atoms of the instance while the masses stay. The price changed is
     * the interior support point carrying the most mass (seller and buyer, all units); moved by 1/10000 either way
     * it lifts sup_p SW/OPT above the claimed r + eps (the masses were optimised for the stored prices).
     */
    @Test
    void aSupportCertificateWithAChangedPriceIsRejected() throws IOException {
        for (int k = 1; k <= 3; k++) {
            String[] lines = gunzip(bestSupport(k)).split("\n", -1);
            java.util.Map<String, Rational> sol = new java.util.HashMap<>();
            int price = -1;
            boolean inSol = false;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].matches("[A-Z]+( .*)?")) {
                    inSol = lines[i].startsWith("SOL ");
                    if (lines[i].startsWith("PRICE ")) {
                        price = i;
                    }
                } else if (inSol) {
                    String[] f = lines[i].split(" ");
                    sol.put(f[0], Rational.parse(f[1]));
                }
            }
            int n = Integer.parseInt(lines[price].substring(6).trim());
            int heaviest = -1;
            Rational most = Rational.ZERO;
            for (int i = price + 2; i < price + n; i++) {
                String[] f = lines[i].split(" ");
                Rational mass = Rational.ZERO;
                for (int v = 1; v < f.length; v++) {
                    mass = mass.add(sol.get(f[v]));
                }
                if (mass.compareTo(most) > 0) {
                    most = mass;
                    heaviest = i;
                }
            }
            for (int sign = -1; sign <= 1; sign += 2) {
                String[] edited = lines.clone();
                int cut = edited[heaviest].indexOf(' ');
                Rational p = Rational.parse(edited[heaviest].substring(0, cut));
                edited[heaviest] = p.add(Rational.of(sign, 10_000)) + edited[heaviest].substring(cut);
                assertEquals("RATIO_ABOVE_CLAIM", rejected(String.join("\n", edited)).reason().toString(),
                        "k=" + k + " sign " + sign);
            }
        }
    }

    /** Like replaceLine, on any text, for a SOL variable. */
    private static String replaceIn(String text, String prefix, java.util.function.UnaryOperator<String> edit) {
        String[] lines = text.split("\n", -1);
        boolean inSol = false;
        int hits = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("[A-Z]+( .*)?")) {
                inSol = lines[i].startsWith("SOL ");
            }
            if (inSol && lines[i].startsWith(prefix)) {
                lines[i] = edit.apply(lines[i]);
                hits++;
            }
        }
        assertEquals(1, hits, prefix);
        return String.join("\n", lines);
    }
}
