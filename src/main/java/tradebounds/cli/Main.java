package tradebounds.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tradebounds <subcommand>}. Exit codes, shared by every subcommand: 0 success (for {@code check}:
 * every certificate proved), 1 a certificate was rejected, 2 usage or input error, 3 a certificate was left
 * unchecked (budget or version), 4 internal failure (a bug or a broken solver bridge); for {@code audit}: 5 a
 * verdict fell or a certified bound weakened against {@code --expect}, 6 a CERTIFIED row has no certificate that the
 * checker proves.
 */
public final class Main {
    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int UNCHECKED = 3;
    public static final int FAILURE = 4;
    public static final int REGRESSION = 5;
    public static final int UNPROVED = 6;

    interface Command {
        String summary();

        String help();

        int run(String[] argv, PrintStream out, PrintStream err);
    }

    static Map<String, Command> commands() {
        Map<String, Command> m = new TreeMap<>();
        m.put("audit", new AuditCommand());
        m.put("check", new CheckCommand());
        m.put("solve", new SolveCommand());
        m.put("eval", new EvalCommand());
        m.put("compare", new CompareCommand());
        m.put("prove", new ProveCommand());
        m.put("member", new MemberCommand());
        m.put("dev", new DevCommand());
        m.put("bench", new BenchCommand());
        m.put("regenerate", new RegenerateCommand());
        m.put("report", new ReportCommand());
        return m;
    }

    public static void main(String[] argv) {
        // Tools that start child JVMs (the KS-fair bench) start them through this entry point.
        System.setProperty(tradebounds.claims.DevTool.LAUNCHER_PROPERTY, Main.class.getName());
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs one command line; never calls System.exit, so tests can drive it. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
            out.print(usage(commands));
            return argv.length == 0 ? USAGE : OK;
        }
        Command c = commands.get(argv[0]);
        if (c == null) {
            err.println("tradebounds: unknown subcommand '" + argv[0] + "' (known: " + String.join(", ", commands.keySet())
                    + ")");
            return USAGE;
        }
        for (int i = 1; i < argv.length; i++) {
            if (argv[i].equals("--help") || argv[i].equals("-h")) {
                out.print(c.help());
                return OK;
            }
        }
        try {
            return c.run(argv, out, err);
        } catch (UsageException e) {
            err.println("tradebounds " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("tradebounds " + argv[0] + ": internal failure: " + e);
            return FAILURE;
        }
    }

    static String usage(Map<String, Command> commands) {
        StringBuilder sb = new StringBuilder("usage: tradebounds <subcommand> [options]   (tradebounds <subcommand> --help)\n\n");
        commands.forEach((k, v) -> sb.append(String.format("  %-10s %s%n", k, v.summary())));
        sb.append("\nexit codes: 0 ok, 1 certificate rejected, 2 usage/input error, 3 unchecked, 4 internal failure,\n"
                + "            5 audit regression against --expect, 6 a CERTIFIED row without a proved certificate\n");
        return sb.toString();
    }
}
