package tradebounds.family.robust;

import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import tradebounds.engine.interval.Interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.family.robust.program.PricePrograms;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/**
 * Proposition 1's enclosures against closed forms derived by hand, and against the grid limit.
 *
 * <p>Buyer U[0,1], seller U[0,t] (t &lt; 1): x(p) = t p, y(p) = p / t for p &lt;= t, so
 * W(p) = (y^2 - p^2)/2 - (p^2 - x^2)/(2t) = p^2 (1-t)^2 (1+t) / (2 t^2), increasing; for p &gt;= t, y = 1 and
 * W(p) = (1 - p^2)(1 - t)/2, decreasing. Hence p* = t and A = (1-t)^2 (1+t) / 2.
 */
@Tag("slow") // interval enclosures of Proposition 1: tens of seconds
class Proposition1Test {
    @TempDir
    Path dir;

    private static final PolynomialMarginal U01 = PolynomialMarginal.uniform(Rational.ZERO, Rational.ONE);

    private static boolean contains(Interval i, double v, double slack) {
        return i.lo().doubleValue() - slack <= v && v <= i.hi().doubleValue() + slack;
    }

    @Test
    void uniformSellersMatchTheHandClosedForm() {
        for (double t : new double[] {0.5, 0.75}) {
            Proposition1 p = new Proposition1(U01, PolynomialMarginal.uniform(Rational.ZERO, Rational.ofDouble(t)));
            double q = t / 2;
            assertTrue(contains(p.w(BigDecimal.valueOf(q)), q * q * (1 - t) * (1 - t) * (1 + t) / (2 * t * t), 1e-15));
            assertTrue(contains(p.x(BigDecimal.valueOf(q)), t * q, 1e-15));
            assertTrue(contains(p.y(BigDecimal.valueOf(q)), q / t, 1e-15));
            Proposition1.Result r = p.maximize(1e-8, 400);
            assertTrue(contains(r.a(), (1 - t) * (1 - t) * (1 + t) / 2, 1e-15), r.toString());
            assertTrue(r.a().width().doubleValue() < 1e-5, r.toString());
            assertTrue(contains(r.pStar(), t, 0), r.toString());
        }
    }

    @Test
    void squaredBuyerMatchesAHandFormulaScannedDensely() {
        // F(v) = v^2, G(c) = c on [0,1]: x = p^2, y = sqrt(p), W(p) = (2/3)(p^1.5 - p^3) - (p^2 - p^4)/2.
        Proposition1 p = new Proposition1(PolynomialMarginal.power(2, Rational.ONE), U01);
        double best = 0;
        for (int k = 0; k <= 200000; k++) {
            double q = k / 200000.0;
            best = Math.max(best, 2.0 / 3 * (Math.pow(q, 1.5) - q * q * q) - (q * q - q * q * q * q) / 2);
        }
        Proposition1.Result r = p.maximize(1e-7, 400);
        assertTrue(contains(r.a(), best, 1e-9), r + " vs " + best);
        double q = 0.3;
        assertTrue(contains(p.w(BigDecimal.valueOf(q)), 2.0 / 3 * (Math.pow(q, 1.5) - q * q * q) - (q * q - q * q * q * q) / 2,
                1e-12));
    }

    /**
     * F(v) = v^2, G(c) = c: with p = s^2, W = (2/3)s^3 - (2/3)s^6 - s^4/2 + s^8/2, and
     * dW/ds = 2s^2 - 2s^3 - 4s^5 + 4s^7 = 2 s^2 (1 - s)(1 - 2s^3 - 2s^4), positive below the root s* of
     * 2s^4 + 2s^3 = 1 in (1/2, 1) and negative above it, so A = W(s*) and p* = s*^2. s* is bracketed here by exact
     * rational bisection; |dW/ds| &lt;= 2 + 2 + 4 + 4 = 12 on [0, 1] turns the bracket into an enclosure of A.
     */
    @Test
    void squaredBuyerEnclosureIsTightAroundTheQuarticRoot() {
        Rational lo = Rational.of(1, 2);
        Rational hi = Rational.ONE;
        for (int k = 0; k < 120; k++) {
            Rational mid = lo.add(hi).divide(Rational.of(2));
            Rational s3 = mid.multiply(mid).multiply(mid);
            if (s3.multiply(mid).multiply(Rational.of(2)).add(s3.multiply(Rational.of(2))).compareTo(Rational.ONE) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Rational s = lo;
        Rational s2 = s.multiply(s);
        Rational s3 = s2.multiply(s);
        Rational s4 = s2.multiply(s2);
        Rational w = Rational.of(2, 3).multiply(s3.subtract(s3.multiply(s3)))
                .subtract(s4.subtract(s4.multiply(s4)).divide(Rational.of(2)));
        Rational slack = hi.subtract(lo).multiply(Rational.of(12));
        BigDecimal aLo = w.subtract(slack).toDecimal(45, false);
        BigDecimal aHi = w.add(slack).toDecimal(45, true);
        Proposition1.Result r = new Proposition1(PolynomialMarginal.power(2, Rational.ONE), U01).maximize(1e-9, 600);
        assertTrue(r.a().lo().compareTo(aLo) <= 0 && aHi.compareTo(r.a().hi()) <= 0, r + " vs " + aLo);
        assertTrue(r.a().width().doubleValue() < 1e-8, r.toString());
        assertTrue(r.pStar().contains(s2.toDecimal(45, false)), r + " p* " + s2.toDouble());
    }

    @Test
    void worstDistributionBlocksCarryAllTheMass() {
        Proposition1 p = new Proposition1(U01, PolynomialMarginal.uniform(Rational.ZERO, Rational.of(1, 2)));
        List<Proposition1.Block> blocks = p.worstDistribution(new BigDecimal("0.25"));
        // F(1/4) = 1/4 (block b), G(1/4) - F(1/4) = 1/4 (block a), 1 - G(1/4) = 1/2 (block d).
        double[] expected = {0.25, 0.25, 0.5};
        for (int k = 0; k < 3; k++) {
            assertTrue(contains(blocks.get(k).mass(), expected[k], 1e-30), blocks.get(k).toString());
        }
        assertTrue(contains(blocks.get(1).vTo(), 0.5, 1e-15));
        assertTrue(contains(blocks.get(1).cFrom(), 0.125, 1e-15));
    }

    /** The grid bracket: pessimistic value &lt;= A = 3/16 &lt;= optimistic value, both certified exactly. */
    @Test
    void gridValuesBracketTheClosedForm() {
        PolynomialMarginal seller = PolynomialMarginal.uniform(Rational.ZERO, Rational.of(1, 2));
        Rational a = Rational.of(3, 16);
        RobustGrid pess = Discretization.pessimistic(U01, seller, 20);
        RobustGrid opt = Discretization.optimistic(U01, seller, 20);
        CertifiedValue low = GridCertifier.certify(PricePrograms.maxMin(pess), "glop", dir.resolve("p.cert"));
        CertifiedValue high = GridCertifier.certify(PricePrograms.maxMin(opt), "glop", dir.resolve("o.cert"));
        assertTrue(low.proved() && high.proved());
        assertTrue(low.upper().get().compareTo(a) <= 0, low.upper().get().toString());
        assertTrue(high.lower().get().compareTo(a) >= 0, high.lower().get().toString());
    }
}
