package tradebounds.certwrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import tradebounds.cert.Certificate.BasicPrices;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Certificate.Dual;
import tradebounds.cert.Certificate.InstanceSection;
import tradebounds.cert.Certificate.Lemma;
import tradebounds.cert.Certificate.Meta;
import tradebounds.cert.Certificate.PricePoint;
import tradebounds.cert.Certificate.Program;
import tradebounds.cert.Certificate.Solution;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Assembles a certificate in memory, for solvers and searches (the untrusted side). Nothing is checked here
 * beyond shapes: write it with {@link CertificateWriter} and let the checker judge it. Line numbers are 0.
 *
 * <pre>
 * Certificate c = CertificateBuilder.of(CertificateType.QCP_WITNESS)
 *         .meta("claim", "prop42-hardness")
 *         .program(model).solution(point)
 *         .lemma(1, eps, prices, (i, q) -&gt; "s" + i, (j, q) -&gt; "b" + j)
 *         .claim(ClaimKind.OBJECTIVE_AT_MOST, r).claim(ClaimKind.RATIO_AT_MOST, c)
 *         .build();
 * </pre>
 */
public final class CertificateBuilder {
    private final CertificateType type;
    private final List<Meta> meta = new ArrayList<>();
    private Program program;
    private Solution solution;
    private Dual dual;
    private Lemma lemma;
    private InstanceSection instance;
    private BasicPrices basicPrices;
    private Cover cover;
    private final List<Claim> claims = new ArrayList<>();

    private CertificateBuilder(CertificateType type) {
        this.type = type;
    }

    public static CertificateBuilder of(CertificateType type) {
        return new CertificateBuilder(type);
    }

    public CertificateBuilder meta(String key, String text) {
        meta.add(new Meta(key, text, 0));
        return this;
    }

    /** The program; its provenance is copied into META lines (as {@code model.<key>}). */
    public CertificateBuilder program(Model model) {
        program = new Program(model, zeros(model.variableCount()), zeros(model.rows().size()), 0);
        model.provenance().forEach((k, v) -> meta.add(new Meta("model." + k, v, 0)));
        return this;
    }

    /** A point in the program's variable order; needs {@link #program} first. */
    public CertificateBuilder solution(Rational[] point) {
        Model m = requireProgram("SOL");
        if (point.length != m.variableCount()) {
            throw new IllegalArgumentException("point has " + point.length + " values, model has "
                    + m.variableCount() + " variables");
        }
        List<String> names = new ArrayList<>();
        m.variables().forEach(v -> names.add(v.name()));
        solution = new Solution(names, List.of(point), zeros(point.length), 0);
        return this;
    }

    /** A SOL without a program (for LEMMA certificates that carry only the masses and r). */
    public CertificateBuilder solution(List<String> names, List<Rational> values) {
        solution = new Solution(names, values, zeros(names.size()), 0);
        return this;
    }

    /** Row multipliers y in row order, split into nonnegative parts here (y = plus - minus). */
    public CertificateBuilder dual(Rational[] y) {
        int rows = requireProgram("DUAL").rows().size();
        if (y.length != rows) {
            throw new IllegalArgumentException("dual has " + y.length + " values, model has " + rows + " rows");
        }
        List<Rational> plus = new ArrayList<>();
        List<Rational> minus = new ArrayList<>();
        for (Rational v : y) {
            plus.add(v.signum() > 0 ? v : Rational.ZERO);
            minus.add(v.signum() < 0 ? v.negate() : Rational.ZERO);
        }
        dual = new Dual(plus, minus, zeros(rows), 0);
        return this;
    }

    /**
     * The Lemma 3.3 / 6.1 construction: for each support point p_i (i = 1..n) and unit q = 1..k, the SOL names
     * of s_i(q) and b_i(q).
     */
    public CertificateBuilder lemma(int units, Rational eps, List<Rational> prices,
                                    BiFunction<Integer, Integer, String> sellerName,
                                    BiFunction<Integer, Integer, String> buyerName) {
        List<PricePoint> points = new ArrayList<>();
        for (int i = 1; i <= prices.size(); i++) {
            List<String> s = new ArrayList<>();
            List<String> b = new ArrayList<>();
            for (int q = 1; q <= units; q++) {
                s.add(sellerName.apply(i, q));
                b.add(buyerName.apply(i, q));
            }
            points.add(new PricePoint(prices.get(i - 1), s, b, 0));
        }
        lemma = new Lemma(units, eps, points, 0);
        return this;
    }

    public CertificateBuilder instance(FixedPriceInstance i) {
        instance = new InstanceSection(i.units(), i.seller().atoms(), zeros(i.seller().atoms().size()),
                i.buyer().atoms(), zeros(i.buyer().atoms().size()), 0);
        return this;
    }

    public CertificateBuilder basicPrices(List<Rational> prices) {
        basicPrices = new BasicPrices(prices, zeros(prices.size()), 0);
        return this;
    }

    /** The sections of an interval cover (FORMAT.md section 4), lines 0. */
    public CertificateBuilder cover(Cover c) {
        cover = c;
        return this;
    }

    public CertificateBuilder claim(ClaimKind kind, Rational bound) {
        claims.add(new Claim(kind, bound, 0));
        return this;
    }

    public Certificate build() {
        return new Certificate("<memory>", Certificate.VERSION, type, 0, meta, Optional.ofNullable(program),
                Optional.ofNullable(solution), Optional.ofNullable(dual), Optional.ofNullable(lemma),
                Optional.ofNullable(instance), Optional.ofNullable(basicPrices), Optional.ofNullable(cover), claims);
    }

    private Model requireProgram(String section) {
        if (program == null) {
            throw new IllegalStateException(section + " needs program(...) first");
        }
        return program.model();
    }

    private static List<Integer> zeros(int n) {
        return Collections.nCopies(n, 0);
    }
}
