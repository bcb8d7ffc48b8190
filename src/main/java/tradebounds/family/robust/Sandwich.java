package tradebounds.family.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.CheckOutcome;
import tradebounds.check.DualBound;
import tradebounds.check.Proved;
import tradebounds.claims.CheckedFiles;
import tradebounds.claims.ProgramMatch;
import tradebounds.family.robust.program.CouplingPrograms;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * Brackets [lo, hi] of the continuous robust values of Malik (2023) for one marginal pair, each end a stored
 * certificate that the checker replays, through the discretisation sandwich of {@link Discretization} (proof in
 * docs/findings-seed004.md):
 * <pre>  lo &lt;= Guarantee(p0 on the pessimistic grid) &lt;= Guarantee(p0) &lt;= MaxMin(F, G) &lt;= MinMax(F, G)
 *      &lt;= MinMax(F_up, G_low) &lt;= MinMax restricted to a support (F_up, G_low) &lt;= hi.</pre>
 * <ul>
 *   <li><b>Lower end</b> ({@link #lowerModel}): program (a), the worst coupling for the one posted price p0
 *       ({@link CouplingPrograms#worstCoupling}), on a pessimistic grid (buyer values rounded down, seller costs
 *       rounded up) whose cells are fine only in the trade region [p0, y0] x [x0, p0] and one cell wide outside it.
 *       The certificate is an {@code lp-optimum} with a DUAL only: the staircase potentials of {@link #staircaseDual},
 *       exact, so the checker's safe bound is the exact grid optimum. Any cell partition is allowed by the
 *       sandwich; fine cells elsewhere would change nothing but the size, because outside the trade region the
 *       worst coupling never trades.</li>
 *   <li><b>Upper end</b> ({@link #upperModel}): program (c) restricted to the support of the comonotone coupling of
 *       the optimistic grid ({@link CouplingPrograms#minMaxOnSupport}), with that coupling and z = its best price's
 *       gains as SOL; a {@code qcp-witness} (a feasible point of a min program bounds it from above; the program is
 *       linear). Restricting the support only raises a min, so the bound holds for (c) itself.</li>
 * </ul>
 * Both ends bound both continuous values (max-min over randomized posted prices, and min-max), since
 * MaxMin &lt;= MinMax always, and also the guarantee of the single price p0 and of the best deterministic price.
 * No solver is involved: the comonotone coupling and its potentials are exact by construction, and the checker
 * judges them.
 */
public final class Sandwich {
    public static final Path DIR = Path.of("certificates", "robust", "sandwich");

    private Sandwich() {
    }

    /**
     * One pair's bracket recipe: the lower end's price p0 and trade-region corners x0 &lt;= x(p0), y0 &gt;= y(p0)
     * (rational approximations; the fine cells cover [p0, y0] and [x0, p0]), and the cells per side of each grid.
     */
    public record Spec(RobustAudit.Pair pair, Rational price, Rational x0, Rational y0, int lowerBuyerCells,
                       int lowerSellerCells, int upperBuyerCells, int upperSellerCells) {
        public Path lowerFile() {
            return DIR.resolve(pair.id() + "-lower-a.cert.gz");
        }

        public Path upperFile() {
            return DIR.resolve(pair.id() + "-upper-c-support.cert.gz");
        }
    }

    private static Rational q(String s) {
        return Rational.parse(s);
    }

    /**
     * The recipes for {@link RobustAudit#standardPairs}. p0 is Proposition 1's p* for the uniform pairs (t) and
     * 0.448 for F(v) = v^2 against U[0,1] (p* = s*^2 ~ 0.44770 with 2 s^4 + 2 s^3 = 1; W(0.448) is 4e-8 below A).
     * Cell counts: the least (in steps of about 10%) that keep hi - lo &lt;= 2e-3 with some margin; see the findings.
     */
    public static List<Spec> specs() {
        List<RobustAudit.Pair> p = RobustAudit.standardPairs();
        return List.of(
                new Spec(p.get(0), q("1/2"), q("1/4"), q("1"), 280, 200, 600, 400),
                new Spec(p.get(1), q("3/4"), q("9/16"), q("1"), 100, 100, 400, 400),
                new Spec(p.get(2), q("0.448"), q("0.2007"), q("0.6694"), 120, 120, 500, 500));
    }

    public static Optional<Spec> spec(String pairId) {
        return specs().stream().filter(s -> s.pair().id().equals(pairId)).findFirst();
    }

    /** lo, then the fine run from {@code from} to {@code to} in {@code cells} equal steps, then hi (ends merged). */
    static List<Rational> breakpoints(Rational lo, Rational from, Rational to, int cells, Rational hi) {
        List<Rational> b = new ArrayList<>();
        b.add(lo);
        for (int k = 0; k <= cells; k++) {
            Rational x = from.add(to.subtract(from).multiply(Rational.of(k, cells)));
            if (x.compareTo(b.get(b.size() - 1)) > 0 && x.compareTo(hi) <= 0) {
                b.add(x);
            }
        }
        if (b.get(b.size() - 1).compareTo(hi) < 0) {
            b.add(hi);
        }
        return b;
    }

    /** The lower end's pessimistic grid: buyer LOWER, seller UPPER, fine cells in [p0, y0] and [x0, p0] only. */
    public static RobustGrid lowerGrid(Spec s) {
        ContinuousMarginal f = s.pair().buyer();
        ContinuousMarginal g = s.pair().seller();
        List<Rational> vb = breakpoints(f.lo(), s.price().max(f.lo()), s.y0().min(f.hi()), s.lowerBuyerCells(), f.hi());
        List<Rational> cb = breakpoints(g.lo(), s.x0().max(g.lo()), s.price().min(g.hi()), s.lowerSellerCells(), g.hi());
        return new RobustGrid(Discretization.discretizeOn(f, vb, Discretization.Placement.LOWER),
                Discretization.discretizeOn(g, cb, Discretization.Placement.UPPER));
    }

    public static Model lowerModel(Spec s) {
        return CouplingPrograms.worstCoupling(lowerGrid(s), s.price());
    }

    /**
     * Dual potentials for program (a) (rows buyer_0..m-1, then seller_0..n-1, the order of {@link
     * CouplingPrograms#worstCoupling}), from the north-west-corner staircase: along the path that fills the comonotone
     * coupling (moving down when the buyer's mass is used up, else right), a_i + b_j = w_ij on every path cell.
     * Why they are feasible (a_i + b_j &lt;= w_ij everywhere, so the safe bound is the exact optimum): w_ij =
     * (v_i - p)^+ 1{c_j &lt;= p} + (p - c_j)^+ 1{v_i &gt;= p} is a sum of products of a nondecreasing function of v and a
     * nonincreasing function of c, hence a Monge (submodular) array, and for Monge costs the staircase basis of the
     * north-west corner rule is optimal (Hoffman 1963). The checker does not rely on this: it computes the reduced
     * costs and the bound itself, and a negative reduced cost would only lower the bound.
     */
    public static Rational[] staircaseDual(RobustGrid g, Rational p) {
        int m = g.m();
        int n = g.n();
        Rational[] a = new Rational[m];
        Rational[] b = new Rational[n];
        int i = 0;
        int j = 0;
        Rational fi = g.buyer().mass(0);
        Rational gj = g.seller().mass(0);
        a[0] = Rational.ZERO;
        b[0] = w(g, 0, 0, p);
        while (true) {
            Rational t = fi.min(gj);
            fi = fi.subtract(t);
            gj = gj.subtract(t);
            if (i == m - 1 && j == n - 1) {
                break;
            }
            boolean down = fi.isZero() && i < m - 1 || j == n - 1;
            if (down) {
                i++;
                fi = g.buyer().mass(i);
                a[i] = w(g, i, j, p).subtract(b[j]);
            } else {
                j++;
                gj = g.seller().mass(j);
                b[j] = w(g, i, j, p).subtract(a[i]);
            }
        }
        Rational[] y = new Rational[m + n];
        System.arraycopy(a, 0, y, 0, m);
        System.arraycopy(b, 0, y, m, n);
        return y;
    }

    private static Rational w(RobustGrid g, int i, int j, Rational p) {
        return g.trades(i, j, p) ? g.gain(i, j) : Rational.ZERO;
    }

    /** The lower end: (a) with the staircase DUAL and the claim objective &gt;= its safe bound (rounded down). */
    public static Certificate lowerCertificate(Spec s) {
        RobustGrid g = lowerGrid(s);
        Model model = CouplingPrograms.worstCoupling(g, s.price());
        Rational[] y = staircaseDual(g, s.price());
        Rational bound = DualBound.bound(model, y).orElseThrow();
        Rational lo = Rational.of(bound.toDecimal(12, false));
        return CertificateBuilder.of(CertificateType.LP_OPTIMUM)
                .meta("source", "seed 004 (Malik 2023), " + s.pair().id() + ": lower end of the sandwich, the worst "
                        + "coupling (a) for posted price " + s.price() + " on a pessimistic grid")
                .meta("grid", g.m() + " buyer cells (values rounded down), " + g.n() + " seller cells (costs rounded "
                        + "up); fine in [" + s.price() + ", " + s.y0() + "] x [" + s.x0() + ", " + s.price() + "]")
                .meta("built", "tradebounds.family.robust.Sandwich")
                .program(model).dual(y).claim(ClaimKind.OBJECTIVE_AT_LEAST, lo).build();
    }

    /** The upper end's optimistic grid: buyer UPPER, seller LOWER, uniform cells. */
    public static RobustGrid upperGrid(Spec s) {
        return new RobustGrid(Discretization.discretize(s.pair().buyer(), s.upperBuyerCells(),
                Discretization.Placement.UPPER), Discretization.discretize(s.pair().seller(), s.upperSellerCells(),
                Discretization.Placement.LOWER));
    }

    /** The cells of the comonotone coupling with positive mass, in row-major order. */
    static List<int[]> support(Rational[][] pi) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < pi.length; i++) {
            for (int j = 0; j < pi[i].length; j++) {
                if (pi[i][j].signum() > 0) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    public static Model upperModel(Spec s) {
        RobustGrid g = upperGrid(s);
        return CouplingPrograms.minMaxOnSupport(g, support(Comonotone.coupling(g)));
    }

    /** The upper end: (c) on the comonotone support, SOL = that coupling and z = its best grid price's gains. */
    public static Certificate upperCertificate(Spec s) {
        RobustGrid g = upperGrid(s);
        Rational[][] pi = Comonotone.coupling(g);
        List<int[]> sup = support(pi);
        Model model = CouplingPrograms.minMaxOnSupport(g, sup);
        Rational z = Comonotone.bestPrice(g).value();
        Rational[] x = new Rational[model.variableCount()];
        for (int k = 0; k < sup.size(); k++) {
            x[k] = pi[sup.get(k)[0]][sup.get(k)[1]];
        }
        x[sup.size()] = z;
        Rational hi = Rational.of(z.toDecimal(12, true));
        return CertificateBuilder.of(CertificateType.QCP_WITNESS)
                .meta("source", "seed 004 (Malik 2023), " + s.pair().id() + ": upper end of the sandwich, the min-max "
                        + "(c) on the comonotone support of an optimistic grid")
                .meta("grid", g.m() + " buyer cells (values rounded up), " + g.n() + " seller cells (costs rounded "
                        + "down), uniform; the program is linear, SOL is a feasible point of a min")
                .meta("built", "tradebounds.family.robust.Sandwich")
                .program(model).solution(x).claim(ClaimKind.OBJECTIVE_AT_MOST, hi).build();
    }

    /** A replayed bracket: both files proved and identical in program to the builders', or the first failure. */
    public record Bracket(String pair, Optional<Rational> lo, Optional<Rational> hi, List<Path> files,
                          Optional<String> failure) {
        public boolean proved() {
            return failure.isEmpty() && lo.isPresent() && hi.isPresent();
        }

        public Rational width() {
            return hi.orElseThrow().subtract(lo.orElseThrow());
        }
    }

    /**
     * Replays a pair's stored bracket: each file is checked by the exact checker, its program compared with the
     * builder's term by term, and its one claim read (kind and sense fixed: objective &gt;= lo on a min for the lower
     * end, objective &lt;= hi on a min for the upper one).
     */
    public static Bracket replay(Spec s, Path root) {
        Path lf = root.resolve(s.lowerFile());
        Path uf = root.resolve(s.upperFile());
        List<Path> files = List.of(s.lowerFile(), s.upperFile());
        Optional<Rational> lo;
        Optional<Rational> hi;
        try {
            lo = Optional.of(end(lf, lowerModel(s), ClaimKind.OBJECTIVE_AT_LEAST));
            hi = Optional.of(end(uf, upperModel(s), ClaimKind.OBJECTIVE_AT_MOST));
        } catch (IllegalStateException e) {
            return new Bracket(s.pair().id(), Optional.empty(), Optional.empty(), files, Optional.of(e.getMessage()));
        }
        return new Bracket(s.pair().id(), lo, hi, files, Optional.empty());
    }

    private static Rational end(Path file, Model built, ClaimKind kind) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " does not exist (run: tradebounds dev robust-sandwich)");
        }
        Certificate c;
        try {
            c = CertificateReader.read(file);
        } catch (CertificateException e) {
            throw new IllegalStateException(file + ": " + e.getMessage());
        }
        Optional<String> d = ProgramMatch.firstDifference(built, c.program().orElseThrow(
                () -> new IllegalStateException(file + " has no program")).model());
        if (d.isPresent()) {
            throw new IllegalStateException(file + ": program differs from the builder's: " + d.get());
        }
        if (c.program().get().model().objective().sense() != Sense.MINIMIZE || c.claims().size() != 1
                || c.claims().get(0).kind() != kind) {
            throw new IllegalStateException(file + ": expected exactly one claim '" + kind + "' on a min program");
        }
        CheckOutcome o = CheckedFiles.check(file, c);
        if (!(o instanceof Proved)) {
            throw new IllegalStateException(file + " is not proved by the checker: " + o);
        }
        return c.claims().get(0).bound();
    }

    /** Dev tool {@code robust-sandwich [PAIR...]}: writes the brackets' certificates and checks them. */
    public static void run(String[] args) throws IOException {
        for (Spec s : specs()) {
            if (args.length > 0 && !List.of(args).contains(s.pair().id())) {
                continue;
            }
            long t0 = System.nanoTime();
            CertificateWriter.write(lowerCertificate(s), s.lowerFile());
            CertificateWriter.write(upperCertificate(s), s.upperFile());
            long t1 = System.nanoTime();
            Bracket b = replay(s, Path.of("."));
            long t2 = System.nanoTime();
            System.out.println(s.pair().id() + ": " + (b.proved() ? "[" + b.lo().get() + ", " + b.hi().get()
                    + "], width " + b.width().toDisplay() : "FAILED " + b.failure().orElse("")) + "; lower grid "
                    + lowerGrid(s).m() + "x" + lowerGrid(s).n() + ", upper grid " + s.upperBuyerCells() + "x"
                    + s.upperSellerCells() + "; sizes " + Files.size(s.lowerFile()) + " + " + Files.size(s.upperFile())
                    + " bytes; write " + (t1 - t0) / 1_000_000 + " ms, replay " + (t2 - t1) / 1_000_000 + " ms");
        }
    }
}
