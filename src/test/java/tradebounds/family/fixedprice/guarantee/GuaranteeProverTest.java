package tradebounds.family.fixedprice.guarantee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.TreeCertificate;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.engine.bnb.Box;
import tradebounds.engine.bnb.BranchAndBound;
import tradebounds.engine.bnb.Decision;
import tradebounds.model.Rational;
import tradebounds.family.fixedprice.program.PriceList;

/** The prover on the printed 32 prices of Proposition 4.1, against the checker and a known feasible point. */
class GuaranteeProverTest {
    static BranchAndBound.Options budget(long nodes) {
        return new BranchAndBound.Options(nodes, Duration.ofMinutes(2), 2, BranchAndBound.Order.DEPTH_FIRST, null);
    }

    @Test
    void halfIsProvedOnThePrintedPricesAndTheCheckerAgrees(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("half.cert.gz");
        GuaranteeProver.Outcome o = new GuaranteeProver(PriceList.prop41(), Rational.of(1, 2))
                .run(budget(500), null, out, null);
        assertEquals(BranchAndBound.Status.CLOSED, o.result().status());
        CheckOutcome c = Checker.check(out);
        Proved p = assertInstanceOf(Proved.class, c, c::toString);
        assertEquals(Rational.of(1, 2), p.values().get(Quantity.INFEASIBLE_AT));
    }

    @Test
    void aPartialRunResumesToTheSameProof(@TempDir Path dir) throws Exception {
        GuaranteeProver prover = new GuaranteeProver(PriceList.prop41(), Rational.of(1, 2));
        Path partial = dir.resolve("partial.cert");
        GuaranteeProver.Outcome first = prover.run(budget(5), null, partial, null);
        assertEquals(BranchAndBound.Status.BUDGET, first.result().status());
        assertTrue(Files.readString(partial).contains("\nO\n"));
        assertFalse(Checker.check(partial) instanceof Proved);
        Path done = dir.resolve("done.cert");
        GuaranteeProver.Outcome second = prover.run(budget(500), partial, done, null);
        assertEquals(BranchAndBound.Status.CLOSED, second.result().status());
        assertInstanceOf(Proved.class, Checker.check(done));
    }

    /**
     * At the checked feasible point of (4.1) with r = 0.7302054... (certificates/fixedprice/gdk-prop4.1-upper.cert)
     * no multipliers can close the point box at any r above that value (weak duality), while at r = 0.70, which
     * the stored tree proves everywhere, they close it.
     */
    @Test
    void theKnownFeasiblePointIsNeverClosedAboveItsValue() throws Exception {
        Certificate cert = CertificateReader.read(Path.of("certificates/fixedprice/gdk-prop4.1-upper.cert"));
        Certificate.Solution sol = cert.solution().orElseThrow();
        List<Rational> p = PriceList.prop41();
        int n = p.size();
        Rational[] b = new Rational[n];
        Rational r = null;
        for (int k = 0; k < sol.names().size(); k++) {
            String name = sol.names().get(k);
            if (name.equals("r")) {
                r = sol.values().get(k);
            } else if (name.startsWith("b")) {
                b[Integer.parseInt(name.substring(1)) - 1] = sol.values().get(k);
            }
        }
        Rational[] y = new Rational[n];
        Rational tail = Rational.ZERO;
        for (int k = n - 1; k >= 0; k--) {
            tail = tail.add(b[k]);
            y[k] = tail;
        }
        Box point = new Box(y, y.clone());
        Decision<TreeCertificate.Leaf> above = new NodeLp(p, r.add(Rational.of(1, 100_000)), NodeLp.Settings.defaults())
                .evaluate(point);
        assertFalse(above instanceof Decision.Close, above::toString);
        Decision<TreeCertificate.Leaf> below = new NodeLp(p, Rational.of(7, 10), NodeLp.Settings.defaults())
                .evaluate(point);
        assertInstanceOf(Decision.Close.class, below);
    }
}
