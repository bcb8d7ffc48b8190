package tradebounds.family.fixedprice.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Program ids and price-list specifications as the CLI and the claims registry name them. Each id maps to one
 * printed program; a price spec is {@code prop41}, {@code prop42}, {@code prop52}, {@code cor51}, {@code generic:n,alpha,beta,last} or an
 * explicit comma-separated list of exact rationals.
 *
 * <p>The k-unit programs ({@link #multiUnitIds()}) also take the number of units k. Their ids and readings:
 * {@code qcp51} (5.1) as printed; {@code qcp51-sym} (5.1) on the diagonal b_j(q) = s_j(k-q+1) (Cor. 5.1);
 * {@code qcp61} (6.1) as printed, whose seller dominance rows are weaker than first-order dominance;
 * {@code qcp61-strict} (6.1) with exact first-order seller dominance (not printed: the reading under which
 * Lemma 6.1's instance exists); {@code qcp61-sym} (6.1) on the diagonal with the modified first constraint
 * (Cor. 6.1).
 */
public final class ProgramCatalog {
    private static final Map<String, Function<List<Rational>, Model>> BUILDERS = new TreeMap<>(Map.of(
            "qcp41", Qcp41Builder::build,
            "qcp42", Qcp42Builder::build,
            "qcp41-rlt", Qcp41Relaxation::build));
    private static final Map<String, BiFunction<List<Rational>, Integer, Model>> MULTI_UNIT = new TreeMap<>(Map.of(
            "qcp51", Qcp51Builder::build,
            "qcp51-sym", Qcp51SymmetricBuilder::build,
            "qcp61", Qcp61Builder::build,
            "qcp61-strict", Qcp61StrictBuilder::build,
            "qcp61-sym", Qcp61SymmetricBuilder::build));

    private ProgramCatalog() {
    }

    /** Every program id, single- and k-unit. */
    public static List<String> ids() {
        List<String> all = new ArrayList<>(BUILDERS.keySet());
        all.addAll(MULTI_UNIT.keySet());
        return all;
    }

    /** The ids that need a number of units. */
    public static List<String> multiUnitIds() {
        return new ArrayList<>(MULTI_UNIT.keySet());
    }

    /** Builds a k-unit program; a single-unit id is accepted with units = 1 only. */
    public static Model build(String programId, List<Rational> prices, int units) {
        BiFunction<List<Rational>, Integer, Model> b = MULTI_UNIT.get(programId);
        if (b != null) {
            return b.apply(prices, units);
        }
        if (units != 1 && BUILDERS.containsKey(programId)) {
            throw new IllegalArgumentException("program '" + programId + "' is single-unit, got units = " + units);
        }
        return build(programId, prices);
    }

    public static Model build(String programId, List<Rational> prices) {
        Function<List<Rational>, Model> b = BUILDERS.get(programId);
        if (b == null && MULTI_UNIT.containsKey(programId)) {
            throw new IllegalArgumentException("program '" + programId + "' needs a number of units k");
        }
        if (b == null) {
            throw new IllegalArgumentException("unknown program '" + programId + "' (known: " + String.join(", ", ids())
                    + ")");
        }
        return b.apply(prices);
    }

    /** Parses a price spec; errors quote the offending piece. */
    public static List<Rational> prices(String spec) {
        if (spec.equals("prop41")) {
            return PriceList.prop41();
        }
        if (spec.equals("prop42")) {
            return PriceList.prop42();
        }
        if (spec.equals("prop52")) {
            return PriceList.prop52();
        }
        if (spec.equals("cor51")) {
            return PriceList.cor51();
        }
        if (spec.startsWith("generic:")) {
            String[] f = spec.substring("generic:".length()).split(",");
            if (f.length != 4) {
                throw new IllegalArgumentException("generic price spec needs n,alpha,beta,last: \"" + spec + "\"");
            }
            int n;
            try {
                n = Integer.parseInt(f[0]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("generic price spec: n must be an integer, got \"" + f[0] + "\"");
            }
            return PriceList.generic(n, Rational.parse(f[1]), Rational.parse(f[2]), Rational.parse(f[3]));
        }
        return PriceList.parse(List.of(spec.split(",")));
    }
}
