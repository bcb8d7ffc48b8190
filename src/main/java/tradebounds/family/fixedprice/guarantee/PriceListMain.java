package tradebounds.family.fixedprice.guarantee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tradebounds dev fixedprice-pricelists}: the search for price lists of n prices with a large certified r_1
 * of (4.1), and its certification (see {@link PriceListSearch}, {@link PriceListCertify}).
 *
 * <pre>
 *   estimate LIST [starts]                      the floating estimate of r_1 for one list (comma-separated)
 *   run NMIN NMAX STEP [searchSeconds] [outDir]  search (searchSeconds * n / 8 per n) and certify
 *                                               n = NMIN, NMIN+STEP, ..., NMAX
 * </pre>
 */
public final class PriceListMain {
    private PriceListMain() {
    }

    public static void run(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: estimate LIST [starts] | run NMIN NMAX STEP [searchSeconds]"
                    + " [outDir]");
        }
        switch (args[0]) {
            case "estimate" -> {
                String[] f = args[1].split(",");
                double[] p = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    p[i] = tradebounds.model.Rational.parse(f[i]).toDouble();
                }
                int starts = args.length > 2 ? Integer.parseInt(args[2]) : 200;
                PriceListSearch s = new PriceListSearch(1, starts, System.err::println);
                long t0 = System.nanoTime();
                PriceListSearch.Scored sc = s.thorough(p, starts);
                System.out.printf("estimate %.6f in %.2f s; b = %s%n", sc.value(), (System.nanoTime() - t0) / 1e9,
                        java.util.Arrays.toString(sc.point().b()));
                s.close();
            }
            case "run" -> {
                int nmin = Integer.parseInt(args[1]);
                int nmax = Integer.parseInt(args[2]);
                int step = Integer.parseInt(args[3]);
                double secs = args.length > 4 ? Double.parseDouble(args[4]) : 60;
                Path out = Path.of(args.length > 5 ? args[5] : "target/pricelists");
                PriceListCertify.runAll(nmin, nmax, step, secs, out);
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static List<String> split(String s) {
        return new ArrayList<>(List.of(s.split(",")));
    }
}
