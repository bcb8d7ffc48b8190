package tradebounds.family.ksfair.preg;

/**
 * The box bound of {@link PregCell#lowerBound} evaluated in outward-rounded doubles ({@link FastInterval}) instead of
 * 40-digit decimals: the same rewritten formulas (see {@link PregCell} for their derivation), operation by operation,
 * so the result is again a proved lower bound, only a few ulps looser. {@link PregCell#lowerBound} stays the
 * reference; a differential test compares the two on random boxes.
 *
 * <p>alpha, s, l are decimals that doubles cannot hold exactly: alpha enters as its tightest double enclosure (the
 * rewritten formulas are identities for every alpha in (0,1), so evaluating them over a thin alpha interval encloses
 * the value at the true alpha), and the branch-and-bound's q_m box starts at the enclosure of [s, l] (a bound over a
 * larger box is still a bound over the cell).
 */
final class PregFastBound {
    private static final FastInterval ONE = FastInterval.ONE;
    /**
     * Below this, g and k use the series enclosure, whose excess x^2/(3(1-x)) is then &lt; 4e-13. Above it the ln forms
     * are tight: ln q and log1p(-y) are taken at exact doubles, so the only cancellation is the final "- y" in k, which
     * costs ~2 ulp(y) against a value ~y^2/2, i.e. &lt; 5e-10 relative.
     */
    private static final double SMALL = 1e-6;

    private PregFastBound() {
    }

    /** A proved lower bound of the cell's objective over the box (q_m, t, u); -inf when none is available. */
    static double lowerBound(PregCell cell, FastInterval alpha, FastInterval qm, FastInterval t, FastInterval u) {
        if (!(qm.lo() > 0)) {
            return Double.NEGATIVE_INFINITY; // q_m = 0: ln(q/q_m) and M are unbounded
        }
        try {
            double r = bound(alpha, qm, t, u);
            return Double.isNaN(r) ? Double.NEGATIVE_INFINITY : r;
        } catch (ArithmeticException | IllegalArgumentException e) {
            // a NaN end or a division by an interval reaching 0 (q_m near 0 or 1): no bound, the box gets split
            return Double.NEGATIVE_INFINITY;
        }
    }

    /** Line by line {@link PregCell#lowerBound}. */
    private static double bound(FastInterval a, FastInterval qm, FastInterval t, FastInterval u) {
        FastInterval oneMinusA = ONE.subtract(a);
        FastInterval oneMinusT = ONE.subtract(t);
        FastInterval dd = ONE.subtract(a.multiply(oneMinusT));
        FastInterval oneMinusQ = a.multiply(ONE.subtract(qm)).multiply(oneMinusT);
        FastInterval q = ONE.subtract(oneMinusQ);
        FastInterval v0 = u.multiply(a.multiply(t).divide(dd));
        FastInterval aMinusV0 = a.multiply(oneMinusA.multiply(oneMinusT).add(ONE.subtract(u).multiply(t))).divide(dd);
        FastInterval d = oneMinusA.multiply(ONE.subtract(qm)).multiply(dd).multiply(rho(a, t, u));
        FastInterval yMax = ONE.subtract(qm.divide(q));
        FastInterval y = d.divide(q).intersect(new FastInterval(0, yMax.hi()));
        FastInterval lnInvQ = FastInterval.log(q).negate().positivePart();
        FastInterval lHi = v0.multiply(lnInvQ).add(aMinusV0.multiply(g(q).subtract(ONE))).positivePart();
        // only mHi's upper end matters (f1 decreases in M); over a union of y-pieces it is the largest piece's end
        double mHiHi = Double.NEGATIVE_INFINITY;
        int pieces = yPieces(y);
        for (int i = 0; i < pieces; i++) {
            double lo = i == 0 ? y.lo() : y.lo() + (y.hi() - y.lo()) * i / pieces;
            double hi = i == pieces - 1 ? y.hi() : y.lo() + (y.hi() - y.lo()) * (i + 1) / pieces;
            mHiHi = Math.max(mHiHi, mHi(oneMinusA, qm, q, v0, oneMinusQ, new FastInterval(lo, Math.max(lo, hi))).hi());
        }
        // f1 = alpha(1 + 1/(1+M+L)) decreases in M on M, L >= 0 (each term of M_hi is >= 0), so M_hi's upper end suffices
        FastInterval mHi = FastInterval.point(mHiHi);
        FastInterval ratio = qm.divide(q).intersect(new FastInterval(0, 1));
        FastInterval mLo = g(ratio).divide(q).multiply(ONE.subtract(qm).multiply(dd).add(oneMinusA.multiply(qm)))
                .subtract(oneMinusA);
        FastInterval f1 = a.multiply(ONE.add(ONE.divide(ONE.add(mHi).add(lHi))));
        FastInterval f2 = ONE.divide(ONE.add(lHi.divide(ONE.add(mLo))));
        return Math.min(f1.lo(), f2.lo());
    }

