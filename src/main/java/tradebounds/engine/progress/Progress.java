package tradebounds.engine.progress;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Where long loops (cover search, witness searches, branch and bound, Monte Carlo) say how far they are, without
 * knowing who listens. The command that runs them installs a sink (the CLI's one-line progress display) for its
 * duration; with none installed, which is the case in tests, in {@code --json} mode, under CI and whenever stderr is
 * not a terminal, {@link #update} is one volatile read. Updates are throttled here to a few per second, so a loop
 * may call it on every step.
 *
 * <p>Process-wide on purpose, like a logger: the searches run deep below the command (an audit runs a family's
 * auditor, which runs a search, which runs a solver), and threading a listener through every signature would touch
 * every family for a display. Progress never changes what a search computes.
 */
public final class Progress {
    /** At most this often is the sink called. */
    private static final long EVERY_NANOS = 250_000_000L;
    private static volatile Consumer<String> sink;
    private static final AtomicLong NEXT = new AtomicLong();

    private Progress() {
    }

    /** An installed sink; closing it puts the previous one back. */
    public interface Installed extends AutoCloseable {
        @Override
        void close();
    }

    /** Installs {@code s} until the returned handle is closed (then the previous sink is back). */
    public static synchronized Installed install(Consumer<String> s) {
        Consumer<String> previous = sink;
        sink = s;
        return () -> {
            synchronized (Progress.class) {
                sink = previous;
            }
        };
    }

    /** Whether anyone listens (callers may skip building an expensive message). */
    public static boolean active() {
        return sink != null;
    }

    /**
     * How far a phase is: {@code "cover search: 1234/200000 nodes, cell 3/25"}.
     *
     * @param phase  what runs ("cover search")
     * @param done   work done so far
     * @param total  the work there is, or {@code <= 0} when unknown (then only the count is shown)
     * @param unit   what is counted ("nodes", "runs")
     * @param detail anything else worth a glance (best value so far), or null
     */
    public static void update(String phase, long done, long total, String unit, String detail) {
        Consumer<String> s = sink;
        if (s == null) {
            return;
        }
        long now = System.nanoTime();
        long next = NEXT.get();
        if (now - next < 0 || !NEXT.compareAndSet(next, now + EVERY_NANOS)) {
            return;
        }
        s.accept(line(phase, done, total, unit, detail));
    }

    /** The text of one update (for tests and for sinks that want it). */
    public static String line(String phase, long done, long total, String unit, String detail) {
        String count = total > 0 ? String.format(Locale.ROOT, "%d/%d %s (%.0f%%)", done, total, unit,
                100.0 * done / total) : done + " " + unit;
        return phase + ": " + count + (detail == null || detail.isEmpty() ? "" : ", " + detail);
    }
}
