package tradebounds.engine.certify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tradebounds.model.Rational;

/**
 * Exact sparse Gaussian elimination for a possibly over- or under-determined linear system {@code sum_v a_ev x_v
 * = r_e}. Pivots on the equation with fewest unknowns left (leaf elimination on the tree-like systems of
 * transportation bases, so almost no fill). An equation that reduces to {@code 0 = r != 0} is dropped and counted
 * (the caller verifies the answer exactly anyway); unknowns never pivoted keep the caller's default. Untrusted:
 * its output only ever reaches the exact checker.
 */
final class SparseExactSolver {
    private final List<Map<Integer, Rational>> rows = new ArrayList<>();
    private final List<Rational> rhs = new ArrayList<>();
    private int inconsistent;

    void add(Map<Integer, Rational> coefs, Rational r) {
        Map<Integer, Rational> copy = new HashMap<>();
        coefs.forEach((v, a) -> {
            if (!a.isZero()) {
                copy.put(v, a);
            }
        });
        rows.add(copy);
        rhs.add(r);
    }

    /** Equations dropped as inconsistent during the last {@link #solve}. */
    int inconsistent() {
        return inconsistent;
    }

    /** Solves in place; {@code x} holds defaults on entry and the solution on exit. */
    void solve(Rational[] x) {
        int e = rows.size();
        Map<Integer, Set<Integer>> occ = new HashMap<>();
        for (int r = 0; r < e; r++) {
            for (int v : rows.get(r).keySet()) {
                occ.computeIfAbsent(v, k -> new HashSet<>()).add(r);
            }
        }
        // Ordered by (current size, row); re-inserted whenever a row changes size.
        TreeSet<long[]> queue = new TreeSet<>((p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0]) : Long.compare(p[1], q[1]));
        long[] key = new long[e];
        for (int r = 0; r < e; r++) {
            key[r] = rows.get(r).size();
            queue.add(new long[] {key[r], r});
        }
        boolean[] done = new boolean[e];
        List<int[]> pivots = new ArrayList<>();
        inconsistent = 0;
        while (!queue.isEmpty()) {
            int r = (int) queue.pollFirst()[1];
            done[r] = true;
            Map<Integer, Rational> row = rows.get(r);
            if (row.isEmpty()) {
                if (!rhs.get(r).isZero()) {
                    inconsistent++;
                }
                continue;
            }
            int pivot = -1;
            int best = Integer.MAX_VALUE;
            for (int v : row.keySet()) {
                int count = occ.get(v).size();
                if (count < best) {
                    best = count;
                    pivot = v;
                }
            }
            Rational a = row.get(pivot);
            for (int v : row.keySet()) {
                occ.get(v).remove(r);
            }
            for (int s : new ArrayList<>(occ.get(pivot))) {
                Map<Integer, Rational> other = rows.get(s);
                Rational factor = other.get(pivot).divide(a);
                for (Map.Entry<Integer, Rational> t : row.entrySet()) {
                    Rational nv = other.getOrDefault(t.getKey(), Rational.ZERO).subtract(factor.multiply(t.getValue()));
                    if (nv.isZero()) {
                        other.remove(t.getKey());
                        occ.get(t.getKey()).remove(s);
                    } else {
                        other.put(t.getKey(), nv);
                        occ.get(t.getKey()).add(s);
                    }
                }
                rhs.set(s, rhs.get(s).subtract(factor.multiply(rhs.get(r))));
                queue.remove(new long[] {key[s], s});
                key[s] = other.size();
                queue.add(new long[] {key[s], s});
            }
            pivots.add(new int[] {pivot, r});
        }
        for (int p = pivots.size() - 1; p >= 0; p--) {
            int v = pivots.get(p)[0];
            int r = pivots.get(p)[1];
            Rational sum = rhs.get(r);
            for (Map.Entry<Integer, Rational> t : rows.get(r).entrySet()) {
                if (t.getKey() != v) {
                    sum = sum.subtract(t.getValue().multiply(x[t.getKey()]));
                }
            }
            x[v] = sum.divide(rows.get(r).get(v));
        }
    }
}
