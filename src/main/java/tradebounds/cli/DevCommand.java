package tradebounds.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import tradebounds.claims.DevTool;
import tradebounds.claims.DevToolExit;
import tradebounds.claims.Family;

/**
 * {@code tradebounds dev NAME ARGS...}: the families' exploration and regeneration programs (formerly separate
 * {@code main} classes), discovered through {@link Family#devTools()} so this command lists no family by hand.
 */
final class DevCommand implements Main.Command {
    static Map<String, DevTool> tools() {
        Map<String, DevTool> m = new TreeMap<>();
        for (Family f : Family.all()) {
            f.devTools().forEach((k, v) -> {
                if (m.put(k, v) != null) {
                    throw new IllegalStateException("two families register dev tool " + k);
                }
            });
        }
        return m;
    }

    @Override
    public String summary() {
        return "exploration and regeneration programs of the families (untrusted, unbudgeted)";
    }

    @Override
    public String help() {
        StringBuilder sb = new StringBuilder("""
                usage: tradebounds dev NAME [ARGS...]

                Runs one family's exploration or regeneration program. What these print is evidence for a person;
                certificates they write are judged only by tradebounds check.
                """).append('\n');
        tools().forEach((k, v) -> sb.append(String.format("  %-30s %s%n", k, v.summary())));
        return sb.toString();
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length < 2) {
            out.print(help());
            return Main.USAGE;
        }
        DevTool t = tools().get(argv[1]);
        if (t == null) {
            throw new UsageException("dev: unknown tool '" + argv[1] + "' (known: " + String.join(", ", tools().keySet())
                    + ")");
        }
        // Dev tools print with System.out and System.err; while the progress line is shown, their lines go through
        // it (erase the line, print, redraw) so a status never runs into a tool's output.
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ProgressLine progress = ProgressLine.forCommand(err, Arrays.asList(argv).contains("--json"));
        try (progress; var searches = progress.searches()) {
            if (progress.active()) {
                System.setErr(progress.around(oldErr));
                if (ProgressLine.stdoutIsTerminal()) {
                    System.setOut(progress.around(oldOut));
                }
                progress.status("dev " + argv[1]);
            }
            t.run(Arrays.copyOfRange(argv, 2, argv.length));
            return Main.OK;
        } catch (DevToolExit e) {
            return e.code();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            err.println("tradebounds dev " + argv[1] + ": " + e);
            return Main.FAILURE;
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
