package tradebounds.claims;

/**
 * A dev tool's request to end with a given exit code (what {@code System.exit} did when the tools were separate
 * programs); {@code tradebounds dev} turns it into the process's exit code, so that the tool never ends the JVM
 * of a caller that runs it in-process.
 */
public final class DevToolExit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    public DevToolExit(int code) {
        super("exit " + code, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
