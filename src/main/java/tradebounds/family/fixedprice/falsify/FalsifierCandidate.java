package tradebounds.family.fixedprice.falsify;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tradebounds.instance.Atom;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Rational;

/**
 * A single-unit search point on an integer grid: values are multiples of 1/{@link #VALUE_DEN}, masses are
 * nonnegative integer weights divided by their sum. The double evaluator and the exact evaluator therefore see
 * the same instance up to floating-point rounding, and the exact form has modest denominators by construction.
 */
final class FalsifierCandidate {
    static final long VALUE_DEN = 1_000_000L;
    /** Values stay below 10^7 (so 10^13 grid units) and weights below 10^12: every sum fits a long. */
    static final long MAX_VALUE = 10_000_000L * VALUE_DEN;
    static final long MAX_WEIGHT = 1_000_000_000_000L;
    static final long WEIGHT_SCALE = 1_000_000_000L;

    final long[] sellerValues;
    final long[] sellerWeights;
    final long[] buyerValues;
    final long[] buyerWeights;

    FalsifierCandidate(long[] sellerValues, long[] sellerWeights, long[] buyerValues, long[] buyerWeights) {
        this.sellerValues = sellerValues;
        this.sellerWeights = sellerWeights;
        this.buyerValues = buyerValues;
        this.buyerWeights = buyerWeights;
    }

    FalsifierCandidate copy() {
        return new FalsifierCandidate(sellerValues.clone(), sellerWeights.clone(), buyerValues.clone(),
                buyerWeights.clone());
    }

    /** From doubles: values rounded to the grid, masses scaled to integer weights. */
    static FalsifierCandidate of(double[] sv, double[] sm, double[] bv, double[] bm) {
        return new FalsifierCandidate(grid(sv), weights(sm), grid(bv), weights(bm));
    }

    private static long[] grid(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = clampValue(Math.round(v[i] * VALUE_DEN));
        }
        return out;
    }

    private static long[] weights(double[] m) {
        double total = 0;
        for (double x : m) {
            total += Math.max(0, x);
        }
        long[] out = new long[m.length];
        long sum = 0;
        for (int i = 0; i < m.length; i++) {
            out[i] = Math.round(Math.max(0, m[i]) / total * WEIGHT_SCALE);
            sum += out[i];
        }
        if (sum == 0) {
            out[0] = 1;
        }
        return out;
    }

    static long clampValue(long v) {
        return Math.max(0, Math.min(MAX_VALUE, v));
    }

    /**
     * A single-unit instance moved onto the grid (values rounded half-up to 1/VALUE_DEN, masses to weights out
     * of WEIGHT_SCALE); the grid copy is only a search start, the given instance itself is evaluated exactly.
     */
    static FalsifierCandidate of(FixedPriceInstance inst) {
        if (inst.units() != 1) {
            throw new IllegalArgumentException("the falsifier searches single-unit instances, got units = " + inst.units());
        }
        return new FalsifierCandidate(gridValues(inst.seller()), gridWeights(inst.seller()), gridValues(inst.buyer()),
                gridWeights(inst.buyer()));
    }

    private static long[] gridValues(Distribution d) {
        long[] out = new long[d.atoms().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = clampValue(scaled(d.atoms().get(i).values().get(0), VALUE_DEN));
        }
        return out;
    }

    private static long[] gridWeights(Distribution d) {
        long[] out = new long[d.atoms().size()];
        long sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = scaled(d.atoms().get(i).prob(), WEIGHT_SCALE);
            sum += out[i];
        }
        if (sum == 0) {
            out[0] = 1;
        }
        return out;
    }

    private static long scaled(Rational r, long scale) {
        BigDecimal x = new BigDecimal(r.numerator().multiply(BigInteger.valueOf(scale)))
                .divide(new BigDecimal(r.denominator()), 0, RoundingMode.HALF_UP);
        return x.min(BigDecimal.valueOf(Long.MAX_VALUE / 4)).longValue();
    }

    double[] values(boolean seller) {
        long[] v = seller ? sellerValues : buyerValues;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (double) v[i] / VALUE_DEN;
        }
        return out;
    }

    double[] masses(boolean seller) {
        long[] w = seller ? sellerWeights : buyerWeights;
        double total = 0;
        for (long x : w) {
            total += x;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / total;
        }
        return out;
    }

    /** The exact instance this grid point denotes: masses renormalised exactly, zero-mass atoms dropped. */
    FixedPriceInstance toInstance() {
        return new FixedPriceInstance(1, side(sellerValues, sellerWeights), side(buyerValues, buyerWeights));
    }

    private static Distribution side(long[] values, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (weights[i] > 0) {
                atoms.add(Atom.single(Rational.of(values[i], VALUE_DEN), Rational.of(weights[i], sum)));
            }
        }
        return new Distribution(atoms);
    }
}
