package tradebounds.family.groups.exact;

import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.Law;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.family.groups.mechanism.Truncation;

/**
 * Rigorous one-sided enclosures for large n from Bernstein's inequality: for i.i.d. X_i with mean mu, variance
 * at most s^2 and |X_i - mu| &le; M, P(sum (X_i - mu) &le; -t) &le; exp(-t^2 / (2 (n s^2 + M t / 3))).
 *
 * <p>WINDOW normal, uniform, Bernoulli and their mixture have mean exactly mu; under unit-interval truncations
 * the means are enclosed first (see {@link #enclose(Cell, Truncation, int)}). Variance bounds:
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
        return t != Truncation.NONE && cell.muBuyer().compareTo(cell.muSeller()) > 0;
    }

    /** Whether every law's mean is its parameter mu exactly (no enclosure needed). */
    static boolean meansExact(Cell cell, Truncation t) {
        boolean normalPart = cell.shape() == Shape.NORMAL || cell.shape() == Shape.MIXED;
        return !normalPart || t == Truncation.WINDOW;
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

    /** Extra mixture variance (2/9)(mean_normal - mu)^2, with mean_normal = 3 mean - 2 mu; 0 for pure laws. */
    static double mixtureShift(Law law, Interval mean) {
        if (law.shape() != Shape.MIXED) {
            return 0;
        }
        double mu = law.mean().toDouble();
        double d = Math.max(Math.abs(3 * mean.lo() - 3 * mu), Math.abs(3 * mean.hi() - 3 * mu));
        return Math.nextUp(2.0 / 9 * d * d * (1 + 1e-12));
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
        return enclose(cell, truncation, 2000);
    }

    /**
     * Price 1/2 (mu_F + mu_G = 1). Under unit-interval truncations the law means move off mu; they are enclosed by
     * the one-variable floor/ceiling lattice with grid 1/k ({@link LatticeEnclosure#meanOf}), |X - mean| &le;
     * max(mean, 1 - mean) on [0,1], and the mixture's variance gains (2/9)(mean_normal - mu)^2 from its unequal
     * component means.
     */
    public static Result enclose(Cell cell, Truncation truncation, int k) {
        int n = cell.n();
        Law f = cell.buyerLaw(truncation);
        Law g = cell.sellerLaw(truncation);
        boolean exact = meansExact(cell, truncation);
        Interval meanF = exact ? Interval.point(f.mean().toDouble()) : LatticeEnclosure.meanOf(f, k);
        Interval meanG = exact ? Interval.point(g.mean().toDouble()) : LatticeEnclosure.meanOf(g, k);
        double varF = variance(f) + (exact ? 0 : mixtureShift(f, meanF));
        double varG = variance(g) + (exact ? 0 : mixtureShift(g, meanG));
        double spreadF = exact ? spread(f) : Math.max(meanF.hi(), 1 - meanF.lo());
        double spreadG = exact ? spread(g) : Math.max(meanG.hi(), 1 - meanG.lo());
        double tBuy = n * (meanF.lo() - 0.5) * (1 - 1e-12);
        double tSell = n * (0.5 - meanG.hi()) * (1 - 1e-12);
        if (tBuy <= 0 || tSell <= 0) {
            return new Result(new Interval(0, 1), new Interval(0, Double.POSITIVE_INFINITY), new Interval(0, 1));
        }
        double eBuy = bernstein(tBuy, n * varF, spreadF);
        double eSell = bernstein(tSell, n * varG, spreadG);
        Interval ir = new Interval(Math.max(0, (1 - eBuy) * (1 - eSell) * (1 - 1e-12)), 1.0);
        double m = tBuy + tSell; // a lower bound on E[D] = n (mean_F - mean_G)
        double mHi = n * (meanF.hi() - meanG.lo()) * (1 + 1e-12);
        double v = n * (varF + varG);
        double eGain = bernstein(m, v, Math.max(spreadF, spreadG));
        // E[D]/E[D^+] = E[D]/(E[D] + E[D^-]) is increasing in E[D]: evaluate at the lower end of E[D].
        double minus = Math.sqrt((v + mHi * mHi) * eGain) * (1 + 1e-12);
        Interval ratio = new Interval(m / (m + minus) * (1 - 1e-12), 1.0);
        return new Result(ir, ratio, new Interval(Math.max(0, 1 - eGain), 1.0));
    }
}
