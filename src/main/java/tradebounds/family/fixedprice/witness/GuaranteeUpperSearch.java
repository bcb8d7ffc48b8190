package tradebounds.family.fixedprice.witness;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import tradebounds.check.PointCheck;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Multi-start search for a feasible point of a guarantee program ((4.1) {@code qcp41}, (5.1) {@code qcp51}, or
 * its diagonal {@code qcp51-sym}) with small r, repaired exactly: an upper bound on the program's optimum r_k, and a
 * refutation of a published "r_k &gt;= c" if it falls below c. Untrusted; a point is a candidate until checked.
 *
 * <p>Method: chains of an iterated local search. A chain starts at a random point (or the warm point), descends by
 * {@link GuaranteeAlternation} (alternating LPs, each exact for its block, so r never rises), then repeatedly
 * perturbs its best point (1 to 3 atom moves in one block) and descends again; it ends after a number of
 * perturbations without a gain of 1e-7, and a new chain starts. Descents that end near the chain's best are polished
 * by joint steps of the sequential LP of {@link WitnessSearchSlp} (the alternation alone stalls at partial optima)
 * and settled by one exact LP per block, which restores the margins. On the diagonal with odd k, where one unit is
 * paired with itself and the program is not bilinear across two blocks, the sequential LP from random starts takes
 * the place of the chains. Every improved floating point is repaired ({@link GuaranteePointRepair} for (4.1),
 * {@link Guarantee51Repair} otherwise) and the least exact r is kept. Deterministic for a seed only as long as no LP
 * or polish hits its time limit (at full load they do, so reruns may end elsewhere).
 */
public final class GuaranteeUpperSearch {
    /** Descents ending within this of their chain's best are polished by joint SLP steps. */
    static final double JOINT_WINDOW = 0.005;
    /** Time cap of one SLP polish. */
    static final long POLISH_SECONDS = 5;

    private GuaranteeUpperSearch() {
    }

    /** Whether the alternation applies: every program here except the diagonal with odd k. */
    static boolean alternates(String programId, int k) {
        return !programId.equals("qcp51-sym") || k == 2;
    }

