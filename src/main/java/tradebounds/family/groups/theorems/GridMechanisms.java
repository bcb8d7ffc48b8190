package tradebounds.family.groups.theorems;

import java.util.Arrays;

/**
 * Theorem 4.2 on a finite grid. Agents 0..n-1 are buyers, n..2n-1 sellers; each reports a point of the grid
 * T = {0, 1/(G-1), ..., 1}; a deterministic allocation x is a bit mask over the G^(2n) profiles (at most 64).
 *
 * <p>{@link #implementable}: x admits SBB payments p = r making truth-telling dominant on the grid. The IC
 * constraints are difference constraints (buyer with value v: p(P) - p(P') &le; v (x(P) - x(P')); seller with
 * cost c: p(P') - p(P) &le; c (x(P') - x(P)), P' = P with one report changed), so they are feasible iff the
 * constraint graph has no negative cycle (Bellman-Ford on integers: weights scaled by G-1, exact).
 * {@link #thresholdForm}: x = f(1[b_i &ge; tau], 1[a_j &le; tau]) for some real tau and monotone f; only
 * 2G + 1 classes of tau matter (tau at a grid point or strictly between two). Sufficiency of Theorem 4.2 says
 * every threshold-form x is implementable (checked directly with price tau); necessity is a statement about the
 * continuum [0,1] and can fail on a grid, which {@link #census} counts.
 */
public final class GridMechanisms {
    private final int n;
    private final int g;
    private final int agents;
    private final int profiles;

    public GridMechanisms(int n, int gridSize) {
        this.n = n;
        this.g = gridSize;
        this.agents = 2 * n;
        int p = 1;
        for (int i = 0; i < agents; i++) {
            p *= gridSize;
        }
        if (p > 64) {
            throw new IllegalArgumentException("at most 64 profiles, got " + p);
        }
        this.profiles = p;
    }

    private int digit(int profile, int agent) {
        for (int i = 0; i < agent; i++) {
            profile /= g;
        }
        return profile % g;
    }

    private int with(int profile, int agent, int value) {
        int scale = 1;
        for (int i = 0; i < agent; i++) {
            scale *= g;
        }
        return profile + (value - digit(profile, agent)) * scale;
    }

    private static int bit(long x, int profile) {
        return (int) ((x >>> profile) & 1L);
    }

    /** Whether SBB payments exist that make x dominant-strategy IC on the grid (indifference allowed). */
    public boolean implementable(long x) {
        return implementable(x, false);
    }

    /**
     * As {@link #implementable(long)}; with {@code tiesToTrade} an agent indifferent between the truthful outcome
     * and a lie that trades (the lie has larger x) takes the lie (the paper's tie-breaking, Sec. 3), so those
     * constraints are strict: weight w - eps, handled exactly as lexicographic pairs (w, -1).
     */
    public boolean implementable(long x, boolean tiesToTrade) {
        int edges = profiles * agents * g;
        int[] from = new int[edges];
        int[] to = new int[edges];
        long[] w = new long[edges];
        long[] eps = new long[edges];
        int m = 0;
        for (int p = 0; p < profiles; p++) {
            for (int k = 0; k < agents; k++) {
                int type = digit(p, k); // true value or cost, scaled by G-1
                for (int r = 0; r < g; r++) {
                    int q = with(p, k, r);
                    if (q == p) {
                        continue;
                    }
                    if (k < n) { // p(P) <= p(P') + v (x(P) - x(P'))
                        from[m] = q;
                        to[m] = p;
                        eps[m] = tiesToTrade && bit(x, q) > bit(x, p) ? -1 : 0;
                        w[m++] = (long) type * (bit(x, p) - bit(x, q));
                    } else { // p(P') <= p(P) + c (x(P') - x(P))
                        from[m] = p;
                        to[m] = q;
                        eps[m] = tiesToTrade && bit(x, q) > bit(x, p) ? -1 : 0;
                        w[m++] = (long) type * (bit(x, q) - bit(x, p));
                    }
                }
            }
        }
        long[] d = new long[profiles];
        long[] de = new long[profiles];
        for (int round = 0; round < profiles; round++) {
            boolean changed = false;
            for (int e = 0; e < m; e++) {
                long a = d[from[e]] + w[e];
                long b = de[from[e]] + eps[e];
                if (a < d[to[e]] || (a == d[to[e]] && b < de[to[e]])) {
                    d[to[e]] = a;
                    de[to[e]] = b;
                    changed = true;
                }
            }
            if (!changed) {
                return true;
            }
        }
        return false;
    }

