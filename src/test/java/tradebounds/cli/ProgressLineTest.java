package tradebounds.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.engine.progress.Progress;

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
    void searchesReportIntoTheStatusOnlyWhileShown() throws InterruptedException {
        Thread.sleep(300); // past any throttle window left by another test
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressLine p = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
             var searches = p.searches()) {
            p.status("audit: 3/40 claims");
            Progress.update("cover search", 50, 200, "tree lines", "qm in [0.1, 0.2]");
        }
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("audit: 3/40 claims | cover search: 50/200 tree lines (25%), qm in [0.1, 0.2]  ["), s);
        assertFalse(Progress.active(), "closing the handle removes the sink");

        // Not shown (--json, CI, a pipe): nothing is installed, and a search's update prints nothing.
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        try (ProgressLine p = new ProgressLine(new PrintStream(quiet, true, StandardCharsets.UTF_8), false);
             var searches = p.searches()) {
            assertFalse(Progress.active());
            Progress.update("Monte Carlo", 1, 2, "runs", null);
        }
        assertEquals("", quiet.toString(StandardCharsets.UTF_8));
    }

    @Test
    void updatesAreThrottledAndWorded() throws Exception {
        List<String> seen = new ArrayList<>();
        Thread.sleep(300); // past any throttle window left by another test
        try (var sink = Progress.install(seen::add)) {
            Progress.update("Monte Carlo", 250_000, 1_000_000, "runs", "2 thread(s)");
            Progress.update("Monte Carlo", 500_000, 1_000_000, "runs", "2 thread(s)");
        }
        // The second update comes within 250 ms of the first: dropped.
        assertEquals(List.of("Monte Carlo: 250000/1000000 runs (25%), 2 thread(s)"), seen);
        assertEquals("witness search: 7 SLP iterations", Progress.line("witness search", 7, 0, "SLP iterations", null));
    }

    @Test
    void aToolsOwnLinesNeverShareTheStatusLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream tool = new ByteArrayOutputStream();
        try (ProgressLine p = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true)) {
            p.status("dev preg-search");
            PrintStream out = p.around(new PrintStream(tool, true, StandardCharsets.UTF_8));
            out.print("cell 3 ");
            out.println("proved");
        }
        assertEquals("cell 3 proved\n", tool.toString(StandardCharsets.UTF_8));
        String s = bytes.toString(StandardCharsets.UTF_8);
        // drawn, erased once before the line starts (not again mid-line), drawn again after it ends, erased at close
        assertEquals(4, s.split("\r\033\\[K", -1).length - 1, s);
        assertTrue(s.matches("(?s)\r\033\\[Kdev preg-search  \\[[0-9]+ s\\]\r\033\\[K\r\033\\[Kdev preg-search  \\[[0-9]+ s\\]"
                + "\r\033\\[K"), s);
    }

    @Test
    void longStatusesAreCutToTheTerminalWidth() {
        assertEquals("abc", ProgressLine.fit("abc", 80));
        String cut = ProgressLine.fit("x".repeat(200), 80);
        assertEquals(79, cut.length());
        assertTrue(cut.endsWith("~"));
    }
}
