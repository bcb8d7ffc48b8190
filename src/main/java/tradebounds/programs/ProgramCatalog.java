package tradebounds.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.programs.fixedprice.PriceList;
import tradebounds.programs.fixedprice.Qcp41Builder;
import tradebounds.programs.fixedprice.Qcp41Relaxation;
import tradebounds.programs.fixedprice.Qcp42Builder;

/**
 * Program ids and price-list specifications as the CLI and the claims registry name them. Each id maps to one
 * printed program; a price spec is {@code prop41}, {@code prop42}, {@code generic:n,alpha,beta,last} or an
 * explicit comma-separated list of exact rationals.
 */
public final class ProgramCatalog {
    private static final Map<String, Function<List<Rational>, Model>> BUILDERS = new TreeMap<>(Map.of(
            "qcp41", Qcp41Builder::build,
            "qcp42", Qcp42Builder::build,
            "qcp41-rlt", Qcp41Relaxation::build));

    private ProgramCatalog() {
    }

    public static List<String> ids() {
        return new ArrayList<>(BUILDERS.keySet());
    }

    public static Model build(String programId, List<Rational> prices) {
        Function<List<Rational>, Model> b = BUILDERS.get(programId);
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