    /**
     * tau class c in 0..2G: c even = tau strictly between grid points c/2 - 1 and c/2 (below all for c = 0, above
     * all for c = 2G); c odd = tau at grid point (c-1)/2. Returns the 2n-bit vote of each profile.
     */
    private int[] votes(int tauClass) {
        int[] v = new int[profiles];
        for (int p = 0; p < profiles; p++) {
            int bits = 0;
            for (int k = 0; k < agents; k++) {
                int d = digit(p, k);
                boolean yes;
                if (tauClass % 2 == 1) {
                    int at = (tauClass - 1) / 2;
                    yes = k < n ? d >= at : d <= at;
                } else {
                    int above = tauClass / 2; // grid points >= above are above tau
                    yes = k < n ? d >= above : d < above;
                }
                if (yes) {
                    bits |= 1 << k;
                }
            }
            v[p] = bits;
        }
        return v;
    }

    /** The tau class for which x is a monotone function of the votes, or -1. */
    public int thresholdForm(long x) {
        for (int c = 0; c <= 2 * g; c++) {
            int[] v = votes(c);
            int[] f = new int[1 << agents];
            Arrays.fill(f, -1);
            boolean ok = true;
            for (int p = 0; p < profiles && ok; p++) {
                if (f[v[p]] == -1) {
                    f[v[p]] = bit(x, p);
                } else if (f[v[p]] != bit(x, p)) {
                    ok = false;
                }
            }
            for (int u = 0; u < f.length && ok; u++) {
                for (int w = 0; w < f.length && ok; w++) {
                    if ((u & w) == u && f[u] == 1 && f[w] == 0) {
                        ok = false;
                    }
                }
            }
            if (ok) {
                return c;
            }
        }
        return -1;
    }

    /** Dominant-strategy IC of x with payment = receipt = tau x, checked directly (utilities scaled by 2(G-1)). */
    public boolean icAtPrice(long x, int tauClass) {
        return icAtPrice(x, tauClass, false);
    }

    /** As {@link #icAtPrice(long, int)}; with {@code tiesToTrade} a lie that ties in utility but trades breaks IC. */
    public boolean icAtPrice(long x, int tauClass, boolean tiesToTrade) {
        long tau2 = tauClass - 1L; // 2 (G-1) tau, for both the at-a-point and between-points classes
        for (int p = 0; p < profiles; p++) {
            for (int k = 0; k < agents; k++) {
                long type2 = 2L * digit(p, k);
                long truth = k < n ? bit(x, p) * (type2 - tau2) : bit(x, p) * (tau2 - type2);
                for (int r = 0; r < g; r++) {
                    int q = with(p, k, r);
                    long lie = k < n ? bit(x, q) * (type2 - tau2) : bit(x, q) * (tau2 - type2);
                    if (lie > truth || (tiesToTrade && lie == truth && bit(x, q) > bit(x, p))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** {allocations, IC+SBB implementable, threshold form, implementable not threshold, threshold not IC, example}. */
    public long[] census(boolean tiesToTrade) {
        long total = 1L << profiles;
        long implementable = 0;
        long threshold = 0;
        long onlyImplementable = 0;
        long thresholdNotIc = 0;
        long example = -1;
        for (long x = 0; x < total; x++) {
            boolean imp = implementable(x, tiesToTrade);
            int c = thresholdForm(x);
            implementable += imp ? 1 : 0;
            threshold += c >= 0 ? 1 : 0;
            if (imp && c < 0) {
                onlyImplementable++;
                if (example < 0) {
                    example = x;
                }
            }
            if (c >= 0 && !icAtPrice(x, c, tiesToTrade)) {
                thresholdNotIc++;
            }
        }
        return new long[] {total, implementable, threshold, onlyImplementable, thresholdNotIc, example};
    }

    /** The allocation as a G x G table (n = 1): rows buyer bid, columns seller ask. */
    public String show(long x) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < g; b++) {
            for (int a = 0; a < g; a++) {
                sb.append(bit(x, b + g * a));
            }
            sb.append(b + 1 < g ? "/" : "");
        }
        return sb.toString();
    }
}
