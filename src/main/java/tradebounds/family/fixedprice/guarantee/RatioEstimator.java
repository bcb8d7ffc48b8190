package tradebounds.family.fixedprice.guarantee;

import java.util.List;
import java.util.Random;
import tradebounds.solve.ortools.GlopDirect;

/**
 * A fast floating estimate of r_1(p), the optimum of (4.1), from above: the best feasible point found by
 * alternating the two linear programs of the bilinear program (for fixed buyer masses b, (4.1) is an LP in the
 * seller masses s and r; for fixed s, an LP in b and r), started from a pool of buyer vectors (hard instances found
 * for other price lists) and from random sparse ones. A local method: the value is an upper bound on r_1 that may be
 * loose; only the prover's tree bounds r_1 from below. Untrusted; one instance per thread.
 */
final class RatioEstimator implements AutoCloseable {
    /** A feasible point of (4.1) in doubles: its r, and the masses. */
    record Point(double r, double[] s, double[] b) {
    }

    /**
     * Margin kept on the OPT and mass rows so that the exact repair (masses rounded to 12 decimals) stays
     * feasible; it costs about 1e-9 in r.
     */
    private static final double SLACK = 1e-9;

    private final GlopDirect sLp = new GlopDirect();
    private final GlopDirect bLp = new GlopDirect();

    /** The best point over the starts: each pool vector, then {@code randomStarts} random sparse buyers. */
    Point estimate(double[] p, List<double[]> pool, int randomStarts, Random rng) {
        Point best = null;
        int n = p.length;
        for (double[] b0 : pool) {
            if (b0.length == n) {
                best = better(best, descend(p, b0));
            }
        }
        for (int k = 0; k < randomStarts; k++) {
            if (k % 2 == 0) {
                best = better(best, descend(p, randomBuyer(p, rng)));
            } else {
                // A random seller first: the b-step then picks the buyer that hurts it most.
                double[] s0 = randomBuyer(p, rng);
                s0[n - 1] = 0;
                double[] b0 = solveB(p, scaled(p, s0));
                if (b0 != null) {
                    best = better(best, descend(p, b0));
                }
            }
        }
        // Iterated local search: move part of one buyer atom to another price and descend again.
        for (int k = 0; best != null && k < randomStarts; k++) {
            double[] b = best.b().clone();
            int from = rng.nextInt(n);
            for (int tries = 0; b[from] <= 1e-9 && tries < 4 * n; tries++) {
                from = rng.nextInt(n);
            }
            int to = rng.nextBoolean() ? Math.max(0, Math.min(n - 2, from + (rng.nextBoolean() ? 1 : -1)))
                    : rng.nextInt(n - 1);
            double moved = b[from] * (0.1 + 0.9 * rng.nextDouble());
            b[from] -= moved;
            b[to] += moved;
            best = better(best, descend(p, b));
        }
        return best;
    }

    /**
     * Starts from every buyer on one or two of the prices below the top (the shape of the hard instances seen so
     * far: most mass on one or two prices, the rest chosen by the b-step), before the pool and random starts.
     */
    Point thorough(double[] p, List<double[]> pool, int randomStarts, Random rng) {
        int n = p.length;
        Point best = null;
        for (int j = 0; j < n - 1; j++) {
            for (int k = j; k < n - 1; k++) {
                double[] b = new double[n];
                b[j] += 0.5;
                b[k] += 0.5;
                best = better(best, descend(p, b));
            }
        }
        return better(best, estimate(p, pool, randomStarts, rng));
    }

    private static Point better(Point a, Point b) {
        return b == null ? a : a == null || b.r < a.r ? b : a;
    }

    /**
     * A random buyer in the shape of the known hard instances: mass on a few prices, and possibly a small mass of
     * order 1/p_n at the top price (it carries part of OPT at almost no cost to the seller's rows).
     */
    static double[] randomBuyer(double[] p, Random rng) {
        int n = p.length;
        double[] b = new double[n];
        int atoms = 1 + rng.nextInt(Math.min(8, n - 1));
        for (int a = 0; a < atoms; a++) {
            b[rng.nextInt(n - 1)] += rng.nextDouble();
        }
        double sum = 0;
        for (double x : b) {
            sum += x;
        }
        for (int j = 0; j < n; j++) {
            b[j] /= sum;
        }
        if (rng.nextBoolean()) {
            b[n - 1] = rng.nextDouble() / p[n - 1];
        }
        return b;
    }

