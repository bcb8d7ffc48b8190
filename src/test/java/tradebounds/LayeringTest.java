package tradebounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The dependency arrows of the README, enforced by scanning imports and fully qualified references of src/main.
 * Core is cut by layer ({@link #CORE}); {@code engine.*} is shared untrusted machinery that never names a paper;
 * {@code family.<id>} holds one paper family and imports core and engine, never another family. The trusted
 * checker reaches no solver, no engine and no family.
 */
class LayeringTest {
    /** For each core layer, the other core layers it may name; a layer absent here (cli) may name anything. */
    static final Map<String, Set<String>> CORE = Map.of(
            "model", Set.of(),
            "json", Set.of(),
            "instance", Set.of("model", "json"),
            "cert", Set.of("model", "instance"),
            "certwrite", Set.of("model", "instance", "cert"),
            "check", Set.of("model", "instance", "cert"),
            "solve", Set.of("model", "check"),
            "compare", Set.of("model", "solve", "check"),
            "claims", Set.of("model", "json", "instance", "cert", "certwrite", "check", "solve", "compare"));
    /** Core layers an engine or a family may name: everything below the registry and the CLI. */
    static final Set<String> BELOW_CLAIMS = Set.of("model", "json", "instance", "cert", "certwrite", "check", "solve",
            "compare");
    /** An import line; the checker may import the JDK and trusted core only. */
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");
    private static final Pattern REF = Pattern.compile("\\btradebounds\\.([a-z]+)(?:\\.([a-z]+))?");

    /** The layer of a source file path below src/main/java/tradebounds: "check", "engine.cover", "family.ksfair". */
    static String layerOf(Path relative) {
        String first = relative.getName(0).toString();
        if ((first.equals("engine") || first.equals("family")) && relative.getNameCount() > 2) {
            return first + "." + relative.getName(1);
        }
        return first;
    }

    /** Every arrow the source text of one file in {@code layer} breaks, one line each. */
    static List<String> breaches(String layer, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            String top = m.group(1);
            String target = (top.equals("engine") || top.equals("family")) && m.group(2) != null
                    ? top + "." + m.group(2) : top;
            if (target.equals(layer) || target.equals("engine") || target.equals("family")) {
                continue;
            }
            String why = forbidden(layer, target);
            if (why != null) {
                out.add(layer + " refers to " + target + ": " + why);
            }
        }
        if (layer.equals("check")) {
            Matcher i = IMPORT.matcher(text);
            while (i.find()) {
                String name = i.group(1);
                if (!name.startsWith("java.") && !name.startsWith("tradebounds.")) {
                    out.add("check imports " + name + ": the checker imports only the JDK and trusted core");
                }
            }
        }
        return out;
    }

    private static String forbidden(String layer, String target) {
        boolean targetFamily = target.startsWith("family.");
        boolean targetEngine = target.startsWith("engine.");
        if (target.equals("cli")) {
            return "nothing below the CLI names it";
        }
        if (layer.startsWith("family.")) {
            if (targetFamily) {
                return "a family never imports another family";
            }
            return targetEngine || BELOW_CLAIMS.contains(target) || target.equals("claims") ? null
                    : "a family imports core and engine only";
        }
        if (layer.startsWith("engine.")) {
            if (targetFamily) {
                return "an engine never names a paper family";
            }
            return targetEngine || BELOW_CLAIMS.contains(target) ? null : "an engine imports core below claims only";
        }
        Set<String> allowed = CORE.get(layer);
        if (allowed == null) {
            return null;
        }
        if (targetFamily || targetEngine) {
            return "core layer " + layer + " does not name " + (targetFamily ? "families" : "engines")
                    + " (families register through ServiceLoader)";
        }
        return allowed.contains(target) ? null : "not among " + allowed;
    }

    @Test
    void importsFollowTheLayers() throws IOException {
        Path root = Path.of("src/main/java/tradebounds");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String b : breaches(layerOf(root.relativize(f)), Files.readString(f))) {
                    found.add(f + ": " + b);
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    /** The scanner itself: each kind of wrong arrow, written into a synthetic source, is reported. */
    @Test
    void wrongImportsAreReported() {
        assertEquals(1, breaches("family.ksfair", "import tradebounds.family.fixedprice.program.PriceList;").size());
        assertEquals(1, breaches("check", "import tradebounds.engine.interval.Interval;").size());
        assertEquals(1, breaches("check", "import tradebounds.solve.SolveResult;").size());
        assertEquals(1, breaches("check", "import com.google.ortools.Loader;").size());
        assertEquals(1, breaches("engine.cover", "/** see {@link tradebounds.family.robust.RobustAudit} */").size());
        assertEquals(1, breaches("claims", "import tradebounds.family.robust.RobustAuditor;").size());
        assertEquals(1, breaches("model", "import tradebounds.cli.Main;").size());
        assertEquals(List.of(), breaches("family.ksfair", "import tradebounds.engine.cover.CoverSearch;\n"
                + "import tradebounds.family.ksfair.preg.PregCell;\nimport tradebounds.check.Checker;"));
        assertEquals(List.of(), breaches("check", "import java.math.BigInteger;\nimport tradebounds.cert.Cover;"));
        assertEquals("family.ksfair", layerOf(Path.of("family/ksfair/preg/PregCell.java")));
        assertEquals("check", layerOf(Path.of("check/Checker.java")));
    }

    /** Every tool runs through the CLI: the only {@code main} method is {@code cli.Main}'s. */
    @Test
    void theOnlyMainIsTheCli() throws IOException {
        Pattern main = Pattern.compile("static\\s+void\\s+main\\s*\\(");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/tradebounds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (main.matcher(Files.readString(f)).find() && !f.endsWith(Path.of("cli", "Main.java"))) {
                    found.add(f.toString());
                }
            }
        }
        assertEquals(List.of(), found, "main() outside cli.Main; make it a 'tradebounds dev' tool");
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
