package tradebounds.family.fixedprice.table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.witness.MultiUnitWitnessSearch;
import tradebounds.family.fixedprice.witness.WitnessSearchResult;
import tradebounds.model.Rational;
import tradebounds.solve.SolverAdapter;

/**
 * A derivative-free search over the support parameters of Proposition 6.1 (p_1 = 0, p_i = (i + alpha)/beta for
 * 2 &lt;= i &lt;= n-1, p_n = last) for a k-unit hardness program, each support scored by the exact r of the point
 * {@link MultiUnitWitnessSearch} returns. Untrusted: the score is the r of an exactly repaired, feasible point,
 * so every improvement is a genuine point of the program, but nothing here certifies it.
 *
 * <p>Why a pattern search: the inner program is a non-convex QCP solved by sequential LP, so r(support) is only
 * a noisy upper bound on the program's optimum; gradients are meaningless, while a small stencil of moves (alpha,
 * beta, n, p_n) with step halving is robust to that noise and each evaluation is cached by support.
 */
public final class SupportSweep {
    /** The generic support of Proposition 6.1; all parameters exact. */
    public record Support(int n, Rational alpha, Rational beta, Rational last) {
        public List<Rational> prices() {
            return PriceList.generic(n, alpha, beta, last);
        }

        /** p_2 &gt; 0 = p_1 and p_{n-1} &lt; p_n, so the list is strictly increasing (PriceList checks the rest). */
        boolean valid() {
            if (n < 3 || beta.signum() <= 0 || Rational.of(2).add(alpha).signum() <= 0) {
                return false;
            }
            return Rational.of(n - 1).add(alpha).divide(beta).compareTo(last) < 0;
        }

        @Override
        public String toString() {
            return "n=" + n + " alpha=" + alpha.toDisplay() + " beta=" + beta.toDisplay() + " last=" + last.toDisplay();
        }
    }

    /**
     * A scored support: the generic parameters it came from, the exact prices actually used (equal to
     * {@code support.prices()} unless {@link #refine} moved single points), the exact r of the best point found
     * for them and the point itself (model order).
     */
    public record Scored(Support support, List<Rational> prices, Rational r, Rational[] point) {
        public boolean generic() {
            return prices.equals(support.prices());
        }
    }

    /** The paper's support scored as the search scores any other, the best support found, and the effort. */
    public record Result(int k, Optional<Scored> baseline, Optional<Scored> best, int evaluations, Duration elapsed) {
    }

    /** Tuning of one sweep; {@code perSupport} bounds one witness search, {@code total} the whole sweep. */
    public record Settings(String programId, Duration total, Duration perSupport, int startsPerSupport, long seed,
                           int halvings) {
        public static Settings strict(Duration total) {
            return new Settings("qcp61-strict", total, Duration.ofSeconds(40), 2, 1, 3);
        }
    }

    private SupportSweep() {
    }

