package tradebounds.family.pareto;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import tradebounds.json.InputException;
import tradebounds.json.JsonCursor;
import tradebounds.json.JsonReader;
import tradebounds.json.JsonValue;
import tradebounds.model.Rational;

/**
 * Reads an instance of kind {@value #KIND}: n i.i.d. buyers, m identical units, a zero-value seller,
 *
 * <pre>{"kind": "pareto-iid", "buyers": 2, "units": 1,
 *  "law": [{"value": "1", "prob": "1/2"}, {"value": "2", "prob": "1/2"}]}</pre>
 *
 * Rationals are JSON strings (exact decimal or a/b). Refused, each with {@code file: field: reason}: a law whose
 * masses do not sum to exactly 1, a negative value, a mass &lt;= 0, a repeated value, units = 0, units &gt; buyers.
 */
public final class ParetoInstanceReader {
    public static final String KIND = "pareto-iid";
    /** Buyers beyond this make the Border right-hand sides (powers of the tail masses) needlessly huge. */
    public static final int MAX_BUYERS = 1000;

    private ParetoInstanceReader() {
    }

    public static ParetoInstance read(Path file) throws IOException, InputException {
        return fromJson(JsonCursor.root(file.toString(), JsonReader.read(file)));
    }

    public static ParetoInstance parse(String text, String file) throws InputException {
        return fromJson(JsonCursor.root(file, JsonReader.parse(text, file)));
    }

    /** Whether a parsed file declares this kind (so that the CLI can dispatch on it). */
    public static boolean declares(JsonCursor root) throws InputException {
        return root.value() instanceof JsonValue.Obj && root.has("kind")
                && root.field("kind").value() instanceof JsonValue.Str k && k.value().equals(KIND);
    }

    public static ParetoInstance fromJson(JsonCursor root) throws InputException {
        root.onlyFields(Set.of("kind", "buyers", "units", "law", "note"));
        String kind = root.field("kind").string();
        if (!kind.equals(KIND)) {
            throw root.field("kind").error("unknown kind \"" + kind + "\" (expected \"" + KIND + "\")");
        }
        if (root.has("note")) {
            root.field("note").string();
        }
        int n = root.field("buyers").integer(1, MAX_BUYERS);
        JsonCursor unitsField = root.field("units");
        int m = unitsField.integer(0, MAX_BUYERS);
        if (m == 0) {
            throw unitsField.error("must be >= 1 (a seller with no unit has nothing to sell), got 0");
        }
        if (m > n) {
            throw unitsField.error("must be <= buyers (" + n + "): unit-demand buyers take at most one unit each, got "
                    + m);
        }
        JsonCursor law = root.field("law");
        List<JsonCursor> atoms = law.elements();
        if (atoms.isEmpty()) {
            throw law.error("needs at least one atom");
        }
        TreeMap<Rational, Rational> byValue = new TreeMap<>();
        Rational sum = Rational.ZERO;
        for (JsonCursor atom : atoms) {
            atom.onlyFields(Set.of("value", "prob"));
            Rational v = rational(atom.field("value"));
            Rational p = rational(atom.field("prob"));
            if (v.signum() < 0) {
                throw atom.field("value").error("must be >= 0 (a buyer's value), got " + v);
            }
            if (p.signum() <= 0) {
                throw atom.field("prob").error("must be > 0, got " + p + (p.signum() == 0 ? " (drop the atom)" : ""));
            }
            if (byValue.containsKey(v)) {
                throw atom.field("value").error("duplicate value " + v + " (merge the atoms)");
            }
            byValue.put(v, p);
            sum = sum.add(p);
        }
        if (!sum.equals(Rational.ONE)) {
            throw law.error("probabilities sum to " + sum + ", not 1 (the law must be normalised exactly)");
        }
        return new ParetoInstance(n, m, new ArrayList<>(byValue.keySet()), new ArrayList<>(byValue.values()));
    }

    private static Rational rational(JsonCursor c) throws InputException {
        if (!(c.value() instanceof JsonValue.Str)) {
            throw c.error("must be a string holding an exact rational (\"3/4\" or \"0.75\"), got a "
                    + c.value().typeName());
        }
        try {
            Rational r = Rational.parse(c.string());
            if (r.denominator().bitLength() > 4096 || r.numerator().bitLength() > 4096) {
                throw c.error("rational too long");
            }
            return r;
        } catch (NumberFormatException e) {
            throw c.error("not an exact rational: " + c.string());
        }
    }
}
