package tradebounds.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * The one progress display of long runs (audit, prove, compare --suite): a status line on stderr that rewrites
 * itself in place, with log messages printed above it. Shown only when a person is watching: stderr attached to a
 * terminal ({@code System.console() != null}), not in {@code --json} mode and not under CI (environment variable
 * {@code CI} set). Otherwise {@link #status} does nothing and {@link #log} prints the message as a plain line,
 * which is what every command printed before, so logs, pipes and CI output are unchanged.
 *
 * <p>A 60-line renderer rather than a progress-bar library: the runs report counts and phases, not a known total
 * of fine-grained work units, and one carriage return plus "erase line" (ANSI {@code ESC[K}, understood by every
 * terminal the tool runs on) is all it needs.
 */
final class ProgressLine implements AutoCloseable {
    /** Redraws at most this often, so a fast loop does not flood the terminal. */
    private static final long REDRAW_NANOS = 100_000_000L;
    private final PrintStream err;
    private final boolean active;
    private final long start = System.nanoTime();
    private final int width;
    private String status = "";
    private long lastDraw;

    ProgressLine(PrintStream err, boolean active) {
        this.err = err;
        this.active = active;
        int w = 100;
        try {
            w = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100"));
        } catch (NumberFormatException e) {
            // an unparsable COLUMNS: keep the default width
        }
        this.width = Math.max(20, w);
    }

    /** Active iff a person watches: a console, no --json, no CI. */
    static ProgressLine forCommand(PrintStream err, boolean json) {
        return new ProgressLine(err, shown(System.console() != null, json, System.getenv("CI")));
    }

    static boolean shown(boolean console, boolean json, String ci) {
        return console && !json && ci == null;
    }

    boolean active() {
        return active;
    }

    /** Replaces the status line (elapsed seconds appended); drawn at most every 100 ms. */
    synchronized void status(String text) {
        if (!active) {
            return;
        }
        status = text;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            draw();
            lastDraw = now;
        }
    }

    /** A message for the log: above the status line when active, a plain line otherwise. */
    synchronized void log(String message) {
        if (active) {
            err.print("\r\033[K");
        }
        err.println(message);
        if (active && !status.isEmpty()) {
            draw();
        }
    }

    Consumer<String> logger() {
        return this::log;
    }

    /** Removes the status line, so the summary that follows starts on a clean line. */
    @Override
    public synchronized void close() {
        if (active) {
            err.print("\r\033[K");
            err.flush();
            status = "";
        }
    }

    private void draw() {
        String line = String.format("%s  [%.0f s]", status, (System.nanoTime() - start) / 1e9);
        err.print("\r\033[K" + fit(line, width));
        err.flush();
    }

    /** The rendered text of a status (for tests): what {@link #draw} writes after the erase sequence. */
    static String fit(String line, int width) {
        return line.length() > width - 1 ? line.substring(0, width - 2) + "~" : line;
    }
}
