package tradebounds.family.robust;

import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Reason;
import tradebounds.check.Rejected;
import tradebounds.family.robust.program.CouplingPrograms;
import tradebounds.family.robust.program.DiscreteMarginal;
import tradebounds.family.robust.program.PricePrograms;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/** Robust certificates written by {@link GridCertifier}, corrupted by hand, must be rejected by the checker. */
class CorruptedCertificateTest {
    @TempDir
    static Path dir;
    static List<String> minMax;
    static List<String> maxMin;

    @BeforeAll
    static void write() throws IOException {
        RobustGrid g = new RobustGrid(
                DiscreteMarginal.uniformOn(List.of(Rational.ZERO, Rational.of(1, 3), Rational.of(2, 3), Rational.ONE)),
                DiscreteMarginal.uniformOn(List.of(Rational.ZERO, Rational.of(1, 6), Rational.of(1, 3))));
        CertifiedValue c = GridCertifier.certify(CouplingPrograms.minMax(g), "glop", dir.resolve("c.cert"));
        CertifiedValue b = GridCertifier.certify(PricePrograms.maxMin(g), "glop", dir.resolve("b.cert"));
        assertTrue(c.exact() && b.exact());
        minMax = Files.readAllLines(c.certificate());
        maxMin = Files.readAllLines(b.certificate());
    }

    private static Object check(List<String> lines) {
        return Checker.check(lines.stream().collect(Collectors.joining("\n")) + "\n", "corrupt.cert");
    }

    @Test
    void originalsAreProved() {
        assertInstanceOf(Proved.class, check(minMax));
        assertInstanceOf(Proved.class, check(maxMin));
    }

    @Test
    void couplingWithAWrongMarginalIsRejected() {
        // Move mass 1/12 into cell (3, 2): buyer 3 and seller 2 now carry more than their marginals.
        List<String> bad = new java.util.ArrayList<>(minMax);
        for (int i = 0; i < bad.size(); i++) {
            if (bad.get(i).startsWith("pi_3_2 ") && !bad.get(i).contains("inf")) {
                String[] t = bad.get(i).split(" ");
                if (t.length == 2) {
                    bad.set(i, "pi_3_2 " + Rational.parse(t[1]).add(Rational.of(1, 12)));
                }
            }
        }
        Object out = check(bad);
        assertInstanceOf(Rejected.class, out);
        Reason r = ((Rejected) out).reason();
        assertTrue(r == Reason.ROW_VIOLATED || r == Reason.BOUND_VIOLATED, out.toString());
    }

    @Test
    void dualViolatingAConstraintDoesNotProveTheBound() {
        // The multiplier of buyer_0 raised by 1: the potential now breaks a_0 + b_j <= w_0j, the reduced cost of
        // pi_0_j turns negative and the safe bound drops below the claim.
        List<String> bad = new java.util.ArrayList<>(minMax);
        boolean inDual = false;
        for (int i = 0; i < bad.size(); i++) {
            if (bad.get(i).startsWith("DUAL ")) {
                inDual = true;
            } else if (inDual && bad.get(i).startsWith("buyer_0 ")) {
                String[] t = bad.get(i).split(" ");
                bad.set(i, "buyer_0 " + Rational.parse(t[1]).add(Rational.ONE) + " " + t[2]);
            }
        }
        Object out = check(bad);
        assertInstanceOf(Rejected.class, out);
        assertEquals(Reason.BOUND_NOT_IMPLIED, ((Rejected) out).reason(), out.toString());
    }

    @Test
    void raisedValuesAreRejected() {
        for (List<String> cert : List.of(minMax, maxMin)) {
            List<String> bad = new java.util.ArrayList<>(cert);
            for (int i = 0; i < bad.size(); i++) {
                if (bad.get(i).startsWith("CLAIM objective")) {
                    String[] t = bad.get(i).split(" ");
                    bad.set(i, t[0] + " " + t[1] + " " + t[2] + " " + Rational.parse(t[3]).add(Rational.of(1, 1000)));
                }
            }
            // Raising both claims breaks the '>=' side: a dual bound for min, the feasible point for max.
            Object out = check(bad);
            assertInstanceOf(Rejected.class, out);
            Reason r = ((Rejected) out).reason();
            assertTrue(r == Reason.BOUND_NOT_IMPLIED || r == Reason.OBJECTIVE_BELOW_CLAIM, out.toString());
        }
    }
    // ---- The stored sandwich and closed-form certificates (issue 13 item 4): corrupted copies are rejected. The
    // U[0,1] vs U[0,3/4] pair is used for the sandwich because its files are the smallest.

