package tradebounds.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradebounds.json.InputException;
import tradebounds.json.JsonCursor;
import tradebounds.json.JsonReader;
import tradebounds.json.JsonValue;
import tradebounds.json.JsonWriter;
import tradebounds.model.Rational;

/**
 * The committed golden file of the main job ({@code claims/expected-verdicts.json}): per claim, the verdict and the
 * exact bound a checked certificate established. {@link #regressions} compares an audit against it, so that a
 * CERTIFIED claim silently falling to OPEN, or a certified bound getting weaker, turns the build red.
 */
public final class Expectations {
    /** One claim's expected outcome; {@code established} is null when no checked bound was expected. */
    public record Expected(Verdict verdict, Rational established) {
    }

    private Expectations() {
    }

    public static Map<String, Expected> read(Path file) throws IOException, InputException {
        JsonValue root = JsonReader.read(file);
        JsonCursor c = JsonCursor.root(file.toString(), root);
        if (!(root instanceof JsonValue.Obj obj)) {
            throw c.error("expected verdicts must be an object keyed by claim id");
        }
        Map<String, Expected> out = new LinkedHashMap<>();
        for (String id : obj.members().keySet()) {
            JsonCursor e = c.field(id);
            e.onlyFields(java.util.Set.of("verdict", "established"));
            Verdict v;
            try {
                v = Verdict.valueOf(e.field("verdict").string());
            } catch (IllegalArgumentException x) {
                throw e.field("verdict").error("not a verdict (CERTIFIED, NUMERIC, REFUTED, OPEN)");
            }
            Rational est = null;
            if (e.has("established") && !(e.field("established").value() instanceof JsonValue.Null)) {
                try {
                    est = Rational.parse(e.field("established").string());
                } catch (NumberFormatException x) {
                    throw e.field("established").error(x.getMessage());
                }
            }
            out.put(id, new Expected(v, est));
        }
        return out;
    }

    /** The golden file for these rows, one claim per line so that a change reads as a one-line diff. */
    public static String write(List<AuditRow> rows) {
        StringBuilder sb = new StringBuilder("{\n");
        for (int i = 0; i < rows.size(); i++) {
            AuditRow r = rows.get(i);
            sb.append("  ").append(JsonWriter.quote(r.claim())).append(": {\"verdict\": ")
                    .append(JsonWriter.quote(r.verdict().name())).append(", \"established\": ")
                    .append(r.established() == null ? "null" : JsonWriter.quote(r.established().toString())).append('}')
                    .append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        return sb.append("}\n").toString();
    }

    /**
     * What fell: a verdict that is no longer the expected one, unless it is a strict gain (OPEN to NUMERIC, or
     * anything to a checked verdict from an unchecked one); a certified bound that is absent or weaker than the
     * expected one (in the claim's direction); an expected claim missing from a complete audit. Claims not in
     * {@code rows} are skipped when {@code partial} (an {@code --only} audit).
     */
    public static List<String> regressions(Map<String, Expected> expected, List<AuditRow> rows, boolean partial) {
        List<String> out = new ArrayList<>();
        Map<String, AuditRow> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.claim(), r));
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            AuditRow r = byId.get(e.getKey());
            Expected x = e.getValue();
            if (r == null) {
                if (!partial) {
                    out.add(e.getKey() + ": expected " + x.verdict() + " but the claim was not audited");
                }
                continue;
            }
            if (r.verdict() != x.verdict() && !gain(x.verdict(), r.verdict())) {
                out.add(e.getKey() + ": verdict fell from " + x.verdict() + " to " + r.verdict());
                continue;
            }
            if (x.established() != null && r.verdict() == x.verdict()) {
                if (r.established() == null) {
                    out.add(e.getKey() + ": certified bound " + r.direction().symbol() + " " + x.established()
                            + " no longer established");
                } else if (!r.direction().implies(r.established(), x.established())) {
                    out.add(e.getKey() + ": certified bound weakened from " + r.direction().symbol() + " "
                            + x.established().toDisplay() + " to " + r.direction().symbol() + " "
                            + r.established().toDisplay());
                }
            }
        }
        return out;
    }

    /** Checked verdicts (CERTIFIED, REFUTED) outrank NUMERIC, which outranks OPEN; a change between two checked
     * verdicts is never a gain: it means the answer changed. */
    static boolean gain(Verdict from, Verdict to) {
        return rank(to) > rank(from);
    }

    private static int rank(Verdict v) {
        return switch (v) {
            case OPEN -> 0;
            case NUMERIC -> 1;
            case CERTIFIED, REFUTED -> 2;
        };
    }
}
