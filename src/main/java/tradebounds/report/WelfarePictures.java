package tradebounds.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.check.WelfareEvaluator;
import tradebounds.engine.plot.Axis;
import tradebounds.engine.plot.LinePlot;
import tradebounds.instance.Distribution;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.instance.Marginal;
import tradebounds.instance.MarginalInstance;
import tradebounds.model.Rational;

/**
 * The pictures of an instance certificate (an explicit INSTANCE section, or the Lemma 3.3 / 6.1 construction
 * replayed from SOL): SW(p)/OPT over the price p with the best price marked and the published value as a line, and
 * the seller's and buyer's CDFs. Welfare is evaluated exactly by {@link WelfareEvaluator} and converted to doubles
 * for drawing only; the certificate is not re-proved here.
 */
final class WelfarePictures {
    /** Samples of the price axis between the support points, so flat stretches of SW(p) show as flat. */
    private static final int GRID = 240;
    /** A support point this many times beyond the next one is a far tail atom (price 4000): left off the axis. */
    private static final double FAR = 4;
    /** Beyond this size a file is a cover or a large LP, not an instance: not read for pictures. */
    private static final long MAX_BYTES = 4_000_000;
    private static final int MAX_UNITS_DRAWN = 3;

    private WelfarePictures() {
    }

    /** The instance a certificate holds, if it holds one that is a distribution over marginal vectors. */
    static Optional<FixedPriceInstance> instance(Certificate c) {
        if (c.instance().isPresent()) {
            Certificate.InstanceSection s = c.instance().get();
            return Optional.of(new FixedPriceInstance(s.units(), new Distribution(s.seller()),
                    new Distribution(s.buyer())));
        }
        if (c.lemma().isEmpty() || c.solution().isEmpty()) {
            return Optional.empty();
        }
        // FORMAT.md's lemma replay: unit q's seller law puts SOL[s_i(q)] on p_i + eps/k, the buyer's SOL[b_i(q)] on p_i.
        Certificate.Lemma lemma = c.lemma().get();
        Certificate.Solution sol = c.solution().get();
        int k = lemma.units();
        Rational shift = lemma.eps().divide(Rational.of(k));
        List<Marginal> sellers = new ArrayList<>();
        List<Marginal> buyers = new ArrayList<>();
        for (int q = 0; q < k; q++) {
            List<Rational> sv = new ArrayList<>();
            List<Rational> sm = new ArrayList<>();
            List<Rational> bv = new ArrayList<>();
            List<Rational> bm = new ArrayList<>();
            for (Certificate.PricePoint p : lemma.prices()) {
                Optional<Rational> s = sol.value(p.sellers().get(q));
                Optional<Rational> b = sol.value(p.buyers().get(q));
                if (s.isEmpty() || b.isEmpty()) {
                    return Optional.empty();
                }
                sv.add(p.price().add(shift));
                sm.add(s.get());
                bv.add(p.price());
                bm.add(b.get());
            }
            sellers.add(new Marginal(sv, sm));
            buyers.add(new Marginal(bv, bm));
        }
        return new MarginalInstance(k, sellers, buyers).realize().instance(k);
    }

