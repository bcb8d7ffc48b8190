package tradebounds.family.pareto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tradebounds.claims.Verdict;
import tradebounds.model.Rational;

/**
 * The audit's checks of seed 001, each a falsification search over discrete laws of a stated class (see
 * {@link LawClass}) or a certified table; every frontier comes from {@link Frontier} (exact, lp-optimum
 * certificates replayed). Frontiers are cached per (law, n, m, reading), so rows that look at the same laws pay
 * once.
 */
public final class Checks {
    /** What a check found. */
    public record Outcome(Verdict verdict, String regenerated, List<String> notes, int frontiers, int lps) {
    }

    private final ExactLp lp;
    private final Map<String, Frontier> cache = new HashMap<>();
    private int lps;

    public Checks(Path certificateDir) {
        this.lp = new ExactLp("glop", certificateDir, "pareto");
    }

    private Frontier frontier(ParetoInstance law, int n, int m, Reading r) {
        ParetoInstance in = law.with(n, m);
        String key = in.values() + "|" + in.probs() + "|" + n + "|" + m + "|" + r;
        Frontier f = cache.get(key);
        if (f == null) {
            f = Frontier.trace(in, r, lp);
            lps += f.lpCount();
            cache.put(key, f);
        }
        return f;
    }

    public int lpCount() {
        return lps;
    }

    static String law(ParetoInstance in) {
        StringBuilder b = new StringBuilder("{");
        for (int j = 0; j < in.types(); j++) {
            b.append(j == 0 ? "" : ", ").append(in.v(j)).append(": ").append(in.f(j));
        }
        return b.append("}").toString();
    }

    // ------------------------------------------------------------------ welfare guarantees

    /** Which solution a welfare theorem is about. */
    public enum Solution { KS, NASH, CROSS }

