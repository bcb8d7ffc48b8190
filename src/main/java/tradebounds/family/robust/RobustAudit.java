package tradebounds.family.robust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import tradebounds.family.robust.program.CouplingPrograms;
import tradebounds.family.robust.program.MechanismPrograms;
import tradebounds.family.robust.program.PricePrograms;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Rational;

/**
 * The paper-004 audit: for each marginal pair and grid size, programs (a)-(d) certified and replayed, compared
 * with Proposition 1's enclosure of A. Entry point for {@code claims}: {@link #audit}.
 */
public final class RobustAudit {
    private RobustAudit() {
    }

    /** A named pair of continuous marginals. */
    public record Pair(String id, ContinuousMarginal buyer, ContinuousMarginal seller) {
    }

    /** The three standard non-degenerate test pairs (uniform buyer with uniform sellers on [0, 1/2], [0, 3/4];
     *  buyer F(v) = v^2 with a uniform seller). */
    public static List<Pair> standardPairs() {
        Rational one = Rational.ONE;
        return List.of(
                new Pair("U01-U0half", PolynomialMarginal.uniform(Rational.ZERO, one),
                        PolynomialMarginal.uniform(Rational.ZERO, Rational.of(1, 2))),
                new Pair("U01-U0threequarters", PolynomialMarginal.uniform(Rational.ZERO, one),
                        PolynomialMarginal.uniform(Rational.ZERO, Rational.of(3, 4))),
                new Pair("vsquared-U01", PolynomialMarginal.power(2, one), PolynomialMarginal.uniform(Rational.ZERO, one)));
    }

    /**
     * One grid size for one pair. {@code maxMin}, {@code minMax} and {@code atBestPrice} (program (a) at the best
     * deterministic price) are on the pessimistic grid, {@code maxMinOptimistic} on the optimistic one;
     * {@code mechanisms} (program (d), pessimistic grid) is null unless requested.
     */
    public record GridRow(String pair, int cells, Comonotone.PriceValue bestDeterministic, CertifiedValue atBestPrice,
                          CertifiedValue maxMin, CertifiedValue minMax, CertifiedValue maxMinOptimistic,
                          CertifiedValue mechanisms) {
        /** (b) certified exactly and equal to the best deterministic price's guarantee. */
        public boolean deterministicAttains() {
            return maxMin.exact() && maxMin.value().get().equals(bestDeterministic.value());
        }

        public boolean maxMinEqualsMinMax() {
            return maxMin.exact() && minMax.exact() && maxMin.value().equals(minMax.value());
        }
    }

    public static GridRow gridRow(Pair pair, int cells, Path dir, String solver, boolean withMechanisms) {
        RobustGrid pess = Discretization.pessimistic(pair.buyer(), pair.seller(), cells);
        RobustGrid opt = Discretization.optimistic(pair.buyer(), pair.seller(), cells);
        String stem = pair.id() + "-n" + cells + "-";
        Comonotone.PriceValue best = Comonotone.bestPrice(pess);
        CertifiedValue a = GridCertifier.certify(CouplingPrograms.worstCoupling(pess, best.price()), solver,
                dir.resolve(stem + "a-worst-coupling.cert"));
        CertifiedValue b = GridCertifier.certify(PricePrograms.maxMin(pess), solver, dir.resolve(stem + "b-maxmin.cert"));
        CertifiedValue c = GridCertifier.certify(CouplingPrograms.minMax(pess), solver, dir.resolve(stem + "c-minmax.cert"));
        CertifiedValue bo = GridCertifier.certify(PricePrograms.maxMin(opt), solver,
                dir.resolve(stem + "b-maxmin-optimistic.cert"));
        CertifiedValue d = withMechanisms ? GridCertifier.certify(MechanismPrograms.maxMin(pess), solver,
                dir.resolve(stem + "d-mechanisms.cert")) : null;
        return new GridRow(pair.id(), cells, best, a, b, c, bo, d);
    }

    /** What the audit found for one registry claim. {@code holds} is false when the evidence contradicts it. */
    public record ClaimResult(String claim, boolean holds, String evidence, List<Path> certificates) {
    }

    /** Everything the registry entries of claims/robust need. */
    public record AuditResult(List<ClaimResult> claims, List<GridRow> rows, List<Proposition1.Result> closedForms,
                              String report) {
    }

