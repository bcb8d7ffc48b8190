package tradebounds.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.CertificateType;
import tradebounds.model.Rational;

/**
 * Every claim of the certificate holds, and these are the exact values the checker computed on the way.
 *
 * @param notes remarks that are not claims (e.g. whether the lemma's promised bound r + eps was met)
 */
public record Proved(String source, CertificateType type, List<Claim> claims, Map<Quantity, Rational> values,
                     List<String> notes) implements CheckOutcome {
    public Proved {
        claims = List.copyOf(claims);
        EnumMap<Quantity, Rational> copy = new EnumMap<>(Quantity.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    public Optional<Rational> value(Quantity q) {
        return Optional.ofNullable(values.get(q));
    }

    /** A 10-digit decimal of the value, rounded on the side the quantity bounds (up for ratios). */
    public static String decimal(Quantity q, Rational v) {
        return switch (q.rounding()) {
            case UP -> v.toDecimal(10, true).toPlainString() + " (rounded up)";
            case DOWN -> v.toDecimal(10, false).toPlainString() + " (rounded down)";
            case NONE -> v.toDisplay();
        };
    }

    /** One line per claim and per value, for the CLI. */
    public List<String> report() {
        List<String> out = new ArrayList<>();
        for (Claim c : claims) {
            out.add("proved " + c.kind().subject() + " " + c.kind().relation() + " " + c.bound());
        }
        values.forEach((q, v) -> out.add(q.key() + " = " + v + "  ~ " + decimal(q, v)));
        out.addAll(notes);
        return out;
    }

    @Override
    public String toString() {
        return "PROVED " + source + "\n  " + String.join("\n  ", report());
    }
}
