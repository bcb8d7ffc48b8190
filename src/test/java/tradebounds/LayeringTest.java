package tradebounds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency arrows of the README, enforced by scanning imports (and fully qualified references) of
 * src/main. The checker must not reach a solver, and builders must not know solvers exist.
 */
class LayeringTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "json", Set.of(),
            "instance", Set.of("model", "json"),
            "programs", Set.of("model"),
            "cert", Set.of("model", "instance"),
            "check", Set.of("model", "instance", "cert"),
            "solve", Set.of("model", "check"),
            "compare", Set.of("model", "solve", "check"),
            "robust", Set.of("model", "programs", "solve", "check", "cert", "compare"),
            "ksfair", Set.of("model", "programs", "solve", "check", "cert", "compare", "robust", "search"));

    private static final Pattern REF = Pattern.compile("\\btradebounds\\.([a-z]+)\\b");

    @Test
    void importsFollowTheLayers() throws IOException {
        Path root = Path.of("src/main/java/tradebounds");
        List<String> breaches = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String layer = root.relativize(f).getName(0).toString();
                String text = Files.readString(f);
                Matcher m = REF.matcher(text);
                while (m.find()) {
                    String target = m.group(1);
                    if (target.equals(layer)) {
                        continue;
                    }
                    if (target.equals("cli")) {
                        breaches.add(f + " refers to cli");
                    }
                    Set<String> allowed = ALLOWED.get(layer);
                    if (allowed != null && !allowed.contains(target)) {
                        breaches.add(f + " (" + layer + ") refers to " + target);
                    }
                }
            }
        }
        assertTrue(breaches.isEmpty(), String.join("\n", breaches));
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/tradebounds"))) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> s = Files.list(d)) {
                    hasJava = s.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(d.resolve("package-info.java"))) {
                    missing.add(d.toString());
                }
            }
        }
        assertTrue(missing.isEmpty(), "no package-info.java in " + missing);
    }
}
