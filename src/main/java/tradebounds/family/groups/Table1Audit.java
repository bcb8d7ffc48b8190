package tradebounds.family.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import tradebounds.family.groups.exact.BernoulliExact;
import tradebounds.family.groups.exact.Interval;
import tradebounds.family.groups.exact.LatticeEnclosure;
import tradebounds.family.groups.exact.TailBounds;
import tradebounds.family.groups.exact.UniformExact;
import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.Efficiency;
import tradebounds.family.groups.mechanism.IrRule;
import tradebounds.family.groups.mechanism.Reading;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.family.groups.mechanism.Truncation;
import tradebounds.family.groups.montecarlo.MonteCarlo;
import tradebounds.family.groups.montecarlo.PartialSums;
import tradebounds.model.Rational;

/**
 * Evaluates printed Table 1 numbers under every relevant reading. Methods by cell: Bernoulli exact binomial sums;
 * uniform exact Irwin-Hall sums for n &le; 100 and Bernstein bounds at n = 10^4; normal and mixed the lattice
 * sandwich at n = 5 (all three truncations), a Monte Carlo estimate at n = 100 (no enclosure: stated as such),
 * Bernstein bounds at n = 10^4 (WINDOW only, where every mean equals mu). Thread-safe: the memo tables are concurrent.
 */
public final class Table1Audit {
    private static final double RUNS = 1e6;
    private static final Truncation[] SMALL_TRUNCATIONS = {Truncation.WINDOW, Truncation.UNIT_CONDITION,
        Truncation.UNIT_CLAMP};
    private final Config config;
    // The audit runs claims on several threads through one instance: a HashMap here threw
    // ConcurrentModificationException (a failed row) whenever two Table 1 cells were audited at once.
    private final Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    public Table1Audit(Config config) {
        this.config = config;
    }

    public List<Finding> all() {
        List<Finding> out = new ArrayList<>();
        for (Table1.Entry e : Table1.entries()) {
            if (e.cell().n() <= config.maxN()) {
                out.add(evaluate(e));
            }
        }
        return out;
    }

    static String label(Truncation t, IrRule r, Efficiency e) {
        return (t == null ? "*" : t.name().toLowerCase()) + "/" + (r == null ? "*" : r.name().toLowerCase()) + "/"
                + (e == null ? "*" : e.name().toLowerCase());
    }

    private static boolean normalPart(Shape s) {
        return s == Shape.NORMAL || s == Shape.MIXED;
    }

    /** The stated reading, masked to the options that matter for this entry. */
    static String statedLabel(Table1.Entry entry) {
        Reading s = Reading.STATED;
        Shape shape = entry.cell().shape();
        return entry.quantity() == Quantity.IR
                ? label(normalPart(shape) ? s.truncation() : null, shape == Shape.BERNOULLI ? s.ir() : null, null)
                : label(normalPart(shape) ? s.truncation() : null, null, s.efficiency());
    }

    public Finding evaluate(Table1.Entry entry) {
        Cell cell = entry.cell();
        List<Evidence> ev = switch (cell.shape()) {
            case BERNOULLI -> bernoulli(entry);
            case UNIFORM -> uniform(entry);
            case NORMAL, MIXED -> normalType(entry);
        };
        return new Finding(entry, ev, statedLabel(entry));
    }

    private static double irSe(double p) {
        return Math.sqrt(Math.max(0, p * (1 - p)) / RUNS);
    }

    /** Delta-method SE at 10^6 runs of mean(D)/mean(D^+) from E[D^2], E[(D^+)^2], m = E[D], R. */
    private static double ratioSe(double second, double plusSecond, double m, double r) {
        double var = second + (r * r - 2 * r) * plusSecond;
        return Math.sqrt(Math.max(0, var) / RUNS) / (m / r);
    }

    private static Evidence exact(String reading, Rational v, double se, String seMethod) {
        double d = v.toDouble();
        return new Evidence(reading, new Interval(Math.nextDown(d), Math.nextUp(d)), v, "exact", true, se, 0,
                seMethod);
    }

