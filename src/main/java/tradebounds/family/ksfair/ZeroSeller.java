package tradebounds.family.ksfair;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import tradebounds.engine.interval.Interval;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.model.Rational;

/**
 * The zero-value seller programs (Sec. 5, Sec. 6, App. B) reduced to optimization over distributions of posted
 * prices, solved exactly for a finite buyer law and rigorously (intervals) for a continuous one ({@link BuyerLaw}).
 *
 * <h2>Derivation</h2>
 * Seller value c = 0 (one type), buyer v ~ F. For a posted price t (trade iff v &gt;= t, ties toward trade) write
 * S(t) = Pr[v &gt;= t], R(t) = t S(t) (revenue), U(t) = E[(v - t)^+] (buyer utility), G(t) = E[v 1{v &gt;= t}] =
 * R(t) + U(t) (GFT). Benchmarks (Sec. 3): Pi* = sup_t R(t) (monopoly price), U* = U(0) = E[v] (price 0).
 * <ol>
 *   <li><b>Allocations are price mixtures.</b> BIC makes the buyer's interim allocation x(v) nondecreasing
 *       (Prop. 2.2 / Myerson 1981; on a finite support by adding the two IC rows of adjacent types). A nondecreasing
 *       x into [0,1] is x(v) = mu([0, v]) for a sub-probability measure mu of prices (the rest: no trade); on a finite
 *       support v_1 &lt; ... &lt; v_n, mu puts mass x(v_i) - x(v_{i-1}) on v_i. GFT = E[v x(v)] = int G dmu.</li>
 *   <li><b>Utilities.</b> By the envelope identity (Prop. 2.2: U = E[phi x], E[p] = E[psi x]) the buyer's utility is
 *       U(M) = u(v_min) + int U dmu with u(v_min) &gt;= 0 (IIR); on a finite support the downward IC rows give
 *       u(v_i) &gt;= u(v_{i-1}) + (v_i - v_{i-1}) x(v_{i-1}), so again U(M) &gt;= U(mu) := int U dmu, with equality
 *       for the posted-price mixture itself. Hence E[p] = GFT - U(M) &lt;= R(mu) := int R dmu. The seller's utility is
 *       what she receives, Pi(M) = E[p~] with 0 &lt;= E[p~] &lt;= E[p] (her IIR, ex-ante WBB).</li>
 *   <li><b>Reachable utility pairs.</b> For given mu the pairs (Pi, U) of BIC, IIR, ex-ante WBB mechanisms with that
 *       allocation are exactly {Pi &gt;= 0, U &gt;= U(mu), Pi + U &lt;= G(mu)}: "only if" by step 2; "if": post the
 *       mixture, hand the buyer a lump sum U - U(mu) and the seller Pi (budget G(mu) - U - Pi &gt;= 0 is kept).</li>
 *   <li><b>KS-fairness</b> (Def. 3.1) asks Pi = r Pi*, U = r U* for one r. By step 3 some r works iff
 *       U(mu)/U* &lt;= r &lt;= G(mu)/(Pi* + U*), and by the mediant inequality that interval is nonempty iff
 *       U(mu)/U* &lt;= R(mu)/Pi*: the condition alpha &gt;= beta of the proof of Lemma 5.6 (alpha = E[p]/Pi*,
 *       beta = U/U*). The GFT does not depend on r, so the GFT-optimal KS-fair mechanism solves
 *       <pre>  (KS)  max int G dmu  s.t.  int d dmu &lt;= 0,  mu &gt;= 0,  mu(prices) &lt;= 1,
 *         with d(t) = Pi* U(t) - U* R(t).</pre>
 *       With u = 0 and p~ = (U(mu)/U*) Pi* the witness is ex-post IR for the buyer and pays nonnegative money.</li>
 *   <li><b>Equitability</b> (Def. A.4, App. B: Pi = U) is the same with Pi* = U* = 1: d(t) = U(t) - R(t).</li>
 *   <li><b>Two prices suffice.</b> (KS) is a linear program over measures with two constraints, so some optimum
 *       has at most two atoms: a single price t with d(t) &lt;= 0, or a pair t_-, t_+ with d(t_-) &lt; 0 &lt; d(t_+)
 *       mixed so that int d dmu = 0 (weight d(t_-)/(d(t_-) - d(t_+)) on t_+). On a finite support this is an
 *       exact O(n^2) enumeration. For a continuous law, weak duality gives the rigorous upper bound
 *       OPT &lt;= max(0, sup_t G(t) - lambda d(t)) for every lambda &gt;= 0, and any rigorously feasible pair gives
 *       a lower bound; both are computed with outward-rounded intervals.</li>
 *   <li><b>NSW</b> (Def. 6.1): by step 3 the best product for a given mu is h(R, U) = (R + U)^2/4 if U &lt;= R
 *       (split G evenly) and U R otherwise (buyer keeps U(mu), seller all revenue). h is nondecreasing in both
 *       arguments and (R(mu), U(mu)) ranges over the convex hull of {(0,0)} and {(R(t), U(t))}, so the maximum lies
 *       on a segment between two of these points, where it is found exactly from the segment's ends, the point
 *       U = R, and the stationary point of the quadratic U R (finite supports only).</li>
 *   <li><b>NSW for a continuous law.</b> Let H be that hull and E_eq the equitable optimum (step 5: max R + U over
 *       H with U &lt;= R). Then NSW* = max(E_eq^2/4, max_H U R): on H with U &lt;= R, h = (R + U)^2/4 &lt;= E_eq^2/4,
 *       attained by the equitable optimum itself; on H with U &gt;= R, h = U R; and h &gt;= U R everywhere. So the
 *       equal split matters only when the best U R point has U &lt; R. Where max_H U R lies: U R is quasi-concave
 *       and increasing, so on the Pareto boundary of H, at a point of the price curve (R(t), U(t)) or on a chord
 *       bridging a non-concave stretch of it: again at most two prices. Rigorous upper end: for every b &gt; 0 each
 *       point of H has R + b U &lt;= M(b) = max(0, sup_t R(t) + b U(t)), so U R = R (b U)/b &lt;= M(b)^2/(4b) by
 *       AM-GM, with equality for b = R0/U0 at the optimum (R0, U0) (the supporting line there is normal to the
 *       gradient (U0, R0)); b is taken from the double-precision optimum, which costs only second order. Lower
 *       end: the best two-price mixture on a refined grid, evaluated with intervals.</li>
 * </ol>
 * Ties: price t = v_i sells to v_i (the paper's footnote 21 convention); a mixture's leftover mass is no trade.
 */
