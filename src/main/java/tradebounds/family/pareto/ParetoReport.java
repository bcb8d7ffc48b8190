package tradebounds.family.pareto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradebounds.check.Proved;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.model.Rational;

/**
 * What {@code tradebounds eval} shows for a {@value ParetoInstanceReader#KIND} instance: per reading, Pi*, U*,
 * the extreme points with the mechanisms that attain them, and the KS, Nash and cross-side Nash solutions with
 * their welfare and its ratio to the first best. The printed class is always evaluated; formula (2) as well when
 * the lowest value is positive (with v_1 = 0 the two coincide, see {@link Reading}).
 */
public final class ParetoReport {
    /** One reading's results. */
    public record Part(Reading reading, Frontier frontier, List<Solutions.Located> solutions) {
    }

    private final ParetoInstance instance;
    private final Rational firstBest;
    private final List<Part> parts;
    private final ExactLp lp;

    private ParetoReport(ParetoInstance instance, Rational firstBest, List<Part> parts, ExactLp lp) {
        this.instance = instance;
        this.firstBest = firstBest;
        this.parts = parts;
        this.lp = lp;
    }

    public static ParetoReport of(ParetoInstance in, ExactLp lp) {
        List<Part> parts = new ArrayList<>();
        List<Reading> readings = in.v(0).signum() > 0 ? List.of(Reading.PRINTED, Reading.FORMULA2)
                : List.of(Reading.PRINTED);
        for (Reading r : readings) {
            Frontier f = Frontier.trace(in, r, lp);
            parts.add(new Part(r, f, List.of(Solutions.ks(f), Solutions.nash(f), Solutions.crossNash(f))));
        }
        return new ParetoReport(in, MechanismLp.firstBest(in), parts, lp);
    }

    public List<Part> parts() {
        return parts;
    }

    public Rational firstBest() {
        return firstBest;
    }

    private Rational ratio(Rational w) {
        return firstBest.isZero() ? Rational.ONE : w.divide(firstBest);
    }

    private long proved() {
        return lp.certified().stream().map(CertifiedValue::outcome).filter(o -> o instanceof Proved).count();
    }

    /** Whether the two readings gave different frontiers (only when both were evaluated). */
    public boolean readingsDiffer() {
        if (parts.size() < 2) {
            return false;
        }
        List<Frontier.Point> a = parts.get(0).frontier().points();
        List<Frontier.Point> b = parts.get(1).frontier().points();
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).pi().equals(b.get(i).pi()) || !a.get(i).u().equals(b.get(i).u())) {
                return true;
            }
        }
        return false;
    }

    public Map<String, Object> toMap(String file) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", file);
        r.put("kind", ParetoInstanceReader.KIND);
        r.put("buyers", instance.buyers());
        r.put("units", instance.units());
        r.put("atoms", instance.types());
        r.put("firstBest", firstBest.toString());
        List<Object> ps = new ArrayList<>();
        for (Part p : parts) {
            Map<String, Object> m = new LinkedHashMap<>();
            Frontier f = p.frontier();
            m.put("reading", p.reading().name());
            m.put("readingWords", p.reading().words());
            m.put("piStar", f.piStar().toString());
            m.put("uStar", f.uStar().toString());
            m.put("maxWelfare", f.welfareStar() == null ? null : f.welfareStar().toString());
            List<Object> pts = new ArrayList<>();
            for (Frontier.Point pt : f.points()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("pi", pt.pi().toString());
                q.put("u", pt.u().toString());
                q.put("welfare", pt.welfare().toString());
                q.put("ratio", ratio(pt.welfare()).toString());
                q.put("mechanism", Mechanisms.describe(instance, pt));
                q.put("certificate", pt.certificate().toString());
                pts.add(q);
            }
            m.put("extremePoints", pts);
            List<Object> sol = new ArrayList<>();
            for (Solutions.Located s : p.solutions()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("solution", s.name());
                q.put("pi", s.pi().toString());
                q.put("u", s.u().toString());
                q.put("welfare", s.welfare().toString());
                q.put("ratio", ratio(s.welfare()).toString());
                q.put("ratioDecimal", ratio(s.welfare()).toDisplay());
                q.put("where", s.where());
                sol.add(q);
            }
            m.put("solutions", sol);
            m.put("lps", f.lpCount());
            ps.add(m);
        }
        r.put("readings", ps);
        r.put("readingsDiffer", readingsDiffer());
        r.put("certificates", lp.certified().size());
        r.put("certificatesProved", proved());
        r.put("adapter", lp.adapter());
        return r;
    }

    /** Plain text, each table as rows of cells (the CLI renders them). */
    public List<String> headerLines(String file) {
        List<String> out = new ArrayList<>();
        out.add(String.format("%s: %d i.i.d. buyers, %d unit(s), %d values, zero-value seller; first best OPT = %s"
                + " (%s)",
                file, instance.buyers(), instance.units(), instance.types(), firstBest, firstBest.toDisplay()));
        return out;
    }

    public List<String> footerLines() {
        List<String> out = new ArrayList<>();
        if (parts.size() > 1) {
            out.add(readingsDiffer()
                    ? "the two readings differ on this law (v_1 > 0: the printed class lets the lowest type keep rent)"
                    : "the two readings give the same frontier on this law");
        }
        out.add(lp.certified().size() + " lp-optimum certificates written and replayed by the checker, " + proved()
                + " proved (adapter " + lp.adapter() + ")");
        return out;
    }

    public ParetoInstance instance() {
        return instance;
    }

    /** Rows for the extreme-point table of one part: #, Pi, U, welfare, ratio, mechanism. */
    public List<String[]> pointRows(Part p) {
        List<String[]> rows = new ArrayList<>();
        int i = 1;
        for (Frontier.Point pt : p.frontier().points()) {
            rows.add(new String[] {Integer.toString(i++), pt.pi().toString(), pt.u().toString(),
                pt.welfare().toDisplay(), ratio(pt.welfare()).toDisplay(), Mechanisms.describe(instance, pt)});
        }
        return rows;
    }

    /** Rows for the solution table: name, Pi, U, welfare, welfare/OPT exact and decimal, where. */
    public List<String[]> solutionRows(Part p) {
        List<String[]> rows = new ArrayList<>();
        for (Solutions.Located s : p.solutions()) {
            Rational r = ratio(s.welfare());
            rows.add(new String[] {s.name(), s.pi().toString(), s.u().toString(), s.welfare().toString(),
                r.toString(), r.toDisplay(), s.where()});
        }
        return rows;
    }
}
