package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static tradebounds.check.Twins.lineOf;
import static tradebounds.check.Twins.rejected;
import static tradebounds.check.Twins.replace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.cert.Certificate;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.cert.CertificateType;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.cert.ClaimKind;
import tradebounds.family.fixedprice.program.PriceList;
import tradebounds.family.fixedprice.program.Qcp42Builder;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;

/**
 * A realistic certificate: program (4.2) on the 50 support points of Proposition 4.2, a hand-made feasible point,
 * and the Lemma 3.3 instance. Point: seller 1/2 at p_1 = 0 and 1/2 at p_31 = 0.6; buyer 17/20 at p_31,
 * 9/80000 at p_50 = 4000 (contributing 9/20 to OPT) and the rest at 0. r is the largest sw_t, computed exactly.
 */
class Prop42WitnessTest {
    static final Rational EPS = Rational.of(1, 1000);

    @TempDir
    Path dir;

    record Witness(Model model, Rational[] point, Rational r) {
    }

    static Witness witness() {
        List<Rational> p = PriceList.prop42();
        Model m = Qcp42Builder.build(p);
        Rational[] x = new Rational[m.variableCount()];
        java.util.Arrays.fill(x, Rational.ZERO);
        x[m.indexOf("s1")] = Rational.of(1, 2);
        x[m.indexOf("s31")] = Rational.of(1, 2);
        Rational high = Rational.of(9, 80000);
        x[m.indexOf("b31")] = Rational.of(17, 20);
        x[m.indexOf("b50")] = high;
        x[m.indexOf("b1")] = Rational.ONE.subtract(Rational.of(17, 20)).subtract(high);
        // With r = 0 each row sw_t evaluates to sw_t itself; r must be their maximum.
        Rational r = Rational.ZERO;
        for (Row row : m.rows()) {
            if (row.name().startsWith("sw")) {
                r = r.max(row.expr().evaluate(x));
            }
        }
        x[m.indexOf("r")] = r;
        return new Witness(m, x, r);
    }

    static Certificate certificate(Witness w) {
        return CertificateBuilder.of(CertificateType.QCP_WITNESS)
                .meta("claim", "hand-made (4.2) witness on the Prop. 4.2 support points")
                .program(w.model()).solution(w.point())
                .lemma(1, EPS, PriceList.prop42(), (i, q) -> "s" + i, (j, q) -> "b" + j)
                .claim(ClaimKind.OBJECTIVE_AT_MOST, w.r())
                .claim(ClaimKind.RATIO_AT_MOST, w.r().add(EPS))
                .build();
    }

    @Test
    void writtenCertificateIsProved() throws Exception {
        Witness w = witness();
        assertEquals(Rational.of(39, 50), w.r());
        Path file = dir.resolve("prop42-toy.cert");
        CertificateWriter.write(certificate(w), file);
        CheckOutcome o = Checker.check(file);
        Proved p = assertInstanceOf(Proved.class, o, o::toString);
        assertEquals(Rational.of(39, 50), p.values().get(Quantity.OBJECTIVE));
        assertEquals(Rational.of(39, 50).add(EPS), p.values().get(Quantity.R_PLUS_EPS));
        assertEquals(List.of("lemma bound holds: ratio <= r + eps"), p.notes());
        // Only this directory's certificate is left: the atomic write removed its temporary file.
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void corruptedCopiesAreRejected() {
        String good = CertificateWriter.toText(certificate(witness()));
        Twins.proved(good);
        String lowR = replace(good, "r 39/50", "r 779999/1000000");
        Rejected r = rejected(lowR, Reason.ROW_VIOLATED, 0);
        assertEquals(true, r.detail().startsWith("row sw"), r::toString);

        String bigEps = replace(good, "LEMMA units=1 eps=1/1000", "LEMMA units=1 eps=1/100");
        rejected(bigEps, Reason.EPS_TOO_LARGE, lineOf(bigEps, "LEMMA units=1 eps=1/100"));

        String flipped = replace(good, "b31 17/20", "b31 17/21");
        String buyerMass = flipped.lines().filter(l -> l.startsWith("buyer_mass ")).findFirst().orElseThrow();
        rejected(flipped, Reason.ROW_VIOLATED, lineOf(flipped, buyerMass));

        String claim = "CLAIM ratio <= " + Rational.of(39, 50).add(EPS);
        String tooLow = replace(good, claim, "CLAIM ratio <= 1/2");
        rejected(tooLow, Reason.RATIO_ABOVE_CLAIM, lineOf(tooLow, "CLAIM ratio <= 1/2"));
    }
}
