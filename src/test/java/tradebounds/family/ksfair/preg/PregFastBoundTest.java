package tradebounds.family.ksfair.preg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tradebounds.engine.interval.Interval;
import tradebounds.family.ksfair.KsFairFinding;

@Tag("slow") // interval branch and bound over P_REG cells: seconds per test, a minute for the audit budget
class PregFastBoundTest {
    private static final BigDecimal LN2 = new BigDecimal("0.6931471805599453094172321214581765680755");

    private static boolean contains(FastInterval x, BigDecimal v) {
        return new BigDecimal(x.lo()).compareTo(v) <= 0 && v.compareTo(new BigDecimal(x.hi())) <= 0;
    }

    @Test
    void outwardRoundedDoublesEncloseHandValues() {
        // 0.1 + 0.2 = 0.3 exactly, although the nearest doubles sum to 0.30000000000000004
        BigDecimal tenth = new BigDecimal("0.1");
        FastInterval sum = FastInterval.enclosing(tenth).add(FastInterval.enclosing(new BigDecimal("0.2")));
        assertTrue(contains(sum, new BigDecimal("0.3")));
        assertTrue(contains(FastInterval.log(FastInterval.point(2)), LN2));
        assertTrue(contains(FastInterval.log1p(FastInterval.point(-0.5)), LN2.negate()));
        // 1/3 is no double; the quotient's enclosure still holds it: 1/3 in [lo, hi] iff 3 lo <= 1 <= 3 hi
        FastInterval third = FastInterval.ONE.divide(FastInterval.point(3));
        assertTrue(new BigDecimal(third.lo()).multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE) <= 0);
        assertTrue(new BigDecimal(third.hi()).multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE) >= 0);
    }

    @Test
    void gAndKEncloseHandValues() {
        // g(1/2) = ln 2 / (1/2) = 2 ln 2; k(1/2) = (ln 2 - 1/2)/(1/2) = 2 ln 2 - 1
        BigDecimal twoLn2 = LN2.multiply(BigDecimal.valueOf(2));
        assertTrue(contains(PregFastBound.g(FastInterval.point(0.5)), twoLn2));
        assertTrue(contains(PregFastBound.k(FastInterval.point(0.5)), twoLn2.subtract(BigDecimal.ONE)));
        // series side: g(1 - x) = 1 + x/2 + x^2/3 + ..., k(x) = x/2 + x^2/3 + ..., x = 2^-30 (so 1 - x is a double)
        double x = Math.scalb(1.0, -30);
        BigDecimal xd = new BigDecimal(x);
        BigDecimal series = xd.divide(BigDecimal.valueOf(2)).add(xd.pow(2).divide(BigDecimal.valueOf(3),
                MathContext.DECIMAL128));
        assertTrue(contains(PregFastBound.k(FastInterval.point(x)), series));
        assertTrue(contains(PregFastBound.g(FastInterval.point(1 - x)), series.add(BigDecimal.ONE)));
    }

    /**
     * Differential: on random boxes of the three cells that hold (and one refuted cell) the fast bound is at most the
     * 40-digit reference bound (up to 1e-12: both are rigorous, and they may differ by rounding and by y's cut points
     * in the last bits) and at most the printed objective at the box midpoint, enclosed by the printed formulas of
     * {@link PregFormulas} (independent of the rewritten forms both bounds use).
     */
    @Test
    void fastBoundIsBelowTheReferenceAndThePrintedValueAtMidpoints() {
        PregCell[] cells = {PregAudit.TABLE_1.get(1), PregAudit.TABLE_1.get(6), PregAudit.TABLE_1.get(7),
            PregAudit.TABLE_1.get(3)};
        Random rnd = new Random(53);
        int compared = 0;
        for (int n = 0; n < 48; n++) {
            PregCell cell = cells[n % cells.length];
            double s = cell.s().doubleValue();
            double l = cell.l().doubleValue();
            double w = Math.pow(10, -4 * rnd.nextDouble());
            double[] qm = span(rnd, s, l, w);
            // every fourth box touches the (t, u) = (1, 1) corner, where rho is discontinuous
            double[] t = n % 4 == 0 ? new double[] {1 - w, 1} : span(rnd, 0, 1, w);
            double[] u = n % 4 == 0 ? new double[] {1 - w, 1} : span(rnd, 0, 1, w);
            FastInterval a = FastInterval.enclosing(cell.alpha());
            double fast = PregFastBound.lowerBound(cell, a, box(qm), box(t), box(u));
            double slow = PregBranchAndBound.Bound.REFERENCE.lowerBound(cell, a, box(qm), box(t), box(u));
            assertTrue(fast <= slow + 1e-12, cell + " fast " + fast + " > reference " + slow);
            BigDecimal mid = printedValueAtMidpointUpper(cell, mid(qm), mid(t), mid(u));
            assertTrue(new BigDecimal(fast).compareTo(mid) <= 0, cell + " fast " + fast + " > point value " + mid);
            if (fast > 0.5) {
                compared++;
            }
        }
        assertTrue(compared > 24, "most boxes get a finite, useful bound: " + compared);
    }

    private static double[] span(Random rnd, double lo, double hi, double relWidth) {
        double w = (hi - lo) * relWidth;
        double a = lo + (hi - lo - w) * rnd.nextDouble();
        return new double[] {a, Math.min(hi, a + w)};
    }

    private static FastInterval box(double[] x) {
        return new FastInterval(x[0], x[1]);
    }

    private static BigDecimal mid(double[] x) {
        return new BigDecimal(x[0]).add(new BigDecimal(x[1])).divide(BigDecimal.valueOf(2));
    }

    /**
     * The upper end of an enclosure of the printed inner value at the exact point (q_m, t, u): q = q_lo + t(1-q_lo),
     * v0 = u v_max, min over M of the printed objective at M_hi and M_lo, L = L_hi.
     */
    private static BigDecimal printedValueAtMidpointUpper(PregCell cell, BigDecimal qm, BigDecimal t, BigDecimal u) {
        Interval one = Interval.point(BigDecimal.ONE);
        Interval a = Interval.point(cell.alpha());
        Interval qmI = Interval.point(qm);
        BigDecimal qLo = qm.add(BigDecimal.ONE.subtract(cell.alpha()).multiply(BigDecimal.ONE.subtract(qm)));
        Interval q = Interval.point(qLo.add(t.multiply(BigDecimal.ONE.subtract(qLo))));
        Interval vMax = one.subtract(one.subtract(a).multiply(one.subtract(qmI)).divide(q.subtract(qmI)));
        Interval v0 = Interval.point(u).multiply(vMax);
        Interval lHi = PregFormulas.iLUpper(a, q, v0);
        Interval f1 = PregFormulas.iObjective(one, PregFormulas.iMUpper(qmI, a, q, v0), lHi, a);
        Interval f2 = PregFormulas.iObjective(one, PregFormulas.iMLower(qmI, a, q), lHi, a);
        return f1.hi().min(f2.hi());
    }

    /**
     * The audit's default budget decides every cell: the five cells with hand-checkable degenerate corners are
     * refuted (PregTest) and the three others are proved &gt;= 0.851. The proved bound cannot exceed a value the cell
     * attains: for [0.1, 1] alpha=0.66, the printed objective at q_m = 0.1, t = 1 - 1e-5, u = 0.9 is 0.85984.
     */
    @Test
    void defaultAuditProvesTheThreeUndecidedCells() {
        // The box budget decides; the time cap is generous so a loaded machine (2 shared cores) does not turn a
        // proved cell into an undecided one (20 s per cell did, under load).
        KsFairFinding f = PregFinding.table1(4_000_000, 120_000);
        assertEquals(KsFairFinding.Status.REFUTED, f.status());
        assertTrue(f.evidence().contains("5 cells refuted, 3 cells proved, 0 cells undecided"), f.evidence());
        for (String cell : new String[] {"[0.002, 0.008] alpha=0.78: PROVED", "[0.078, 0.1] alpha=0.68: PROVED",
            "[0.1, 1] alpha=0.66: PROVED"}) {
            assertTrue(f.evidence().contains(cell), f.evidence());
        }
        var last = PregBranchAndBound.run(PregAudit.TABLE_1.get(7), PregAudit.TARGET, 4_000_000, 120_000);
        assertTrue(last.lowestBound().compareTo(PregAudit.TARGET) >= 0);
        // q_lo = 0.1 + 0.34 * 0.9 = 0.406, q = 1 - 1e-5 * 0.594, v0 = 0.9 (1 - 0.306/(q - 0.1))
        double q = 1 - 1e-5 * 0.594;
        double attained = PregFormulas.dInner(0.1, 0.66, q, 0.9 * (1 - 0.306 / (q - 0.1)));
        assertEquals(0.85984, attained, 1e-4);
        assertTrue(last.lowestBound().doubleValue() <= attained);
    }
}