    /**
     * Runs the audit: Proposition 1 enclosures for each pair, then every grid size (programs (a)-(c), and (d) for
     * grid sizes up to {@code mechanismsUpTo}), and derives one result per claim.
     */
    public static AuditResult audit(List<Pair> pairs, int[] sizes, int mechanismsUpTo, Path dir, String solver) {
        List<GridRow> rows = new ArrayList<>();
        List<Proposition1.Result> closed = new ArrayList<>();
        List<Path> certs = new ArrayList<>();
        boolean bracket = true;
        boolean attains = true;
        boolean equal = true;
        boolean worst = true;
        StringBuilder why = new StringBuilder();
        for (Pair pair : pairs) {
            Proposition1.Result pr = new Proposition1(pair.buyer(), pair.seller()).maximize(1e-9, 600);
            closed.add(pr);
            for (int n : sizes) {
                GridRow r = gridRow(pair, n, dir, solver, n <= mechanismsUpTo);
                rows.add(r);
                certs.add(r.maxMin().certificate());
                certs.add(r.minMax().certificate());
                certs.add(r.maxMinOptimistic().certificate());
                certs.add(r.atBestPrice().certificate());
                boolean in = r.maxMin().proved() && r.maxMinOptimistic().proved()
                        && r.maxMin().upper().get().toDouble() <= pr.a().hi().doubleValue() + 1e-15
                        && r.maxMinOptimistic().lower().get().toDouble() >= pr.a().lo().doubleValue() - 1e-15;
                bracket &= in;
                attains &= r.deterministicAttains();
                equal &= r.maxMinEqualsMinMax();
                worst &= r.atBestPrice().exact() && r.atBestPrice().value().get().equals(r.bestDeterministic().value());
                if (!in) {
                    why.append(pair.id()).append(" n=").append(n).append(" grid bracket misses A; ");
                }
            }
        }
        List<ClaimResult> claims = List.of(
                new ClaimResult("malik-prop1", bracket, "Proposition 1's A (interval) lies between the certified "
                        + "pessimistic and optimistic grid max-min values at every grid size. " + why, certs),
                new ClaimResult("malik-thm3", attains, "on every pessimistic grid the certified max-min over randomized "
                        + "posted prices equals exactly the guarantee of the best deterministic price", certs),
                new ClaimResult("malik-thm4", equal, "max-min (b) and min-max (c) certified exactly and equal on every "
                        + "grid (they are LP duals of each other)", certs),
                new ClaimResult("malik-worst-distribution", worst, "program (a) at the best price, certified exactly, "
                        + "equals the gains against the comonotone (F(v) = G(c)) coupling", certs));
        return new AuditResult(claims, rows, closed, report(pairs, rows, closed));
    }

    /**
     * Writes the audit report: {@code RobustAudit <certificate dir> <sizes, e.g. 25,50,100> <mechanisms up to n>}
     * (report on stdout, certificates under the directory).
     */
    public static void run(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "certificates/robust");
        int[] sizes = java.util.Arrays.stream((args.length > 1 ? args[1] : "25,50,100").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int mech = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        AuditResult r = audit(standardPairs(), sizes, mech, dir, "glop");
        System.out.print(r.report());
        r.claims().forEach(c -> System.out.println(c.claim() + " holds=" + c.holds() + ": " + c.evidence()));
        r.closedForms().forEach(c -> System.out.println("Prop. 1: A in " + c.a() + ", p* in " + c.pStar()));
        for (GridRow row : r.rows()) {
            System.out.println(row.pair() + " n=" + row.cells() + ": (b) " + row.maxMin().size() + ", solve "
                    + row.maxMin().solveTime().toMillis() + " ms, check " + row.maxMin().checkTime().toMillis()
                    + " ms; (c) solve " + row.minMax().solveTime().toMillis() + " ms, check "
                    + row.minMax().checkTime().toMillis() + " ms" + (row.mechanisms() == null ? "" : "; (d) "
                    + row.mechanisms().size() + ", solve " + row.mechanisms().solveTime().toMillis() + " ms, check "
                    + row.mechanisms().checkTime().toMillis() + " ms"));
        }
    }

    static String report(List<Pair> pairs, List<GridRow> rows, List<Proposition1.Result> closed) {
        StringBuilder s = new StringBuilder("| pair | n | best det. price | (a) at it | (b) pess. | (c) pess. | (b) opt. | "
                + "A (Prop. 1) | det. attains | (d) pess. | (d) - (b) |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (GridRow r : rows) {
            Proposition1.Result pr = closed.get(indexOf(pairs, r.pair()));
            String d = r.mechanisms() == null ? "-" : show(r.mechanisms());
            String diff = r.mechanisms() == null || !r.mechanisms().exact() || !r.maxMin().exact() ? "-"
                    : r.mechanisms().value().get().subtract(r.maxMin().value().get()).toDisplay();
            s.append("| ").append(r.pair()).append(" | ").append(r.cells()).append(" | ")
                    .append(r.bestDeterministic().price()).append(" | ").append(show(r.atBestPrice())).append(" | ")
                    .append(show(r.maxMin())).append(" | ").append(show(r.minMax())).append(" | ")
                    .append(show(r.maxMinOptimistic())).append(" | ").append(pr.a()).append(" | ")
                    .append(r.deterministicAttains()).append(" | ").append(d).append(" | ").append(diff).append(" |\n");
        }
        return s.toString();
    }

    private static int indexOf(List<Pair> pairs, String id) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static String show(CertifiedValue v) {
        if (!v.proved()) {
            return "REJECTED";
        }
        if (v.exact()) {
            Rational x = v.value().get();
            return x + " (~" + x.toDisplay() + ")";
        }
        return "[" + v.lower().map(Rational::toDouble).orElse(Double.NaN) + ", "
                + v.upper().map(Rational::toDouble).orElse(Double.NaN) + "]";
    }
}
