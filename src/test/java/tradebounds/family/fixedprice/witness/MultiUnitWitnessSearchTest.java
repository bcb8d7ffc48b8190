package tradebounds.family.fixedprice.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tradebounds.check.PointCheck;
import tradebounds.check.WelfareEvaluator;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.instance.Realizability;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopAdapter;

/**
 * The k-unit search against thresholds that do not come from the search: exact feasibility in the printed
 * model, Lemma 6.1's bound sup_p SW &lt;= (r + eps) OPT evaluated on the realized instance, and the proven
 * k-unit guarantee 1 - 1/e (Gerstgrasser et al. 2019), below which no true hardness can lie.
 */
class MultiUnitWitnessSearchTest {
    /** Table 1's k = 8 support points: p_i = (i + 2.85)/96 for 2 &lt;= i &lt;= 5, p_6 = 1000. */
    private static final List<Rational> K8 = PriceList.generic(6, Rational.parse("2.85"), Rational.of(96),
            Rational.of(1000));
    /** 1 - 1/e rounded up: 0.63212055882... */
    private static final double GUARANTEE = 0.6321206;
    private static final Rational EPS = Rational.of(1, 1_000_000_000);

    private static WitnessSearchResult run(String program, int k) {
        return MultiUnitWitnessSearch.search(program, K8, k, 1, Duration.ofSeconds(90), 1, new GlopAdapter(), s -> { });
    }

    @Test
    void strictReadingReachesTableOneK8WithARealizableInstanceAboveTheGuarantee() {
        int k = 8;
        WitnessSearchResult res = run("qcp61-strict", k);
        Rational[] x = res.point().orElseThrow();
        Model model = ProgramCatalog.build("qcp61-strict", K8, k);
        assertTrue(PointCheck.maxViolation(model, x).feasible());
        Rational r = res.ratio().orElseThrow();
        FixedPriceInstance inst = MultiUnitLemmaInstance.of(model, K8, k, x, EPS, true).instance(k).orElseThrow();
        WelfareEvaluator e = new WelfareEvaluator(inst);
        assertTrue(e.bestPrice().welfare().compareTo(r.add(EPS).multiply(e.opt())) <= 0, "Lemma 6.1 bound");
        // between the proven guarantee and Table 1's published r_8 = 0.7278
        assertTrue(r.toDouble() > GUARANTEE && r.compareTo(Rational.parse("0.7278")) <= 0, "r = " + r.toDouble());
    }

    @Test
    void printedReadingAtTableOneK8FallsBelowTheProvenGuaranteeAndIsNotRealizable() {
        // The printed seller rows sum_{i<=t} s_i(q) >= sum_{i<=t-1} s_i(q+1) admit per-unit laws that no
        // submodular valuation has; the search exploits that, and the "hardness" it finds contradicts 1 - 1/e.
        int k = 8;
        WitnessSearchResult res = run("qcp61", k);
        Rational[] x = res.point().orElseThrow();
        Model model = ProgramCatalog.build("qcp61", K8, k);
        assertTrue(PointCheck.maxViolation(model, x).feasible());
        assertTrue(res.ratio().orElseThrow().toDouble() < GUARANTEE, "r = " + res.ratio().orElseThrow());
        Realizability.InstanceOutcome out = MultiUnitLemmaInstance.of(model, K8, k, x, EPS, true);
        Realizability.NotRealizable no = assertInstanceOf(Realizability.NotRealizable.class, out.seller());
        assertEquals(Realizability.Obstacle.DOMINANCE, no.obstacle());
    }

    @Test
    void repairRestoresAPerturbedPointOnTheChains() {
        int k = 2;
        Model model = ProgramCatalog.build("qcp61-strict", K8, k);
        Rational[] exact = run("qcp61-strict", k).point().orElseThrow();
        MultiUnitLayout lay = new MultiUnitLayout(model, 6, k);
        double[] x = new double[exact.length];
        SplittableRandom random = new SplittableRandom(3);
        for (int v = 0; v < x.length; v++) {
            x[v] = Math.max(0, exact[v].toDouble() + (random.nextDouble() - 0.5) * 1e-9);
        }
        x[lay.buyerIndex[0][5]] *= 1 - 1e-4; // the buyer's top atom of unit 1 shrinks: opt drops below 1
        assertTrue(new WitnessSearchProgram(model).rows()[6].value(x) < 1, "opt row should be below 1");
        Rational[] repaired = MultiUnitRepair.repair(model, 6, k, x).orElseThrow();
        assertTrue(PointCheck.maxViolation(model, repaired).feasible());
        assertTrue(Math.abs(repaired[lay.r].toDouble() - exact[lay.r].toDouble()) < 1e-3);
    }
}
