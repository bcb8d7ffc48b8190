package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tradebounds.family.robust.Comonotone;
import tradebounds.family.robust.Discretization;
import tradebounds.family.robust.RobustAudit;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.solve.AdapterRegistry;
import tradebounds.solve.SolverAdapter;

/** {@code --program robust-* --pair --cells [--placement]} for solve and compare. */
class RobustProgramOptionTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The min-max (c) on the pessimistic 10-cell grid of buyer U[0,1], seller U[0,1/2]. Its value is computed
     * here without any LP: the comonotone coupling is worst for every posted price at once, so (c) <= the best
     * price against it; and (b) >= that price's guarantee, which is its value against that same coupling; (b) = (c)
     * by LP duality. So (c) equals the best deterministic price's gains against the comonotone coupling, exactly.
     */
    @Test
    void compareRunsEveryLpAdapterAndGlopMeetsTheIndependentValue() {
        RobustAudit.Pair pair = RobustAudit.standardPairs().get(0);
        assertEquals("U01-U0half", pair.id());
        RobustGrid grid = Discretization.pessimistic(pair.buyer(), pair.seller(), 10);
        Rational expected = Comonotone.bestPrice(grid).value();
        Run r = run("compare", "--json", "--program", "robust-c-minmax", "--pair", "U01-U0half", "--cells", "10",
                "--time-limit", "20");
        assertEquals(Main.OK, r.code(), r.err());
        Model model = ProgramOption.robust(args("--pair", "U01-U0half", "--cells", "10"), "t", "robust-c-minmax");
        List<String> solvers = new ArrayList<>();
        Matcher m = Pattern.compile("\"solver\": \"([a-z]+)\"").matcher(r.out());
        while (m.find()) {
            solvers.add(m.group(1));
        }
        for (SolverAdapter ad : AdapterRegistry.all()) {
            if (ad.capabilities().accepts(model)) {
                assertTrue(solvers.contains(ad.id()) || r.out().contains(ad.id() + " (failed"), ad.id() + ": " + r.out());
            }
        }
        assertTrue(solvers.contains("glop") && solvers.size() >= 3, r.out());
        Matcher glop = Pattern.compile("\"solver\": \"glop\",[^}]*?\"objective\": ([0-9.eE-]+)").matcher(r.out());
        assertTrue(glop.find(), r.out());
        assertEquals(expected.toDouble(), Double.parseDouble(glop.group(1)), 1e-12, r.out());
        // The pessimistic grid never beats the continuum value A = 3/16 (Discretization's bias argument).
        assertTrue(expected.compareTo(Rational.of(3, 16)) <= 0, expected.toString());
    }

    /**
     * 4 cells: pessimistic buyer values {0, 1/4, 1/2, 3/4} and seller costs {1/8, 1/4, 3/8, 1/2} give 6 candidate
     * prices; optimistic buyer {1/4, 1/2, 3/4, 1} and seller {0, 1/8, 1/4, 3/8} give 7. (b) has one variable per
     * price plus 4 + 4 potentials.
     */
    @Test
    void optimisticPlacementBuildsTheOtherGrid() {
        Model pess = ProgramOption.robust(args("--pair", "U01-U0half", "--cells", "4"), "t", "robust-b-maxmin");
        Model opt = ProgramOption.robust(args("--pair", "U01-U0half", "--cells", "4", "--placement", "optimistic"),
                "t", "robust-b-maxmin");
        assertEquals(6 + 8, pess.variableCount());
        assertEquals(7 + 8, opt.variableCount());
    }

    @Test
    void badValuesAreOneLineUsageErrors() {
        String[][] cases = {
            {"--pair", "nope", "--cells", "3"},
            {"--pair", "U01-U0half", "--cells", "0"},
            {"--pair", "U01-U0half", "--cells", "x"},
            {"--pair", "U01-U0half", "--cells", "3", "--placement", "middle"},
            {"--pair", "U01-U0half"},
            {"--pair", "U01-U0half", "--cells", "3", "--prices", "0,1"},
        };
        for (String[] c : cases) {
            List<String> argv = new ArrayList<>(List.of("solve", "--solver", "glop", "--program", "robust-c-minmax"));
            argv.addAll(List.of(c));
            Run r = run(argv.toArray(String[]::new));
            assertEquals(Main.USAGE, r.code(), String.join(" ", c) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        Run r = run("solve", "--solver", "glop", "--program", "qcp41-rlt", "--prices", "prop41", "--cells", "3");
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("robust programs only"), r.err());
    }

    private static Args args(String... argv) {
        return new Args("t", argv, 0, java.util.Set.of(), ProgramOption.KEYS);
    }
}
