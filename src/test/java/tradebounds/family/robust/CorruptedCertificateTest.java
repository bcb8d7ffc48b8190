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
}