    private List<Evidence> bernoulli(Table1.Entry entry) {
        Cell c = entry.cell();
        int n = c.n();
        Rational a = c.muBuyer();
        Rational b = c.muSeller();
        List<Evidence> out = new ArrayList<>();
        if (n >= 10_000 && !config.largeExact()) {
            return tail(entry, null);
        }
        if (entry.quantity() == Quantity.IR) {
            for (IrRule r : IrRule.values()) {
                Rational p = (Rational) memo.computeIfAbsent("bern-ir-" + c + r,
                        k -> BernoulliExact.irProbability(n, a, b, r));
                out.add(exact(label(null, r, null), p, irSe(p.toDouble()), "binomial"));
            }
            return out;
        }
        Rational[] e = (Rational[]) memo.computeIfAbsent("bern-eff-" + c, k -> BernoulliExact.efficiency(n, a, b));
        double m = a.subtract(b).toDouble() * n;
        double second = n * (a.toDouble() * (1 - a.toDouble()) + b.toDouble() * (1 - b.toDouble())) + m * m;
        out.add(exact(label(null, null, Efficiency.RATIO_OF_MEANS), e[0],
                ratioSe(second, e[2].toDouble(), m, e[0].toDouble()), "exact moments, delta method"));
        out.add(exact(label(null, null, Efficiency.MEAN_OF_RUN_RATIOS), e[1], irSe(e[1].toDouble()), "binomial"));
        return out;
    }

    private List<Evidence> uniform(Table1.Entry entry) {
        Cell c = entry.cell();
        int n = c.n();
        Rational a = c.muBuyer();
        Rational b = c.muSeller();
        if (n >= 10_000) {
            List<Evidence> bound = tail(entry, null);
            // Exact Irwin-Hall at n = 10^4 costs about 2 minutes per IR cell (5000 powers of 10^4-digit
            // integers): spend it only where the Bernstein enclosure is wider than the 6-decimal print.
            boolean sharp = bound.get(0).value().width() < 1e-9;
            if (!config.largeExact() || entry.quantity() != Quantity.IR || sharp) {
                return bound;
            }
            Rational p = UniformExact.irProbability(n, a, b);
            return List.of(exact(label(null, null, null), p, irSe(p.toDouble()), "binomial"));
        }
        List<Evidence> out = new ArrayList<>();
        if (entry.quantity() == Quantity.IR) {
            Rational p = UniformExact.irProbability(n, a, b);
            out.add(exact(label(null, null, null), p, irSe(p.toDouble()), "binomial"));
            return out;
        }
        Rational[] e = UniformExact.efficiency(n, a, b);
        double m = a.subtract(b).toDouble() * n;
        double second = n * 2 * (4.0 / 75) + m * m;
        out.add(exact(label(null, null, Efficiency.RATIO_OF_MEANS), e[0],
                ratioSe(second, e[2].toDouble(), m, e[0].toDouble()), "exact moments, delta method"));
        out.add(exact(label(null, null, Efficiency.MEAN_OF_RUN_RATIOS), e[1], irSe(e[1].toDouble()), "binomial"));
        return out;
    }

