package tradebounds.engine.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions at 1, 2 or 5 times a power of ten, so labels are short and read at a glance; the labels carry
 * just enough decimals to tell neighbouring ticks apart.
 */
final class Ticks {
    private Ticks() {
    }

    /** About {@code target} ticks inside [min, max] (at least two when the range allows). */
    static List<Double> of(double min, double max, int target) {
        double raw = (max - min) / Math.max(1, target);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * power;
            if (step >= raw) {
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    /** A tick label with the decimals the step between ticks needs. */
    static String label(double value, List<Double> ticks) {
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : Math.abs(value);
        int decimals = step > 0 ? Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9)) : 0;
        return String.format(Locale.ROOT, "%." + Math.min(decimals, 8) + "f", value);
    }
}
