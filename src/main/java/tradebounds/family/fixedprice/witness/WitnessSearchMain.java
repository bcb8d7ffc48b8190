package tradebounds.family.fixedprice.witness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tradebounds.claims.DevToolExit;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.Qcp42Builder;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.ortools.GlopAdapter;

/**
 * Runs the program (4.2) witness search on the support points of Proposition 4.2 with GLOP and writes the
 * exact point, one {@code name rational} line per variable.
 *
 * <p>Usage: {@code WitnessSearchMain [budgetSeconds=60] [seed=1] [out=witness42.txt] [maxStarts]}. Exit codes:
 * 0 a point was found and written, 1 none was found, 2 usage.
 */
public final class WitnessSearchMain {
    private WitnessSearchMain() {
    }

    public static void run(String[] args) throws IOException {
        long seconds;
        long seed;
        int maxStarts;
        try {
            seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
            seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
            maxStarts = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            System.err.println("usage: WitnessSearchMain [budgetSeconds] [seed] [out] [maxStarts]: " + e.getMessage());
            throw new DevToolExit(2);
        }
        Path out = Path.of(args.length > 2 ? args[2] : "witness42.txt");
        List<Rational> prices = PriceList.prop42();
        WitnessSearchResult res = WitnessSearch.forProgram42(prices, seed, Duration.ofSeconds(seconds), maxStarts,
                new GlopAdapter(), System.err::println);
        System.err.printf("iterations %d, LPs %d, starts %d, time %.1f s, float r %.10f%n", res.iterations(),
                res.lpCount(), res.starts(), res.elapsed().toMillis() / 1000.0, res.floatRatio());
        if (!res.found()) {
            System.out.println("no witness found");
            throw new DevToolExit(1);
        }
        Model model = Qcp42Builder.build(prices);
        Rational[] x = res.point().orElseThrow();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            lines.add(model.variables().get(k).name() + " " + x[k]);
        }
        Files.write(out, lines);
        System.out.println("r = " + res.ratio().orElseThrow().toDecimal(9, true).toPlainString() + " written to " + out);
    }
}
