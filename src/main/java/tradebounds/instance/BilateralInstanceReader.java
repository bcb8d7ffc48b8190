package tradebounds.instance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import tradebounds.json.InputException;
import tradebounds.json.JsonCursor;
import tradebounds.json.JsonReader;
import tradebounds.model.Rational;

/**
 * Reads a discrete bilateral (KS-fair) instance, the seller's and the buyer's value laws:
 *
 * <pre>{"kind": "bilateral", "units": 1,
 *  "seller": [{"value": "0", "prob": "1"}],
 *  "buyer":  [{"value": "1", "prob": "1/2"}, {"value": "2", "prob": "1/2"}]}</pre>
 *
 * Rationals are JSON strings, as in {@link InstanceReader}. {@code units} is part of the shared header and must be
 * 1 (the model of seed 000 trades one item). Values are &gt;= 0; masses are &gt; 0 (a zero mass would be an atom of
 * the file but not of the law, and the mechanism LPs index types by atoms) and each side sums to exactly 1; two atoms
 * of one side may not share a value (the LPs would see two types with one value, which the paper's F does not
 * have). Atoms may come in any order and are sorted by value. Every violation is an {@link InputException} naming
 * the file and the field.
 */
public final class BilateralInstanceReader {
    public static final String KIND = "bilateral";

    private BilateralInstanceReader() {
    }

    public static BilateralInstance read(Path file) throws IOException, InputException {
        return fromJson(JsonCursor.root(file.toString(), JsonReader.read(file)));
    }

    /** Parses {@code text}; {@code file} only names the source in errors. */
    public static BilateralInstance parse(String text, String file) throws InputException {
        return fromJson(JsonCursor.root(file, JsonReader.parse(text, file)));
    }

    public static BilateralInstance fromJson(JsonCursor root) throws InputException {
        int units = InstanceReader.header(root, KIND);
        if (units != 1) {
            throw root.field("units").error("must be 1 for a bilateral instance (one item), got " + units);
        }
        return new BilateralInstance(law(root.field("seller")), law(root.field("buyer")));
    }

    private static Marginal law(JsonCursor side) throws InputException {
        List<JsonCursor> atoms = side.elements();
        if (atoms.isEmpty()) {
            throw side.error("needs at least one atom");
        }
        TreeMap<Rational, Rational> byValue = new TreeMap<>();
        TreeMap<Rational, String> where = new TreeMap<>();
        Rational sum = Rational.ZERO;
        for (JsonCursor atom : atoms) {
            atom.onlyFields(Set.of("value", "prob"));
            Rational v = InstanceReader.rational(atom.field("value"));
            Rational p = InstanceReader.rational(atom.field("prob"));
            if (v.signum() < 0) {
                throw atom.field("value").error("must be >= 0, got " + v);
            }
            if (p.signum() <= 0) {
                throw atom.field("prob").error("must be > 0, got " + p + (p.signum() == 0 ? " (drop the atom)" : ""));
            }
            if (byValue.containsKey(v)) {
                throw atom.field("value").error("duplicate value " + v + " (also at " + where.get(v)
                        + "; merge the atoms)");
            }
            byValue.put(v, p);
            where.put(v, atom.field("value").path());
            sum = sum.add(p);
        }
        if (!sum.equals(Rational.ONE)) {
            throw side.error("probabilities sum to " + sum + ", not 1");
        }
        return new Marginal(new ArrayList<>(byValue.keySet()), new ArrayList<>(byValue.values()));
    }
}
