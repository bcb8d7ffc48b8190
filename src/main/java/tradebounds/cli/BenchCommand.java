package tradebounds.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;

/** {@code tradebounds bench ...}: the benchmarks of {@code scripts/bench} ({@link Bench}); not tests. */
final class BenchCommand implements Main.Command {
    @Override
    public String summary() {
        return "benchmarks (wall times of check, eval, searches; KS-fair LPs per adapter), written to target/";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds bench [repeats [robust-grid-sizes [table1] [covers]]]
                       tradebounds bench prover [--quick]   guarantee prover growth, ablations, SCIP, cluster
                                                            (about 20 min; --quick about 5); writes docs/bench-prover.md
                       tradebounds bench prover --affine [--with-32]   affine against constant leaves (8 prices,
                                                            about 5 min; --with-32 adds the 32 prices at r = 0.70,
                                                            about an hour); writes docs/bench-prover-affine.md
                       tradebounds bench ksfair [--json] [--sizes 20,50,100,200] [--cap S] [--slow-cap S] [--solvers LIST]
                       tradebounds bench pareto [--quick] [--ns 2,10,50] [--atoms 20,50,200] [--frontier-atoms LIST]
                                                [--solvers LIST] [--cap S] [--frontier-cap S]
                                                seed 001's mechanism LP and certified frontier per adapter (--quick:
                                                about 15 min; default up to an hour); writes docs/bench-pareto.md

                Wall time and memory of the operations a user waits for, as Markdown on stdout and in target/bench.md
                (target/bench-ksfair.md for the KS-fair LPs). Nothing here asserts a time.
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        try {
            if (argv.length > 1 && argv[1].equals("prover")) {
                tradebounds.family.fixedprice.guarantee.ProverBench.run(Arrays.copyOfRange(argv, 2, argv.length), out,
                        err);
                return Main.OK;
            }
            if (argv.length > 1 && argv[1].equals("pareto")) {
                try {
                    tradebounds.family.pareto.ParetoBench.bench(Arrays.copyOfRange(argv, 2, argv.length), out, err);
                } catch (IllegalArgumentException e) {
                    err.println("tradebounds bench pareto: " + e.getMessage());
                    return Main.USAGE;
                }
                return Main.OK;
            }
            Bench.run(Arrays.copyOfRange(argv, 1, argv.length));
            return Main.OK;
        } catch (IOException e) {
            err.println("tradebounds bench: " + e.getMessage());
            return Main.FAILURE;
        }
    }
}
