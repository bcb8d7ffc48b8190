package tradebounds.family.fixedprice.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tradebounds.check.WelfareEvaluator;
import tradebounds.claims.DevToolExit;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.fixedprice.witness.MultiUnitLemmaInstance;
import tradebounds.family.fixedprice.witness.MultiUnitWitnessSearch;
import tradebounds.family.fixedprice.witness.WitnessSearchResult;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.instance.Realizability;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopAdapter;

/**
 * Regenerates Table 1 (Proposition 6.1) witnesses: for each k, the support points p_i = (i + alpha)/beta, the
 * witness search on the given program, and the instance-level replay (Lemma 6.1 instance, realizability, exact
 * sup_p SW / OPT by {@link WelfareEvaluator}).
 *
 * <p>Usage: {@code Table1Main program budgetSeconds maxStarts outDir seed k...}, program one of qcp61, qcp61-strict,
 * qcp61-sym. Writes {@code outDir/table1_<program>_k<k>.txt}, one {@code name rational} line per variable, and
 * prints one summary line per k. Exit code 0 always after a run (a k without witness is reported, not thrown),
 * 2 on usage errors.
 */
public final class Table1Main {
    /** One row of Table 1 (and the symmetric values of Corollary 6.1 for k = 2, 3, 4). */
    record Row(int k, int n, String alpha, String beta, String last, String publishedR, String publishedSym) {
        List<Rational> prices() {
            return PriceList.generic(n, Rational.parse(alpha), Rational.parse(beta), Rational.parse(last));
        }
    }

    static final List<Row> TABLE = List.of(
            new Row(2, 30, "5", "98", "2500", "0.7291", "0.8372"),
            new Row(3, 17, "5", "100", "1000", "0.7277", "0.8483"),
            new Row(4, 11, "7", "98.5", "1000", "0.7284", "0.8482"),
            new Row(5, 8, "4", "82.5", "1000", "0.7276", null),
            new Row(6, 8, "4", "95", "1000", "0.7272", null),
            new Row(7, 8, "3.5", "95", "1000", "0.7286", null),
            new Row(8, 6, "2.85", "96", "1000", "0.7278", null));

    static final Rational EPS = Rational.of(1, 1_000_000_000);

    private Table1Main() {
    }

    public static void run(String[] args) throws IOException {
        if (args.length < 6 || !ProgramCatalog.multiUnitIds().contains(args[0])) {
            System.err.println("usage: Table1Main qcp61|qcp61-strict|qcp61-sym budgetSeconds maxStarts outDir seed k...");
            throw new DevToolExit(2);
        }
        String program = args[0];
        long seconds = Long.parseLong(args[1]);
        int maxStarts = Integer.parseInt(args[2]);
        Path dir = Path.of(args[3]);
        long seed = Long.parseLong(args[4]);
        for (int a = 5; a < args.length; a++) {
            int k = Integer.parseInt(args[a]);
            Row row = TABLE.stream().filter(r -> r.k() == k).findFirst().orElseThrow();
            List<Rational> prices = row.prices();
            WitnessSearchResult res = MultiUnitWitnessSearch.search(program, prices, k, seed, Duration.ofSeconds(seconds),
                    maxStarts, new GlopAdapter(), System.err::println);
            String published = program.equals("qcp61-sym") ? row.publishedSym() : row.publishedR();
            if (!res.found()) {
                System.out.printf("%s k=%d: no witness (float r %.7f) time %.1fs%n", program, k, res.floatRatio(),
                        res.elapsed().toMillis() / 1000.0);
                continue;
            }
            Rational[] x = res.point().orElseThrow();
            Model model = ProgramCatalog.build(program, prices, k);
            List<String> lines = new ArrayList<>();
            for (int v = 0; v < x.length; v++) {
                lines.add(model.variables().get(v).name() + " " + x[v]);
            }
            Files.write(dir.resolve("table1_" + program + "_k" + k + "_seed" + seed + ".txt"), lines);
            Realizability.InstanceOutcome out = MultiUnitLemmaInstance.of(model, prices, k, x, EPS,
                    !program.equals("qcp61-sym"));
            String replay;
            if (out.instance(k).isPresent()) {
                FixedPriceInstance inst = out.instance(k).get();
                WelfareEvaluator e = new WelfareEvaluator(inst);
                Rational ratio = e.bestPrice().welfare().divide(e.opt());
                replay = "instance ratio " + ratio.toDecimal(9, true).toPlainString() + " (seller atoms "
                        + inst.seller().atoms().size() + ", buyer atoms " + inst.buyer().atoms().size() + ")";
            } else {
                replay = "NOT REALIZABLE: seller " + out.seller() + " buyer " + out.buyer();
            }
            System.out.printf("%s k=%d n=%d: program r %s (published %s, float %.9f), %s, starts %d, lps %d, "
                            + "time %.1fs%n", program, k, row.n(), res.ratio().orElseThrow().toDecimal(9, true)
                            .toPlainString(), published, res.floatRatio(), replay, res.starts(), res.lpCount(),
                    res.elapsed().toMillis() / 1000.0);
        }
    }
}
