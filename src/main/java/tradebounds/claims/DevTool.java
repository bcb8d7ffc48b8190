package tradebounds.claims;

/**
 * An exploration or regeneration program of one family, run as {@code tradebounds dev NAME ARGS...} (a family lists
 * its tools in {@link Family#devTools()}). Dev tools are untrusted and unbudgeted: they print what they find and
 * may write certificates, which only {@code tradebounds check} judges.
 */
public interface DevTool {
    /** The system property naming the CLI's main class (set by the CLI), for tools that start child JVMs. */
    String LAUNCHER_PROPERTY = "tradebounds_cli_main";

    /** One line for {@code tradebounds dev --help}, starting with the arguments. */
    String summary();

    /** Runs the tool; a usage error or a failure ends in an exception or a {@link DevToolExit}. */
    void run(String[] args) throws Exception;

    /** A tool from its summary and body. */
    static DevTool of(String summary, Body body) {
        return new DevTool() {
            @Override
            public String summary() {
                return summary;
            }

            @Override
            public void run(String[] args) throws Exception {
                body.run(args);
            }
        };
    }

    /** The body of a tool, as the former {@code main} methods were written. */
    @FunctionalInterface
    interface Body {
        void run(String[] args) throws Exception;
    }
}
