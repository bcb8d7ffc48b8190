package tradebounds.instance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tradebounds.json.InputException;
import tradebounds.json.JsonCursor;
import tradebounds.json.JsonReader;
import tradebounds.model.Rational;

/**
 * Reads an instance given by per-unit marginal laws:
 *
 * <pre>{"kind": "fixed-price-marginals", "units": 2,
 *  "seller": [[{"value": "0", "prob": "1/2"}, {"value": "1", "prob": "1/2"}], [...]],
 *  "buyer":  [[{"value": "3", "prob": "1"}], [...]]}</pre>
 *
 * {@code seller[q-1]} is the law of w~(q), {@code buyer[q-1]} that of v^(q); there are exactly {@code units} laws
 * per side. Rationals are JSON strings, as in {@link InstanceReader}; values and masses are &gt;= 0 and each law's
 * masses sum to exactly 1. Those are well-formedness rules and their violation is an {@link InputException}
 * naming file and field. Dominance between the laws is not a format rule: an ill-ordered file is a valid
 * question whose answer is "not realizable" ({@link MarginalInstance#realize()}).
 */
public final class MarginalInstanceReader {
    public static final String KIND = "fixed-price-marginals";

    private MarginalInstanceReader() {
    }

    public static MarginalInstance read(Path file) throws IOException, InputException {
        return fromJson(JsonCursor.root(file.toString(), JsonReader.read(file)));
    }

    /** Parses {@code text}; {@code file} only names the source in errors. */
    public static MarginalInstance parse(String text, String file) throws InputException {
        return fromJson(JsonCursor.root(file, JsonReader.parse(text, file)));
    }

    public static MarginalInstance fromJson(JsonCursor root) throws InputException {
        int units = InstanceReader.header(root, KIND);
        return new MarginalInstance(units, laws(root.field("seller"), units), laws(root.field("buyer"), units));
    }

    private static List<Marginal> laws(JsonCursor side, int units) throws InputException {
        List<JsonCursor> elements = side.elements();
        if (elements.size() != units) {
            throw side.error("has " + elements.size() + " laws, expected units = " + units);
        }
        List<Marginal> laws = new ArrayList<>();
        for (JsonCursor law : elements) {
            List<JsonCursor> atoms = law.elements();
            if (atoms.isEmpty()) {
                throw law.error("needs at least one atom");
            }
            List<Rational> values = new ArrayList<>();
            List<Rational> masses = new ArrayList<>();
            Rational sum = Rational.ZERO;
            for (JsonCursor atom : atoms) {
                atom.onlyFields(Set.of("value", "prob"));
                Rational v = InstanceReader.rational(atom.field("value"));
                Rational p = InstanceReader.rational(atom.field("prob"));
                if (v.signum() < 0) {
                    throw atom.field("value").error("must be >= 0, got " + v);
                }
                if (p.signum() < 0) {
                    throw atom.field("prob").error("must be >= 0, got " + p);
                }
                values.add(v);
                masses.add(p);
                sum = sum.add(p);
            }
            if (!sum.equals(Rational.ONE)) {
                throw law.error("probabilities sum to " + sum + ", not 1");
            }
            laws.add(new Marginal(values, masses));
        }
        return laws;
    }
}