    public static WitnessSearchResult search(String programId, List<Rational> prices, int k, long seed,
                                             Duration budget, int maxStarts, double[] warm,
                                             Consumer<String> progress) {
        long t0 = System.nanoTime();
        long deadline = t0 + budget.toNanos();
        List<Rational> p = PriceList.validated(prices);
        int n = p.size();
        Model model = programId.equals("qcp41") ? ProgramCatalog.build(programId, p)
                : ProgramCatalog.build(programId, p, k);
        boolean diagonal = programId.equals("qcp51-sym");
        SplittableRandom random = new SplittableRandom(seed);
        double[] price = new double[n];
        for (int i = 0; i < n; i++) {
            price[i] = p.get(i).toDouble();
        }
        Rational[] best = null;
        double bestFloat = Double.POSITIVE_INFINITY;
        int starts = 0;
        int rounds = 0;
        if (!alternates(programId, k)) {
            return slp(model, p, k, seed, deadline, maxStarts, warm, progress, t0);
        }
        boolean[][] blocks = diagonal ? GuaranteeAlternation.diagonalBlocks(model)
                : GuaranteeAlternation.sellerBuyerBlocks(model);
        WitnessSearchProgram slpProg = new WitnessSearchProgram(model);
        double[] slpScale = new double[model.variableCount()];
        java.util.Arrays.fill(slpScale, 1);
        WitnessSearchSlp.Parameters slpPar = WitnessSearchSlp.Parameters.defaults();
        var glop = new tradebounds.solve.ortools.GlopAdapter();
        try (GuaranteeAlternation alt = new GuaranteeAlternation(model, blocks[0], blocks[1])) {
            int r = alt.rIndex();
            // Chains of an iterated local search: a chain starts at a random point (the first at the warm point,
            // if any), perturbs its own best point (1 to 3 atom moves in one block, that block fixed first) and
            // ends after `patience` perturbations without a gain of 1e-7. Every descent that ends within
            // JOINT_WINDOW of the chain's best is polished by joint SLP steps: the alternation stalls at partial
            // optima (on the diagonal far above: 0.947 against 0.7496 for Cor 5.1, k = 2). The global best is
            // repaired exactly.
            int patience = diagonal ? 30 : 150;
            double[] chainBest = null;
            double chainR = Double.POSITIVE_INFINITY;
            int idle = 0;
            int chains = 0;
            int polishes = 0;
            while (starts < maxStarts && (starts == 0 || System.nanoTime() < deadline)) {
                double[] target;
                String kind;
                int side = 1;
                if (chainBest == null || idle >= patience) {
                    chains++;
                    idle = 0;
                    chainR = Double.POSITIVE_INFINITY;
                    chainBest = null;
                    boolean useWarm = starts == 0 && warm != null;
                    target = useWarm ? warm.clone() : randomTarget(model, price, k, diagonal, random);
                    kind = "chain " + chains + (useWarm ? " warm" : " random");
                } else {
                    side = random.nextInt(2);
                    target = chainBest;
                    int moves = 1 + random.nextInt(3);
                    for (int m = 0; m < moves; m++) {
                        target = perturb(target, blocks[side], model, n, k, random);
                    }
                    kind = "chain " + chains + " perturbed " + (side == 0 ? "A" : "B") + " x" + moves;
                }
                starts++;
                double[] start = alt.project(target, side);
                GuaranteeAlternation.Point end = start == null ? null : alt.descend(start, side, 400, 1e-11);
                if (end == null) {
                    idle++;
                    continue;
                }
                rounds++;
                if (end.r() < chainR + JOINT_WINDOW) {
                    polishes++;
                    GuaranteeAlternation.Point pol = polish(alt, slpProg, slpScale, slpPar, glop, end.x(), end.r(),
                            deadline, kind);
                    end = pol == null ? end : pol;
                }
                if (end.r() < chainR - 1e-12) {
                    // tiny gains move the chain but do not reset its patience
                    idle = end.r() < chainR - 1e-7 ? 0 : idle + 1;
                    chainR = end.r();
                    chainBest = end.x();
                } else {
                    idle++;
                }
                if (end.r() < bestFloat - 1e-12) {
                    Optional<Rational[]> exact = repair(programId, model, p, k, end.x(),
                            why -> progress.accept("repair: " + why));
                    String ex = exact.map(e -> e[r].toDecimal(10, true).toPlainString()).orElse("repair failed");
                    progress.accept(String.format("start %d (%s): float r %.10f, exact %s, %.0f s", starts - 1, kind,
                            end.r(), ex, (System.nanoTime() - t0) / 1e9));
                    if (exact.isPresent() && (best == null || exact.get()[r].compareTo(best[r]) < 0)) {
                        best = exact.get();
                        bestFloat = end.r();
                    }
                }
            }
            progress.accept(chains + " chains, " + polishes + " SLP polishes");
            if (best != null && !PointCheck.maxViolation(model, best).feasible()) {
                throw new IllegalStateException("repaired point lost feasibility");
            }
            return new WitnessSearchResult(Optional.ofNullable(best),
                    Optional.ofNullable(best == null ? null : best[r]), bestFloat, 0, rounds, 2 * rounds, starts,
                    Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    /**
     * Joint sequential-LP steps from x (at most {@value #POLISH_SECONDS} s), settled by exact LPs over block B then
     * block A (which put the margins back); the settled point if its r is below {@code r}, else null.
     */
    private static GuaranteeAlternation.Point polish(GuaranteeAlternation alt, WitnessSearchProgram prog,
                                                     double[] scale, WitnessSearchSlp.Parameters par,
                                                     tradebounds.solve.SolverAdapter lp, double[] x, double r,
                                                     long deadline, String label) {
        WitnessSearchSlp.Run run = WitnessSearchSlp.minimise(prog, x, scale, par,
                Math.min(deadline, System.nanoTime() + POLISH_SECONDS * 1_000_000_000L), lp, m -> { }, label);
        double[] y = run.point();
        int ri = alt.rIndex();
        if (!(prog.totalViolation(y) < 1e-9) || !(y[ri] < r)) {
            return null;
        }
        double[] zb = alt.half(y, 0);
        double[] z = zb == null ? null : alt.half(zb, 1);
        if (z == null || alt.opt(z) < 1 + GuaranteeAlternation.MARGIN / 2 || !(z[ri] < r)) {
            return null;
        }
        return new GuaranteeAlternation.Point(z, z[ri], true);
    }

    static Optional<Rational[]> repair(String programId, Model model, List<Rational> p, int k, double[] x,
                                       Consumer<String> why) {
        if (programId.equals("qcp41")) {
            Optional<Rational[]> out = GuaranteePointRepair.repair41(model, x, p);
            if (out.isEmpty()) {
                why.accept("(4.1) repair failed");
            }
            return out;
        }
        return Guarantee51Repair.repair(model, p, k, x, why);
    }

    /**
     * A random point in the shape of the hard instances seen for (4.1): per unit, mass 1 on a few prices below p_n,
     * and with probability 1/2 a buyer mass of order 1/p_n at p_n (it carries OPT at little cost to the welfare
     * rows). On the diagonal the buyer copies the seller (b(q) = s(k-q+1)).
     */
    static double[] randomTarget(Model model, double[] price, int k, boolean diagonal, SplittableRandom random) {
        int n = price.length;
        double[] x = new double[model.variableCount()];
        for (int q = 1; q <= k; q++) {
            for (int side = 0; side < 2; side++) {
                double[] m = new double[n];
                int atoms = 1 + random.nextInt(Math.min(8, n - 1));
                double sum = 0;
                for (int a = 0; a < atoms; a++) {
                    double w = random.nextDouble();
                    m[random.nextInt(n - 1)] += w;
                    sum += w;
                }
                for (int i = 0; i < n; i++) {
                    m[i] /= sum;
                }
                if (side == 1 && random.nextBoolean()) {
                    m[n - 1] = random.nextDouble() / price[n - 1];
                }
                for (int i = 0; i < n; i++) {
                    x[index(model, side, i + 1, q, k)] = m[i];
                }
            }
        }
        if (diagonal) {
            for (int q = 1; q <= k; q++) {
                for (int j = 1; j <= n; j++) {
                    x[index(model, 1, j, q, k)] = x[index(model, 0, j, k - q + 1, k)];
                }
            }
        }
        return x;
    }

    /** Moves 10..100% of one nonzero atom of {@code block} to a neighbouring or random price (same unit and side). */
    static double[] perturb(double[] x0, boolean[] block, Model model, int n, int k, SplittableRandom random) {
        double[] x = x0.clone();
        int vars = model.variableCount();
        for (int tries = 0; tries < 8 * vars; tries++) {
            int from = random.nextInt(vars);
            if (!block[from] || x[from] <= 1e-9) {
                continue;
            }
            String name = model.variables().get(from).name();
            int under = name.indexOf('_');
            int i = Integer.parseInt(name.substring(1, under < 0 ? name.length() : under));
            int toI = random.nextBoolean() ? Math.max(1, Math.min(n, i + (random.nextBoolean() ? 1 : -1)))
                    : 1 + random.nextInt(n);
            int to = model.indexOf(name.charAt(0) + Integer.toString(toI) + (under < 0 ? "" : name.substring(under)));
            double moved = x[from] * (0.1 + 0.9 * random.nextDouble());
            x[from] -= moved;
            x[to] += moved;
            return x;
        }
        return x;
    }

    private static int index(Model model, int side, int i, int q, int k) {
        String name = (side == 0 ? "s" : "b") + i + (k == 1 && model.name().equals("qcp41") ? "" : "_" + q);
        int idx = model.indexOf(name);
        if (idx < 0) {
            throw new IllegalArgumentException("model " + model.name() + " has no variable " + name);
        }
        return idx;
    }

    /**
     * The sequential LP of {@link WitnessSearchSlp} from random (or warm) starts, for the diagonal with odd k.
     * Starts are the random targets pushed onto the exact dominance chains, which satisfy every linear row.
     */
    private static WitnessSearchResult slp(Model model, List<Rational> p, int k, long seed, long deadline,
                                           int maxStarts, double[] warm, Consumer<String> progress, long t0) {
        int n = p.size();
        double[] price = new double[n];
        for (int i = 0; i < n; i++) {
            price[i] = p.get(i).toDouble();
        }
        MultiUnitLayout lay = new MultiUnitLayout(model, n, k);
        WitnessSearchProgram prog = new WitnessSearchProgram(model);
        double[] scale = new double[model.variableCount()];
        java.util.Arrays.fill(scale, 1);
        WitnessSearchSlp.Parameters par = WitnessSearchSlp.Parameters.defaults();
        SplittableRandom random = new SplittableRandom(seed);
        Rational[] best = null;
        double bestFloat = Double.POSITIVE_INFINITY;
        int starts = 0;
        int iterations = 0;
        int lps = 0;
        var lp = new tradebounds.solve.ortools.GlopAdapter();
        while (starts < maxStarts && (starts == 0 || System.nanoTime() < deadline)) {
            double[] start = starts == 0 && warm != null ? warm.clone()
                    : MultiUnitWitnessSearch.start(lay, price, k, model.variableCount(), random, true);
            String label = model.name() + " k=" + k + " start " + starts;
            starts++;
            WitnessSearchSlp.Run run = WitnessSearchSlp.minimise(prog, start, scale, par, deadline, lp, m -> { },
                    label);
            iterations += run.iterations();
            lps += run.lpCount();
            Optional<Rational[]> exact = Guarantee51Repair.repair(model, p, k, run.point(),
                    why -> progress.accept(label + ": repair: " + why));
            progress.accept(String.format("%s: float r %.10f, violation %.2e, exact %s", label, run.point()[lay.r],
                    prog.totalViolation(run.point()),
                    exact.map(e -> e[lay.r].toDecimal(10, true).toPlainString()).orElse("repair failed")));
            if (exact.isPresent() && (best == null || exact.get()[lay.r].compareTo(best[lay.r]) < 0)) {
                best = exact.get();
                bestFloat = run.point()[lay.r];
            }
        }
        return new WitnessSearchResult(Optional.ofNullable(best), Optional.ofNullable(best == null ? null
                : best[lay.r]), bestFloat, 0, iterations, lps, starts, Duration.ofNanos(System.nanoTime() - t0));
    }
}