    private List<Evidence> normalType(Table1.Entry entry) {
        Cell c = entry.cell();
        if (c.n() >= 10_000) {
            List<Evidence> out = new ArrayList<>();
            for (Truncation t : SMALL_TRUNCATIONS) {
                out.addAll(tail(entry, t));
            }
            return out;
        }
        List<Evidence> out = new ArrayList<>();
        boolean ir = entry.quantity() == Quantity.IR;
        Truncation[] truncations = c.n() <= 5 ? SMALL_TRUNCATIONS
                : new Truncation[] {Truncation.WINDOW, Truncation.UNIT_CONDITION};
        for (Truncation t : truncations) {
            PartialSums pilot = (PartialSums) memo.computeIfAbsent("mc-" + c + t, k -> MonteCarlo.run(c,
                    new Reading(t, IrRule.STRICT, Efficiency.RATIO_OF_MEANS), config.seed(), 0,
                    c.n() <= 5 ? config.pilotRuns() : config.mcRuns(), config.threads()));
            double scale = Math.sqrt(pilot.runs() / RUNS);
            // A run set with no variation (all IR, all D >= 0) has sample SE 0; 1/N keeps the tolerance honest.
            double floor = 1.0 / pilot.runs();
            if (c.n() <= 5) {
                LatticeEnclosure.Result r = (LatticeEnclosure.Result) memo.computeIfAbsent("lat-" + c + t,
                        k -> LatticeEnclosure.enclose(c, t, IrRule.STRICT, config.latticeK()));
                String how = "lattice K=" + r.k();
                if (ir) {
                    out.add(new Evidence(label(t, null, null), r.ir(), null, how, true, irSe(r.ir().mid()), 0,
                            "binomial"));
                } else {
                    out.add(new Evidence(label(t, null, Efficiency.RATIO_OF_MEANS), r.ratioOfMeans(), null, how,
                            true, pilot.ratioStandardError() * scale, 0, "pilot MC " + pilot.runs()
                            + " runs, delta method"));
                    out.add(new Evidence(label(t, null, Efficiency.MEAN_OF_RUN_RATIOS), r.nonNegative(), null,
                            how, true, irSe(r.nonNegative().mid()), 0, "binomial"));
                }
            } else {
                String how = "mc " + pilot.runs() + " runs (no enclosure)";
                if (ir) {
                    double p = pilot.irProbability();
                    out.add(new Evidence(label(t, null, null), Interval.point(p), null, how, false, irSe(p),
                            Math.max(floor, pilot.irStandardError()), "binomial"));
                } else {
                    double r = pilot.ratioOfMeans();
                    out.add(new Evidence(label(t, null, Efficiency.RATIO_OF_MEANS), Interval.point(r), null, how,
                            false, pilot.ratioStandardError() * scale, Math.max(floor, pilot.ratioStandardError()),
                            "MC delta method, scaled"));
                    double q = pilot.nonNegative();
                    out.add(new Evidence(label(t, null, Efficiency.MEAN_OF_RUN_RATIOS), Interval.point(q), null, how,
                            false, irSe(q), Math.max(floor, pilot.nonNegativeStandardError()), "binomial"));
                }
            }
        }
        return out;
    }

    /** Bernstein enclosures; SE of the ratio from a Gaussian approximation of D (only sizes the tolerance). */
    private List<Evidence> tail(Table1.Entry entry, Truncation t) {
        Cell c = entry.cell();
        Truncation trunc = t == null ? Truncation.WINDOW : t;
        TailBounds.Result r = (TailBounds.Result) memo.computeIfAbsent("tail-" + c + trunc,
                k -> TailBounds.enclose(c, trunc, config.latticeK()));
        List<Evidence> out = new ArrayList<>();
        boolean bern = c.shape() == Shape.BERNOULLI;
        if (entry.quantity() == Quantity.IR) {
            for (IrRule rule : bern ? IrRule.values() : new IrRule[] {null}) {
                out.add(new Evidence(label(t, rule, null), r.ir(), null, "bernstein", true, irSe(r.ir().lo()), 0,
                        "binomial at the lower end"));
            }
            return out;
        }
        double m = c.n() * c.muBuyer().subtract(c.muSeller()).toDouble();
        double s = Math.sqrt(c.n() * (variance(c.buyerLaw(trunc)) + variance(c.sellerLaw(trunc))));
        NormalDistribution z = new NormalDistribution();
        double x = m / s;
        double plus = m * z.cumulativeProbability(x) + s * z.density(x);
        double plusSecond = (m * m + s * s) * z.cumulativeProbability(x) + m * s * z.density(x);
        double ratio = m / plus;
        out.add(new Evidence(label(t, null, Efficiency.RATIO_OF_MEANS), r.ratioOfMeans(), null, "bernstein", true,
                ratioSe(s * s + m * m, plusSecond, m, ratio), 0, "Gaussian approximation of D"));
        out.add(new Evidence(label(t, null, Efficiency.MEAN_OF_RUN_RATIOS), r.nonNegative(), null, "bernstein",
                true, irSe(r.nonNegative().lo()), 0, "binomial at the lower end"));
        return out;
    }

    /** Variance for SE sizing only: window normal sigma^2 (1 - 4 phi(2)/(2 Phi(2) - 1)). */
    private static double variance(tradebounds.family.groups.mechanism.Law law) {
        double mu = law.mean().toDouble();
        double normal = 0.04 * 0.773741;
        double uniform = 4.0 / 75;
        double bern = mu * (1 - mu);
        return switch (law.shape()) {
            case NORMAL -> normal;
            case UNIFORM -> uniform;
            case BERNOULLI -> bern;
            case MIXED -> (normal + uniform + bern) / 3;
        };
    }
}
