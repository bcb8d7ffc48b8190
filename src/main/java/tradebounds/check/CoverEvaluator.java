package tradebounds.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tradebounds.cert.Cover.Arg;
import tradebounds.cert.Cover.Let;
import tradebounds.cert.Cover;
import tradebounds.model.Rational;

/**
 * A cover's LET program compiled to slots (parameters, then coordinates, then LETs), evaluated over one region in
 * {@link Enclosure} arithmetic. Public so that searches producing covers evaluate boxes exactly as the checker will
 * replay them; the checker itself ({@link Covers}) is its only trusted user.
 */
public final class CoverEvaluator {
    /** How the evaluation of one region ended: proved empty, failed (an operation left its domain), or a value. */
    public record Result(boolean empty, String failure, Enclosure goal) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final int params;
    private final int coords;
    private final List<Let> lets;
    private final int[][] argSlots;
    private final Enclosure[][] argConstants;
    private final boolean[] feasible;
    private final int goal;
    private final Map<String, Integer> slots = new HashMap<>();

    public CoverEvaluator(Cover cover) {
        params = cover.params().size();
        coords = cover.coords().size();
        lets = cover.lets();
        for (int i = 0; i < params; i++) {
            slots.put(cover.params().get(i), i);
        }
        for (int i = 0; i < coords; i++) {
            slots.put(cover.coords().get(i).name(), params + i);
        }
        for (int i = 0; i < lets.size(); i++) {
            slots.put(lets.get(i).name(), params + coords + i);
        }
        argSlots = new int[lets.size()][];
        argConstants = new Enclosure[lets.size()][];
        for (int i = 0; i < lets.size(); i++) {
            List<Arg> args = lets.get(i).args();
            argSlots[i] = new int[args.size()];
            argConstants[i] = new Enclosure[args.size()];
            for (int a = 0; a < args.size(); a++) {
                if (args.get(a).isNumber()) {
                    argConstants[i][a] = Enclosure.of(args.get(a).number());
                } else {
                    argSlots[i][a] = slots.get(args.get(a).name());
                }
            }
        }
        feasible = new boolean[lets.size()];
        cover.feasible().forEach(f -> feasible[slots.get(f) - params - coords] = true);
        goal = slots.get(cover.goal()) - params - coords;
    }

    /** The index of a LET name among the LETs, or -1 for a coordinate or parameter. */
    public int letIndex(String name) {
        Integer s = slots.get(name);
        return s == null || s < params + coords ? -1 : s - params - coords;
    }

    /** The index of a coordinate, or -1. */
    public int coordIndex(String name) {
        Integer s = slots.get(name);
        return s == null || s < params || s >= params + coords ? -1 : s - params;
    }

    public int letCount() {
        return lets.size();
    }

    /** Point enclosures of exact parameter values, in PARAM order. */
    public static Enclosure[] enclose(List<Rational> values) {
        Enclosure[] out = new Enclosure[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Enclosure.of(values.get(i));
        }
        return out;
    }

    /**
     * Evaluates every LET over the region: coordinates enclosed by {@code box}; LET i's enclosure intersected with
     * {@code [restrictLo[i], restrictHi[i]]} (infinite ends for none) and, if FEASIBLE, with [0, inf).
     */
    public Result evaluate(Enclosure[] paramValues, Enclosure[] box, double[] restrictLo, double[] restrictHi) {
        Enclosure[] v = new Enclosure[params + coords + lets.size()];
        System.arraycopy(paramValues, 0, v, 0, params);
        System.arraycopy(box, 0, v, params, coords);
        for (int i = 0; i < lets.size(); i++) {
            Enclosure x;
            try {
                x = apply(i, v);
            } catch (Enclosure.Failure | RuntimeException f) {
                // a RuntimeException here would be a bug in Enclosure; the checker still answers, with a rejection
                return new Result(false, lets.get(i).name() + " = " + lets.get(i).op().keyword() + ": "
                        + f.getMessage(), null);
            }
            x = x.intersect(feasible[i] ? Math.max(0, restrictLo[i]) : restrictLo[i], restrictHi[i]);
            if (x == null) {
                return new Result(true, null, null);
            }
            v[params + coords + i] = x;
        }
        return new Result(false, null, v[params + coords + goal]);
    }

    /**
     * Every LET's enclosure at one point (parameters then coordinates as point enclosures), in LET order, with no
     * FEASIBLE intersection: a point-value certificate must prove its FEASIBLE quantities, not assume them.
     */
    public Enclosure[] values(Enclosure[] paramValues, Enclosure[] point) throws Enclosure.Failure {
        Enclosure[] v = new Enclosure[params + coords + lets.size()];
        System.arraycopy(paramValues, 0, v, 0, params);
        System.arraycopy(point, 0, v, params, coords);
        for (int i = 0; i < lets.size(); i++) {
            try {
                v[params + coords + i] = apply(i, v);
            } catch (Enclosure.Failure | RuntimeException f) {
                // as in evaluate: a RuntimeException would be a bug in Enclosure; still a rejection, not a crash
                throw new Enclosure.Failure(lets.get(i).name() + " = " + lets.get(i).op().keyword() + ": "
                        + f.getMessage());
            }
        }
        return java.util.Arrays.copyOfRange(v, params + coords, v.length);
    }

    public boolean isFeasible(int let) {
        return feasible[let];
    }

    public int goalIndex() {
        return goal;
    }

    /**
     * LET j's enclosure over the region (after restrictions), or null if the region is proved empty or an operation
     * fails before j; for searches choosing where to split a LET quantity.
     */
    public Enclosure enclosureOf(int j, Enclosure[] paramValues, Enclosure[] box, double[] restrictLo,
                                 double[] restrictHi) {
        Enclosure[] v = new Enclosure[params + coords + lets.size()];
        System.arraycopy(paramValues, 0, v, 0, params);
        System.arraycopy(box, 0, v, params, coords);
        for (int i = 0; i <= j; i++) {
            Enclosure x;
            try {
                x = apply(i, v);
            } catch (Enclosure.Failure f) {
                return null;
            }
            x = x.intersect(feasible[i] ? Math.max(0, restrictLo[i]) : restrictLo[i], restrictHi[i]);
            if (x == null) {
                return null;
            }
            v[params + coords + i] = x;
        }
        return v[params + coords + j];
    }

    private Enclosure apply(int i, Enclosure[] v) throws Enclosure.Failure {
        Enclosure a = arg(i, 0, v);
        return switch (lets.get(i).op()) {
            case ADD -> a.add(arg(i, 1, v));
            case SUB -> a.subtract(arg(i, 1, v));
            case MUL -> a.multiply(arg(i, 1, v));
            case DIV -> a.divide(arg(i, 1, v));
            case NEG -> a.negate();
            case POS -> a.positivePart();
            case MIN -> a.min(arg(i, 1, v));
            case MAX -> a.max(arg(i, 1, v));
            case LOG -> a.log();
            case LOG1P -> a.log1p();
            case EXP -> a.exp();
            case EXPREL -> a.exprel();
            case LOGREL -> a.logrel();
            case SHARE -> Enclosure.share(a, arg(i, 1, v), arg(i, 2, v));
            case LAMBERTW -> a.lambertw();
        };
    }

    private Enclosure arg(int i, int a, Enclosure[] v) {
        Enclosure c = argConstants[i][a];
        return c != null ? c : v[argSlots[i][a]];
    }
}