    /** s scaled so that OPT(s, uniform-ish) is about 1 and the mass is in [1, C]. */
    private static double[] scaled(double[] p, double[] s) {
        double sum = 0;
        for (double x : s) {
            sum += x;
        }
        double[] out = s.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** Alternates LP in s and LP in b from b0 until r stops improving. */
    Point descend(double[] p, double[] b0) {
        double[] b = b0.clone();
        Point last = null;
        for (int it = 0; it < 60; it++) {
            double[] s = solveS(p, b);
            if (s == null) {
                return last;
            }
            double[] nb = solveB(p, s);
            if (nb == null) {
                return last;
            }
            double r = value(p, s, nb);
            Point cur = new Point(r, s, nb);
            if (last != null && r > last.r - 1e-10) {
                return better(last, cur);
            }
            last = cur;
            b = nb;
        }
        return last;
    }

    /** max_t of the welfare rows at (s, b): the smallest feasible r for these masses. */
    static double value(double[] p, double[] s, double[] b) {
        int n = p.length;
        double base = 0;
        for (int i = 0; i < n; i++) {
            base += s[i] * p[i];
        }
        double r = 0;
        for (int t = 0; t < n; t++) {
            double v = base;
            for (int i = 0; i < t; i++) {
                for (int j = t + 1; j < n; j++) {
                    v += s[i] * b[j] * (p[j] - p[i]);
                }
            }
            r = Math.max(r, v);
        }
        return r;
    }

    /** min r over s for fixed b (rows (a_t), OPT >= 1, 1 <= sum s <= C); null if infeasible. */
    private double[] solveS(double[] p, double[] b) {
        int n = p.length;
        double cap = 1 + 1 / p[n - 1];
        GlopDirect lp = sLp;
        lp.clear();
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = lp.variable(0, cap);
        }
        int r = lp.variable(-1, 10);
        for (int t = 0; t < n; t++) {
            int row = lp.row(Double.NEGATIVE_INFINITY, 0);
            lp.coefficient(row, r, -1);
            for (int i = 0; i < n; i++) {
                double c = p[i];
                if (i < t) {
                    for (int j = t + 1; j < n; j++) {
                        c += b[j] * (p[j] - p[i]);
                    }
                }
                lp.coefficient(row, s[i], c);
            }
        }
        int opt = lp.row(1 + SLACK, Double.POSITIVE_INFINITY);
        int mass = lp.row(1 + SLACK, cap - SLACK);
        for (int i = 0; i < n; i++) {
            double o = 0;
            for (int j = 0; j < n; j++) {
                o += b[j] * Math.max(p[i], p[j]);
            }
            lp.coefficient(opt, s[i], o);
            lp.coefficient(mass, s[i], 1);
        }
        lp.objective(r, 1, false);
        if (lp.solve(10) != GlopDirect.Status.OPTIMAL) {
            return null;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(0, lp.value(s[i]));
        }
        return out;
    }

    /** min r over b for fixed s; null if infeasible. */
    private double[] solveB(double[] p, double[] s) {
        int n = p.length;
        double cap = 1 + 1 / p[n - 1];
        GlopDirect lp = bLp;
        lp.clear();
        int[] b = new int[n];
        for (int j = 0; j < n; j++) {
            b[j] = lp.variable(0, cap);
        }
        int r = lp.variable(-1, 10);
        double base = 0;
        for (int i = 0; i < n; i++) {
            base += s[i] * p[i];
        }
        for (int t = 0; t < n; t++) {
            int row = lp.row(Double.NEGATIVE_INFINITY, -base);
            lp.coefficient(row, r, -1);
            for (int j = t + 1; j < n; j++) {
                double c = 0;
                for (int i = 0; i < t; i++) {
                    c += s[i] * (p[j] - p[i]);
                }
                lp.coefficient(row, b[j], c);
            }
        }
        int opt = lp.row(1 + SLACK, Double.POSITIVE_INFINITY);
        int mass = lp.row(1 + SLACK, cap - SLACK);
        for (int j = 0; j < n; j++) {
            double o = 0;
            for (int i = 0; i < n; i++) {
                o += s[i] * Math.max(p[i], p[j]);
            }
            lp.coefficient(opt, b[j], o);
            lp.coefficient(mass, b[j], 1);
        }
        lp.objective(r, 1, false);
        if (lp.solve(10) != GlopDirect.Status.OPTIMAL) {
            return null;
        }
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = Math.max(0, lp.value(b[j]));
        }
        return out;
    }

    @Override
    public void close() {
        sLp.close();
        bLp.close();
    }
}
