package tradebounds.family.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BiFunction;
import tradebounds.claims.Verdict;
import tradebounds.model.Rational;

/**
 * The single-buyer appendix theorems of seed 001 tested on discrete laws: Thm D.1 (bilateral Nash with MHR laws, here
 * with the zero-value seller this family models) and Thm E.1 (posted prices against all mechanisms under a buyer
 * surplus constraint, quasi-regular laws). Both are theorems on a family of continuous laws: a discrete law is at
 * best an analogue, so the verdict stays OPEN and the evidence is stated.
 */
final class OneBuyerChecks {
    /** 1/(e - 1) rounded down: a ratio below this is below 1/(e - 1). */
    static final Rational ONE_OVER_E_MINUS_1_LOW = Rational.parse("0.581976706869");

    private OneBuyerChecks() {
    }

    // ------------------------------------------------------------------ Thm E.1

    /**
     * The class test for Thm E.1, exactly: with S_j = Pr[v &gt;= v_j], the atoms' revenue points (S_j, v_j S_j) have
     * g_j = v_j S_j/(1 - S_j) nonincreasing in j over the atoms with S_j &lt; 1. This is Def. E.2 for the revenue
     * curve that interpolates the points linearly (on a chord R/(1 - q) is monotone, so the vertices decide), i.e.
     * for the continuous law with that revenue curve, not for the discrete law itself, whose step revenue curve
     * q v(q) drops at every atom and is never quasi-regular.
     */
    static boolean quasiRegular(ParetoInstance in) {
        Rational prev = null;
        for (int j = 0; j < in.types(); j++) {
            Rational s = in.upper(j);
            if (s.compareTo(Rational.ONE) >= 0) {
                continue;
            }
            Rational g = in.v(j).multiply(s).divide(Rational.ONE.subtract(s));
            if (prev != null && g.compareTo(prev) > 0) {
                return false;
            }
            prev = g;
        }
        return true;
    }

    /** U(p) = E[(v - p)^+], the buyer's surplus at posted price p. */
    static Rational surplusAt(ParetoInstance in, Rational p) {
        Rational u = Rational.ZERO;
        for (int j = 0; j < in.types(); j++) {
            if (in.v(j).compareTo(p) > 0) {
                u = u.add(in.f(j).multiply(in.v(j).subtract(p)));
            }
        }
        return u;
    }

    /**
     * Pi_pp(U) = max { p Pr[v &gt;= p] : p &gt;= 0, U(p) &gt;= U }, the best single posted price under the surplus
     * constraint. U(.) is continuous and decreasing, so the feasible prices are [0, p(U)]; on (v_{j-1}, v_j] the
     * revenue p S_j increases, so Pi_pp(U) = max(max over atoms v_i &lt;= p(U) of v_i S_i, p(U) S(p(U))).
     */
    static Rational postedPrice(ParetoInstance in, Rational u) {
        Rational p = priceFor(in, u);
        Rational best = Rational.ZERO;
        for (int j = 0; j < in.types(); j++) {
            if (in.v(j).compareTo(p) <= 0) {
                best = best.max(in.v(j).multiply(in.upper(j)));
            }
        }
        int j = 0;
        while (j < in.types() && in.v(j).compareTo(p) < 0) {
            j++;
        }
        Rational sp = j < in.types() ? in.upper(j) : Rational.ZERO;
        return best.max(p.multiply(sp));
    }

    /** The largest p with U(p) &gt;= u (0 &lt;= u &lt;= E[v]): U is linear with slope -S_j on [v_{j-1}, v_j]. */
    static Rational priceFor(ParetoInstance in, Rational u) {
        Rational lo = Rational.ZERO;
        for (int j = 0; j < in.types(); j++) {
            Rational hi = in.v(j);
            Rational uHi = surplusAt(in, hi);
            if (uHi.compareTo(u) <= 0) {
                // U(lo) >= u >= U(hi): U(p) = U(lo) - (p - lo) S_j on [lo, hi]
                Rational s = in.upper(j);
                return lo.add(surplusAt(in, lo).subtract(u).divide(s));
            }
            lo = hi;
        }
        return lo;
    }

    /** The frontier's Pi at surplus u (constant Pi* left of the seller end), by the segment containing u. */
    static Rational frontierAt(Frontier f, Rational u) {
        List<Frontier.Point> p = f.points();
        if (u.compareTo(p.get(0).u()) <= 0) {
            return p.get(0).pi();
        }
        for (int i = 0; i + 1 < p.size(); i++) {
            Frontier.Point a = p.get(i);
            Frontier.Point b = p.get(i + 1);
            if (u.compareTo(b.u()) <= 0) {
                Rational t = u.subtract(a.u()).divide(b.u().subtract(a.u()));
                return a.pi().add(t.multiply(b.pi().subtract(a.pi())));
            }
        }
        return p.get(p.size() - 1).pi();
    }

