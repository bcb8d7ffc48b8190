package tradebounds.family.fixedprice.guarantee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Searches price lists 0 = p_1 &lt; ... &lt; p_n that make the optimum r_1 of (4.1) large. Untrusted: the objective is
 * {@link RatioEstimator}'s floating value (the best feasible point it finds, an upper bound on r_1 that may be
 * loose), maximised by a pattern search on log-prices snapped to a decimal grid; {@link PriceListCertify} then
 * brackets r_1 of the list found with a checked feasible point and guarantee trees.
 *
 * <p>The estimator is started from a pool of buyer vectors, the hard instances found so far for any list (each
 * moved onto the candidate's prices), so that a neighbour list is judged against the instances that hurt its
 * neighbours: without the pool, the search drifts toward lists on which the local estimate merely misses the
 * worst instance.
 */
final class PriceListSearch {
    /** A buyer vector and the prices it lives on. */
    private record PoolEntry(double[] prices, double[] b) {
    }

    /** A list and its estimate. */
    record Scored(double[] p, RatioEstimator.Point point) {
        double value() {
            return point == null ? Double.NEGATIVE_INFINITY : point.r();
        }
    }

    private final List<PoolEntry> pool = new ArrayList<>();
    private final Random rng;
    private final RatioEstimator estimator = new RatioEstimator();
    private final Consumer<String> progress;
    private final int randomStarts;
    private long evaluations;

    PriceListSearch(long seed, int randomStarts, Consumer<String> progress) {
        this.rng = new Random(seed);
        this.randomStarts = randomStarts;
        this.progress = progress;
    }

    long evaluations() {
        return evaluations;
    }

    /** Adds a hard buyer found elsewhere (e.g. where the prover stopped) to the pool. */
    void addToPool(double[] prices, double[] b) {
        pool.add(new PoolEntry(prices.clone(), b.clone()));
        while (pool.size() > 40) {
            pool.remove(0);
        }
    }

    /** The estimate of r_1(p) with the pool and {@code starts} random starts; its best buyer joins the pool. */
    Scored score(double[] p, int starts) {
        evaluations++;
        List<double[]> mapped = new ArrayList<>();
        for (PoolEntry e : pool) {
            mapped.add(moveOnto(e.prices, e.b, p));
        }
        RatioEstimator.Point best = estimator.estimate(p, mapped, starts, rng);
        if (best != null) {
            addToPool(p, best.b());
        }
        return new Scored(p, best);
    }

    /** The estimate with every one- and two-atom buyer as a further start (slower; judges a would-be incumbent). */
    Scored thorough(double[] p, int starts) {
        evaluations++;
        List<double[]> mapped = new ArrayList<>();
        for (PoolEntry e : pool) {
            mapped.add(moveOnto(e.prices, e.b, p));
        }
        RatioEstimator.Point best = estimator.thorough(p, mapped, starts, rng);
        if (best != null) {
            addToPool(p, best.b());
        }
        return new Scored(p, best);
    }

    /** Moves each buyer mass at price q_j down to the largest price of p not above it (the top stays on top). */
    static double[] moveOnto(double[] q, double[] b, double[] p) {
        int n = p.length;
        double[] out = new double[n];
        for (int j = 0; j < q.length; j++) {
            int k = 0;
            if (j == q.length - 1) {
                k = n - 1;
            } else {
                while (k + 1 < n - 1 && p[k + 1] <= q[j] + 1e-12) {
                    k++;
                }
            }
            out[k] += b[j];
        }
        return out;
    }

    /** Starting lists for n prices: evenly spaced, geometric, the printed list subsampled, and {@code extra}. */
    static List<double[]> starts(int n, List<double[]> extra) {
        List<double[]> out = new ArrayList<>(extra);
        int m = n - 2;
        double[] even = new double[n];
        double[] geo = new double[n];
        double[] sub = new double[n];
        double[] printed = {0.12, 0.22, 0.28, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42, 0.44, 0.46, 0.48, 0.5, 0.52,
            0.54, 0.56, 0.58, 0.6, 0.62, 0.64, 0.66, 0.68, 0.7, 0.72, 0.76, 0.78, 0.84, 0.98, 1.25};
        for (int k = 1; k <= m; k++) {
            double f = m == 1 ? 0.5 : (k - 1) / (double) (m - 1);
            even[k] = 0.25 + f * 0.6;
            geo[k] = 0.15 * Math.pow(1.25 / 0.15, f);
            sub[k] = printed[(int) Math.round(f * (printed.length - 1))];
        }
        for (double[] v : List.of(even, geo, sub)) {
            v[n - 1] = 1000;
            double[] snapped = snap(v);
            if (snapped != null) {
                out.add(snapped);
            }
        }
        return out;
    }

    /** The previous best list with one price added in the middle of its widest interior gap. */
    static double[] grow(double[] p) {
        int n = p.length;
        int gap = 1;
        for (int k = 1; k < n - 2; k++) {
            if (p[k + 1] - p[k] > p[gap + 1] - p[gap]) {
                gap = k;
            }
        }
        double[] out = new double[n + 1];
        System.arraycopy(p, 0, out, 0, gap + 1);
        out[gap + 1] = (p[gap] + p[gap + 1]) / 2;
        System.arraycopy(p, gap + 1, out, gap + 2, n - gap - 1);
        return snap(out);
    }

    /**
     * Rounds p_2..p_{n-1} to three decimals and p_n to an integer when above 10 (the grid of the printed list);
     * null when the list is no longer strictly increasing or starts a price at 0.
     */
    static double[] snap(double[] p) {
        int n = p.length;
        double[] out = new double[n];
        for (int k = 1; k < n; k++) {
            double v = p[k];
            if (k == n - 1) {
                // The top price stays in [1, 1000] (the printed list's range): a larger one makes C = 1 + 1/p_n
                // so close to 1 that the node LPs lose their accuracy.
                v = Math.max(1, Math.min(1000, v));
            }
            out[k] = v > 10 ? Math.rint(v) : new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
            if (out[k] <= out[k - 1]) {
                return null;
            }
        }
        return out;
    }

    /** Pattern search on log-prices from the best start, for about {@code seconds}. */
    Scored search(int n, List<double[]> extraStarts, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        Scored best = null;
        for (double[] p : starts(n, extraStarts)) {
            Scored s = thorough(p, randomStarts * 3);
            progress.accept(String.format("  n=%d start %s: %.5f", n, describe(p), s.value()));
            if (best == null || s.value() > best.value()) {
                best = s;
            }
        }
        double step = 0.08;
        while (step > 0.002 && System.nanoTime() < deadline) {
            // The pool has grown since the incumbent was scored: judge it again against the new instances.
            best = score(best.p, randomStarts);
            boolean improved = false;
            for (int k = 1; k < n && System.nanoTime() < deadline; k++) {
                double kStep = k == n - 1 ? step * 20 : step;
                for (int dir = -1; dir <= 1; dir += 2) {
                    double[] q = best.p.clone();
                    q[k] = best.p[k] * Math.exp(dir * kStep);
                    q = snap(q);
                    if (q == null || java.util.Arrays.equals(q, best.p)) {
                        continue;
                    }
                    Scored s = score(q, randomStarts);
                    if (s.value() > best.value() + 1e-6) {
                        // A would-be incumbent is judged again from every one- and two-atom buyer: the quick
                        // estimate is optimistic exactly where it misses the worst instance.
                        s = thorough(q, randomStarts);
                    }
                    if (s.value() > best.value() + 1e-6) {
                        best = s;
                        improved = true;
                        break;
                    }
                }
            }
            if (!improved) {
                step /= 2;
            }
            progress.accept(String.format("  n=%d step %.4f: %.5f %s (%d evaluations)", n, step, best.value(),
                    describe(best.p), evaluations));
        }
        return best;
    }

    static String describe(double[] p) {
        StringBuilder sb = new StringBuilder();
        for (double v : p) {
            sb.append(sb.length() == 0 ? "" : ",").append(v > 10 ? String.valueOf((long) v)
                    : new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
        }
        return sb.toString();
    }

    void close() {
        estimator.close();
    }
}
