package tradebounds.family.fixedprice.audit;

import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.Certificate;
import tradebounds.check.Proved;
import tradebounds.claims.AuditContext;
import tradebounds.claims.Claim;
import tradebounds.family.fixedprice.witness.WitnessSearchResult;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Runs the program exactly as printed beside the reading the claim is audited on, and says what its witness is
 * worth: a "hardness" below a proven guarantee, or an instance the checker cannot build, means the printed program,
 * read literally, does not prove what the paper says it does.
 */
final class PrintedReading {
    /** 1 - 1/e < 0.6321206 (Gerstgrasser et al. 2019 prove this guarantee for every k). */
    static final Rational ONE_MINUS_INV_E_UPPER = Rational.parse("0.6321206");

    private PrintedReading() {
    }

    static List<String> audit(Claim c, List<Rational> prices, int k, AuditContext ctx) {
        String id = c.method().get("printedProgram");
        List<String> out = new ArrayList<>();
        Model model = HardnessAudit.model(id, prices, k);
        WitnessSearchResult res = HardnessAudit.search(id, prices, k, (long) c.seconds("seed", 1),
                ctx.seconds(c, "printedSeconds", 10), ctx, c.id() + " printed " + id);
        if (!res.found()) {
            out.add("printed reading " + id + ": no repaired witness in the budget");
            return out;
        }
        Rational r = res.ratio().get();
        Certificate cert = WitnessCertificates.of(c, model, prices, k, res.point().get(), r, HardnessAudit.EPS,
                "printed reading " + id, out);
        Evidence e = cert == null ? null
                : Evidence.judge(FixedPriceAuditor.writeFresh(ctx, c.id() + "-printed", cert), model);
        String verdict = e == null ? "no certificate" : e.outcome() instanceof Proved ? "instance replay proved"
                : "checker: " + e.outcome();
        out.add(String.format("printed reading %s: r = %s; %s%s", id, r.toDecimal(9, true).toPlainString(), verdict,
                r.compareTo(ONE_MINUS_INV_E_UPPER) < 0 ? "; r is BELOW the proven guarantee 1 - 1/e, so the printed"
                        + " program as read cannot be a valid relaxation of k-unit hardness" : ""));
        return out;
    }
}