    /**
     * How many pieces to cut y into. Why: rho(t,u) = (1-t)/((1-alpha)(1-t) + (1-u)t) is discontinuous at (t,u) = (1,1)
     * (it takes every value in [0, 1/(1-alpha)] near it), so on boxes touching that corner y = (q-q0)/q fills [0, y_max]
     * however small the box, and M_hi's natural extension (y enters three terms with opposite monotonicity) never
     * tightens; cutting y's range restores convergence there. Pieces are consecutive, so their union is y's range even
     * under rounding (the ends are shared).
     */
    static int yPieces(FastInterval y) {
        double w = y.hi() - y.lo();
        return w > 1e-3 ? (int) Math.min(64, Math.ceil(w / 1e-3)) : 1;
    }

    static FastInterval mHi(FastInterval oneMinusA, FastInterval qm, FastInterval q, FastInterval v0,
                            FastInterval oneMinusQ, FastInterval y) {
        FastInterval lnQ0OverQm = FastInterval.log(q.multiply(ONE.subtract(y)).divide(qm)).positivePart();
        return lnQ0OverQm.add(v0.multiply(FastInterval.log1p(y.negate()).negate()))
                .add(oneMinusA.divide(q).multiply(k(y).add(oneMinusQ)));
    }

    /** rho(t,u) = (1-t)/((1-alpha)(1-t) + (1-u)t): decreasing in t, increasing in u (see {@link PregCell}). */
    private static FastInterval rho(FastInterval a, FastInterval t, FastInterval u) {
        FastInterval oneMinusA = ONE.subtract(a);
        double lo = t.hi() >= 1 ? 0 : rhoAt(oneMinusA, t.hi(), u.lo()).lo();
        double hi = t.lo() >= 1 ? ONE.divide(oneMinusA).hi() : rhoAt(oneMinusA, t.lo(), u.hi()).hi();
        return new FastInterval(lo, hi);
    }

    private static FastInterval rhoAt(FastInterval oneMinusA, double t, double u) {
        FastInterval ti = FastInterval.point(t);
        FastInterval oneMinusT = ONE.subtract(ti);
        return oneMinusT.divide(oneMinusA.multiply(oneMinusT).add(ONE.subtract(FastInterval.point(u)).multiply(ti)));
    }

    /** g(q) = ln(1/q)/(1-q), decreasing on (0,1]: lower end at q.hi, upper at q.lo. */
    static FastInterval g(FastInterval q) {
        return new FastInterval(gAt(q.hi()).lo(), gAt(q.lo()).hi());
    }

    private static FastInterval gAt(double q) {
        FastInterval x = ONE.subtract(FastInterval.point(q)).positivePart();
        if (x.hi() < SMALL) {
            return series(x).add(ONE);
        }
        return FastInterval.log(FastInterval.point(q)).negate().divide(x);
    }

    /** k(y) = (ln(1/(1-y)) - y)/y, increasing on [0,1): lower end at y.lo, upper at y.hi. */
    static FastInterval k(FastInterval y) {
        return new FastInterval(kAt(Math.max(y.lo(), 0)).lo(), kAt(y.hi()).hi());
    }

    private static FastInterval kAt(double y) {
        FastInterval yi = FastInterval.point(y);
        if (y < SMALL) {
            return series(yi);
        }
        return FastInterval.log1p(yi.negate()).negate().subtract(yi).divide(yi);
    }

    /** sum_{n&gt;=2} x^(n-1)/n for 0 &lt;= x &lt; 1 lies in [x/2, x/2 + x^2/(3(1-x))] (tail &lt;= x^2/3 sum x^j). */
    private static FastInterval series(FastInterval x) {
        FastInterval half = x.multiply(FastInterval.point(0.5));
        FastInterval tail = x.multiply(x).divide(FastInterval.point(3).multiply(ONE.subtract(x)));
        return new FastInterval(half.lo(), half.add(tail).hi());
    }
}
