package tradebounds.cert;

import java.util.List;
import java.util.Optional;
import tradebounds.instance.Atom;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * A parsed (or built) certificate: immutable, exact, with the source line of every element so the checker can
 * say {@code file:line}. Built certificates carry line 0. Presence of sections is as read; which sections a
 * {@link CertificateType} needs is the checker's business.
 *
 * @param source the file name used in {@code file:line}, or a label such as {@code <memory>}
 */
public record Certificate(String source, int version, CertificateType type, int typeLine, List<Meta> meta,
                          Optional<Program> program, Optional<Solution> solution, Optional<Dual> dual,
                          Optional<Lemma> lemma, Optional<InstanceSection> instance,
                          Optional<BasicPrices> basicPrices, Optional<Cover> cover, List<Claim> claims) {
    public static final int VERSION = 1;

    public Certificate {
        meta = List.copyOf(meta);
        claims = List.copyOf(claims);
    }

    /** {@code source:line}. */
    public String where(int line) {
        return source + ":" + line;
    }

    /** Provenance, never checked. */
    public record Meta(String key, String text, int line) {
    }

    /** VAR, CON and OBJ: the model with the line of each variable, each row and the objective. */
    public record Program(Model model, List<Integer> variableLines, List<Integer> rowLines, int objectiveLine) {
        public Program {
            variableLines = List.copyOf(variableLines);
            rowLines = List.copyOf(rowLines);
        }
    }

    /** SOL in file order; with a program present it names every variable exactly once. */
    public record Solution(List<String> names, List<Rational> values, List<Integer> lines, int line) {
        public Solution {
            names = List.copyOf(names);
            values = List.copyOf(values);
            lines = List.copyOf(lines);
        }

        public Optional<Rational> value(String name) {
            int i = names.indexOf(name);
            return i < 0 ? Optional.empty() : Optional.of(values.get(i));
        }

        /** The values in the model's variable order (the reader guarantees every variable is named). */
        public Rational[] point(Model model) {
            Rational[] x = new Rational[model.variableCount()];
            for (int i = 0; i < names.size(); i++) {
                x[model.indexOf(names.get(i))] = values.get(i);
            }
            return x;
        }
    }

    /** DUAL in row order: y = plus - minus, where both parts are claimed nonnegative. */
    public record Dual(List<Rational> plus, List<Rational> minus, List<Integer> lines, int line) {
        public Dual {
            plus = List.copyOf(plus);
            minus = List.copyOf(minus);
            lines = List.copyOf(lines);
        }
    }

    /** LEMMA and its PRICE lines: the instance of Lemma 3.3 (units = 1) or Lemma 6.1 built from SOL. */
    public record Lemma(int units, Rational eps, List<PricePoint> prices, int line) {
        public Lemma {
            prices = List.copyOf(prices);
        }
    }

    /** One PRICE line: p_i and the SOL names of s_i(1..k) and b_i(1..k). */
    public record PricePoint(Rational price, List<String> sellers, List<String> buyers, int line) {
        public PricePoint {
            sellers = List.copyOf(sellers);
            buyers = List.copyOf(buyers);
        }
    }

    /** INSTANCE, SELLER, BUYER: an explicit instance over marginal vectors of length {@code units}. */
    public record InstanceSection(int units, List<Atom> seller, List<Integer> sellerLines, List<Atom> buyer,
                                  List<Integer> buyerLines, int line) {
        public InstanceSection {
            seller = List.copyOf(seller);
            sellerLines = List.copyOf(sellerLines);
            buyer = List.copyOf(buyer);
            buyerLines = List.copyOf(buyerLines);
        }
    }

    /** BASICPRICES: the basic prices of the mechanism of Definition 4.1. */
    public record BasicPrices(List<Rational> prices, List<Integer> lines, int line) {
        public BasicPrices {
            prices = List.copyOf(prices);
            lines = List.copyOf(lines);
        }
    }

    /** One CLAIM line. */
    public record Claim(ClaimKind kind, Rational bound, int line) {
    }
}
