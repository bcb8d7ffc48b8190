package tradebounds.family.ksfair;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tradebounds.engine.interval.Interval;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.model.Rational;

/**
 * The continuous-law route of {@link ZeroSeller} (NSW, equitable and KS-fair GFT over {@link BuyerLaw}) against
 * values it does not compute: hand derivations for U[0,1] and the equal-revenue law, and, on finite laws fed through
 * the same continuous route, the NSW optimum of {@link NashFrontier}'s certified frontier.
 */
@Tag("slow") // rigorous NSW enclosures for continuous laws: minutes
class ZeroSellerNswTest {
    private static final BigDecimal TOL = new BigDecimal("1e-7");

    @TempDir
    Path dir;

    /**
     * U[0,1], zero seller. Price t: R = t(1-t), U = (1-t)^2/2. For t in [0, 1/2] the slope dU/dR = -(1-t)/(1-2t)
     * falls from -1 to -inf, so the price curve is its own concave Pareto boundary and no mixture helps. U R =
     * t(1-t)^3/2 has derivative (1-t)^2(1-4t)/2: maximum at t = 1/4, R = 3/16, U = 9/32 (U &gt; R), U R = 27/512.
     * Equal split: U = R at t = 1/3 gives G = 4/9 and (4/9)^2/4 = 4/81 &lt; 27/512. So NSW* = 27/512, attained by
     * price 1/4 with GFT 15/32 (15/16 of OPT_SB = 1/2).
     */
    @Test
    void uniformClosedForm() {
        ZeroSeller.Optimum o = ZeroSeller.nsw(BuyerLaw.uniform01(), TOL);
        BigDecimal nsw = Rational.of(27, 512).toDecimal(30, false);
        assertTrue(o.enclosure().contains(nsw), o.enclosure() + " should contain 27/512");
        assertTrue(o.enclosure().width().compareTo(new BigDecimal("1e-6")) < 0, o.enclosure().toString());
        assertTrue(o.gft().mid() > 15.0 / 32 - 1e-3 && o.gft().mid() < 15.0 / 32 + 1e-3, o.gft().toString());
        ZeroSeller.Optimum eq = ZeroSeller.equitableGft(BuyerLaw.uniform01(), TOL);
        assertTrue(eq.enclosure().contains(Rational.of(4, 9).toDecimal(30, false)), eq.enclosure().toString());
        ZeroSeller.Optimum ks = ZeroSeller.ksFairGft(BuyerLaw.uniform01(), TOL);
        // KS line U/U* = R/Pi* meets the concave curve at t = 1/5 (intro): G = 12/25.
        assertTrue(ks.enclosure().contains(Rational.of(12, 25).toDecimal(30, false)), ks.enclosure().toString());
    }

    /**
     * Equal-revenue law on [1, K] (intro): R = 1 at every price in [1, K], so Pi = U &lt;= Pi* = 1 gives equitable GFT
     * at most 2, attained where U(t) = ln(K/t) = 1. KS-fair: price 1 sells to everyone (G = 1 + ln K = OPT_SB) with
     * R/Pi* = 1 &gt;= U/U* = ln K/(1 + ln K), which is feasible, so the KS-fair optimum is OPT_SB itself.
     */
    @Test
    void equalRevenueByHand() {
        long k = 1000;
        BuyerLaw law = BuyerLaw.equalRevenue(k);
        // Coarse on purpose: the dual bound of the equitable program is flat (2 R = 2) on all of [1, K], where box
        // enclosures close only at relative width tol, so 1e-7 would need ~7e7 boxes.
        BigDecimal tol = new BigDecimal("1e-3");
        ZeroSeller.Optimum eq = ZeroSeller.equitableGft(law, tol);
        assertTrue(eq.enclosure().contains(BigDecimal.valueOf(2)), eq.enclosure().toString());
        Interval opt = Interval.log(Interval.of(Rational.of(k))).add(Interval.point(BigDecimal.ONE));
        ZeroSeller.Optimum ks = ZeroSeller.ksFairGft(law, tol);
        assertTrue(ks.enclosure().hi().compareTo(opt.lo()) >= 0 && ks.enclosure().lo().compareTo(opt.hi()) <= 0,
                ks.enclosure() + " vs 1 + ln K = " + opt);
    }

    /**
     * v = 1 or 10 w.p. 1/2 (ZeroSellerTest's hand case): NSW* = 225/32 by hand, here through the continuous route on
     * the law's exact survival and surplus functions.
     */
    @Test
    void handCaseThroughContinuousRoute() {
        DiscreteTrade t = DiscreteTrade.zeroValueSeller(List.of(Rational.ONE, Rational.of(10)),
                List.of(Rational.of(1, 2), Rational.of(1, 2)));
        ZeroSeller.Optimum o = ZeroSeller.nsw(BuyerLaw.discrete(t), TOL);
        assertTrue(o.enclosure().contains(Rational.of(225, 32).toDecimal(30, false)), o.enclosure().toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void continuousRouteEqualsCertifiedFrontier(long seed) {
        DiscreteTrade t = RandomTrades.zeroSeller(seed, 3 + (int) (seed % 3));
        Rational frontier = NashFrontier.maximize(t, dir.resolve("f" + seed)).nsw();
        ZeroSeller.Optimum o = ZeroSeller.nsw(BuyerLaw.discrete(t), TOL);
        BigDecimal lo = frontier.toDecimal(30, false);
        BigDecimal hi = frontier.toDecimal(30, true);
        assertTrue(o.enclosure().lo().compareTo(hi) <= 0 && lo.compareTo(o.enclosure().hi()) <= 0,
                o.enclosure() + " vs certified frontier " + frontier.toDisplay());
        // When the equal split wins, the upper end is the equitable program's dual bound squared, looser than tol.
        assertTrue(o.enclosure().width().compareTo(new BigDecimal("1e-4")) < 0, o.enclosure().toString());
    }
}
