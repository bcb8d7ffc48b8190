package tradebounds.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A certificate's header as its summary: the {@code TYPE} line and the {@code META} lines before the first section,
 * each cut to a readable length, plus the file size. Only the header is read (a cover can be tens of megabytes
 * unpacked); this is description, not checking, and the certificate reader is not involved.
 */
final class CertificateSummary {
    private static final int MAX_LINES = 12;
    private static final int MAX_CHARS = 220;

    private CertificateSummary() {
    }

    /** The certificate's {@code TYPE} word ("interval-cover"), read from its header only, or null. */
    static String type(Path file) {
        for (String line : of(file)) {
            if (line.startsWith("TYPE ")) {
                return line.substring(5).trim();
            }
        }
        return null;
    }

    /** The header lines, or empty when the file is absent or unreadable. */
    static List<String> of(Path file) {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && out.size() < MAX_LINES) {
                if (line.startsWith("TRADEBOUNDS ")) {
                    continue;
                }
                if (!line.startsWith("TYPE ") && !line.startsWith("META ")) {
                    break;
                }
                String text = line.startsWith("META ") ? line.substring(5) : line;
                out.add(text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + " …");
            }
            out.add(String.format(java.util.Locale.ROOT, "file size %,d bytes", Files.size(file)));
        } catch (IOException e) {
            out.clear();
        }
        return out;
    }
}
