package tradebounds.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * The one progress display of long runs (audit, prove, compare --suite): a status line on stderr that rewrites
 * itself in place, with log messages printed above it. Shown only when a person is watching: stderr attached to a
 * terminal ({@link #stderrIsTerminal}), not in {@code --json} mode and not under CI (environment variable
 * {@code CI} set). Otherwise {@link #status} does nothing and {@link #log} prints the message as a plain line,
 * which is what every command printed before, so logs, pipes and CI output are unchanged.
 *
 * <p>A small renderer (about 60 lines of code) rather than a progress-bar library: the runs report counts and
 * phases, not a known total of fine-grained work units, and one carriage return plus "erase line" (ANSI
 * {@code ESC[K}, understood by every terminal the tool runs on) is all it needs. Native solver banners (HiGHS
 * prints one per solve) still land on stderr between redraws.
 */
final class ProgressLine implements AutoCloseable {
    private final PrintStream err;
    private final boolean active;
    private final long start = System.nanoTime();
    private final int width;
    private String status = "";
    /** What the search inside the current step reports ({@link tradebounds.engine.progress.Progress}), or "". */
    private String task = "";

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

    /** Active iff a person watches: stderr on a terminal, no --json, no CI. */
    static ProgressLine forCommand(PrintStream err, boolean json) {
        return new ProgressLine(err, shown(stderrIsTerminal(), json, System.getenv("CI")));
    }

    /**
     * Whether file descriptor 2 is a terminal. {@code System.console()} answers for stdin and stdout, so it is
     * null exactly when the summary is redirected to a file, the case where the progress line helps most; on
     * Linux /proc/self/fd/2 names the device. Elsewhere the console is the best answer the JDK gives.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Whether file descriptor 1 is a terminal (Linux; elsewhere assumed, which only costs redraws). */
    static boolean stdoutIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    /**
     * A stream for a tool's own prints to {@code target} (a stream on the same screen): before a line starts the
     * status line is erased, after it ends the status is drawn again, so the two never share a screen line.
     */
    PrintStream around(PrintStream target) {
        return new PrintStream(new java.io.OutputStream() {
            private boolean midLine;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (len == 0) {
                    return;
                }
                synchronized (ProgressLine.this) {
                    if (!midLine) {
                        err.print("\r\033[K");
                        err.flush();
                    }
                    target.write(b, off, len);
                    target.flush();
                    midLine = b[off + len - 1] != '\n';
                    if (!midLine && !(status.isEmpty() && task.isEmpty())) {
                        draw();
                    }
                }
            }
        }, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    static boolean shown(boolean console, boolean json, String ci) {
        return console && !json && ci == null;
    }

    boolean active() {
        return active;
    }

    /**
     * Replaces the status line (elapsed seconds appended). Drawn at once: callers update it per claim, per solve
     * or once a second, never in a tight loop.
     */
    synchronized void status(String text) {
        if (!active) {
            return;
        }
        status = text;
        task = "";
        draw();
    }

    /** The progress of the search running inside the current step, shown after the status until the next status. */
    synchronized void task(String text) {
        if (!active) {
            return;
        }
        task = text;
        draw();
    }

    /**
     * Routes the searches' progress ({@link tradebounds.engine.progress.Progress}) to this line until closed; does
     * nothing when the line is not shown, so searches stay silent in --json mode, under CI and in pipes.
     */
    tradebounds.engine.progress.Progress.Installed searches() {
        return active ? tradebounds.engine.progress.Progress.install(this::task) : () -> { };
    }

    /** A message for the log: above the status line when active, a plain line otherwise. */
    synchronized void log(String message) {
        if (active) {
            err.print("\r\033[K");
        }
        err.println(message);
        if (active && !(status.isEmpty() && task.isEmpty())) {
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
            task = "";
        }
    }

    private void draw() {
        String text = status.isEmpty() ? task : task.isEmpty() ? status : status + " | " + task;
        String line = String.format("%s  [%.0f s]", text, (System.nanoTime() - start) / 1e9);
        err.print("\r\033[K" + fit(line, width));
        err.flush();
    }

    /** The rendered text of a status (for tests): what {@link #draw} writes after the erase sequence. */
    static String fit(String line, int width) {
        return line.length() > width - 1 ? line.substring(0, width - 2) + "~" : line;
    }
}
