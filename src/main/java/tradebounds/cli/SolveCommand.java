package tradebounds.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import tradebounds.compare.Assessment;
import tradebounds.model.AtomicFiles;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.SolverAdapter;

/** {@code tradebounds solve}: one program, one adapter; prints the candidate and its exact defects. */
final class SolveCommand implements Main.Command {
    @Override
    public String summary() {
        return "solve one program with one solver adapter (a candidate: NUMERIC at best)";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds solve --solver ID [--time-limit S] [--no-presolve] [--out FILE] [--json] PROGRAM
                PROGRAM:
                """ + ProgramOption.HELP + """
                  --solver ID       glop | pdlp | highs | clp | scip | ojalgo | cmath
                  --time-limit S    wall-clock limit in seconds passed to the solver (default 60)
                  --out FILE        write the returned point, one 'name value' line each (exact value of the double)

                The answer is a solver candidate. The table shows its maximum constraint violation, measured
                exactly on the returned point, and, for linear programs with duals, the exact safe bound those
                duals give (Neumaier-Shcherbina). Nothing printed here is a certificate.
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("solve", argv, 1, Set.of("json", "no-presolve"),
                CompareCommand.union(ProgramOption.KEYS, "solver", "time-limit", "out"));
        Model model = ProgramOption.resolve(a, "solve");
        SolverAdapter adapter = CompareCommand.adapter(a.require("solver"), "solve");
        SolveOptions options = SolveOptions.defaults()
                .withTimeLimit(Duration.ofMillis((long) (a.seconds("time-limit", 60) * 1000)))
                .withPresolve(!a.flag("no-presolve"));
        if (!adapter.capabilities().accepts(model)) {
            throw new UsageException("solve: solver '" + adapter.id() + "' does not accept " + model.name()
                    + " (features " + model.features() + ", accepts " + adapter.capabilities().accepts() + ")");
        }
        err.printf("solve: %s (%d variables, %d rows) with %s ...%n", model.name(), model.variableCount(),
                model.rows().size(), adapter.id());
        SolveResult result = adapter.solve(model, options);
        Assessment row = Assessment.of(model, result);
        if (a.get("out", null) != null && result.point().isPresent()) {
            writePoint(Path.of(a.get("out", null)), model, result.point().get());
        }
        if (a.flag("json")) {
            out.print(JsonOut.write(row.toMap()));
        } else {
            out.print(CompareCommand.table(java.util.List.of(row)));
            out.println("verdict: solver candidate only (NUMERIC at best); a certificate is needed for CERTIFIED");
        }
        return Main.OK;
    }

    static void writePoint(Path file, Model model, double[] x) {
        StringBuilder sb = new StringBuilder("# candidate point of ").append(model.name())
                .append(" (exact values of the solver's doubles)\n");
        for (int j = 0; j < x.length; j++) {
            sb.append(model.variables().get(j).name()).append(' ').append(Rational.ofDouble(x[j])).append('\n');
        }
        try {
            AtomicFiles.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UsageException("solve: --out " + file + ": cannot write: " + e.getMessage());
        }
    }
}
