package tradebounds.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tradebounds.json.InputException;
import tradebounds.json.JsonCursor;
import tradebounds.json.JsonReader;
import tradebounds.json.JsonValue;
import tradebounds.model.Rational;

/** Reads the claims registry: every {@code *.json} below a directory (normally {@code claims/}), sorted; the
 * program ids are those of the registered {@link Family} implementations. */
public final class ClaimRegistry {
    private static final Set<String> FIELDS = Set.of("claim", "paper", "source", "statement", "quantity", "published",
            "direction", "kind", "program", "method", "certificate", "notes");
    private static final Set<String> KINDS = Set.of("hardness", "guarantee", "mechanism", "context");

    /** The golden file of expected verdicts ({@link Expectations}) lives beside the claims and is not a claim. */
    public static final String EXPECTED_FILE = "expected-verdicts.json";

    private ClaimRegistry() {
    }

    public static List<Claim> load(Path dir) throws IOException, InputException {
        if (!Files.isDirectory(dir)) {
            throw InputException.atField(dir.toString(), "(directory)", "claims registry directory not found");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals(EXPECTED_FILE))
                    .sorted().toList();
        }
        List<Claim> claims = new ArrayList<>();
        for (Path f : files) {
            claims.add(read(f));
        }
        return claims;
    }

    public static Claim read(Path file) throws IOException, InputException {
        JsonValue root = JsonReader.read(file);
        JsonCursor c = JsonCursor.root(file.toString(), root);
        c.onlyFields(FIELDS);
        String id = c.field("claim").string();
        String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!id.equals(expected)) {
            throw c.field("claim").error("claim id \"" + id + "\" must equal the file name \"" + expected + "\"");
        }
        Rational published;
        try {
            published = Rational.parse(c.field("published").string());
        } catch (NumberFormatException e) {
            throw c.field("published").error(e.getMessage());
        }
        Direction direction;
        try {
            direction = Direction.parse(c.field("direction").string());
        } catch (IllegalArgumentException e) {
            throw c.field("direction").error(e.getMessage());
        }
        String kind = c.field("kind").string();
        if (!KINDS.contains(kind)) {
            throw c.field("kind").error("kind must be one of " + KINDS + ", got \"" + kind + "\"");
        }
        JsonCursor program = c.field("program");
        String programId = program.field("id").string();
        Family family = null;
        List<String> known = new ArrayList<>();
        for (Family f : Family.all()) {
            known.addAll(f.programIds());
            if (f.programIds().contains(programId)) {
                family = f;
            }
        }
        if (family == null) {
            throw program.field("id").error("unknown program \"" + programId + "\" (known: " + known + ")");
        }
        int units = program.has("units") ? program.field("units").integer(1, 64) : 1;
        JsonCursor prices = program.has("prices") ? program.field("prices") : null;
        String form = prices == null ? "none" : prices.field("form").string();
        String spec = null;
        String unavailable = null;
        switch (form) {
            case "generic" -> spec = "generic:" + prices.field("n").integer(2, 100000) + ","
                    + prices.field("alpha").string() + "," + prices.field("beta").string() + ","
                    + prices.field("last").string();
            case "list" -> {
                List<String> values = new ArrayList<>();
                for (JsonCursor v : prices.field("values").elements()) {
                    values.add(v.string());
                }
                spec = String.join(",", values);
            }
            case "named" -> spec = prices.field("name").string();
            case "unavailable" -> unavailable = prices.field("why").string();
            case "none" -> { }
            default -> throw prices.field("form").error("form must be generic, list, named or unavailable, got \""
                    + form + "\"");
        }
        try {
            family.checkProgram(programId, units, spec, prices != null);
        } catch (IllegalArgumentException e) {
            throw (prices != null ? prices : program).error(e.getMessage());
        }
        Map<String, String> method = new LinkedHashMap<>();
        JsonCursor m = c.field("method");
        if (!(m.value() instanceof JsonValue.Obj obj)) {
            throw m.error("method must be an object");
        }
        for (String key : obj.members().keySet()) {
            JsonValue v = obj.members().get(key);
            method.put(key, v instanceof JsonValue.Str s ? s.value() : v instanceof JsonValue.Num n ? n.text()
                    : tradebounds.json.JsonWriter.compact(v));
        }
        if (method.containsKey("statementKind")) {
            try {
                StatementKind.parse(method.get("statementKind"));
            } catch (IllegalArgumentException e) {
                throw m.field("statementKind").error(e.getMessage());
            }
        }
        List<String> notes = new ArrayList<>();
        if (c.has("notes")) {
            for (JsonCursor n : c.field("notes").elements()) {
                notes.add(n.string());
            }
        }
        String certificate = c.has("certificate") ? c.field("certificate").string() : null;
        return new Claim(id, file.toString(), c.field("paper").string(), c.field("source").string(),
                c.field("statement").string(), published, direction, kind, programId, spec, unavailable, method,
                certificate, notes, units);
    }
}