    /** The exact inf over U in [0, U*) of Pi_pp(U)/Pi*(U), and the U where it is attained (or approached). */
    record Ratio(Rational value, Rational at) {
    }

    /**
     * Both Pi_pp and the frontier are piecewise linear in U between the breakpoints collected here (the surplus at
     * each atom price, the frontier's vertices, and where p(U) S_j meets the best lower atom's revenue), so the ratio
     * is linear-fractional on each piece and its inf is at a piece's end, taken as a one-sided limit (the piece's
     * linear formulas are interpolated from two interior points).
     */
    static Ratio postedPriceRatio(ParetoInstance in, Frontier f) {
        TreeSet<Rational> cuts = new TreeSet<>();
        Rational top = f.uStar();
        cuts.add(Rational.ZERO);
        cuts.add(top);
        for (int j = 0; j < in.types(); j++) {
            cuts.add(surplusAt(in, in.v(j)));
            // where p(U) S_j = A_j inside the piece p in (v_{j-1}, v_j]
            Rational a = Rational.ZERO;
            for (int i = 0; i < j; i++) {
                a = a.max(in.v(i).multiply(in.upper(i)));
            }
            Rational uc = surplusAt(in, in.v(j)).add(in.v(j).multiply(in.upper(j))).subtract(a);
            cuts.add(uc);
        }
        for (Frontier.Point p : f.points()) {
            cuts.add(p.u());
        }
        Rational best = null;
        Rational at = null;
        List<Rational> c = new ArrayList<>(cuts.subSet(Rational.ZERO, true, top, true));
        for (int i = 0; i + 1 < c.size(); i++) {
            Rational a = c.get(i);
            Rational b = c.get(i + 1);
            Rational w = b.subtract(a);
            Rational m1 = a.add(w.divide(Rational.of(3)));
            Rational m2 = a.add(w.multiply(Rational.of(2, 3)));
            for (Rational end : List.of(a, b)) {
                Rational pp = extend(m1, m2, end, (x, law) -> postedPrice(law, x), in);
                Rational star = extend(m1, m2, end, (x, y) -> frontierAt(f, x), in);
                if (star.signum() <= 0) {
                    continue;
                }
                Rational r = pp.divide(star);
                if (best == null || r.compareTo(best) < 0) {
                    best = r;
                    at = end;
                }
            }
        }
        return new Ratio(best == null ? Rational.ONE : best, at);
    }

    /** The linear function through (m1, F(m1)) and (m2, F(m2)) at x. */
    private static Rational extend(Rational m1, Rational m2, Rational x,
                                   BiFunction<Rational, ParetoInstance, Rational> fn, ParetoInstance in) {
        Rational y1 = fn.apply(m1, in);
        Rational y2 = fn.apply(m2, in);
        return y1.add(y2.subtract(y1).multiply(x.subtract(m1)).divide(m2.subtract(m1)));
    }

