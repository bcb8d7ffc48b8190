package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress display: shown only to a person at a terminal, and then it never breaks a log line. */
class ProgressLineTest {
    @Test
    void shownOnlyOnATerminalOutsideJsonAndCi() {
        assertTrue(ProgressLine.shown(true, false, null));
        assertFalse(ProgressLine.shown(false, false, null), "stderr redirected");
        assertFalse(ProgressLine.shown(true, true, null), "--json");
        assertFalse(ProgressLine.shown(true, false, "true"), "CI=true");
        assertFalse(ProgressLine.shown(true, false, ""), "CI set, even empty");
    }

    @Test
    void inactiveItPrintsLogLinesAsBeforeAndNoStatus() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressLine p = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)) {
            p.status("audit: 3/40 claims");
            p.log("audit: caiwu-thm3.1-lower (seed 003, method none)");
        }
        assertEquals("audit: caiwu-thm3.1-lower (seed 003, method none)\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void activeItRewritesOneLineAndPrintsLogsAboveIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressLine p = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true)) {
            p.status("audit: 3/40 claims");
            p.log("a message");
        }
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\r\033[Kaudit: 3/40 claims  ["), s);
        assertTrue(s.contains("\r\033[Ka message\n\r\033[Kaudit: 3/40 claims  ["), "log above, status redrawn: " + s);
        assertTrue(s.endsWith("\r\033[K"), "closing erases the status line: " + s);
        assertEquals(1, s.chars().filter(c -> c == '\n').count(), "only the log line ends a line");
    }

    @Test
    void longStatusesAreCutToTheTerminalWidth() {
        assertEquals("abc", ProgressLine.fit("abc", 80));
        String cut = ProgressLine.fit("x".repeat(200), 80);
        assertEquals(79, cut.length());
        assertTrue(cut.endsWith("~"));
    }
}
