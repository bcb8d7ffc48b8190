package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Reason;
import tradebounds.check.Rejected;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.model.Rational;

/**
 * A hand-checked instance (buyer 1 or 3, seller 0 or 2, each with probability 1/2) and corrupted copies of its
 * KS-fair GFT certificate. By hand: SOM prices 3 (seller 0: 3 . 1/2 &gt; 1 . 1) and 3 (seller 2), so
 * Pi* = (3/2 + 1/2)/2 = 1; BOM offers 0 (buyer 1) and 0 (buyer 3: 3 . 1/2 &gt; 1 . 1), so U* = (1/2 + 3/2)/2 = 1;
 * OPT_FB = (1 + 3 + 1)/4 = 5/4.
 */
class KsFairCertificateTest {
    @TempDir
    static Path dir;
    static DiscreteTrade t;
    static List<String> cert;

    @BeforeAll
    static void write() throws IOException {
        List<Rational> half = List.of(Rational.of(1, 2), Rational.of(1, 2));
        t = new DiscreteTrade(List.of(Rational.ONE, Rational.of(3)), half, List.of(Rational.ZERO, Rational.of(2)),
                half);
        CertifiedValue c = KsFairCertifier.certify(KsFairPrograms.ksFairGft(t, Rational.ONE, Rational.ONE), dir);
        assertTrue(c.exact(), c.toString());
        cert = Files.readAllLines(c.certificate());
    }

    @Test
    void handCheckedBenchmarks() {
        assertEquals(Rational.ONE, OfferMechanisms.sellerOffer(t).seller());
        assertEquals(Rational.ONE, OfferMechanisms.buyerOffer(t).buyer());
        assertEquals(Rational.of(5, 4), OfferMechanisms.firstBest(t));
        // Both SOM prices are 3, so the buyer never gains: U(SOM) = 0. Every BOM offer is 0: Pi(BOM) = 0.
        // Hence a = Pi(BOM)/Pi* = 0, b = U(SOM)/U* = 0 and lambda = (1 - a)/(2 - a - b) = 1/2.
        assertEquals(Rational.ZERO, OfferMechanisms.sellerOffer(t).buyer());
        assertEquals(Rational.ZERO, OfferMechanisms.buyerOffer(t).seller());
        assertEquals(Rational.of(1, 2), OfferMechanisms.ksFairLambda(t));
    }

    @Test
    void originalIsProved() {
        assertInstanceOf(Proved.class, check(cert));
    }

    @Test
    void pointBreakingANonFirstRowIsRejected() {
        // Raise the seller payment ps_1_1 by 1: WBB (a late row) or the KS-fair row breaks, not the first BIC row.
        List<String> bad = replaceSol("ps_1_1", Rational.ONE);
        assertReason(check(bad), Reason.ROW_VIOLATED, Reason.BOUND_VIOLATED);
    }

    @Test
    void raisedClaimIsRejected() {
        List<String> bad = new ArrayList<>(cert);
        for (int i = 0; i < bad.size(); i++) {
            if (bad.get(i).startsWith("CLAIM objective")) {
                String[] s = bad.get(i).split(" ");
                bad.set(i, s[0] + " " + s[1] + " " + s[2] + " " + Rational.parse(s[3]).add(Rational.of(1, 1000)));
            }
        }
        assertReason(check(bad), Reason.OBJECTIVE_BELOW_CLAIM, Reason.BOUND_NOT_IMPLIED);
    }

    @Test
    void perturbedDualDoesNotProveTheBound() {
        // The KS-fair row is an equality, so any multiplier is sign-valid; shifting it by 1 only weakens the bound.
        List<String> bad = new ArrayList<>(cert);
        boolean inDual = false;
        for (int i = 0; i < bad.size(); i++) {
            inDual |= bad.get(i).startsWith("DUAL ");
            if (inDual && bad.get(i).startsWith("ks_fair ")) {
                String[] s = bad.get(i).split(" ");
                bad.set(i, "ks_fair " + Rational.parse(s[1]).add(Rational.ONE) + " " + s[2]);
            }
        }
        assertReason(check(bad), Reason.BOUND_NOT_IMPLIED);
    }

    @Test
    void droppedAndVersionedCopiesAreRejected() {
        List<String> dropped = new ArrayList<>(cert);
        dropped.removeIf(l -> l.startsWith("x_0_1 ") && l.split(" ").length == 2);
        assertInstanceOf(Rejected.class, check(dropped));
        List<String> version = new ArrayList<>(cert);
        version.set(0, "TRADEBOUNDS 9");
        assertTrue(!(check(version) instanceof Proved));
    }

    private static List<String> replaceSol(String var, Rational delta) {
        List<String> bad = new ArrayList<>(cert);
        boolean inSol = false;
        for (int i = 0; i < bad.size(); i++) {
            inSol = bad.get(i).startsWith("SOL ") || (inSol && !bad.get(i).startsWith("DUAL "));
            if (inSol && bad.get(i).startsWith(var + " ")) {
                bad.set(i, var + " " + Rational.parse(bad.get(i).split(" ")[1]).add(delta));
            }
        }
        return bad;
    }

    private static CheckOutcome check(List<String> lines) {
        return Checker.check(lines.stream().collect(Collectors.joining("\n")) + "\n", "corrupt.cert");
    }

    private static void assertReason(CheckOutcome out, Reason... allowed) {
        assertInstanceOf(Rejected.class, out);
        assertTrue(Set.of(allowed).contains(((Rejected) out).reason()), out.toString());
    }
}
