package tradebounds.family.pareto;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
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
 *
 * <p>Kind {@value #CONTINUOUS}: one of the paper's continuous laws, discretised by {@link ContinuousLaw} (which
 * documents the rounding and which way Pi*, U* and welfare move):
 *
 * <pre>{"kind": "pareto-continuous", "buyers": 2, "units": 1, "law": "exponential", "rate": "1", "top": "8",
 *  "atoms": 200, "rounding": "down", "denominator": 10000}</pre>
 *
 * {@code law} is uniform (needs {@code lo}, {@code hi}), exponential ({@code rate}, {@code top}), equal-revenue
 * ({@code top}), triangular ({@code top}) or example4.2 (K from {@code buyers}); {@code rounding} down or up (up only
 * for the bounded uniform and example4.2); {@code denominator} (default 10000) is the grid of the rounded cumulative
 * masses where the CDF is irrational. Fields a law does not use are refused, as are top &lt;= the lower end, atoms
 * outside [2, 5000], a denominator outside [2, 10^12], and rounding up an unbounded law.
 */
public final class ParetoInstanceReader {
    public static final String KIND = "pareto-iid";
    public static final String CONTINUOUS = "pareto-continuous";
    public static final int MAX_ATOMS = 5000;
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
                && root.field("kind").value() instanceof JsonValue.Str k
                && (k.value().equals(KIND) || k.value().equals(CONTINUOUS));
    }

    public static ParetoInstance fromJson(JsonCursor root) throws InputException {
        if (root.value() instanceof JsonValue.Obj && root.has("kind")
                && root.field("kind").value() instanceof JsonValue.Str k && k.value().equals(CONTINUOUS)) {
            return continuous(root);
        }
        root.onlyFields(Set.of("kind", "buyers", "units", "law", "note"));
        String kind = root.field("kind").string();
        if (!kind.equals(KIND)) {
            throw root.field("kind").error("unknown kind \"" + kind + "\" (expected \"" + KIND + "\")");
        }
        Market market = market(root);
        int n = market.buyers();
        int m = market.units();
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

    private static ParetoInstance continuous(JsonCursor root) throws InputException {
        JsonCursor lawField = root.field("law");
        ContinuousLaw.Kind kind;
        try {
            kind = ContinuousLaw.Kind.parse(lawField.string());
        } catch (IllegalArgumentException e) {
            throw lawField.error(e.getMessage());
        }
        Set<String> allowed = new java.util.HashSet<>(Set.of("kind", "buyers", "units", "law", "atoms", "rounding",
                "denominator", "note"));
        switch (kind) {
            case UNIFORM -> allowed.addAll(Set.of("lo", "hi"));
            case EXPONENTIAL -> allowed.addAll(Set.of("rate", "top"));
            case EQUAL_REVENUE, TRIANGULAR -> allowed.add("top");
            default -> {
            }
        }
        root.onlyFields(allowed);
        Market market = market(root);
        int n = market.buyers();
        int m = market.units();
        int atoms = root.field("atoms").integer(2, MAX_ATOMS);
        JsonCursor roundingField = root.field("rounding");
        String rs = roundingField.string();
        if (!rs.equals("down") && !rs.equals("up")) {
            throw roundingField.error("must be \"down\" or \"up\", got \"" + rs + "\"");
        }
        ContinuousLaw.Rounding rounding = rs.equals("down") ? ContinuousLaw.Rounding.DOWN : ContinuousLaw.Rounding.UP;
        if (rounding == ContinuousLaw.Rounding.UP && !kind.bounded()) {
            throw roundingField.error("\"up\" needs a bounded support; " + kind.key() + " is unbounded (use \"down\","
                    + " which puts the tail above top on top)");
        }
        long den = 10_000;
        if (root.has("denominator")) {
            JsonCursor d = root.field("denominator");
            if (!(d.value() instanceof JsonValue.Num)) {
                throw d.error("must be an integer in [2, 10^12], got a " + d.value().typeName());
            }
            try {
                BigDecimal bd = new BigDecimal(((JsonValue.Num) d.value()).text());
                if (bd.scale() > 0 && bd.stripTrailingZeros().scale() > 0) {
                    throw d.error("must be an integer, got " + bd);
                }
                BigInteger bi = bd.toBigInteger();
                if (bi.compareTo(BigInteger.TWO) < 0 || bi.compareTo(BigInteger.TEN.pow(12)) > 0) {
                    throw d.error("must be in [2, 10^12], got " + bi);
                }
                den = bi.longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw d.error("must be an integer in [2, 10^12]");
            }
        }
        Rational a = null;
        Rational b = null;
        Rational top = null;
        switch (kind) {
            case UNIFORM -> {
                a = rational(root.field("lo"));
                b = rational(root.field("hi"));
                if (a.signum() < 0) {
                    throw root.field("lo").error("must be >= 0 (a buyer's value), got " + a);
                }
                if (b.compareTo(a) <= 0) {
                    throw root.field("hi").error("must exceed lo (" + a + "), got " + b);
                }
            }
            case EXPONENTIAL -> {
                a = rational(root.field("rate"));
                if (a.signum() <= 0) {
                    throw root.field("rate").error("must be > 0, got " + a);
                }
            }
            default -> {
            }
        }
        if (!kind.bounded()) {
            top = rational(root.field("top"));
            Rational lower = kind == ContinuousLaw.Kind.EQUAL_REVENUE ? Rational.ONE : Rational.ZERO;
            if (top.compareTo(lower) <= 0) {
                throw root.field("top").error("must exceed the support's lower end " + lower + ", got " + top);
            }
        }
        if (kind == ContinuousLaw.Kind.EXAMPLE42 && n < 2) {
            throw root.field("buyers").error("example4.2 needs n >= 2 (K = sqrt(ln n)/2 is 0 at n = 1)");
        }
        try {
            return ContinuousLaw.discretise(new ContinuousLaw.Spec(kind, a, b, top, atoms, rounding, den), n, m);
        } catch (IllegalArgumentException e) {
            throw root.field("atoms").error(e.getMessage());
        }
    }

    /** The buyers n and units m both kinds share (1 &lt;= m &lt;= n), after the optional free-text note. */
    private record Market(int buyers, int units) {
    }

    private static Market market(JsonCursor root) throws InputException {
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
        return new Market(n, m);
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
