package tradebounds.family.pareto;

import java.util.ArrayList;
import java.util.List;
import tradebounds.model.Rational;

/**
 * Example 4.2 discretised: F(v) = 1 - exp(-v^2) on [0, K), an atom of mass exp(-K^2) = n^(-1/4) at
 * K = sqrt(ln n)/2. Rounding, stated once: K is rounded down to a multiple of 1/1000 (K'); the interval [0, K') is
 * cut into G equal cells and each cell's mass exp(-a^2) - exp(-b^2) is put on its left end a (values rounded
 * down, so the discrete law is first-order dominated by the continuous one up to the mass rounding); each mass is
 * rounded to the nearest multiple of 1/10000 (at least 1/10000), and the top atom K' takes the exact remainder.
 * The certified numbers are exact for this rational law, not for the continuous one.
 */
public final class Example42 {
    public static final int CELLS = 6;

    private Example42() {
    }

    public static ParetoInstance law(int n) {
        double k = Math.sqrt(Math.log(n)) / 2;
        Rational kr = Rational.of((long) Math.floor(k * 1000), 1000);
        List<Rational> values = new ArrayList<>();
        List<Rational> probs = new ArrayList<>();
        Rational used = Rational.ZERO;
        for (int j = 0; j < CELLS; j++) {
            Rational a = kr.multiply(Rational.of(j, CELLS));
            Rational b = kr.multiply(Rational.of(j + 1, CELLS));
            double mass = Math.exp(-a.toDouble() * a.toDouble()) - Math.exp(-b.toDouble() * b.toDouble());
            long units = Math.max(1, Math.round(mass * 10000));
            values.add(a);
            probs.add(Rational.of(units, 10000));
            used = used.add(Rational.of(units, 10000));
        }
        values.add(kr);
        probs.add(Rational.ONE.subtract(used));
        return new ParetoInstance(n, 1, values, probs);
    }
}
