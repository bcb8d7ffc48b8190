package tradebounds.instance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tradebounds.json.InputException;
import tradebounds.json.JsonCursor;
import tradebounds.json.JsonReader;
import tradebounds.json.JsonValue;
import tradebounds.model.Rational;

/**
 * Reads a fixed-price instance file:
 *
 * <pre>{"kind": "fixed-price", "units": 1,
 *  "seller": [{"values": ["1/10"], "prob": "1/2"}, ...],
 *  "buyer":  [{"values": ["3"],    "prob": "1/2"}, ...]}</pre>
 *
 * Every rational is a JSON string holding an exact decimal or {@code a/b}; a JSON number there is an error,
 * because a reader that accepted {@code 0.1} as a number would invite doubles into exact data. {@code units} = k
 * is a JSON integer and every {@code values} has k entries: seller marginal decrements w~(1..k) nondecreasing,
 * buyer marginal increments v^(1..k) nonincreasing (section 3), all &gt;= 0; masses are &gt;= 0 and each side
 * sums to exactly 1. An optional top-level {@code "note"} string is free text and is ignored. Any violation is
 * an {@link InputException} naming the file and the field.
 */
public final class InstanceReader {
    public static final String KIND = "fixed-price";

    /** Generous, but keeps a typo such as 1e9 units from allocating before the first values array is read. */
    public static final int MAX_UNITS = 10_000;

    private InstanceReader() {
    }

    public static FixedPriceInstance read(Path file) throws IOException, InputException {
        return fromJson(JsonCursor.root(file.toString(), JsonReader.read(file)));
    }

    /** Parses {@code text}; {@code file} only names the source in errors. */
    public static FixedPriceInstance parse(String text, String file) throws InputException {
        return fromJson(JsonCursor.root(file, JsonReader.parse(text, file)));
    }

    /**
     * Checks the fields every instance file shares (kind, units, seller, buyer, an optional note) and returns the
     * number of units.
     */
    static int header(JsonCursor root, String expectedKind) throws InputException {
        root.onlyFields(Set.of("kind", "units", "seller", "buyer", "note"));
        String kind = root.field("kind").string();
        if (!kind.equals(expectedKind)) {
            throw root.field("kind").error("unknown kind \"" + kind + "\" (expected \"" + expectedKind + "\")");
        }
        if (root.has("note")) {
            root.field("note").string();
        }
        return root.field("units").integer(1, MAX_UNITS);
    }

    public static FixedPriceInstance fromJson(JsonCursor root) throws InputException {
        int units = header(root, KIND);
        Distribution seller = side(root.field("seller"), units);
        Distribution buyer = side(root.field("buyer"), units);
        FixedPriceInstance instance = new FixedPriceInstance(units, seller, buyer);
        validate(instance, root.file());
        return instance;
    }

    private static Distribution side(JsonCursor side, int units) throws InputException {
        List<Atom> atoms = new ArrayList<>();
        List<JsonCursor> elements = side.elements();
        if (elements.isEmpty()) {
            throw side.error("needs at least one atom");
        }
        for (JsonCursor atom : elements) {
            atom.onlyFields(Set.of("values", "prob"));
            JsonCursor values = atom.field("values");
            List<JsonCursor> entries = values.elements();
            if (entries.size() != units) {
                throw values.error("has " + entries.size() + " entries, expected units = " + units);
            }
            List<Rational> vs = new ArrayList<>();
            for (JsonCursor v : entries) {
                vs.add(rational(v));
            }
            atoms.add(new Atom(rational(atom.field("prob")), vs));
        }
        return new Distribution(atoms);
    }

    /** The exact rational held by a JSON string. */
    public static Rational rational(JsonCursor c) throws InputException {
        if (c.value() instanceof JsonValue.Num n) {
            throw c.error("must be a string holding an exact rational, got the JSON number " + n.text()
                    + " (write \"" + n.text() + "\")");
        }
        if (!(c.value() instanceof JsonValue.Str)) {
            String type = c.value().typeName();
            throw c.error("must be a string holding an exact rational, got " + ("ao".indexOf(type.charAt(0)) >= 0 ? "an " : "a ")
                    + type);
        }
        try {
            return Rational.parse(c.string());
        } catch (NumberFormatException e) {
            throw c.error(e.getMessage());
        }
    }

    /**
     * Checks the rules above on an instance built in code (a search result, a witness) exactly as on a file;
     * {@code source} names it in errors.
     */
    public static void validate(FixedPriceInstance instance, String source) throws InputException {
        if (instance.units() < 1) {
            throw InputException.atField(source, "units", "must be at least 1, got " + instance.units());
        }
        checkSide(instance.seller(), "seller", instance.units(), source, true);
        checkSide(instance.buyer(), "buyer", instance.units(), source, false);
    }

    private static void checkSide(Distribution d, String name, int units, String source, boolean seller)
            throws InputException {
        if (d.atoms().isEmpty()) {
            throw InputException.atField(source, name, "needs at least one atom");
        }
        Rational sum = Rational.ZERO;
        for (int i = 0; i < d.atoms().size(); i++) {
            Atom a = d.atoms().get(i);
            String at = name + "[" + i + "]";
            if (a.values().size() != units) {
                throw InputException.atField(source, at + ".values",
                        "has " + a.values().size() + " entries, expected units = " + units);
            }
            for (int q = 0; q < units; q++) {
                Rational v = a.values().get(q);
                if (v.signum() < 0) {
                    throw InputException.atField(source, at + ".values[" + q + "]", "must be >= 0, got " + v);
                }
                if (q > 0) {
                    Rational prev = a.values().get(q - 1);
                    if (seller && v.compareTo(prev) < 0) {
                        throw InputException.atField(source, at + ".values[" + q + "]",
                                "seller marginal decrements must be nondecreasing, got " + v + " < values[" + (q - 1)
                                        + "] = " + prev);
                    }
                    if (!seller && v.compareTo(prev) > 0) {
                        throw InputException.atField(source, at + ".values[" + q + "]",
                                "buyer marginal increments must be nonincreasing, got " + v + " > values[" + (q - 1)
                                        + "] = " + prev);
                    }
                }
            }
            if (a.prob().signum() < 0) {
                throw InputException.atField(source, at + ".prob", "must be >= 0, got " + a.prob());
            }
            sum = sum.add(a.prob());
        }
        if (!sum.equals(Rational.ONE)) {
            throw InputException.atField(source, name, "probabilities sum to " + sum + ", not 1");
        }
    }
}
