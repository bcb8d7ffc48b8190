package tradebounds.family.groups.exact;

import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.Law;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.family.groups.mechanism.Truncation;

/**
 * Rigorous one-sided enclosures for large n from Bernstein's inequality: for i.i.d. X_i with mean mu, variance
 * at most s^2 and |X_i - mu| &le; M, P(sum (X_i - mu) &le; -t) &le; exp(-t^2 / (2 (n s^2 + M t / 3))).
 *
 * <p>Valid only when every law's mean equals its parameter mu (WINDOW normal, uniform, Bernoulli, and their
 * mixture are symmetric about mu or have mean mu by definition); {@link #supports} says so. Variance bounds:
 * a normal truncated to an interval has variance at most sigma^2 = 1/25 (log-concavity); U[mu-r, mu+r] has
 * r^2/3 = 4/75; Ber(mu) has mu(1-mu); the mixture (equal means) the average. IR: price 1/2, so
 * IR &ge; (1 - e_buy)(1 - e_sell). Efficiency: E[D^-] &le; sqrt(E[D^2] P(D &lt; 0)) (Cauchy-Schwarz), so
 * E[D]/E[D^+] = m/(m + E[D^-]) &ge; m/(m + sqrt((V + m^2) e)).
 */
public final class TailBounds {
    private TailBounds() {
    }

    public record Result(Interval ir, Interval ratioOfMeans, Interval nonNegative) {
    }

    public static boolean supports(Cell cell, Truncation t) {
        boolean normalPart = cell.shape() == Shape.NORMAL || cell.shape() == Shape.MIXED;
        return (!normalPart || t == Truncation.WINDOW) && cell.muBuyer().compareTo(cell.muSeller()) > 0;
    }

    static double variance(Law law) {
        double mu = law.mean().toDouble();
        double normal = Math.nextUp(0.04);
        double uniform = Math.nextUp(4.0 / 75);
        double bern = Math.nextUp(mu * (1 - mu));
        return switch (law.shape()) {
            case NORMAL -> normal;
            case UNIFORM -> uniform;
            case BERNOULLI -> bern;
            case MIXED -> Math.nextUp((normal + uniform + bern) / 3 * (1 + 1e-15));
        };
    }

    static double spread(Law law) {
        double mu = law.mean().toDouble();
        double b = Math.max(mu, 1 - mu);
        return switch (law.shape()) {
            case NORMAL, UNIFORM -> 0.4;
            case BERNOULLI -> b;
            case MIXED -> Math.max(0.4, b);
        };
    }

    /** exp(-t^2 / (2 (v + m t / 3))) rounded up. */
    static double bernstein(double t, double v, double m) {
        double e = t * t / (2 * (v + m * t / 3));
        return Math.min(1.0, Math.exp(-e * (1 - 1e-12)) * (1 + 1e-12));
    }

    public static Result enclose(Cell cell, Truncation truncation) {
        int n = cell.n();
        Law f = cell.buyerLaw(truncation);
        Law g = cell.sellerLaw(truncation);
        double gap = cell.muBuyer().subtract(cell.muSeller()).toDouble();
        double eBuy = bernstein(n * gap / 2, n * variance(f), spread(f));
        double eSell = bernstein(n * gap / 2, n * variance(g), spread(g));
        Interval ir = new Interval(Math.max(0, (1 - eBuy) * (1 - eSell) * (1 - 1e-12)), 1.0);
        double m = n * gap;
        double v = n * (variance(f) + variance(g));
        double eGain = bernstein(m, v, Math.max(spread(f), spread(g)));
        double minus = Math.sqrt((v + m * m) * eGain) * (1 + 1e-12);
        Interval ratio = new Interval(m / (m + minus) * (1 - 1e-12), 1.0);
        return new Result(ir, ratio, new Interval(Math.max(0, 1 - eGain), 1.0));
    }
}
