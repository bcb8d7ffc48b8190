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

    /** At most about {@code target} ticks inside [min, max], at the smallest round step that allows it. */
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
        // Multiples of the step by integer index, so 0.1 + 0.2 never drifts into a label like 0.30000000000000004.
        for (long i = (long) Math.ceil(min / step - 1e-9); i * step <= max + step * 1e-9; i++) {
            out.add(i * step);
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