public final class ZeroSeller {
    private static final MathContext SHORT = new MathContext(Interval.DIGITS - 10, RoundingMode.FLOOR);

    private ZeroSeller() {
    }

    /** A distribution of posted prices: price i with probability weights[i], no trade with the rest. */
    public record PostedPrices(List<Rational> prices, List<Rational> weights) {
        public PostedPrices {
            prices = List.copyOf(prices);
            weights = List.copyOf(weights);
        }

        static PostedPrices none() {
            return new PostedPrices(List.of(), List.of());
        }
    }

    /**
     * The optimum of one reduced program.
     *
     * @param program   "ks-fair-gft", "equitable-gft" or "nsw"
     * @param exact     the exact optimum (finite laws)
     * @param enclosure a rigorous enclosure of the optimum (the point {@code exact} when present)
     * @param mechanism a price mixture attaining {@code exact}, or attaining at least {@code enclosure.lo()}
     * @param gft       the GFT of {@code mechanism} (for "nsw": of that NSW-maximizing witness)
     */
    public record Optimum(String program, Optional<Rational> exact, Interval enclosure, PostedPrices mechanism,
                          Interval gft) {
    }

    // ---------------------------------------------------------------- finite buyer law, exact

    /** Per-price quantities of a finite buyer law: price v_i, R_i, U_i, G_i = R_i + U_i. */
    private record Table(List<Rational> price, Rational[] rev, Rational[] util, Rational[] gain) {
        static Table of(DiscreteTrade t) {
            if (t.sellers() != 1 || t.c(0).signum() != 0) {
                throw new IllegalArgumentException("a zero-value seller instance is required");
            }
            int n = t.buyers();
            Rational[] rev = new Rational[n];
            Rational[] util = new Rational[n];
            Rational[] gain = new Rational[n];
            for (int i = 0; i < n; i++) {
                Rational s = Rational.ZERO;
                Rational u = Rational.ZERO;
                for (int j = i; j < n; j++) {
                    s = s.add(t.f(j));
                    u = u.add(t.f(j).multiply(t.v(j).subtract(t.v(i))));
                }
                rev[i] = t.v(i).multiply(s);
                util[i] = u;
                gain[i] = rev[i].add(u);
            }
            return new Table(t.buyerValues(), rev, util, gain);
        }

