package tradebounds.family.ksfair.preg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import tradebounds.engine.interval.Interval;

/**
 * One cell of program P_REG[s, l, alpha] (App. E of seed 000): minimise Gamma + Gamma/(1 + M + L_hi) over
 * q_m in [s, l], q in [q_m + (1-alpha)(1-q_m), 1], v0 in [0, v_max], v_max = 1 - (1-alpha)(1-q_m)/(q-q_m),
 * M in [M_lo, M_hi] (H = 1, L = L_hi by Lemma E.1).
 *
 * <p>The feasible set is mapped onto the box (q_m, t, u) in [s,l] x [0,1]^2 by q = q_lo + t (1 - q_lo) and
 * v0 = u v_max (onto, so the minima agree). M is kept as a whole range: the objective is
 * min(alpha (S+1)/S, (1+M)/S) with S = 1+M+L, so its minimum over M in [M_lo, M_hi] is
 * min(f1(M_hi), f2(M_lo)), which the bound below encloses exactly; splitting M would never help.
 *
 * <p>Why the box bound does not use the printed formulas verbatim: (alpha-v0)/(1-q) divides by 0 at q = 1, where the
 * printed M_hi and L_hi have finite limits. The bound uses algebraically identical forms without that division:
 * with D = 1 - alpha(1-t): 1-q = alpha(1-q_m)(1-t), q-q_m = (1-q_m)D, v_max = alpha t/D,
 * alpha - v0 = alpha((1-alpha)(1-t) + (1-u)t)/D, q - q0 = d = (1-alpha)(1-q_m) D rho with
 * rho = (1-t)/((1-alpha)(1-t) + (1-u)t) in [0, 1/(1-alpha)] (decreasing in t, increasing in u), y = d/q, and
 * <pre>
 *   L_hi = v0 ln(1/q) + (alpha - v0)(g(q) - 1),           g(q) = ln(1/q)/(1-q)   (decreasing, g(1) = 1)
 *   M_lo = g(q_m/q)/q ((1-q_m)D + (1-alpha) q_m) - (1-alpha)   (q - q_m vanishes at q_m = 1)
 *   M_hi = ln(q0/q_m) + v0 ln(1/(1-y)) + (1-alpha)/q (k(y) + 1 - q),  k(y) = (ln(1/(1-y)) - y)/y (increasing, k(0) = 0)
 * </pre>
 * A test checks these against {@link PregFormulas} at points.
 */
