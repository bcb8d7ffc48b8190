package tradebounds.compare;

import java.time.Duration;
import java.util.List;

/**
 * A named solver comparison suite: which programs (each family answers for the name) and how they are run.
 *
 * @param name      the suite name given to {@code tradebounds compare --suite}
 * @param timeLimit the wall-clock limit passed to every solve
 * @param repeats   solves per (program, adapter); the reported time is their median. A solve that reaches the
 *                  time limit is not repeated (its time is the limit)
 */
public record Suite(String name, Duration timeLimit, int repeats) {
    /** {@code quick}: the smallest size of every program, one solve each (the test tier runs it). */
    public static final Suite QUICK = new Suite("quick", Duration.ofSeconds(2), 1);
    /** {@code default}: two or three sizes per program, median of three solves; the published comparison. */
    public static final Suite DEFAULT = new Suite("default", Duration.ofSeconds(10), 3);

    public static List<Suite> all() {
        return List.of(QUICK, DEFAULT);
    }

    public static List<String> names() {
        return all().stream().map(Suite::name).toList();
    }

    /** @throws IllegalArgumentException naming the unknown suite and every known one */
    public static Suite named(String name) {
        return all().stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown suite '" + name + "' (known: " + String.join(", ", names()) + ")"));
    }

    public Suite withTimeLimit(Duration d) {
        return new Suite(name, d, repeats);
    }

    public Suite withRepeats(int r) {
        return new Suite(name, timeLimit, r);
    }
}
