package tradebounds.family.fixedprice.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tradebounds.check.PointCheck;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.Qcp42Builder;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopAdapter;

class WitnessSearchTest {
    /** p_1 = 0, p_i = (i + 1/2)/4 for 2 &lt;= i &lt;= 9, p_10 = 60. */
    private static final List<Rational> PRICES = PriceList.generic(10, Rational.of(1, 2), Rational.of(4), Rational.of(60));

    @Test
    void findsAnExactlyFeasiblePointOnASmallPriceList() {
        List<String> log = new ArrayList<>();
        WitnessSearchResult res = WitnessSearch.forProgram42(PRICES, 7, Duration.ofSeconds(60), 2, new GlopAdapter(),
                log::add);
        assertTrue(res.found(), () -> String.join("\n", log));
        Rational[] x = res.point().orElseThrow();
        Model model = Qcp42Builder.build(PRICES);
        assertTrue(PointCheck.maxViolation(model, x).feasible(), PointCheck.maxViolation(model, x).toString());
        Rational r = res.ratio().orElseThrow();
        assertEquals(x[x.length - 1], r);
        assertTrue(r.compareTo(Rational.ONE) <= 0);
        assertTrue(res.lpCount() > 0 && res.iterations() > 0);
        assertTrue(r.toDouble() <= res.floatRatio() + 1e-6, "repair should cost little: " + r + " vs " + res.floatRatio());
        assertRepairsAPerturbedCopy(model, x);
    }

    /** Masses off by 1e-9 and the opt row pushed below 1 must still repair to an exactly feasible point. */
    private static void assertRepairsAPerturbedCopy(Model model, Rational[] exact) {
        int n = PRICES.size();
        double[] x = new double[exact.length];
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.max(0, exact[k].toDouble() + (random.nextDouble() - 0.5) * 1e-9);
        }
        x[2 * n - 1] *= 1 - 1e-4;
        assertTrue(new WitnessSearchProgram(model).rows()[n].value(x) < 1, "opt row should be below 1");
        Rational[] repaired = WitnessSearchRepair.repair42(model, x).orElseThrow();
        assertTrue(PointCheck.maxViolation(model, repaired).feasible());
        assertTrue(Math.abs(repaired[2 * n].toDouble() - exact[2 * n].toDouble()) < 1e-3);
    }

    @Test
    void bilinearRemainderIsExactForEveryRow() {
        WitnessSearchProgram prog = new WitnessSearchProgram(Qcp42Builder.build(PRICES));
        double[] price = new double[PRICES.size()];
        for (int i = 0; i < price.length; i++) {
            price[i] = PRICES.get(i).toDouble();
        }
        SplittableRandom random = new SplittableRandom(3);
        double[] x = WitnessSearch.randomStart(price, random);
        double[] y = WitnessSearch.randomStart(price, random);
        double[] d = new double[x.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = y[k] - x[k];
        }
        for (var row : prog.rows()) {
            double[] g = new double[x.length];
            row.gradient(x, g);
            double linear = 0;
            for (int k = 0; k < d.length; k++) {
                linear += g[k] * d[k];
            }
            assertEquals(row.value(y), row.value(x) + linear + row.remainder(d), 1e-9, row.name());
        }
    }
}
