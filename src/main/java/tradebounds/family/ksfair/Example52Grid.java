package tradebounds.family.ksfair;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.model.Rational;

/**
 * Example 5.2 on a grid, to watch the certified KS-fair GFT LP approach the continuous optimum. F is rational
 * (F(v) = (K-1)v/((K-1)v+K)), so the lower discretization is exact: values v_k = K k/n (k &lt; n) carry
 * F(v_{k+1}) - F(v_k), and K keeps the atom 1/K plus nothing else. By Lemma 5.6 and its footnote 33 the
 * continuous KS-fair optimum is expression (3) (0.87675 at K = 25); the grid optimum is a different instance, so
 * it only indicates convergence, it bounds nothing.
 */
public final class Example52Grid {
    private Example52Grid() {
    }

    public static DiscreteTrade lower(long k, int n) {
        List<Rational> values = new ArrayList<>();
        List<Rational> probs = new ArrayList<>();
        Rational prev = Rational.ZERO;
        for (int i = 0; i < n; i++) {
            Rational next = cdf(Rational.of(k * (i + 1), n), k);
            if (i == n - 1) {
                next = Rational.ONE.subtract(Rational.of(1, k));
            }
            values.add(Rational.of(k * i, n));
            probs.add(next.subtract(prev));
            prev = next;
        }
        values.add(Rational.of(k));
        probs.add(Rational.of(1, k));
        return DiscreteTrade.zeroValueSeller(values, probs);
    }

    /** The certified GFT-optimal KS-fair mechanism of the grid, as a fraction of the grid's OPT_SB = E[v]. */
    public static CertifiedValue ksFairOptimum(long k, int n, Path dir) {
        DiscreteTrade t = lower(k, n);
        Rational pi = OfferMechanisms.sellerOffer(t).seller();
        Rational u = OfferMechanisms.buyerOffer(t).buyer();
        return KsFairCertifier.certify(KsFairPrograms.ksFairGft(t, pi, u), dir.resolve("grid-" + n));
    }

    /**
     * The convergence table of the README ({@code java ... tradebounds.family.ksfair.Example52Grid [K] [sizes]}): per grid
     * size n, the certified KS-fair GFT LP (adjacent BIC rows, {@code MechanismSpace.Ic}) and the exact
     * price-mixture optimum of the same grid, both over the grid's E[v], beside the rigorous continuous optimum.
     * Progress on stderr, Markdown on stdout.
     */
    public static void run(String[] args) throws java.io.IOException {
        long k = args.length > 0 ? Long.parseLong(args[0]) : 25;
        int[] sizes = java.util.Arrays.stream((args.length > 1 ? args[1] : "20,50,100,200,500,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        Path dir = java.nio.file.Files.createTempDirectory("tradebounds-ex52-grid");
        long c0 = System.nanoTime();
        BuyerLaw law = BuyerLaw.example52(k);
        ZeroSeller.Optimum cont = ZeroSeller.ksFairGft(law, new java.math.BigDecimal("1e-7"));
        tradebounds.engine.interval.Interval contRatio = cont.enclosure().divide(law.surplus(Rational.ZERO));
        double contSeconds = (System.nanoTime() - c0) / 1e9;
        System.err.printf("continuous optimum %s (%.1f s)%n", contRatio, contSeconds);
        StringBuilder out = new StringBuilder("| grid points n | LP rows x columns | certified LP optimum / E_n[v] | "
                + "LP + certification s | price-mixture optimum / E_n[v] (exact) | equal | minus continuous |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (int n : sizes) {
            DiscreteTrade t = lower(k, n);
            Rational mean = OfferMechanisms.buyerOffer(t).buyer();
            Rational pi = OfferMechanisms.sellerOffer(t).seller();
            long t0 = System.nanoTime();
            tradebounds.model.Model m = KsFairPrograms.ksFairGft(t, pi, mean,
                    tradebounds.family.ksfair.program.MechanismSpace.Ic.ADJACENT);
            String lp;
            boolean equal = false;
            ZeroSeller.Optimum red = ZeroSeller.ksFairGft(t);
            Rational redRatio = red.exact().orElseThrow().divide(mean);
            try {
                CertifiedValue c = KsFairCertifier.certify(m, dir.resolve("grid-" + n));
                lp = c.exact() ? c.value().get().divide(mean).toDecimal(9, false).toPlainString()
                        : c.proved() ? "[" + c.lower().map(x -> x.divide(mean).toDisplay()).orElse("-") + ", "
                        + c.upper().map(x -> x.divide(mean).toDisplay()).orElse("-") + "]" : "not proved";
                equal = c.exact() && c.value().get().equals(red.exact().get());
            } catch (RuntimeException e) {
                lp = "failed: " + e.getMessage();
            }
            double sec = (System.nanoTime() - t0) / 1e9;
            double gap = redRatio.toDouble() - contRatio.mid();
            out.append(String.format("| %d | %d x %d | %s | %.1f | %s | %s | %.2e |%n", n, m.rows().size(),
                    m.variableCount(), lp, sec, redRatio.toDecimal(9, false).toPlainString(), equal ? "yes" : "no",
                    gap));
            System.err.printf("n=%d done (%.1f s)%n", n, sec);
        }
        out.append(String.format("| continuous (K = %d) | - | - | %.1f | %s | - | 0 |%n", k, contSeconds, contRatio));
        System.out.print(out);
    }

    private static Rational cdf(Rational v, long k) {
        Rational a = Rational.of(k - 1).multiply(v);
        return a.divide(a.add(Rational.of(k)));
    }
}