    private static String text(Path p) throws IOException {
        if (!p.toString().endsWith(".gz")) {
            return Files.readString(p);
        }
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Replaces the first line starting with {@code prefix} inside section {@code section} (a header keyword). */
    private static String edit(String text, String section, String prefix, java.util.function.UnaryOperator<String> f) {
        String[] lines = text.split("\n", -1);
        String current = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("[A-Z]+( .*)?")) {
                current = lines[i].split(" ")[0];
                if (current.equals("CLAIM") && section.equals("CLAIM") && lines[i].startsWith(prefix)) {
                    lines[i] = f.apply(lines[i]);
                    return String.join("\n", lines);
                }
                continue;
            }
            if (current.equals(section) && lines[i].startsWith(prefix)) {
                lines[i] = f.apply(lines[i]);
                return String.join("\n", lines);
            }
        }
        throw new AssertionError("no line '" + prefix + "' in " + section);
    }

    private static Reason rejectedReason(String text) {
        Object out = Checker.check(text, "corrupt.cert");
        assertInstanceOf(Rejected.class, out, String.valueOf(out));
        return ((Rejected) out).reason();
    }

    private static Sandwich.Spec threeQuarters() {
        return Sandwich.spec("U01-U0threequarters").orElseThrow();
    }

    @Test
    void sandwichLowerEndClaimRaisedIsRejected() throws IOException {
        // The claim is the exact grid optimum 693/12800; one part in 10^6 above it is not implied by the duals.
        String t = edit(text(threeQuarters().lowerFile()), "CLAIM", "CLAIM objective >=",
                l -> "CLAIM objective >= " + Rational.parse("693/12800").add(Rational.of(1, 1_000_000)));
        assertEquals(Reason.BOUND_NOT_IMPLIED, rejectedReason(t));
    }

    @Test
    void sandwichLowerEndDualRaisedIsRejected() throws IOException {
        // buyer_0's potential raised by 1: a_0 + b_j exceeds w_0j, reduced costs turn negative, the safe bound drops.
        String t = edit(text(threeQuarters().lowerFile()), "DUAL", "buyer_0 ", l -> {
            String[] x = l.split(" ");
            return "buyer_0 " + Rational.parse(x[1]).add(Rational.ONE) + " " + x[2];
        });
        assertEquals(Reason.BOUND_NOT_IMPLIED, rejectedReason(t));
    }

    @Test
    void sandwichLowerEndEditedProgramIsCaughtByTheAudit(@org.junit.jupiter.api.io.TempDir Path root) throws IOException {
        // A cost coefficient halved: the checker may well prove the edited program, but it is not the builder's (a),
        // and the replay compares term by term.
        Sandwich.Spec s = threeQuarters();
        String t = text(s.lowerFile());
        String obj = t.lines().filter(l -> l.startsWith("OBJ ")).findFirst().orElseThrow();
        String[] tok = obj.split(" ");
        tok[5] = Rational.parse(tok[5]).divide(Rational.of(2)).toString(); // the first term's coefficient
        String edited = t.replace(obj, String.join(" ", tok));
        Path copy = root.resolve(s.lowerFile());
        Files.createDirectories(copy.getParent());
        tradebounds.model.AtomicFiles.writeString(copy, edited);
        Files.copy(s.upperFile(), root.resolve(s.upperFile()));
        Sandwich.Bracket b = Sandwich.replay(s, root);
        assertTrue(!b.proved() && b.failure().orElseThrow().contains("differs from the builder"), b.toString());
    }

    @Test
    void sandwichUpperEndMovedMassIsRejected() throws IOException {
        // The first SOL mass raised by 1/1000: its buyer and seller rows no longer sum to their marginals.
        String t = text(threeQuarters().upperFile());
        String first = t.lines().dropWhile(l -> !l.startsWith("SOL ")).skip(1).findFirst().orElseThrow();
        String[] x = first.split(" ");
        String bad = t.replace("\n" + first + "\n", "\n" + x[0] + " " + Rational.parse(x[1]).add(Rational.of(1, 1000))
                + "\n");
        Reason r = rejectedReason(bad);
        assertTrue(r == Reason.ROW_VIOLATED || r == Reason.BOUND_VIOLATED, r.toString());
    }

    @Test
    void sandwichUpperEndClaimLoweredIsRejected() throws IOException {
        String t = edit(text(threeQuarters().upperFile()), "CLAIM", "CLAIM objective <=",
                l -> "CLAIM objective <= " + Rational.parse("35653/640000").subtract(Rational.of(1, 1_000_000)));
        assertEquals(Reason.OBJECTIVE_ABOVE_CLAIM, rejectedReason(t));
    }

    @Test
    void closedFormWithAMovedPointOrANarrowerClaimIsRejected() throws IOException {
        String a = text(ClosedFormA.DIR.resolve("U01-U0half-A.cert"));
        assertInstanceOf(Proved.class, Checker.check(a, "a.cert"));
        // t = 1/2 moved to 0.49: A(0.49) = 0.51^2 1.49 / 2 ~ 0.19377 > 3/16, so 'value <= 3/16' fails.
        assertEquals(Reason.VALUE_NOT_PROVED, rejectedReason(a.replace("\nt 1/2\n", "\nt 49/100\n")));
        // the point enclosure [3/16, 3/16] claimed narrower than it is: 'value >= 3/16 + 1e-12'.
        assertEquals(Reason.VALUE_NOT_PROVED, rejectedReason(a.replace("CLAIM value >= 3/16",
                "CLAIM value >= 187500000001/1000000000000")));
        // an edited program (1 + t replaced by 2 + t): value 0.3125, so 'value <= 3/16' fails.
        assertEquals(Reason.VALUE_NOT_PROVED, rejectedReason(a.replace("opt add 1 t", "opt add 2 t")));
        // the F = v^2 cover's bound claimed lower than the program allows: the margin 0.059752 - W lowered to
        // 0.0597 - W, below A ~ 0.0597515, fails at the leaves near s* ~ 0.669.
        String cover = text(ClosedFormA.DIR.resolve("vsquared-U01-A-upper-cover.cert"));
        assertInstanceOf(Proved.class, Checker.check(cover, "c.cert"));
        Reason r = rejectedReason(cover.replace("margin sub 7469/125000 W", "margin sub 597/10000 W"));
        assertTrue(r == Reason.LEAF_BOUND || r == Reason.LEAF_FAILED, r.toString());
    }
}
