package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The trusted base stays small: check imports only model, instance and cert; cert only model and instance. */
class CheckerImportsTest {
    @Test
    void checkAndCertImportOnlyTheTrustedPackages() throws IOException {
        assertEquals(List.of(), offending("check", "tradebounds.model.", "tradebounds.instance.", "tradebounds.cert."));
        assertEquals(List.of(), offending("cert", "tradebounds.model.", "tradebounds.instance.", "tradebounds.cert."));
    }

    private static List<String> offending(String pkg, String... allowed) throws IOException {
        Path dir = Path.of("src", "main", "java", "tradebounds", pkg);
        try (Stream<Path> files = Files.list(dir)) {
            return files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .map(l -> l.replaceFirst("import (static )?", "")).filter(i -> !i.startsWith("java."))
                            .filter(i -> Stream.of(allowed).noneMatch(i::startsWith))
                            .map(i -> f.getFileName() + ": " + i);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