    /**
     * min over laws of the class, n in ns (one unit), both readings, of welfare(solution)/OPT, against the bound
     * bound(n). A ratio below the bound is a counterexample (exact rationals).
     */
    public Outcome welfare(LawClass.Kind kind, int count, long seed, int[] ns, Solution which,
                           java.util.function.IntFunction<Rational> bound, String boundWords, boolean universal) {
        List<ParetoInstance> laws = LawClass.sample(kind, count, seed);
        Rational worstGap = null;
        String worst = null;
        List<String> counter = new ArrayList<>();
        int evaluated = 0;
        for (ParetoInstance law : laws) {
            for (int n : ns) {
                for (Reading r : readings(law)) {
                    Frontier f = frontier(law, n, 1, r);
                    Solutions.Located s = switch (which) {
                        case KS -> Solutions.ks(f);
                        case NASH -> Solutions.nash(f);
                        case CROSS -> Solutions.crossNash(f);
                    };
                    Rational opt = MechanismLp.firstBest(f.instance());
                    if (opt.signum() == 0) {
                        continue;
                    }
                    evaluated++;
                    Rational ratio = s.welfare().divide(opt);
                    Rational gap = ratio.subtract(bound.apply(n));
                    String where = law(law) + ", n = " + n + ", " + r.name() + ": ratio " + ratio + " ("
                            + ratio.toDisplay() + ") vs bound " + bound.apply(n);
                    if (worstGap == null || gap.compareTo(worstGap) < 0) {
                        worstGap = gap;
                        worst = where;
                    }
                    if (gap.signum() < 0 && counter.size() < 3) {
                        counter.add("counterexample: " + where);
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("class test: " + kind.test() + "; " + laws.size() + " laws (seed " + seed + "), n in "
                + java.util.Arrays.toString(ns) + ", one unit, readings PRINTED, FORMULA2 (if v_1 > 0), MYERSON; "
                + evaluated + " exact frontiers");
        notes.add("closest to the bound (" + boundWords + "): " + worst);
        notes.addAll(counter);
        String regenerated = counter.isEmpty()
                ? "no counterexample among " + evaluated + " exact (certified) frontiers; closest margin "
                        + dec(worstGap)
                : counter.size() + "+ discrete counterexample(s); worst margin " + dec(worstGap);
        if (!counter.isEmpty()) {
            notes.add(universal
                    ? "a counterexample to a universal statement: the frontier certificates are in the audit work dir"
                    : "the class test is a discrete analogue (LawClass): this refutes the analogue, not the theorem");
        }
        return new Outcome(Verdict.OPEN, regenerated, notes, evaluated, lps);
    }

    /** Thm E.1 (quasi-regular part) on discrete laws: see {@link OneBuyerChecks#theoremE1}. */
    public Outcome theoremE1(int count, long seed) {
        Outcome o = OneBuyerChecks.theoremE1(count, seed, law -> frontier(law, 1, 1, Reading.PRINTED));
        return new Outcome(o.verdict(), o.regenerated(), o.notes(), o.frontiers(), lps);
    }

    /** Thm D.1 with a zero-value seller on discrete MHR laws: see {@link OneBuyerChecks#theoremD1}. */
    public Outcome theoremD1(int count, long seed) {
        Outcome o = OneBuyerChecks.theoremD1(count, seed, (law, r) -> frontier(law, 1, 1, r));
        return new Outcome(o.verdict(), o.regenerated(), o.notes(), o.frontiers(), lps);
    }

    /** Welfare checks: the printed class, formula (2)'s u_1 = 0 when it differs (v_1 &gt; 0), and Myerson payments. */
    private static List<Reading> readings(ParetoInstance law) {
        return law.v(0).signum() > 0 ? List.of(Reading.PRINTED, Reading.FORMULA2, Reading.MYERSON)
                : List.of(Reading.PRINTED, Reading.MYERSON);
    }

    private static String dec(Rational r) {
        return r == null ? "n/a" : r.toDisplay();
    }

    // ------------------------------------------------------------------ structure of the frontier

    /** The allocation of one extreme point as a Vickrey-type auction: reserve index and pool starts, or null. */
    record Iva(int reserve, java.util.TreeSet<Integer> bids, boolean singletons) {
    }

    static Iva iva(ParetoInstance in, Rational[] x) {
        int k = in.types();
        int r = 0;
        while (r < k && x[r].signum() == 0) {
            r++;
        }
        if (r == k) {
            return null;
        }
        int[] start = new int[k];
        java.util.TreeSet<Integer> bids = new java.util.TreeSet<>();
        boolean single = true;
        for (int j = r; j < k; j++) {
            if (j > r && x[j].equals(x[j - 1])) {
                start[j] = start[j - 1];
                single = false;
            } else {
                start[j] = j;
                bids.add(j);
            }
        }
        Rational[] want = MechanismLp.pooledAllocation(in, r, start);
        for (int j = 0; j < k; j++) {
            if (!want[j].equals(x[j])) {
                return null;
            }
        }
        return new Iva(r, bids, single || in.buyers() == 1);
    }

    /** Which structure theorem. */
    public enum Structure { THM34, THM35, COR36, THM37, COR38, PROP31 }

    /**
     * Checks a structure statement on the extreme points (the discrete analogue: on a discrete law the frontier
     * between two atoms' reserves is a mixture, so "every point" can only be asked of extreme points, and a
     * mechanism is named by its allocation, since BIC leaves the payments an interval).
     */
    public Outcome structure(Structure which, LawClass.Kind kind, int count, long seed, int[] ns) {
        List<ParetoInstance> laws = LawClass.sample(kind, count, seed);
        List<String> counter = new ArrayList<>();
        int evaluated = 0;
        int points = 0;
        for (ParetoInstance law : laws) {
            for (int n : ns) {
                for (Reading r : List.of(Reading.MYERSON)) {
                    Frontier f = frontier(law, n, 1, r);
                    evaluated++;
                    ParetoInstance in = f.instance();
                    int mono = LawClass.lowestMonopoly(in);
                    List<Frontier.Point> p = f.points();
                    points += p.size();
                    Iva prev = null;
                    for (int i = 0; i < p.size(); i++) {
                        Iva a = iva(in, p.get(i).x());
                        String fail = violation(which, in, a, prev, mono);
                        if (fail != null && counter.size() < 3) {
                            counter.add(law(law) + ", n = " + n + ", " + r.name() + ", extreme point " + (i + 1)
                                    + " (Pi, U) = (" + p.get(i).pi() + ", " + p.get(i).u() + "), "
                                    + Mechanisms.allocation(in, p.get(i).x()) + ": " + fail);
                        }
                        if (a != null) {
                            prev = a;
                        }
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("class test: " + kind.test() + "; " + laws.size() + " laws (seed " + seed + "), n in "
                + java.util.Arrays.toString(ns) + ", one unit; " + evaluated + " exact frontiers, " + points
                + " extreme points, reading MYERSON (formula (2): Pi = n sum f psi x, the proofs' model); mechanisms "
                + "named by allocation (Mechanisms)");
        notes.add("checked on extreme points only (the discrete analogue): " + words(which));
        for (String c : counter) {
            notes.add("counterexample to the discrete analogue: " + c);
        }
        String regenerated = counter.isEmpty() ? "every extreme point of " + evaluated + " frontiers fits"
                : "discrete-analogue counterexample(s) found (" + counter.size() + "+)";
        return new Outcome(Verdict.OPEN, regenerated, notes, evaluated, lps);
    }

    private static String words(Structure s) {
        return switch (s) {
            case THM34 -> "a second-price auction with reserve <= the lowest monopoly price, reserve nonincreasing "
                    + "in U";
            case THM35 -> "an indirect Vickrey auction with reserve <= the lowest monopoly price";
            case COR36 -> "consecutive extreme points (more U later): bid space refines (superset), reserve <=";
            case THM37 -> "a second-price auction with reserve <= lowest monopoly price, or an indirect Vickrey "
                    + "auction with zero reserve (every value bids)";
            case COR38 -> "consecutive zero-reserve indirect Vickrey auctions (more U later): bid space coarsens "
                    + "(subset); reserves nonincreasing";
            case PROP31 -> "n = 1: a posted price <= the lowest monopoly price";
        };
    }

    private static String violation(Structure which, ParetoInstance in, Iva a, Iva prev, int mono) {
        switch (which) {
            case THM34, PROP31 -> {
                if (a == null || !a.singletons()) {
                    return "not a second-price auction with a reserve";
                }
                if (a.reserve() > mono) {
                    return "reserve " + in.v(a.reserve()) + " above the lowest monopoly price " + in.v(mono);
                }
                if (prev != null && a.reserve() > prev.reserve()) {
                    return "reserve rises with U";
                }
                return null;
            }
            case THM35 -> {
                if (a == null) {
                    return "not an indirect Vickrey auction";
                }
                return a.reserve() > mono ? "reserve above the lowest monopoly price" : null;
            }
            case COR36 -> {
                if (a == null || prev == null) {
                    return null;
                }
                if (!a.bids().containsAll(prev.bids())) {
                    return "bid space does not refine as U grows";
                }
                return a.reserve() > prev.reserve() ? "reserve rises with U" : null;
            }
            case THM37 -> {
                if (a == null) {
                    return "not an indirect Vickrey auction";
                }
                if (a.singletons() && a.reserve() <= mono) {
                    return null;
                }
                return a.reserve() == 0 ? null : "pooled bids with a positive reserve";
            }
            case COR38 -> {
                if (a == null || prev == null) {
                    return null;
                }
                if (a.reserve() > prev.reserve()) {
                    return "reserve rises with U";
                }
                if (a.reserve() == 0 && prev.reserve() == 0 && !prev.bids().containsAll(a.bids())) {
                    return "zero-reserve bid space grows with U";
                }
                return null;
            }
            default -> throw new IllegalStateException();
        }
    }

    // ------------------------------------------------------------------ closed-form lemmas

    /** Lemma C.6: m E[X] / E[top m of n] &gt;= 1 / (1 + H_n - H_m) on discrete MHR laws (closed form, no LP). */
    public Outcome lemmaC6(int count, long seed, int maxN) {
        List<ParetoInstance> laws = LawClass.sample(LawClass.Kind.MHR, count, seed);
        Rational worst = null;
        String where = null;
        List<String> counter = new ArrayList<>();
        for (ParetoInstance law : laws) {
            Rational mean = Rational.ZERO;
            for (int j = 0; j < law.types(); j++) {
                mean = mean.add(law.v(j).multiply(law.f(j)));
            }
            for (int n = 1; n <= maxN; n++) {
                for (int m = 1; m <= Math.min(n, 2); m++) {
                    Rational opt = MechanismLp.firstBest(law.with(n, m));
                    if (opt.signum() == 0) {
                        continue;
                    }
                    Rational ratio = Rational.of(m).multiply(mean).divide(opt);
                    Rational bound = Rational.ONE.divide(Rational.ONE.add(harmonic(n)).subtract(harmonic(m)));
                    Rational gap = ratio.subtract(bound);
                    String w = law(law) + ", n = " + n + ", m = " + m + ": " + ratio.toDisplay() + " vs " + bound;
                    if (worst == null || gap.compareTo(worst) < 0) {
                        worst = gap;
                        where = w;
                    }
                    if (gap.signum() < 0 && counter.size() < 3) {
                        counter.add("discrete-analogue counterexample: " + w);
                    }
                }
            }
        }
        // The tight case, exactly: for Exp(1), E[X_(i:n)] = H_n - H_{i-1}, so sum_{i<=m} = m (1 + H_n - H_m).
        boolean identity = true;
        for (int n = 1; n <= 12; n++) {
            for (int m = 1; m <= n; m++) {
                Rational s = Rational.ZERO;
                for (int i = 1; i <= m; i++) {
                    s = s.add(harmonic(n).subtract(harmonic(i - 1)));
                }
                identity &= s.equals(Rational.of(m).multiply(Rational.ONE.add(harmonic(n)).subtract(harmonic(m))));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("class test: " + LawClass.Kind.MHR.test() + "; " + laws.size() + " laws (seed " + seed
                + "), n <= " + maxN + ", m <= 2; BOM = uniform random allocation of the m units (Lemma C.5), "
                + "welfare m E[X]; OPT = E[sum of the m highest values]; exact rationals, no LP");
        notes.add("tight case (exponential): sum_{i<=m} (H_n - H_{i-1}) = m (1 + H_n - H_m) checked exactly for "
                + "n <= 12: " + identity);
        notes.add("closest: " + where);
        notes.addAll(counter);
        Verdict v = counter.isEmpty() && identity ? Verdict.NUMERIC : Verdict.OPEN;
        String regenerated = counter.isEmpty() ? "no discrete MHR law below the bound; min margin " + dec(worst)
                + "; exponential attains it (exact identity)" : "discrete MHR analogue fails (" + counter.size() + "+)";
        return new Outcome(v, regenerated, notes, 0, lps);
    }

    static Rational harmonic(int n) {
        Rational h = Rational.ZERO;
        for (int i = 1; i <= n; i++) {
            h = h.add(Rational.of(1, i));
        }
        return h;
    }

    /** 1/(e - 1) lies in [LO, HI]. */
    static final Rational INV_E_MINUS_1_LO = Rational.parse("0.58197670686932");
    static final Rational INV_E_MINUS_1_HI = Rational.parse("0.58197670686933");

    /**
     * Lemma C.8: the welfare of the revenue-optimal mechanism that is best for the buyers (the seller end of the
     * frontier, formula (2) reading: the paper's Myerson auction) over OPT, against 1/(e - 1), on discrete MHR laws.
     */
    public Outcome lemmaC8(int count, long seed, int[] ns) {
        List<ParetoInstance> laws = LawClass.sample(LawClass.Kind.MHR, count, seed);
        Rational worst = null;
        String where = null;
        List<String> counter = new ArrayList<>();
        for (ParetoInstance law : laws) {
            for (int n : ns) {
                for (int m = 1; m <= Math.min(n, 2); m++) {
                    Frontier f = frontier(law, n, m, Reading.MYERSON);
                    Rational opt = MechanismLp.firstBest(f.instance());
                    Rational ratio = f.points().get(0).welfare().divide(opt);
                    String w = law(law) + ", n = " + n + ", m = " + m + ": " + ratio + " (" + ratio.toDisplay() + ")";
                    if (worst == null || ratio.compareTo(worst) < 0) {
                        worst = ratio;
                        where = w;
                    }
                    if (ratio.compareTo(INV_E_MINUS_1_LO) < 0 && counter.size() < 3) {
                        counter.add("discrete-analogue counterexample: " + w);
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("class test: " + LawClass.Kind.MHR.test() + "; " + laws.size() + " laws (seed " + seed
                + "), n in " + java.util.Arrays.toString(ns) + ", m <= min(n, 2); Mye = seller end of the exact "
                + "frontier (max U among revenue-optimal mechanisms), MYERSON reading");
        notes.add("tight case as printed: truncated exponential at r* = 1, n = m = 1: (1/e)/(1 - 1/e) = 1/(e-1) in ["
                + INV_E_MINUS_1_LO + ", " + INV_E_MINUS_1_HI + "]");
        notes.add("smallest ratio: " + where);
        notes.addAll(counter);
        if (!counter.isEmpty()) {
            notes.add("the discrete law is not MHR in the paper's sense (atoms below the top); the theorem is not "
                    + "refuted, its discrete analogue is");
        }
        Verdict v = counter.isEmpty() ? Verdict.NUMERIC : Verdict.OPEN;
        String regenerated = counter.isEmpty() ? "no discrete MHR law below 1/(e-1); smallest " + dec(worst)
                : "discrete MHR analogue fails: smallest ratio " + dec(worst);
        return new Outcome(v, regenerated, notes, 0, lps);
    }

    /**
     * Lemma C.1 (Bulow-Klemperer as used): Pi(SPA) &gt;= (n-1)/n Pi* on discrete regular laws, SPA revenue with
     * Myerson payments (u_1 = 0, downward BIC binding: n sum f_j psi_j x_j), Pi* from the certified LP.
     */
    public Outcome bulowKlemperer(int count, long seed, int[] ns) {
        List<ParetoInstance> laws = LawClass.sample(LawClass.Kind.REGULAR, count, seed);
        Rational worst = null;
        String where = null;
        List<String> counter = new ArrayList<>();
        for (ParetoInstance law : laws) {
            for (int n : ns) {
                ParetoInstance in = law.with(n, 1);
                int[] start = new int[in.types()];
                for (int j = 0; j < start.length; j++) {
                    start[j] = j;
                }
                Rational[] x = MechanismLp.pooledAllocation(in, 0, start);
                Rational[] psi = LawClass.psi(in);
                Rational spa = Rational.ZERO;
                for (int j = 0; j < in.types(); j++) {
                    spa = spa.add(in.f(j).multiply(psi[j]).multiply(x[j]));
                }
                spa = spa.multiply(Rational.of(n));
                Rational piStar = frontier(law, n, 1, Reading.FORMULA2).piStar();
                if (piStar.signum() == 0) {
                    continue;
                }
                Rational ratio = spa.divide(piStar);
                Rational gap = ratio.subtract(Rational.of(n - 1, n));
                String w = law(law) + ", n = " + n + ": " + ratio.toDisplay() + " vs " + Rational.of(n - 1, n);
                if (worst == null || gap.compareTo(worst) < 0) {
                    worst = gap;
                    where = w;
                }
                if (gap.signum() < 0 && counter.size() < 3) {
                    counter.add("discrete-analogue counterexample: " + w);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("class test: " + LawClass.Kind.REGULAR.test() + "; " + laws.size() + " laws (seed " + seed
                + "), n in " + java.util.Arrays.toString(ns) + "; SPA revenue n sum_j f_j psi_j x_j (Myerson "
                + "payments), Pi* certified");
        notes.add("closest: " + where);
        notes.addAll(counter);
        Verdict v = counter.isEmpty() ? Verdict.NUMERIC : Verdict.OPEN;
        return new Outcome(v, counter.isEmpty() ? "no discrete regular law below (n-1)/n; min margin " + dec(worst)
                : "discrete regular analogue fails", notes, 0, lps);
    }

    /** Psi of Thm 4.2 in floating point (it has logarithms); comparisons keep a 1e-9 margin either way. */
    static double psi(double tau) {
        double l = Math.log(tau);
        return Math.min((2 - l) / (2 - 2 * l), (Math.E - 1) / Math.E + 1 / (Math.E + Math.E * Math.E * tau));
    }

    /**
     * Thm 4.2: KS welfare &gt;= Psi(m/n) OPT for MHR laws, m units; searched on discrete MHR laws (all readings),
     * n in ns, m &lt;= min(n, 2). A ratio below Psi - 1e-9 is a counterexample to the analogue; within 1e-9 it is
     * reported as undecided (Psi is compared in floating point).
     */
    public Outcome theorem42(int count, long seed, int[] ns) {
        List<ParetoInstance> laws = LawClass.sample(LawClass.Kind.MHR, count, seed);
        double worst = Double.POSITIVE_INFINITY;
        String where = null;
        List<String> counter = new ArrayList<>();
        int evaluated = 0;
        for (ParetoInstance law : laws) {
            for (int n : ns) {
                for (int m = 1; m <= Math.min(n, 2); m++) {
                    for (Reading r : readings(law)) {
                        Frontier f = frontier(law, n, m, r);
                        Rational opt = MechanismLp.firstBest(f.instance());
                        if (opt.signum() == 0 || f.piStar().signum() == 0 || f.uStar().signum() == 0) {
                            continue;
                        }
                        evaluated++;
                        double ratio = Solutions.ks(f).welfare().divide(opt).toDouble();
                        double bound = psi((double) m / n);
                        String w = String.format(Locale.ROOT, "%s, n = %d, m = %d, %s: %.8f vs Psi(%d/%d) = %.8f",
                                law(law), n, m, r.name(), ratio, m, n, bound);
                        if (ratio - bound < worst) {
                            worst = ratio - bound;
                            where = w;
                        }
                        if (ratio < bound - 1e-9 && counter.size() < 3) {
                            counter.add("discrete-analogue counterexample: " + w);
                        }
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("class test: " + LawClass.Kind.MHR.test() + "; " + laws.size() + " laws (seed " + seed + "), n in "
                + java.util.Arrays.toString(ns) + ", m <= min(n, 2), readings PRINTED, FORMULA2 (if v_1 > 0), "
                + "MYERSON; " + evaluated + " exact frontiers; Psi in floating point with a 1e-9 margin");
        notes.add("closest: " + where);
        notes.addAll(counter);
        return new Outcome(Verdict.OPEN, counter.isEmpty() ? String.format(Locale.ROOT,
                "no counterexample among %d exact frontiers; smallest margin %.6f", evaluated, worst)
                : "discrete MHR analogue fails (" + counter.size() + "+)", notes, evaluated, lps);
    }

    // ------------------------------------------------------------------ Example 4.2

    /** The certified table of Example 4.2 (discretised): welfare/OPT of KS, Nash and cross-side Nash by n. */
    public Outcome example42(int[] ns, Solution which, String limitWords) {
        List<String> notes = new ArrayList<>();
        notes.add("law: Example42 (F = 1 - exp(-v^2) on [0, K), atom n^(-1/4) at K = sqrt(ln n)/2; K rounded down "
                + "to 1/1000, " + Example42.CELLS + " cells with mass on the left end, masses to 1/10000); every "
                + "number exact for that rational law, each frontier LP certified");
        StringBuilder table = new StringBuilder();
        for (int n : ns) {
            ParetoInstance in = Example42.law(n);
            Frontier f = frontier(in, n, 1, Reading.PRINTED);
            Rational opt = MechanismLp.firstBest(in);
            Solutions.Located s = switch (which) {
                case KS -> Solutions.ks(f);
                case NASH -> Solutions.nash(f);
                case CROSS -> Solutions.crossNash(f);
            };
            Rational ratio = s.welfare().divide(opt);
            notes.add(String.format(Locale.ROOT, "n = %d: K' = %s, top atom %s; %d extreme points; welfare/OPT = %s",
                    n, in.v(in.types() - 1), in.f(in.types() - 1).toDisplay(), f.points().size(), ratio.toDisplay()));
            table.append(table.length() == 0 ? "" : ", ").append(n).append(": ").append(ratio.toDisplay());
        }
        notes.add("the paper's limit: " + limitWords + "; its proof needs t = ln ln n <= K = sqrt(ln n)/2, i.e. "
                + "ln n >= about 75 (n >= about 1e32), far beyond any table; a finite table cannot prove a limit");
        return new Outcome(Verdict.OPEN, "certified table welfare/OPT by n: " + table, notes, ns.length, lps);
    }

}
