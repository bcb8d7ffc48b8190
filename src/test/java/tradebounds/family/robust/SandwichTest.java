package tradebounds.family.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.cert.ClaimKind;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.Checker;
import tradebounds.check.DualBound;
import tradebounds.check.PointCheck;
import tradebounds.check.Proved;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import tradebounds.family.robust.program.CouplingPrograms;
import tradebounds.family.robust.program.DiscreteMarginal;
import tradebounds.family.robust.program.PricePrograms;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * The discretisation sandwich (Discretization's class comment, docs/findings-seed004.md) and the two certificate
 * ends of {@link Sandwich}, on cases whose values are known by hand or in closed form.
 */
class SandwichTest {
    @TempDir
    Path dir;

    private static Rational q(String s) {
        return Rational.parse(s);
    }

    /**
     * A 3 x 3 grid by hand: buyer values 0, 1/2, 1 and seller costs 0, 1/4, 1/2, each with mass 1/3.
     * Comonotone pairs (0, 0), (1/2, 1/4), (1, 1/2). Against it the prices of U = {0, 1/4, 1/2, 1} gain
     * 0, (1/4)/3 = 1/12, (1/4 + 1/2)/3 = 1/4 and (1/2)/3 = 1/6, so the min-max is at most 1/4. At p = 1/2 every buyer
     * with v &gt;= 1/2 trades whoever she is paired with (all costs are &lt;= 1/2), so the gains are
     * E[v; v &gt;= 1/2] - E[c; v &gt;= 1/2] &gt;= (1/2 + 1)/3 - (1/4 + 1/2)/3 = 1/4 (the two highest costs): the guarantee of
     * p = 1/2 is exactly 1/4, hence max-min = min-max = 1/4 on this grid.
     */
    @Test
    void threeByThreeGridByHand() {
        RobustGrid g = new RobustGrid(DiscreteMarginal.uniformOn(List.of(Rational.ZERO, q("1/2"), Rational.ONE)),
                DiscreteMarginal.uniformOn(List.of(Rational.ZERO, q("1/4"), q("1/2"))));
        Model a = CouplingPrograms.worstCoupling(g, q("1/2"));
        Rational[] y = Sandwich.staircaseDual(g, q("1/2"));
        assertEquals(q("1/4"), DualBound.bound(a, y).orElseThrow());
        Rational[][] pi = Comonotone.coupling(g);
        assertEquals(q("1/4"), PointCheck.objectiveValue(a, flatten(pi)));
        assertEquals(new Comonotone.PriceValue(q("1/2"), q("1/4")), Comonotone.bestPrice(g));
        // The restricted (c): the comonotone support has 3 cells; its SOL is feasible with z = 1/4.
        Model c = CouplingPrograms.minMaxOnSupport(g, Sandwich.support(pi));
        assertEquals(4, c.variableCount());
        Rational[] x = {q("1/3"), q("1/3"), q("1/3"), q("1/4")};
        assertEquals(q("1/4"), PointCheck.objectiveValue(c, x));
        assertEquals(Rational.ZERO, PointCheck.maxViolation(c, x).amount());
        // and the full LPs agree: (b) = (c) = 1/4.
        CertifiedValue b = GridCertifier.certify(PricePrograms.maxMin(g), "glop", dir.resolve("b.cert"));
        assertEquals(q("1/4"), b.value().orElseThrow());
    }

    /**
     * A 2 x 2 grid by hand, where the staircase meets a degenerate step: buyer 1/2, 1 and seller 0, 1/2, masses 1/2.
     * Price 1/2 trades every pair (0 &lt;= 1/2 &lt;= 1/2 and 1/2 &lt;= 1/2 &lt;= 1), so its gains are E[v] - E[c] = 3/4 - 1/4 =
     * 1/2 against every coupling; prices 0 and 1 trade only (1/2, 0) or (1, 1/2) of the comonotone coupling, 1/4 each.
     */
    @Test
    void twoByTwoGridByHand() {
        RobustGrid g = new RobustGrid(DiscreteMarginal.uniformOn(List.of(q("1/2"), Rational.ONE)),
                DiscreteMarginal.uniformOn(List.of(Rational.ZERO, q("1/2"))));
        assertEquals(q("1/2"), DualBound.bound(CouplingPrograms.worstCoupling(g, q("1/2")),
                Sandwich.staircaseDual(g, q("1/2"))).orElseThrow());
        assertEquals(q("1/4"), DualBound.bound(CouplingPrograms.worstCoupling(g, Rational.ONE),
                Sandwich.staircaseDual(g, Rational.ONE)).orElseThrow());
        assertEquals(new Comonotone.PriceValue(q("1/2"), q("1/2")), Comonotone.bestPrice(g));
    }

    private static Rational[] flatten(Rational[][] pi) {
        Rational[] x = new Rational[pi.length * pi[0].length];
        for (int i = 0; i < pi.length; i++) {
            System.arraycopy(pi[i], 0, x, i * pi[0].length, pi[i].length);
        }
        return x;
    }

    /** A = (1-t)^2 (1+t)/2 for U[0,1] against U[0,t] (derivation in ClosedFormA). */
    private static Rational closedForm(Rational t) {
        Rational omt = Rational.ONE.subtract(t);
        return omt.multiply(omt).multiply(Rational.ONE.add(t)).divide(Rational.of(2));
    }

    /**
     * The sandwich on the pair with a closed form: for U[0,1] against U[0,t], t = 1/2 and 3/4, the full LPs (b) on
     * the pessimistic uniform grid and (c) on the optimistic one, certified exactly, bracket A; so do the two
     * certificate ends of {@link Sandwich} at small cell counts, written and replayed by the checker, and the
     * bracket narrows as the cells double (the bias is first order in the cell width).
     */
    @Test
    void sandwichBracketsTheClosedFormForUniformPairs() throws Exception {
        for (Rational t : List.of(q("1/2"), q("3/4"))) {
            RobustAudit.Pair pair = new RobustAudit.Pair("U01-U0t", PolynomialMarginal.uniform(Rational.ZERO,
                    Rational.ONE), PolynomialMarginal.uniform(Rational.ZERO, t));
            Rational a = closedForm(t);
            int n = 8;
            CertifiedValue pess = GridCertifier.certify(PricePrograms.maxMin(Discretization.pessimistic(pair.buyer(),
                    pair.seller(), n)), "glop", dir.resolve("pess.cert"));
            CertifiedValue opt = GridCertifier.certify(CouplingPrograms.minMax(Discretization.optimistic(pair.buyer(),
                    pair.seller(), n)), "glop", dir.resolve("opt.cert"));
            assertTrue(pess.exact() && opt.exact());
            assertTrue(pess.value().get().compareTo(a) < 0, pess.value().get() + " vs " + a);
            assertTrue(a.compareTo(opt.value().get()) < 0, opt.value().get() + " vs " + a);
            Rational previous = null;
            for (int cells : new int[] {10, 20, 40}) {
                Sandwich.Spec s = new Sandwich.Spec(pair, t, t.multiply(t), Rational.ONE, cells, cells, cells, cells);
                Rational lo = end(s, true);
                Rational hi = end(s, false);
                assertTrue(lo.compareTo(a) < 0 && a.compareTo(hi) < 0, "[" + lo + ", " + hi + "] vs " + a);
                Rational width = hi.subtract(lo);
                if (previous != null) {
                    assertTrue(width.multiply(Rational.of(3, 2)).compareTo(previous) < 0, width + " after " + previous);
                }
                previous = width;
            }
        }
    }

    /** Writes one end's certificate for a spec, checks it, and returns its claimed bound. */
    private Rational end(Sandwich.Spec s, boolean lower) throws Exception {
        var cert = lower ? Sandwich.lowerCertificate(s) : Sandwich.upperCertificate(s);
        Path f = dir.resolve((lower ? "lo" : "hi") + ".cert");
        CertificateWriter.write(cert, f);
        assertInstanceOf(Proved.class, Checker.check(f));
        assertEquals(lower ? ClaimKind.OBJECTIVE_AT_LEAST : ClaimKind.OBJECTIVE_AT_MOST, cert.claims().get(0).kind());
        return cert.claims().get(0).bound();
    }

    /**
     * The lower end's pessimistic grid is fine only in the trade region, yet (a) at p* on it is the comonotone gain
     * there: for U[0,1] vs U[0,1/2] with n cells on each side of [1/2, 1] x [1/4, 1/2], each traded buyer cell loses
     * half its width (1/(2n))/2 and each seller cell (1/(4n))/2 on the traded mass 1/2, so lo = 3/16 - 3/(16 n) exactly
     * (the staircase pairs buyer cell k with seller cell k, both of mass 1/(2n)): n = 10 gives 3/16 - 3/160 = 27/160.
     */
    @Test
    void lowerEndOnTheTradeRegionGridIsExactByHand() {
        RobustAudit.Pair pair = RobustAudit.standardPairs().get(0);
        Sandwich.Spec s = new Sandwich.Spec(pair, q("1/2"), q("1/4"), Rational.ONE, 10, 10, 10, 10);
        RobustGrid g = Sandwich.lowerGrid(s);
        assertEquals(11, g.m()); // [0, 1/2] then ten cells of [1/2, 1]
        assertEquals(11, g.n()); // [0, 1/4] then ten cells of [1/4, 1/2]
        assertEquals(q("27/160"), DualBound.bound(CouplingPrograms.worstCoupling(g, q("1/2")),
                Sandwich.staircaseDual(g, q("1/2"))).orElseThrow());
    }

    /** The stored brackets replay, have width at most 2e-3 and contain each pair's enclosure of A. */
    @Test
    @org.junit.jupiter.api.Tag("slow") // replays about 10 MB of certificate text (several seconds of CPU)
    void storedBracketsReplayAndContainA() {
        for (Sandwich.Spec s : Sandwich.specs()) {
            Sandwich.Bracket b = Sandwich.replay(s, Path.of("."));
            assertTrue(b.proved(), b.failure().orElse(""));
            assertTrue(b.width().compareTo(q("0.002")) <= 0, s.pair().id() + " width " + b.width().toDisplay());
            ClosedFormA.Enclosure e = ClosedFormA.replay(s.pair().id(), Path.of("."));
            assertTrue(e.proved(), e.failure().orElse(""));
            assertTrue(b.lo().get().compareTo(e.lo().get()) <= 0 && e.hi().get().compareTo(b.hi().get()) <= 0);
            assertTrue(Files.exists(s.lowerFile()) && Files.exists(s.upperFile()));
        }
        // the published constants, exactly
        assertEquals(q("3/16"), ClosedFormA.replay("U01-U0half", Path.of(".")).lo().orElseThrow());
        assertEquals(q("3/16"), ClosedFormA.replay("U01-U0half", Path.of(".")).hi().orElseThrow());
        assertEquals(q("7/128"), ClosedFormA.replay("U01-U0threequarters", Path.of(".")).hi().orElseThrow());
    }
}
