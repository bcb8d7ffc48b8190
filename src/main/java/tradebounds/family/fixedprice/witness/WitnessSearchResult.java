package tradebounds.family.fixedprice.witness;

import java.time.Duration;
import java.util.Optional;
import tradebounds.model.Rational;

/**
 * What a witness search found. A present {@code point} has passed {@code check.PointCheck.maxViolation} == 0
 * against the printed model inside the search; it is still only a candidate until a certificate is checked.
 *
 * @param point          the exact repaired point in the model's variable order (for (4.2): s1..sn, b1..bn, r),
 *                       empty if no start could be repaired
 * @param ratio          the exact r of {@code point} (its last coordinate)
 * @param floatRatio     the objective r at the best floating point, before repair
 * @param floatViolation the summed row violation at that floating point
 * @param iterations     sequential-LP iterations over all starts
 * @param lpCount        step LPs solved through the adapter
 * @param starts         starts tried (the first is the structured one)
 * @param elapsed        wall time of the whole search
 */
public record WitnessSearchResult(Optional<Rational[]> point, Optional<Rational> ratio, double floatRatio,
                                  double floatViolation, int iterations, int lpCount, int starts, Duration elapsed) {
    public WitnessSearchResult {
        point = point.map(Rational[]::clone);
        if (point.isPresent() != ratio.isPresent()) {
            throw new IllegalArgumentException("ratio must be present iff point is");
        }
    }

    @Override
    public Optional<Rational[]> point() {
        return point.map(Rational[]::clone);
    }

    public boolean found() {
        return point.isPresent();
    }
}
