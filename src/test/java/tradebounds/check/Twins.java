package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Line edits that turn a good certificate into a corrupted twin. Each edit insists that the line it edits occurs
 * exactly once, so a twin cannot silently stop corrupting anything when the good certificate changes.
 */
final class Twins {
    static final Path EXAMPLES = Path.of("certificates", "examples");

    private Twins() {
    }

    static String example(String name) {
        try {
            return Files.readString(EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1-based number of the only line equal to {@code line}. */
    static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                if (found >= 0) {
                    fail("line occurs twice: " + line);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            fail("line not found: " + line);
        }
        return found;
    }

    static String replace(String text, String line, String with) {
        int n = lineOf(text, line);
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.set(n - 1, with);
        return String.join("\n", lines) + "\n";
    }

    static String drop(String text, String line) {
        int n = lineOf(text, line);
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.remove(n - 1);
        return String.join("\n", lines) + "\n";
    }

    static Proved proved(String text) {
        CheckOutcome o = Checker.check(text, "twin");
        return assertInstanceOf(Proved.class, o, () -> o.toString());
    }

    /** Asserts the rejection reason and, when {@code line > 0}, the line it names. */
    static Rejected rejected(String text, Reason reason, int line) {
        CheckOutcome o = Checker.check(text, "twin");
        Rejected r = assertInstanceOf(Rejected.class, o, () -> "expected " + reason + ", got " + o);
        assertEquals(reason, r.reason(), r::toString);
        if (line > 0) {
            assertEquals("twin:" + line, r.where(), r::toString);
        }
        return r;
    }
}
