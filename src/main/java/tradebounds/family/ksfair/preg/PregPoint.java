package tradebounds.family.ksfair.preg;

import java.math.BigDecimal;
import tradebounds.engine.interval.Interval;

/**
 * An exactly feasible point of P_REG[s,l,alpha] (H = 1) with exact decimal coordinates, the enclosure of
 * L = L_hi there, and a rigorous enclosure of the printed objective.
 */
public record PregPoint(BigDecimal qm, BigDecimal q, BigDecimal v0, BigDecimal m, Interval lHi, Interval value) {
    @Override
    public String toString() {
        return "q_m=" + show(qm) + " q=" + show(q) + " v0=" + show(v0) + " M=" + show(m) + " L=L_hi~" + lHi
                + " value in " + value;
    }

    private static String show(BigDecimal x) {
        return x.round(new java.math.MathContext(12)).toPlainString();
    }
}