public record PregCell(BigDecimal s, BigDecimal l, BigDecimal alpha) {
    private static final Interval ONE = PregFormulas.ONE;
    private static final BigDecimal SMALL = new BigDecimal("1e-12");
    private static final MathContext DOWN = new MathContext(30, RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(30, RoundingMode.CEILING);

    public PregCell(String s, String l, String alpha) {
        this(new BigDecimal(s), new BigDecimal(l), new BigDecimal(alpha));
    }

    /**
     * A proved lower bound of the cell's objective over the box (q_m, t, u); empty when none is available (q_m may be
     * 0, where ln(q/q_m) and M are unbounded).
     */
    public Optional<BigDecimal> lowerBound(Interval qm, Interval t, Interval u) {
        if (qm.lo().signum() <= 0) {
            return Optional.empty();
        }
        Interval a = Interval.point(alpha);
        Interval oneMinusA = ONE.subtract(a);
        Interval oneMinusT = ONE.subtract(t);
        Interval dd = ONE.subtract(a.multiply(oneMinusT));
        Interval oneMinusQ = a.multiply(ONE.subtract(qm)).multiply(oneMinusT);
        Interval q = ONE.subtract(oneMinusQ);
        Interval v0 = u.multiply(a.multiply(t).divide(dd));
        Interval aMinusV0 = a.multiply(oneMinusA.multiply(oneMinusT).add(ONE.subtract(u).multiply(t))).divide(dd);
        Interval d = oneMinusA.multiply(ONE.subtract(qm)).multiply(dd).multiply(rho(t, u));
        Interval yMax = ONE.subtract(qm.divide(q));
        Interval y = d.divide(q).intersect(new Interval(BigDecimal.ZERO, yMax.hi()));
        Interval lnInvQ = Interval.log(q).negate().positivePart();
        Interval lHi = v0.multiply(lnInvQ).add(aMinusV0.multiply(g(q).subtract(ONE))).positivePart();
        // y cut into pieces as in PregFastBound.yPieces (the same count, so the two bounds stay comparable); only
        // M_hi's upper end matters, and f1 decreases in M (every term of M_hi is >= 0)
        int pieces = PregFastBound.yPieces(new FastInterval(y.lo().doubleValue(), y.hi().doubleValue()));
        BigDecimal mHiHi = null;
        BigDecimal step = y.width().divide(BigDecimal.valueOf(pieces), DOWN);
        for (int i = 0; i < pieces; i++) {
            BigDecimal lo = y.lo().add(step.multiply(BigDecimal.valueOf(i)));
            BigDecimal hi = i == pieces - 1 ? y.hi() : y.lo().add(step.multiply(BigDecimal.valueOf(i + 1)));
            Interval yi = new Interval(lo, hi);
            Interval lnQ0OverQm = Interval.log(q.multiply(ONE.subtract(yi)).divide(qm)).positivePart();
            Interval piece = lnQ0OverQm.add(v0.multiply(Interval.log(ONE.subtract(yi)).negate()))
                    .add(oneMinusA.divide(q).multiply(k(yi).add(oneMinusQ)));
            mHiHi = mHiHi == null ? piece.hi() : mHiHi.max(piece.hi());
        }
        Interval mHi = Interval.point(mHiHi);
        Interval ratio = qm.divide(q).intersect(new Interval(BigDecimal.ZERO, BigDecimal.ONE));
        Interval mLo = g(ratio).divide(q).multiply(ONE.subtract(qm).multiply(dd).add(oneMinusA.multiply(qm)))
                .subtract(oneMinusA);
        Interval f1 = a.multiply(ONE.add(ONE.divide(ONE.add(mHi).add(lHi))));
        Interval f2 = ONE.divide(ONE.add(lHi.divide(ONE.add(mLo))));
        return Optional.of(f1.lo().min(f2.lo()));
    }

    /** rho over the box, from its monotonicity: lower end at (t_hi, u_lo), upper at (t_lo, u_hi). */
    private Interval rho(Interval t, Interval u) {
        Interval oneMinusA = ONE.subtract(Interval.point(alpha));
        BigDecimal lo = t.hi().compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ZERO : rhoAt(t.hi(), u.lo()).lo();
        BigDecimal hi = t.lo().compareTo(BigDecimal.ONE) >= 0 ? ONE.divide(oneMinusA).hi() : rhoAt(t.lo(), u.hi()).hi();
        return new Interval(lo, hi);
    }

    private Interval rhoAt(BigDecimal t, BigDecimal u) {
        Interval ti = Interval.point(t);
        Interval oneMinusT = ONE.subtract(ti);
        return oneMinusT.divide(ONE.subtract(Interval.point(alpha)).multiply(oneMinusT)
                .add(ONE.subtract(Interval.point(u)).multiply(ti)));
    }

    /** g(q) = ln(1/q)/(1-q) over an interval, by monotonicity; near q = 1 from 1 + x/2 &lt;= g &lt;= 1 + x/2 + x^2/(3(1-x)). */
    static Interval g(Interval q) {
        return new Interval(gAt(q.hi()).lo(), gAt(q.lo()).hi());
    }

    private static Interval gAt(BigDecimal q) {
        BigDecimal x = BigDecimal.ONE.subtract(q);
        if (x.compareTo(SMALL) < 0) {
            return seriesEnclosure(x).add(ONE);
        }
        Interval qi = Interval.point(q);
        return Interval.log(qi).negate().divide(ONE.subtract(qi));
    }

    /** k(y) = (ln(1/(1-y)) - y)/y over an interval of [0, 1), by monotonicity. */
    static Interval k(Interval y) {
        return new Interval(kAt(y.lo()).lo(), kAt(y.hi()).hi());
    }

    private static Interval kAt(BigDecimal y) {
        if (y.compareTo(SMALL) < 0) {
            return seriesEnclosure(y);
        }
        Interval yi = Interval.point(y);
        return Interval.log(ONE.subtract(yi)).negate().subtract(yi).divide(yi);
    }

    /** sum_{n&gt;=2} x^(n-1)/n for 0 &lt;= x &lt; 1/2 lies in [x/2, x/2 + x^2/(3(1-x))]. */
    private static Interval seriesEnclosure(BigDecimal x) {
        Interval xi = Interval.point(x.max(BigDecimal.ZERO));
        Interval half = xi.divideByPositive(BigDecimal.valueOf(2));
        Interval tail = xi.multiply(xi).divide(Interval.point(BigDecimal.valueOf(3)).multiply(ONE.subtract(xi)));
        return new Interval(half.lo(), half.add(tail).hi());
    }

    /**
     * Re-checks the point (q_m, t, u) exactly: builds exact decimal coordinates q_m, q, v0 and M, verifies every
     * constraint of P_REG[s,l,alpha] exactly (rationals) or rigorously (intervals for M_lo, M_hi), and encloses the
     * printed objective there with L = L_hi. Empty if the point cannot be certified feasible.
     */
    public Optional<PregPoint> recheck(double qmD, double tD, double uD) {
        BigDecimal qm = new BigDecimal(qmD, DOWN);
        if (qm.compareTo(s) < 0 || qm.compareTo(l) > 0 || qm.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal oneMinusA = BigDecimal.ONE.subtract(alpha);
        BigDecimal qLo = qm.add(oneMinusA.multiply(BigDecimal.ONE.subtract(qm)));
        BigDecimal q = qLo.add(new BigDecimal(tD, DOWN).multiply(BigDecimal.ONE.subtract(qLo))).round(DOWN).max(qLo);
        if (q.compareTo(BigDecimal.ONE) >= 0) {
            return Optional.empty();
        }
        BigDecimal qmq = q.subtract(qm);
        BigDecimal vMax = BigDecimal.ONE.subtract(oneMinusA.multiply(BigDecimal.ONE.subtract(qm)).divide(qmq, UP));
        BigDecimal v0 = new BigDecimal(uD, DOWN).multiply(vMax).round(DOWN).max(BigDecimal.ZERO);
        // exact check of v0 <= 1 - (1-alpha)(1-q_m)/(q-q_m), multiplied through by q - q_m > 0
        if (v0.multiply(qmq).compareTo(qmq.subtract(oneMinusA.multiply(BigDecimal.ONE.subtract(qm)))) > 0) {
            return Optional.empty();
        }
        Interval qmI = Interval.point(qm);
        Interval aI = Interval.point(alpha);
        Interval qI = Interval.point(q);
        Interval v0I = Interval.point(v0);
        Interval mLo = PregFormulas.iMLower(qmI, aI, qI);
        Interval mHi = PregFormulas.iMUpper(qmI, aI, qI, v0I);
        Interval lHi = PregFormulas.iLUpper(aI, qI, v0I);
        double f1 = PregFormulas.dObjective(1, mHi.mid(), lHi.mid(), alpha.doubleValue());
        double f2 = PregFormulas.dObjective(1, mLo.mid(), lHi.mid(), alpha.doubleValue());
        BigDecimal m = f2 <= f1 ? mLo.hi().round(UP) : mHi.lo().round(DOWN);
        if (m.compareTo(mLo.hi()) < 0 || m.compareTo(mHi.lo()) > 0) {
            return Optional.empty();
        }
        Interval value = PregFormulas.iObjective(ONE, Interval.point(m), lHi, aI);
        return Optional.of(new PregPoint(qm, q, v0, m, lHi, value));
    }

    @Override
    public String toString() {
        return "[" + s.toPlainString() + ", " + l.toPlainString() + "] alpha=" + alpha.toPlainString();
    }
}
