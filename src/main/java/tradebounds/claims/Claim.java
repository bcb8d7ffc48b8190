package tradebounds.claims;

import java.util.List;
import java.util.Map;
import tradebounds.model.Rational;

/**
 * One published claim as registered in {@code claims/}: what the paper states, where, the program and
 * parameters that regenerate it, and how the audit should try to establish it.
 *
 * @param id          stable claim id (file name without .json)
 * @param file        the registry file it was read from
 * @param paper       paper (and seed file)
 * @param source      section / proposition
 * @param statement   the claim in words
 * @param published   the published constant
 * @param direction   the true quantity is published-direction the constant
 * @param kind        hardness, guarantee, mechanism or context
 * @param programId   program id, one of some registered {@link Family}'s {@link Family#programIds()}, or null
 * @param priceSpec   price spec for the catalog, or null when the paper does not print it
 * @param unavailable why the program cannot be rebuilt, or null
 * @param method      audit method and its parameters (type, seconds, seed, solver, claim ...)
 * @param certificate repository-relative certificate path, or null
 * @param notes       what the tool found or what a reader should know, one line each
 * @param units       number of units k of a fixed-price program (1 for single-unit and non-fixed-price claims)
 */
public record Claim(String id, String file, String paper, String source, String statement, Rational published,
                    Direction direction, String kind, String programId, String priceSpec, String unavailable,
                    Map<String, String> method, String certificate, List<String> notes,
                    int units) {
    public String methodType() {
        return method.getOrDefault("type", "none");
    }

    public double seconds(String key, double fallback) {
        String v = method.get(key);
        return v == null ? fallback : Double.parseDouble(v);
    }
}
