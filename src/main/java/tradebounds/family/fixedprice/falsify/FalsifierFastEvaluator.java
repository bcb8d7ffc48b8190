package tradebounds.family.fixedprice.falsify;

import java.util.Arrays;

/**
 * Double-precision OPT, mechanism welfare and best-fixed-price welfare of a single-unit instance, the same
 * formulas as {@link tradebounds.check.WelfareEvaluator} in doubles, so the local search can afford millions
 * of evaluations. Untrusted: every result that matters is re-evaluated
 * exactly.
 */
final class FalsifierFastEvaluator {
    private final double[] basicPrices;
    private double[] sv = new double[0];
    private double[] bv = new double[0];
    private double[] bm = new double[0];
    private double[] sMassPrefix = new double[1];
    private double[] sValuePrefix = new double[1];
    private double[] bMassPrefix = new double[1];
    private double[] bValuePrefix = new double[1];

    double opt;
    double mechanism;
    double best;

    FalsifierFastEvaluator(double[] basicPrices) {
        this.basicPrices = basicPrices.clone();
    }

    /** Evaluates seller atoms (values, masses) and buyer atoms; masses must be normalised. */
    void evaluate(double[] sellerValues, double[] sellerMasses, double[] buyerValues, double[] buyerMasses) {
        prepareSeller(sellerValues, sellerMasses);
        prepareBuyer(buyerValues, buyerMasses);
        int ns = sv.length;
        int nb = bv.length;
        double sellerMean = sValuePrefix[ns];
        double o = sellerMean;
        int k = 0;
        for (int j = 0; j < nb; j++) {
            while (k < ns && sv[k] <= bv[j]) {
                k++;
            }
            o += bm[j] * (bv[j] * sMassPrefix[k] - sValuePrefix[k]);
        }
        opt = o;
        double m = Double.NEGATIVE_INFINITY;
        for (double p : basicPrices) {
            m = Math.max(m, welfare(o * p));
        }
        mechanism = m;
        double b = sellerMean;
        for (int j = 0; j < nb; j++) {
            b = Math.max(b, welfare(bv[j]));
        }
        best = b;
    }

    /** SW(p) = E[S] + P(S &lt;= p) E[B 1{B &gt;= p}] - E[S 1{S &lt;= p}] P(B &gt;= p). */
    double welfare(double p) {
        int ks = upper(sv, p);
        int kb = lower(bv, p);
        int nb = bv.length;
        double buyerMassUp = bMassPrefix[nb] - bMassPrefix[kb];
        double buyerValueUp = bValuePrefix[nb] - bValuePrefix[kb];
        return sValuePrefix[sv.length] + sMassPrefix[ks] * buyerValueUp - sValuePrefix[ks] * buyerMassUp;
    }

    private void prepareSeller(double[] values, double[] masses) {
        sortInto(values, masses, true);
    }

    private void prepareBuyer(double[] values, double[] masses) {
        sortInto(values, masses, false);
    }

    private void sortInto(double[] values, double[] masses, boolean seller) {
        int n = values.length;
        double[] v = new double[n];
        double[] m = new double[n];
        if (n <= 64) {
            // Insertion sort: the search's instances are small, and this avoids boxing indices.
            for (int i = 0; i < n; i++) {
                int j = i;
                while (j > 0 && v[j - 1] > values[i]) {
                    v[j] = v[j - 1];
                    m[j] = m[j - 1];
                    j--;
                }
                v[j] = values[i];
                m[j] = masses[i];
            }
        } else {
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (a, b) -> Double.compare(values[a], values[b]));
            for (int i = 0; i < n; i++) {
                v[i] = values[idx[i]];
                m[i] = masses[idx[i]];
            }
        }
        double[] mp = new double[n + 1];
        double[] vp = new double[n + 1];
        for (int i = 0; i < n; i++) {
            mp[i + 1] = mp[i] + m[i];
            vp[i + 1] = vp[i] + m[i] * v[i];
        }
        if (seller) {
            sv = v;
            sMassPrefix = mp;
            sValuePrefix = vp;
        } else {
            bv = v;
            bm = m;
            bMassPrefix = mp;
            bValuePrefix = vp;
        }
    }

    /** Number of entries &lt;= x. */
    private static int upper(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of entries &lt; x. */
    private static int lower(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