    /** The two pictures for the certificate at {@code file}, or none when it holds no instance. */
    static List<Figure> of(AuditEntry row, Path file, String shown) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            Optional<FixedPriceInstance> inst = instance(CertificateReader.read(file));
            return inst.isEmpty() ? List.of() : draw(row, inst.get(), shown);
        } catch (CertificateException | java.io.IOException | RuntimeException e) {
            // A certificate the reader refuses gets no picture; `check` is where its defect is reported.
            return List.of();
        }
    }

    static List<Figure> draw(AuditEntry row, FixedPriceInstance inst, String shown) {
        WelfareEvaluator ev = new WelfareEvaluator(inst);
        Rational opt = ev.opt();
        WelfareEvaluator.BestPrice best = ev.bestPrice();
        TreeSet<Rational> support = new TreeSet<>();
        List<Marginal> sellers = new ArrayList<>();
        List<Marginal> buyers = new ArrayList<>();
        for (int q = 0; q < inst.units(); q++) {
            sellers.add(WelfareEvaluator.marginal(inst.seller(), q));
            buyers.add(WelfareEvaluator.marginal(inst.buyer(), q));
            support.addAll(sellers.get(q).values());
            support.addAll(buyers.get(q).values());
        }
        double top = support.last().toDouble();
        String farNote = "";
        Rational below = support.lower(support.last());
        if (below != null && below.signum() > 0 && top > FAR * below.toDouble()) {
            farNote = " Support points above " + fmt(below.toDouble()) + " (the largest is " + fmt(top)
                    + ") are off the price axis.";
            top = below.toDouble();
        }
        // Two significant digits keep the grid's rationals short, so the exact evaluation stays cheap.
        Rational xmaxExact = Rational.of(new BigDecimal(top * 1.08).round(new MathContext(2, RoundingMode.UP)));
        double xmax = xmaxExact.toDouble();

        TreeSet<Rational> prices = new TreeSet<>(support.headSet(xmaxExact, true));
        for (int i = 0; i <= GRID; i++) {
            prices.add(xmaxExact.multiply(Rational.of(i, GRID)));
        }
        double[] xs = new double[prices.size()];
        double[] ys = new double[prices.size()];
        int j = 0;
        double lo = 1;
        for (Rational p : prices) {
            xs[j] = p.toDouble();
            ys[j] = ev.welfare(p).divide(opt).toDouble();
            lo = Math.min(lo, ys[j++]);
        }
        double published = parse(row.published());
        double sup = best.welfare().divide(opt).toDouble();
        double bestPrice = best.price().toDouble();
        String where = bestPrice > xmax ? " at p = " + fmt(bestPrice) + " (off the axis, right)" : " at p = "
                + fmt(bestPrice);
        // The axis reaches down to the lowest sampled ratio, and at least 0.1 below the published value, so the main
        // picture clips nothing; the magnified one below shows what this scale cannot separate.
        double low = Math.min(sup, published);
        Axis price = new Axis("price p", "value units", 0, xmax);
        LinePlot welfare = new LinePlot(row.claim() + "-welfare", "SW(p) / OPT over the fixed price p", price,
                new Axis("SW(p) / OPT", "", Math.max(0, Math.min(lo, low - 0.1)), 1.01))
                .series("SW(p) / OPT", xs, ys, LinePlot.Mark.LINE)
                .reference("published " + row.direction() + " " + fmt(published), published)
                .highlight("sup = " + fmt(sup, 8) + where, bestPrice, sup);
        List<Figure> out = new ArrayList<>();
        out.add(new Figure(welfare.svg(), "Welfare of every fixed price p over the optimal welfare, for the "
                + inst.units() + "-unit instance of " + shown + " (OPT = " + fmt(opt.toDouble()) + "), evaluated "
                + "exactly at " + prices.size() + " prices and drawn in doubles; the ring marks the supremum "
                + fmt(sup, 10) + ", attained at the buyer value " + fmt(bestPrice) + "." + farNote));
        double gap = Math.abs(published - sup);
        if (gap < (1 - low) / 100) {
            out.add(zoom(row, xs, ys, price, sup, bestPrice, published, Math.max(gap, 1e-9)));
        }

        LinePlot cdf = new LinePlot(row.claim() + "-cdf", "Seller and buyer CDFs", price,
                new Axis("P(value <= x)", "", 0, 1.04));
        List<Integer> units = new ArrayList<>();
        for (int q = 0; q < inst.units(); q++) {
            if (inst.units() <= MAX_UNITS_DRAWN || q == 0 || q == inst.units() - 1) {
                units.add(q);
            }
        }
        for (int q : units) {
            String unit = inst.units() == 1 ? "" : " w~(" + (q + 1) + ")";
            cdf.series("seller" + unit, cdfX(sellers.get(q), xmax), cdfY(sellers.get(q), xmax), LinePlot.Mark.STEP);
        }
        for (int q : units) {
            String unit = inst.units() == 1 ? "" : " v^(" + (q + 1) + ")";
            cdf.series("buyer" + unit, cdfX(buyers.get(q), xmax), cdfY(buyers.get(q), xmax), LinePlot.Mark.STEP);
        }
        out.add(new Figure(cdf.svg(), "Cumulative distribution functions of the seller's and the buyer's values"
                + (inst.units() == 1 ? "" : " per unit" + (units.size() < inst.units() ? " (units 1 and "
                + inst.units() + " of " + inst.units() + ")" : "")) + "." + farNote));
        return out;
    }

    /**
     * The same curve magnified around the supremum, drawn when the published value and the supremum are too close
     * to tell apart at full scale: the band [sup - 6 gap, sup + 3 gap] shows the published line above every price.
     */
    private static Figure zoom(AuditEntry row, double[] xs, double[] ys, Axis price, double sup, double bestPrice,
                               double published, double gap) {
        LinePlot near = new LinePlot(row.claim() + "-near", "SW(p) / OPT near its supremum", price,
                new Axis("SW(p) / OPT", "", sup - 6 * gap, sup + 3 * gap))
                .series("SW(p) / OPT", xs, ys, LinePlot.Mark.LINE)
                .reference("published " + row.direction() + " " + fmt(published, 10), published)
                .highlight("sup = " + fmt(sup, 10), bestPrice, sup);
        return new Figure(near.svg(), String.format(Locale.ROOT, "The welfare curve magnified: the "
                + "published value and the supremum differ by %.3g, too little to see at full scale. Prices below the "
                + "band leave through the bottom edge.", published - sup));
    }

    /** Staircase corners of a CDF from 0 to xmax: (0, F(0)), then (v, F(v)) at each support point, then (xmax, .). */
    private static double[][] staircase(Marginal m, double xmax) {
        TreeMap<Double, Double> mass = new TreeMap<>();
        for (int i = 0; i < m.size(); i++) {
            mass.merge(m.values().get(i).toDouble(), m.masses().get(i).toDouble(), Double::sum);
        }
        List<double[]> pts = new ArrayList<>();
        double f = 0;
        pts.add(new double[] {0, 0});
        for (var e : mass.entrySet()) {
            f += e.getValue();
            if (e.getKey() > xmax) {
                break;
            }
            pts.add(new double[] {Math.max(0, e.getKey()), f});
        }
        pts.add(new double[] {xmax, pts.get(pts.size() - 1)[1]});
        return pts.toArray(new double[0][]);
    }

    private static double[] cdfX(Marginal m, double xmax) {
        return Arrays.stream(staircase(m, xmax)).mapToDouble(p -> p[0]).toArray();
    }

    private static double[] cdfY(Marginal m, double xmax) {
        return Arrays.stream(staircase(m, xmax)).mapToDouble(p -> p[1]).toArray();
    }

    static double parse(String rational) {
        return Rational.parse(rational).toDouble();
    }

    static String fmt(double v) {
        return fmt(v, 6);
    }

    /** {@code digits} significant digits without trailing zeros. */
    static String fmt(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