    public static Result sweep(int k, Support base, Settings settings, SolverAdapter lp, Consumer<String> progress) {
        long t0 = System.nanoTime();
        long deadline = t0 + settings.total().toNanos();
        Map<Support, Optional<Scored>> cache = new HashMap<>();
        Optional<Scored> baseline = score(k, base, settings, lp, cache);
        progress.accept("k=" + k + " baseline " + base + " r " + show(baseline));
        Optional<Scored> best = baseline;
        // Steps start at the scale the paper's own parameters vary on between rows of Table 1.
        Rational da = Rational.of(1, 2);
        Rational db = Rational.of(4);
        int halvings = 0;
        while (System.nanoTime() < deadline && halvings <= settings.halvings()) {
            Support at = best.map(Scored::support).orElse(base);
            boolean improved = false;
            for (Support move : moves(at, da, db)) {
                if (System.nanoTime() >= deadline) {
                    break;
                }
                if (!move.valid() || cache.containsKey(move)) {
                    continue;
                }
                Optional<Scored> s = score(k, move, settings, lp, cache);
                progress.accept("k=" + k + " try " + move + " r " + show(s));
                if (s.isPresent() && (best.isEmpty() || s.get().r().compareTo(best.get().r()) < 0)) {
                    best = s;
                    improved = true;
                    progress.accept("k=" + k + " improved to " + show(best));
                    break;
                }
            }
            if (!improved) {
                da = da.divide(Rational.of(2));
                db = db.divide(Rational.of(2));
                halvings++;
            }
        }
        return new Result(k, baseline, best, cache.size(), Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The stencil around {@code s}: alpha and beta by one step each way, one point more or fewer, p_n doubled or halved. */
    static List<Support> moves(Support s, Rational da, Rational db) {
        List<Support> m = new ArrayList<>();
        m.add(new Support(s.n(), s.alpha().add(da), s.beta(), s.last()));
        m.add(new Support(s.n(), s.alpha().subtract(da), s.beta(), s.last()));
        m.add(new Support(s.n(), s.alpha(), s.beta().add(db), s.last()));
        m.add(new Support(s.n(), s.alpha(), s.beta().subtract(db), s.last()));
        m.add(new Support(s.n() + 1, s.alpha(), s.beta(), s.last()));
        m.add(new Support(s.n() - 1, s.alpha(), s.beta(), s.last()));
        m.add(new Support(s.n(), s.alpha(), s.beta(), s.last().multiply(Rational.of(2))));
        m.add(new Support(s.n(), s.alpha(), s.beta(), s.last().divide(Rational.of(2))));
        return m;
    }

    private static Optional<Scored> score(int k, Support s, Settings settings, SolverAdapter lp,
                                          Map<Support, Optional<Scored>> cache) {
        WitnessSearchResult res = MultiUnitWitnessSearch.search(settings.programId(), s.prices(), k, settings.seed(),
                settings.perSupport(), settings.startsPerSupport(), lp, line -> { });
        Optional<Scored> out = res.point().map(x -> new Scored(s, s.prices(), res.ratio().orElseThrow(), x));
        cache.put(s, out);
        return out;
    }

    /**
     * Leaves the generic form: moves one interior support point p_i (2 &lt;= i &lt;= n-1) at a time by +-delta,
     * keeping the list strictly increasing, with the same first-improvement and halving rule as {@link #sweep}.
     * Why: where the paper's (alpha, beta) is already a local minimum of the generic family (k = 5), the
     * remaining freedom is in the individual points.
     */
    public static Scored refine(int k, Scored from, Settings settings, SolverAdapter lp, Consumer<String> progress) {
        long deadline = System.nanoTime() + settings.total().toNanos();
        Scored best = from;
        List<Rational> p0 = from.prices();
        Rational delta = p0.get(2).subtract(p0.get(1)).divide(Rational.of(4));
        Map<List<Rational>, Boolean> seen = new HashMap<>();
        seen.put(p0, Boolean.TRUE);
        int halvings = 0;
        while (System.nanoTime() < deadline && halvings <= settings.halvings()) {
            boolean improved = false;
            List<Rational> at = best.prices();
            for (int i = 1; i + 1 < at.size() && !improved && System.nanoTime() < deadline; i++) {
                for (int sign = 1; sign >= -1 && !improved; sign -= 2) {
                    List<Rational> moved = new ArrayList<>(at);
                    moved.set(i, at.get(i).add(delta.multiply(Rational.of(sign))));
                    if (moved.get(i).compareTo(moved.get(i - 1)) <= 0 || moved.get(i).compareTo(moved.get(i + 1)) >= 0
                            || seen.put(moved, Boolean.TRUE) != null) {
                        continue;
                    }
                    WitnessSearchResult res = MultiUnitWitnessSearch.search(settings.programId(), moved, k,
                            settings.seed(), settings.perSupport(), settings.startsPerSupport(), lp, line -> { });
                    if (res.point().isEmpty()) {
                        continue;
                    }
                    Rational r = res.ratio().orElseThrow();
                    progress.accept("k=" + k + " refine p_" + (i + 1) + (sign > 0 ? "+" : "-") + delta.toDisplay()
                            + " r " + r.toDecimal(9, true).toPlainString());
                    if (r.compareTo(best.r()) < 0) {
                        best = new Scored(from.support(), moved, r, res.point().get());
                        improved = true;
                        progress.accept("k=" + k + " refined to " + r.toDecimal(9, true).toPlainString());
                    }
                }
            }
            if (!improved) {
                delta = delta.divide(Rational.of(2));
                halvings++;
            }
        }
        return best;
    }

    private static String show(Optional<Scored> s) {
        return s.map(x -> x.r().toDecimal(9, true).toPlainString()).orElse("none");
    }
}