    /** Laws passing {@link #quasiRegular}: canonical ones, then random ones built through g. */
    static List<ParetoInstance> quasiRegularLaws(int count, long seed) {
        List<ParetoInstance> out = new ArrayList<>();
        for (ParetoInstance c : LawClass.canonical()) {
            if (quasiRegular(c)) {
                out.add(c);
            }
        }
        Random rnd = new Random(seed);
        int attempts = 0;
        while (out.size() < count && attempts++ < 20000) {
            int k = 2 + rnd.nextInt(4);
            // tails S_1 = 1 > S_2 > ... > S_k > 0 on a grid of 1/24
            TreeSet<Integer> cut = new TreeSet<>();
            while (cut.size() < k - 1) {
                cut.add(1 + rnd.nextInt(23));
            }
            List<Rational> s = new ArrayList<>();
            s.add(Rational.ONE);
            for (int t : cut.descendingSet()) {
                s.add(Rational.of(t, 24));
            }
            // g nonincreasing, v_j = g_j (1 - S_j)/S_j; v_1 in [0, v_2)
            Rational g = Rational.of(1 + rnd.nextInt(8), 2);
            List<Rational> v = new ArrayList<>();
            v.add(null);
            for (int j = 1; j < k; j++) {
                v.add(g.multiply(Rational.ONE.subtract(s.get(j))).divide(s.get(j)));
                g = g.multiply(Rational.of(4 + rnd.nextInt(5), 8)); // factor in [1/2, 1]
            }
            v.set(0, v.get(1).multiply(Rational.of(rnd.nextInt(4), 4)));
            boolean increasing = true;
            for (int j = 1; j < k; j++) {
                increasing &= v.get(j).compareTo(v.get(j - 1)) > 0;
            }
            if (!increasing) {
                continue;
            }
            List<Rational> p = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                p.add(s.get(j).subtract(j + 1 < k ? s.get(j + 1) : Rational.ZERO));
            }
            ParetoInstance c = new ParetoInstance(1, 1, v, p);
            if (quasiRegular(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Thm E.1 (quasi-regular part) on discrete laws: the smallest posted-price ratio against 0.8246. */
    static Checks.Outcome theoremE1(int count, long seed, java.util.function.Function<ParetoInstance, Frontier> trace) {
        List<ParetoInstance> laws = quasiRegularLaws(count, seed);
        Rational bound = Rational.parse("0.8246");
        Rational worst = null;
        String where = null;
        List<String> counter = new ArrayList<>();
        int lps = 0;
        for (ParetoInstance law : laws) {
            Frontier f = trace.apply(law);
            lps += f.lpCount();
            Ratio r = postedPriceRatio(law, f);
            String w = Checks.law(law) + ": inf_U Pi_pp/Pi* = " + r.value() + " (" + r.value().toDisplay() + ") at U = "
                    + r.at();
            if (worst == null || r.value().compareTo(worst) < 0) {
                worst = r.value();
                where = w;
            }
            if (r.value().compareTo(bound) < 0 && counter.size() < 3) {
                counter.add("discrete counterexample to the analogue: " + w);
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("class test (exact): g_j = v_j S_j/(1 - S_j) nonincreasing over the atoms with S_j < 1, i.e. Def. E.2"
                + " for the linearly interpolated revenue curve (a discrete law's own step curve q v(q) is never"
                + " quasi-regular, so the discrete law is an analogue); " + laws.size() + " laws (seed " + seed + ")");
        notes.add("for each law, one buyer: Pi*(U) is the exact certified frontier (printed class: lotteries over"
                + " prices with rebates), Pi_pp(U) = max{p Pr[v >= p] : E[(v - p)^+] >= U} over every real price p;"
                + " the ratio inf over U in [0, U*) is exact (piecewise linear-fractional, ends of pieces)");
        notes.add("smallest ratio: " + where);
        notes.addAll(counter);
        String regenerated = (counter.isEmpty() ? "no discrete law below 0.8246; smallest ratio "
                : counter.size() + "+ discrete law(s) of the analogue below 0.8246; smallest ratio ")
                + (worst == null ? "n/a" : worst.toDisplay()) + " over " + laws.size() + " laws";
        return new Checks.Outcome(Verdict.OPEN, regenerated, notes, laws.size(), lps);
    }

    // ------------------------------------------------------------------ Thm D.1

    /**
     * Thm D.1 with a zero-value seller (a point mass at 0, the limit of Exp(lambda) as lambda grows, which this family
     * models) and one buyer whose law passes the discrete MHR test: welfare(Nash)/(Pi* + U*) against 1/(e - 1). For
     * n = 1 the Nash product of Def. 5.1 is Pi U. Every reading of {@link Reading} is reported.
     */
    static Checks.Outcome theoremD1(int count, long seed,
                                    BiFunction<ParetoInstance, Reading, Frontier> trace) {
        List<ParetoInstance> laws = LawClass.sample(LawClass.Kind.MHR, count, seed);
        Rational worst = null;
        String where = null;
        List<String> counter = new ArrayList<>();
        int evaluated = 0;
        int lps = 0;
        for (ParetoInstance law : laws) {
            List<Reading> readings = law.v(0).signum() > 0
                    ? List.of(Reading.PRINTED, Reading.FORMULA2, Reading.MYERSON)
                    : List.of(Reading.PRINTED, Reading.MYERSON);
            for (Reading r : readings) {
                Frontier f = trace.apply(law.with(1, 1), r);
                lps += f.lpCount();
                Rational denom = f.piStar().add(f.uStar());
                if (denom.signum() == 0) {
                    continue;
                }
                evaluated++;
                Solutions.Located nash = Solutions.nash(f);
                Rational ratio = nash.welfare().divide(denom);
                String w = Checks.law(law) + ", " + r.name() + ": welfare(Nash)/(Pi* + U*) = " + ratio + " ("
                        + ratio.toDisplay() + ")";
                if (worst == null || ratio.compareTo(worst) < 0) {
                    worst = ratio;
                    where = w;
                }
                if (ratio.compareTo(ONE_OVER_E_MINUS_1_LOW) < 0 && counter.size() < 3) {
                    counter.add("discrete counterexample to the analogue: " + w);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("class test: buyer " + LawClass.Kind.MHR.test() + " (exact, the discrete analogue), seller the point"
                + " mass at 0 (a degenerate law; Thm D.1 asks both laws MHR, and two-sided laws are family ksfair's);"
                + " " + laws.size() + " laws, " + evaluated + " exact frontiers");
        notes.add("smallest ratio: " + where);
        notes.addAll(counter);
        String regenerated = (counter.isEmpty() ? "no discrete law below 1/(e-1); smallest ratio "
                : counter.size() + "+ discrete law(s) below 1/(e-1); smallest ratio ")
                + (worst == null ? "n/a" : worst.toDisplay());
        return new Checks.Outcome(Verdict.OPEN, regenerated, notes, evaluated, lps);
    }
}
