package tradebounds.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebounds.check.WelfareEvaluator;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.ksfair.OfferMechanisms;
import tradebounds.family.ksfair.ZeroSeller;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.pareto.ExactLp;
import tradebounds.family.pareto.ParetoInstance;
import tradebounds.family.pareto.ParetoInstanceReader;
import tradebounds.family.pareto.ParetoReport;
import tradebounds.instance.BilateralInstance;
import tradebounds.instance.BilateralInstanceReader;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.instance.InstanceReader;
import tradebounds.instance.MarginalInstance;
import tradebounds.instance.MarginalInstanceReader;
import tradebounds.instance.Realizability;
import tradebounds.json.InputException;
import tradebounds.json.JsonCursor;
import tradebounds.json.JsonReader;
import tradebounds.model.Rational;

/** {@code tradebounds eval FILE}: exact OPT, best fixed price, its welfare and ratio, and optionally mechanism M. */
final class EvalCommand implements Main.Command {
    @Override
    public String summary() {
        return "exact OPT, best fixed price and ratio of an instance file (and mechanism M with --basic-prices)";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds eval [--json] [--basic-prices SPEC] FILE

                Reads an instance (JSON; every number a string holding an exact decimal or a/b):
                  {"kind":"fixed-price","units":1,
                   "seller":[{"values":["1/10"],"prob":"1/2"},...],
                   "buyer":[{"values":["3"],"prob":"1/2"},...]}
                For units = k, values holds k entries: seller marginal decrements w~(1..k), nondecreasing;
                buyer marginal increments v^(1..k), nonincreasing ((1.1)-(1.2) of Giambartolomei & de Keijzer).
                Or only per-unit marginal laws (the form the k-unit programs produce):
                  {"kind":"fixed-price-marginals","units":2,
                   "seller":[[{"value":"0","prob":"1/2"},{"value":"1","prob":"1/2"}],[...]],
                   "buyer":[[{"value":"3","prob":"1"}],[...]]}
                seller[q-1] is the law of w~(q), buyer[q-1] that of v^(q). eval decides exactly whether
                distributions over monotone vectors with these laws exist (seller laws increasing, buyer laws
                decreasing in first-order dominance), prints "realizable: yes/no (reason)", and if yes evaluates
                the quantile-coupled realization (its atom counts are printed).

                Or a single-unit bilateral (KS-fair, seed 000) instance: seller and buyer value laws
                  {"kind":"bilateral","units":1,
                   "seller":[{"value":"0","prob":"1"}],
                   "buyer":[{"value":"1","prob":"1/2"},{"value":"2","prob":"1/2"}]}
                (masses > 0 summing to 1, distinct values); eval prints OPT_FB, Pi*, U*, the KS-fair lambda-ROM
                and, for a zero-value seller, the exact KS-fair optimum; the LPs are solve --instance FILE.

                Or n i.i.d. unit-demand buyers, m identical units, a zero-value seller (seed 001):
                  {"kind":"pareto-iid","buyers":2,"units":1,
                   "law":[{"value":"1","prob":"1/2"},{"value":"2","prob":"1/2"}]}
                (1 <= units <= buyers); eval prints the first best, Pi*, U*, the exact (Pi, U) Pareto frontier's
                extreme points with their mechanisms, and the KS, Nash (Def. 5.1) and cross-side Nash solutions
                with welfare/OPT, each LP optimum certified (lp-optimum, replayed by the checker); for a lowest
                value > 0 both the printed class and formula (2) (lowest type's utility 0). See
                docs/findings-seed001.md.

                Prints, exactly: OPT (1.1); the best fixed price over all real p (trade iff w~(q) <= p <= v^(q);
                the maximum is attained at a buyer value) and its welfare SW(p) (1.2); the ratio SW/OPT.
                  --basic-prices SPEC  also the welfare of mechanism M of Definition 4.1 (best of the prices
                                       OPT * p_t); SPEC is prop41, prop42, generic:n,alpha,beta,last, or a
                                       comma-separated list such as 0,0.5,1000
                  --json               one JSON object; exact values as strings
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("eval", argv, 1, Set.of("json"), Set.of("basic-prices"));
        if (a.positionals().size() != 1) {
            throw new UsageException("eval: expected exactly one instance FILE, got " + a.positionals().size());
        }
        String file = a.positionals().get(0);
        FixedPriceInstance instance;
        String realizable = null;
        try {
            JsonCursor root = JsonCursor.root(file, JsonReader.read(Path.of(file)));
            if (kindIs(root, BilateralInstanceReader.KIND)) {
                if (a.get("basic-prices", null) != null) {
                    throw new UsageException("eval: --basic-prices applies to fixed-price instances, not \"bilateral\"");
                }
                return bilateral(file, BilateralInstanceReader.fromJson(root), a.flag("json"), out);
            }
            if (ParetoInstanceReader.declares(root)) {
                if (a.get("basic-prices", null) != null) {
                    throw new UsageException("eval: --basic-prices applies to fixed-price instances, not \""
                            + ParetoInstanceReader.KIND + "\"");
                }
                return pareto(file, ParetoInstanceReader.fromJson(root), a.flag("json"), out);
            }
            boolean marginals = root.has("kind")
                    && root.field("kind").value() instanceof tradebounds.json.JsonValue.Str k
                    && k.value().equals(MarginalInstanceReader.KIND);
            if (!marginals) {
                instance = InstanceReader.fromJson(root);
            } else {
                MarginalInstance m = MarginalInstanceReader.fromJson(root);
                java.util.Optional<FixedPriceInstance> realized = m.realize().instance(m.units());
                if (realized.isEmpty()) {
                    String why = "realizable: no (" + reason(m.realize()) + ")";
                    if (a.flag("json")) {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("file", file);
                        r.put("units", m.units());
                        r.put("realizable", false);
                        r.put("reason", reason(m.realize()));
                        out.print(JsonOut.write(r));
                    } else {
                        out.println(file + ": " + why);
                    }
                    return Main.OK;
                }
                instance = realized.get();
                realizable = "realizable: yes (quantile coupling: " + instance.seller().atoms().size()
                        + " seller atoms, " + instance.buyer().atoms().size() + " buyer atoms)";
            }
        } catch (InputException e) {
            throw new UsageException("eval: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("eval: " + file + ": cannot read: " + e.getMessage());
        }
        List<Rational> basic = null;
        if (a.get("basic-prices", null) != null) {
            try {
                basic = ProgramCatalog.prices(a.get("basic-prices", null));
            } catch (IllegalArgumentException e) {
                throw new UsageException("eval: --basic-prices: " + e.getMessage());
            }
        }
        WelfareEvaluator ev = new WelfareEvaluator(instance);
        Rational opt = ev.opt();
        WelfareEvaluator.BestPrice best = ev.bestPrice();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", file);
        if (realizable != null) {
            r.put("realizable", true);
        }
        r.put("units", instance.units());
        r.put("sellerAtoms", instance.seller().atoms().size());
        r.put("buyerAtoms", instance.buyer().atoms().size());
        r.put("opt", opt.toString());
        r.put("bestPrice", best.price().toString());
        r.put("bestWelfare", best.welfare().toString());
        Rational ratio = opt.isZero() ? Rational.ONE : best.welfare().divide(opt);
        r.put("ratio", ratio.toString());
        r.put("ratioDecimal", ratio.toDisplay());
        WelfareEvaluator.BestPrice m = basic == null ? null : ev.mechanism(basic);
        Rational mr = m == null ? null : opt.isZero() ? Rational.ONE : m.welfare().divide(opt);
        if (m != null) {
            Map<String, Object> mech = new LinkedHashMap<>();
            mech.put("basicPrices", basic.size());
            mech.put("price", m.price().toString());
            mech.put("welfare", m.welfare().toString());
            mech.put("ratio", mr.toString());
            mech.put("ratioDecimal", mr.toDisplay());
            r.put("mechanism", mech);
        }
        if (a.flag("json")) {
            out.print(JsonOut.write(r));
            return Main.OK;
        }
        Table t = new Table("quantity", "exact", "decimal");
        t.add("OPT", shorten(opt), opt.toDisplay());
        t.add("best price p*", shorten(best.price()), best.price().toDisplay());
        t.add("SW(p*)", shorten(best.welfare()), best.welfare().toDisplay());
        t.add("SW(p*)/OPT", shorten(ratio), ratio.toDisplay());
        if (m != null) {
            t.add("M price", shorten(m.price()), m.price().toDisplay());
            t.add("SW(M)", shorten(m.welfare()), m.welfare().toDisplay());
            t.add("SW(M)/OPT", shorten(mr), mr.toDisplay());
        }
        if (realizable != null) {
            out.println(file + ": " + realizable);
        }
        out.printf("%s: %d unit(s), %d seller atoms, %d buyer atoms%n", file, instance.units(),
                instance.seller().atoms().size(), instance.buyer().atoms().size());
        out.print(t.render());
        return Main.OK;
    }

    private static boolean kindIs(JsonCursor root, String kind) throws InputException {
        return root.value() instanceof tradebounds.json.JsonValue.Obj && root.has("kind")
                && root.field("kind").value() instanceof tradebounds.json.JsonValue.Str k && k.value().equals(kind);
    }

    /**
     * A KS-fair (seed 000) instance: the closed-form quantities, exactly. OPT_SB and the fairness optima are LPs
     * ({@code solve --program ksfair-... --instance FILE}), except for a zero-value seller, where the KS-fair
     * optimum has the exact two-price form of {@link ZeroSeller}.
     */
    private static int bilateral(String file, BilateralInstance instance, boolean json, PrintStream out) {
        DiscreteTrade t = KsFairOption.trade(instance);
        Rational fb = OfferMechanisms.firstBest(t);
        Rational pi = KsFairOption.piStar(t);
        Rational u = KsFairOption.uStar(t);
        Map<String, Rational> q = new LinkedHashMap<>();
        q.put("OPT_FB", fb);
        q.put("Pi* (SOM)", pi);
        q.put("U* (BOM)", u);
        if (pi.signum() > 0 && u.signum() > 0) {
            Rational lambda = OfferMechanisms.ksFairLambda(t);
            Rational rom = OfferMechanisms.biasedRandomOffer(t, lambda).gft();
            q.put("KS-fair lambda (Thm 4.1)", lambda);
            q.put("GFT(lambda-ROM)", rom);
            q.put("GFT(lambda-ROM)/OPT_FB", fb.isZero() ? Rational.ONE : rom.divide(fb));
        }
        boolean zeroSeller = t.sellers() == 1 && t.c(0).isZero();
        if (zeroSeller && pi.signum() > 0) {
            java.util.Optional<Rational> ks = ZeroSeller.ksFairGft(t).exact();
            if (ks.isPresent()) {
                q.put("KS-fair optimum GFT (zero-value seller)", ks.get());
                q.put("KS-fair optimum / OPT_SB", ks.get().divide(fb));
            }
        }
        if (json) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", file);
            r.put("kind", BilateralInstanceReader.KIND);
            r.put("sellerAtoms", t.sellers());
            r.put("buyerAtoms", t.buyers());
            q.forEach((k, v) -> r.put(k, v.toString()));
            out.print(JsonOut.write(r));
            return Main.OK;
        }
        Table tb = new Table("quantity", "exact", "decimal");
        q.forEach((k, v) -> tb.add(k, shorten(v), v.toDisplay()));
        out.printf("%s: bilateral, %d seller atoms, %d buyer atoms%n", file, t.sellers(), t.buyers());
        out.print(tb.render());
        out.println("OPT_SB and the fairness LPs: tradebounds solve --program ksfair-... --instance " + file);
        return Main.OK;
    }

    /**
     * An i.i.d. multi-buyer instance (seed 001): Pi*, U*, the exact Pareto frontier's extreme points and the KS,
     * Nash and cross-side Nash solutions, every LP optimum backed by an lp-optimum certificate the checker replayed.
     */
    private static int pareto(String file, ParetoInstance instance, boolean json, PrintStream out) {
        ParetoReport report = ParetoReport.of(instance, ExactLp.temporary("glop"));
        if (json) {
            out.print(JsonOut.write(report.toMap(file)));
            return Main.OK;
        }
        report.headerLines(file).forEach(out::println);
        for (ParetoReport.Part p : report.parts()) {
            out.println();
            out.println("reading: " + p.reading().words());
            Table q = new Table("quantity", "exact", "decimal");
            q.add("Pi*", shorten(p.frontier().piStar()), p.frontier().piStar().toDisplay());
            q.add("U*", shorten(p.frontier().uStar()), p.frontier().uStar().toDisplay());
            if (p.frontier().welfareStar() != null) {
                q.add("max Pi + U", shorten(p.frontier().welfareStar()), p.frontier().welfareStar().toDisplay());
            }
            out.print(q.render());
            Table pts = new Table("#", "Pi", "U", "welfare", "welfare/OPT", "mechanism");
            for (String[] r : report.pointRows(p)) {
                pts.add(r[0], shorten(Rational.parse(r[1])),
                        shorten(Rational.parse(r[2])), r[3], r[4], r[5]);
            }
            out.println("extreme points of the frontier (seller end first):");
            out.print(pts.render());
            Table sol = new Table("solution", "Pi", "U", "welfare", "welfare/OPT", "decimal", "where");
            for (String[] r : report.solutionRows(p)) {
                sol.add(r[0], shorten(Rational.parse(r[1])), shorten(Rational.parse(r[2])),
                        shorten(Rational.parse(r[3])), shorten(Rational.parse(r[4])), r[5], r[6]);
            }
            out.print(sol.render());
        }
        report.footerLines().forEach(out::println);
        return Main.OK;
    }

    /** The first obstacle, seller side first: which side, which units, where. */
    static String reason(Realizability.InstanceOutcome o) {
        for (Object[] side : new Object[][] {{"seller", o.seller()}, {"buyer", o.buyer()}}) {
            if (side[1] instanceof Realizability.NotRealizable n) {
                String units = n.obstacle() == Realizability.Obstacle.DOMINANCE
                        ? "units " + n.unit() + " and " + (n.unit() + 1) : "unit " + n.unit();
                return side[0] + " " + units + ": " + n.obstacle() + " at " + n.where() + ": " + n.detail();
            }
        }
        return "realizable";
    }

    /** Long exact rationals are abbreviated in the table; --json always carries them whole. */
    static String shorten(Rational r) {
        String s = r.toString();
        return s.length() <= 40 ? s : s.substring(0, 18) + "..." + s.substring(s.length() - 18) + " (" + s.length() + " chars)";
    }
}
