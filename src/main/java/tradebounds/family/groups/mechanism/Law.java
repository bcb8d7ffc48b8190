package tradebounds.family.groups.mechanism;

import java.util.SplittableRandom;
import tradebounds.model.Rational;

/**
 * The law of one agent's value (or cost): a {@link Shape} with parameter mean mu, the normal part truncated as
 * {@code truncation} says. Constants are the paper's: sigma = 1/5 for NORMAL, half-width r = 2/5 for UNIFORM.
 */
public record Law(Shape shape, Rational mean, Truncation truncation) {
    public static final double SIGMA = 0.2;
    public static final Rational HALF_WIDTH = Rational.of(2, 5);

    public Law {
        if (mean.signum() < 0 || mean.compareTo(Rational.ONE) > 0) {
            throw new IllegalArgumentException("mean must lie in [0,1], got " + mean);
        }
    }

    /** One draw. Rejection sampling for conditioned normals (acceptance &ge; 0.95 for every Table 1 mean). */
    public double sample(SplittableRandom random) {
        double mu = mean.toDouble();
        return switch (shape) {
            case NORMAL -> normal(random, mu);
            case UNIFORM -> mu - 0.4 + 0.8 * random.nextDouble();
            case BERNOULLI -> random.nextDouble() < mu ? 1.0 : 0.0;
            case MIXED -> switch (random.nextInt(3)) {
                case 0 -> normal(random, mu);
                case 1 -> mu - 0.4 + 0.8 * random.nextDouble();
                default -> random.nextDouble() < mu ? 1.0 : 0.0;
            };
        };
    }

    private double normal(SplittableRandom random, double mu) {
        while (true) {
            double x = mu + SIGMA * random.nextGaussian();
            switch (truncation) {
                case WINDOW -> {
                    if (x >= mu - 0.4 && x <= mu + 0.4) {
                        return x;
                    }
                }
                case UNIT_CONDITION -> {
                    if (x >= 0 && x <= 1) {
                        return x;
                    }
                }
                case UNIT_CLAMP -> {
                    return Math.min(1.0, Math.max(0.0, x));
                }
                case NONE -> {
                    return x;
                }
            }
        }
    }
}