        Rational sellerIdeal() {
            Rational m = Rational.ZERO;
            for (Rational r : rev) {
                m = m.max(r);
            }
            return m;
        }

        Rational buyerIdeal() {
            return util[0].add(price.get(0));
        }
    }

    /** The GFT-optimal KS-fair mechanism of a zero-value seller instance, exactly (program (KS)). */
    public static Optimum ksFairGft(DiscreteTrade t) {
        Table tb = Table.of(t);
        Rational pi = tb.sellerIdeal();
        Rational u = tb.buyerIdeal();
        if (pi.signum() <= 0 || u.signum() <= 0) {
            throw new IllegalArgumentException("KS-fairness needs Pi* > 0 and U* > 0 (got " + pi + ", " + u + ")");
        }
        return solveExact("ks-fair-gft", tb, pi, u);
    }

    /** The GFT-optimal equitable mechanism (Pi = U, App. B) of a zero-value seller instance, exactly. */
    public static Optimum equitableGft(DiscreteTrade t) {
        return solveExact("equitable-gft", Table.of(t), Rational.ONE, Rational.ONE);
    }

    private static Optimum solveExact(String name, Table tb, Rational a, Rational b) {
        int n = tb.price.size();
        Rational[] d = new Rational[n];
        for (int i = 0; i < n; i++) {
            d[i] = a.multiply(tb.util[i]).subtract(b.multiply(tb.rev[i]));
        }
        Rational best = Rational.ZERO;
        PostedPrices arg = PostedPrices.none();
        for (int i = 0; i < n; i++) {
            if (d[i].signum() <= 0 && tb.gain[i].compareTo(best) > 0) {
                best = tb.gain[i];
                arg = new PostedPrices(List.of(tb.price.get(i)), List.of(Rational.ONE));
            }
        }
        for (int i = 0; i < n; i++) {
            if (d[i].signum() >= 0) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (d[j].signum() <= 0) {
                    continue;
                }
                Rational w = d[i].divide(d[i].subtract(d[j]));
                Rational v = tb.gain[i].add(w.multiply(tb.gain[j].subtract(tb.gain[i])));
                if (v.compareTo(best) > 0) {
                    best = v;
                    arg = new PostedPrices(List.of(tb.price.get(i), tb.price.get(j)),
                            List.of(Rational.ONE.subtract(w), w));
                }
            }
        }
        return new Optimum(name, Optional.of(best), Interval.of(best), arg, Interval.of(best));
    }

    /** The maximum Nash social welfare Pi . U over BIC, IIR, ex-ante WBB mechanisms (Def. 6.1), exactly. */
    public static Optimum nsw(DiscreteTrade t) {
        Table tb = Table.of(t);
        int n = tb.price.size();
        Rational[] r = new Rational[n + 1];
        Rational[] u = new Rational[n + 1];
        r[n] = Rational.ZERO;
        u[n] = Rational.ZERO;
        for (int i = 0; i < n; i++) {
            r[i] = tb.rev[i];
            u[i] = tb.util[i];
        }
        Rational best = Rational.ZERO;
        PostedPrices arg = PostedPrices.none();
        Rational bestGft = Rational.ZERO;
        for (int i = 0; i <= n; i++) {
            for (int j = i; j <= n; j++) {
                Rational dr = r[j].subtract(r[i]);
                Rational du = u[j].subtract(u[i]);
                List<Rational> ts = new ArrayList<>(List.of(Rational.ZERO, Rational.ONE));
                Rational slope = du.subtract(dr);
                if (slope.signum() != 0) {
                    ts.add(r[i].subtract(u[i]).divide(slope));
                }
                Rational curv = dr.multiply(du);
                if (curv.signum() < 0) {
                    ts.add(r[i].multiply(du).add(u[i].multiply(dr)).negate().divide(curv.multiply(Rational.of(2))));
                }
                for (Rational s : ts) {
                    if (s.signum() < 0 || s.compareTo(Rational.ONE) > 0) {
                        continue;
                    }
                    Rational rr = r[i].add(s.multiply(dr));
                    Rational uu = u[i].add(s.multiply(du));
                    Rational h = uu.compareTo(rr) <= 0 ? rr.add(uu).multiply(rr.add(uu)).divide(Rational.of(4))
                            : uu.multiply(rr);
                    if (h.compareTo(best) > 0) {
                        best = h;
                        bestGft = rr.add(uu);
                        List<Rational> ps = new ArrayList<>();
                        List<Rational> ws = new ArrayList<>();
                        if (i < n && !s.equals(Rational.ONE)) {
                            ps.add(tb.price.get(i));
                            ws.add(Rational.ONE.subtract(s));
                        }
                        if (j < n && s.signum() > 0) {
                            ps.add(tb.price.get(j));
                            ws.add(s);
                        }
                        arg = new PostedPrices(ps, ws);
                    }
                }
            }
        }
        return new Optimum("nsw", Optional.of(best), Interval.of(best), arg, Interval.of(bestGft));
    }

    // ---------------------------------------------------------------- continuous buyer law, rigorous

    /** Rigorous point values at one price: S, U, R = t S, G = R + U. */
    private record Point(Rational t, Interval s, Interval u, Interval r, Interval g) {
    }

    /** Point evaluations of a law, cached (box enclosures reuse the ends). */
    private static final class Evaluator {
        final BuyerLaw law;
        final Map<Rational, Point> cache = new HashMap<>();

        Evaluator(BuyerLaw law) {
            this.law = law;
        }

        Point at(Rational t) {
            return cache.computeIfAbsent(t, x -> {
                Interval s = law.survival(x);
                Interval u = law.surplus(x);
                Interval r = Interval.of(x).multiply(s);
                return new Point(x, s, u, r, r.add(u));
            });
        }

        /** Enclosures over the box [l, h] by monotonicity: S, U, G nonincreasing, R = t S in [l S(h), h S(l)]. */
        Interval[] box(Rational l, Rational h) {
            Point a = at(l);
            Point b = at(h);
            Interval s = new Interval(b.s.lo(), a.s.hi());
            Interval u = new Interval(b.u.lo(), a.u.hi());
            Interval g = new Interval(b.g.lo(), a.g.hi());
            Interval r = law.revenueOn(l, h);
            if (r == null) {
                r = Interval.hull(Interval.of(l), Interval.of(h)).multiply(s);
            }
            return new Interval[] {s, u, r, g};
        }
    }

    private interface BoxFunction {
        Interval on(Interval s, Interval u, Interval r, Interval g);
    }

    /**
     * An enclosure of sup_{t in [0, top]} f(t) by best-first bisection: the upper end is the largest box enclosure
     * still open, the lower end the best point value; stops when they are within {@code tol} or after maxBoxes.
     */
    private static Interval supremum(Evaluator ev, BoxFunction f, BigDecimal tol, int maxBoxes) {
        record Box(Rational l, Rational h, BigDecimal up) {
        }
        PriorityQueue<Box> open = new PriorityQueue<>((x, y) -> y.up.compareTo(x.up));
        BigDecimal lower = null;
        Rational top = ev.law.top();
        for (Rational t : new Rational[] {Rational.ZERO, top}) {
            Point p = ev.at(t);
            BigDecimal v = f.on(p.s, p.u, p.r, p.g).lo();
            lower = lower == null ? v : lower.max(v);
        }
        Interval[] e = ev.box(Rational.ZERO, top);
        open.add(new Box(Rational.ZERO, top, f.on(e[0], e[1], e[2], e[3]).hi()));
        for (int k = 0; k < maxBoxes && !open.isEmpty(); k++) {
            Box b = open.peek();
            if (b.up.subtract(lower).compareTo(tol) <= 0) {
                break;
            }
            open.poll();
            Rational m = b.l.add(b.h).divide(Rational.of(2));
            Point p = ev.at(m);
            lower = lower.max(f.on(p.s, p.u, p.r, p.g).lo());
            for (Rational[] half : new Rational[][] {{b.l, m}, {m, b.h}}) {
                Interval[] h = ev.box(half[0], half[1]);
                BigDecimal up = f.on(h[0], h[1], h[2], h[3]).hi();
                if (up.compareTo(lower) >= 0) {
                    open.add(new Box(half[0], half[1], up));
                }
            }
        }
        BigDecimal upper = open.isEmpty() ? lower : open.peek().up.max(lower);
        return new Interval(lower, upper);
    }

    /** An enclosure of Pi* = sup_t t S(t) (the monopoly revenue). */
    public static Interval sellerIdeal(BuyerLaw law, BigDecimal tol) {
        return supremum(new Evaluator(law), (s, u, r, g) -> r, tol, 200_000);
    }

    /** The GFT-optimal KS-fair mechanism for a continuous buyer law, rigorously: program (KS) with intervals. */
    public static Optimum ksFairGft(BuyerLaw law, BigDecimal tol) {
        Evaluator ev = new Evaluator(law);
        Interval pi = supremum(ev, (s, u, r, g) -> r, tol.divide(BigDecimal.valueOf(10)), 200_000);
        Interval uStar = ev.at(Rational.ZERO).u;
        return solveRigorous("ks-fair-gft", ev, pi, uStar, tol);
    }

    /** The GFT-optimal equitable mechanism (Pi = U) for a continuous buyer law, rigorously. */
    public static Optimum equitableGft(BuyerLaw law, BigDecimal tol) {
        Interval one = Interval.point(BigDecimal.ONE);
        return solveRigorous("equitable-gft", new Evaluator(law), one, one, tol);
    }

    /**
     * Lower end: the best feasible one- or two-price mixture found on a refined double-precision grid, made
     * rigorously feasible (int d dmu &lt;= 0 for every Pi* in its enclosure) and evaluated with intervals. Upper end:
     * weak duality, max(0, sup_t G(t) - lambda (a U(t) - b R(t))) by {@link #supremum} with the grid's lambda.
     */
    private static Optimum solveRigorous(String name, Evaluator ev, Interval a, Interval b, BigDecimal tol) {
        Rational top = ev.law.top();
        List<Rational> grid = new ArrayList<>();
        int n = 400;
        for (int k = 0; k <= n; k++) {
            grid.add(top.multiply(Rational.of(k, n)));
        }
        double aa = a.mid();
        double bb = b.mid();
        Pair pair = bestPair(ev, grid, aa, bb);
        Rational cell = top.multiply(Rational.of(1, n));
        for (int round = 0; round < 3; round++) {
            grid = refined(grid, top, cell, pair.lo, pair.hi);
            cell = cell.divide(Rational.of(20));
            pair = bestPair(ev, grid, aa, bb);
        }
        // rigorous lower end
        BigDecimal lower = BigDecimal.ZERO;
        PostedPrices witness = PostedPrices.none();
        Interval witnessGft = Interval.point(BigDecimal.ZERO);
        if (pair.lo != null) {
            Point p = ev.at(pair.lo);
            Interval dp = a.multiply(p.u).subtract(b.multiply(p.r));
            if (pair.hi == null) {
                if (dp.hi().signum() <= 0) {
                    lower = p.g.lo();
                    witness = new PostedPrices(List.of(pair.lo), List.of(Rational.ONE));
                    witnessGft = p.g;
                }
            } else {
                Point q = ev.at(pair.hi);
                Interval dq = a.multiply(q.u).subtract(b.multiply(q.r));
                // the largest weight on hi that keeps (1 - w) d(lo) + w d(hi) <= 0 for every point of the enclosures
                BigDecimal num = dp.hi().negate();
                BigDecimal den = dq.hi().subtract(dp.hi());
                Rational w = Rational.ZERO;
                if (num.signum() > 0 && den.signum() > 0) {
                    w = Rational.of(Interval.point(num).divide(Interval.point(den)).lo().round(SHORT));
                }
                Interval wi = Interval.of(w);
                Interval mix = Interval.point(BigDecimal.ONE).subtract(wi).multiply(dp).add(wi.multiply(dq));
                if (mix.hi().signum() <= 0) {
                    Interval g = Interval.point(BigDecimal.ONE).subtract(wi).multiply(p.g).add(wi.multiply(q.g));
                    lower = g.lo();
                    witness = new PostedPrices(List.of(pair.lo, pair.hi), List.of(Rational.ONE.subtract(w), w));
                    witnessGft = g;
                }
            }
        }
        // rigorous upper end by weak duality
        Interval lambda = Interval.of(Rational.ofDouble(Math.max(0, pair.lambda)));
        Interval sup = supremum(ev, (s, u, r, g) -> g.subtract(lambda.multiply(a.multiply(u).subtract(b.multiply(r)))),
                tol, 200_000);
        BigDecimal upper = sup.hi().max(BigDecimal.ZERO);
        if (upper.compareTo(lower) < 0) {
            throw new ArithmeticException("upper bound " + upper + " below feasible value " + lower);
        }
        return new Optimum(name, Optional.empty(), new Interval(lower, upper), witness, witnessGft);
    }

    /**
     * The maximum Nash social welfare Pi . U for a continuous buyer law, rigorously (derivation, last step). The
     * witness is the NSW-maximizing price mixture found (seller gets the revenue, buyer keeps her surplus) or, when
     * the equal split wins, the equitable witness; {@code gft} is that witness's GFT.
     */
    public static Optimum nsw(BuyerLaw law, BigDecimal tol) {
        Evaluator ev = new Evaluator(law);
        Rational top = law.top();
        int n = 400;
        List<Rational> grid = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            grid.add(top.multiply(Rational.of(k, n)));
        }
        Chord best = bestChord(ev, grid);
        Rational cell = top.multiply(Rational.of(1, n));
        for (int round = 0; round < 4; round++) {
            grid = refined(grid, top, cell, best.a, best.b);
            cell = cell.divide(Rational.of(20));
            best = bestChord(ev, grid);
        }
        Rational s = Rational.of(new BigDecimal(best.s).round(SHORT));
        if (s.signum() < 0) {
            s = Rational.ZERO;
        } else if (s.compareTo(Rational.ONE) > 0) {
            s = Rational.ONE;
        }
        Point pa = ev.at(best.a);
        Point pb = ev.at(best.b);
        Interval si = Interval.of(s);
        Interval one = Interval.point(BigDecimal.ONE);
        Interval r = one.subtract(si).multiply(pa.r).add(si.multiply(pb.r));
        Interval u = one.subtract(si).multiply(pa.u).add(si.multiply(pb.u));
        BigDecimal lowerUr = r.multiply(u).lo();
        double r0 = r.mid();
        double u0 = u.mid();
        if (!(r0 > 0) || !(u0 > 0)) {
            throw new IllegalArgumentException("NSW needs a price with positive revenue and surplus");
        }
        Interval b = Interval.of(Rational.ofDouble(r0 / u0));
        Interval m = supremum(ev, (ss, uu, rr, gg) -> rr.add(b.multiply(uu)), tol.divide(BigDecimal.TEN), 200_000);
        Interval mm = Interval.point(m.hi().max(BigDecimal.ZERO));
        BigDecimal upperUr = mm.multiply(mm).divide(b.multiply(Interval.point(BigDecimal.valueOf(4)))).hi();
        Optimum eq = equitableGft(law, tol);
        Interval four = Interval.point(BigDecimal.valueOf(4));
        Interval eqLo = Interval.point(eq.enclosure().lo());
        Interval eqHi = Interval.point(eq.enclosure().hi());
        BigDecimal lowerEq = eqLo.multiply(eqLo).divide(four).lo();
        BigDecimal upperEq = eqHi.multiply(eqHi).divide(four).hi();
        Interval enclosure = new Interval(lowerUr.max(lowerEq), upperUr.max(upperEq));
        if (lowerUr.compareTo(lowerEq) >= 0) {
            PostedPrices w = s.signum() == 0 ? new PostedPrices(List.of(best.a), List.of(Rational.ONE))
                    : s.equals(Rational.ONE) ? new PostedPrices(List.of(best.b), List.of(Rational.ONE))
                    : new PostedPrices(List.of(best.a, best.b), List.of(Rational.ONE.subtract(s), s));
            return new Optimum("nsw", Optional.empty(), enclosure, w, r.add(u));
        }
        return new Optimum("nsw", Optional.empty(), enclosure, eq.mechanism(), eq.gft());
    }

    /** A double-precision maximum of U R over chords between grid prices a &lt;= b, at weight s on b. */
    private record Chord(Rational a, Rational b, double s, double value) {
    }

    private static Chord bestChord(Evaluator ev, List<Rational> grid) {
        int n = grid.size();
        double[] r = new double[n];
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            Point p = ev.at(grid.get(k));
            r[k] = p.r.mid();
            u[k] = p.u.mid();
        }
        Chord best = new Chord(grid.get(0), grid.get(0), 0, -1);
        for (int i = 0; i < n; i++) {
            if (r[i] * u[i] > best.value) {
                best = new Chord(grid.get(i), grid.get(i), 0, r[i] * u[i]);
            }
            for (int j = i + 1; j < n; j++) {
                double dr = r[j] - r[i];
                double du = u[j] - u[i];
                double curv = dr * du;
                if (curv >= 0) {
                    continue;
                }
                double s = -(r[i] * du + u[i] * dr) / (2 * curv);
                if (s > 0 && s < 1) {
                    double v = (r[i] + s * dr) * (u[i] + s * du);
                    if (v > best.value) {
                        best = new Chord(grid.get(i), grid.get(j), s, v);
                    }
                }
            }
        }
        return best;
    }

    /** A double-precision optimum of (KS) over a grid: lo alone, or lo (d &lt; 0) and hi (d &gt; 0) mixed. */
    private record Pair(Rational lo, Rational hi, double weight, double lambda) {
    }

    private static Pair bestPair(Evaluator ev, List<Rational> grid, double a, double b) {
        int n = grid.size();
        double[] d = new double[n];
        double[] g = new double[n];
        for (int k = 0; k < n; k++) {
            Point p = ev.at(grid.get(k));
            d[k] = a * p.u.mid() - b * p.r.mid();
            g[k] = p.g.mid();
        }
        double best = 0;
        Pair arg = new Pair(null, null, 0, 0);
        for (int i = 0; i < n; i++) {
            if (d[i] <= 0 && g[i] > best) {
                best = g[i];
                arg = new Pair(grid.get(i), null, 0, 0);
            }
        }
        for (int i = 0; i < n; i++) {
            if (d[i] >= 0) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (d[j] <= 0) {
                    continue;
                }
                double w = d[i] / (d[i] - d[j]);
                double v = g[i] + w * (g[j] - g[i]);
                if (v > best) {
                    best = v;
                    arg = new Pair(grid.get(i), grid.get(j), w, (g[j] - g[i]) / (d[j] - d[i]));
                }
            }
        }
        return arg;
    }

    /**
     * The grid refined around the given points (null ones skipped): c + cell k/20 for k in [-40, 40] that lie in
     * [0, top] are added, and the result is sorted without repeats.
     */
    private static List<Rational> refined(List<Rational> grid, Rational top, Rational cell, Rational... centres) {
        List<Rational> fine = new ArrayList<>(grid);
        for (Rational c : centres) {
            if (c == null) {
                continue;
            }
            for (int k = -40; k <= 40; k++) {
                Rational t = c.add(cell.multiply(Rational.of(k, 20)));
                if (t.signum() >= 0 && t.compareTo(top) <= 0) {
                    fine.add(t);
                }
            }
        }
        return fine.stream().distinct().sorted().toList();
    }
}
