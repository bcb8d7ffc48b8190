package tradebounds.certwrite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tradebounds.cert.Certificate.BasicPrices;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Certificate.Dual;
import tradebounds.cert.Certificate.InstanceSection;
import tradebounds.cert.Certificate.Lemma;
import tradebounds.cert.Certificate.Meta;
import tradebounds.cert.Certificate.PricePoint;
import tradebounds.cert.Certificate.Program;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateType;
import tradebounds.cert.Cover;
import tradebounds.cert.Syntax;
import tradebounds.instance.Atom;
import tradebounds.model.AtomicFiles;
import tradebounds.model.BilinearTerm;
import tradebounds.model.Expr;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Row;
import tradebounds.model.Sense;
import tradebounds.model.Variable;

/**
 * Writes the canonical text of a certificate: fixed section order, one space between tokens, numbers in lowest
 * terms, SOL in VAR order, DUAL in CON order, no comments. Equal certificates give byte-equal files, so
 * certificates diff line by line. Refuses names and META text the reader would read differently.
 */
public final class CertificateWriter {
    private CertificateWriter() {
    }

    /** Writes atomically: a temporary file in the target's directory, then a rename over the target. */
    public static void write(Certificate cert, Path target) throws IOException {
        AtomicFiles.writeString(target, toText(cert));
    }

    public static String toText(Certificate c) {
        StringBuilder sb = new StringBuilder();
        line(sb, Syntax.HEADER, c.version());
        line(sb, "TYPE", c.type().keyword());
        for (Meta m : c.meta()) {
            name(m.key());
            String text = m.text().trim().replaceAll("\\s+", " ");
            if (text.startsWith("#") || text.contains(" #")) {
                throw new IllegalArgumentException("META text would be read as a comment: " + text);
            }
            line(sb, "META", text.isEmpty() ? m.key() : m.key() + " " + text);
        }
        c.program().ifPresent(p -> program(sb, p));
        c.solution().ifPresent(s -> {
            line(sb, "SOL", s.names().size());
            if (c.program().isPresent()) {
                Model m = c.program().get().model();
                Rational[] x = s.point(m);
                for (int j = 0; j < x.length; j++) {
                    line(sb, m.variables().get(j).name(), x[j]);
                }
            } else {
                for (int i = 0; i < s.names().size(); i++) {
                    line(sb, name(s.names().get(i)), s.values().get(i));
                }
            }
        });
        c.dual().ifPresent(d -> dual(sb, d, c.program().orElseThrow().model().rows()));
        c.lemma().ifPresent(l -> lemma(sb, l));
        c.instance().ifPresent(i -> instance(sb, i));
        c.basicPrices().ifPresent(b -> basic(sb, b));
        c.cover().ifPresent(v -> cover(sb, v, c.type() == CertificateType.POINT_VALUE));
        for (Claim cl : c.claims()) {
            line(sb, "CLAIM", cl.kind().subject() + " " + cl.kind().relation(), cl.bound());
        }
        return sb.toString();
    }

    private static void program(StringBuilder sb, Program p) {
        Model m = p.model();
        line(sb, "VAR", m.variableCount());
        for (Variable v : m.variables()) {
            line(sb, name(v.name()), Syntax.lower(v.bound().lo()), Syntax.upper(v.bound().hi()));
        }
        line(sb, "CON", m.rows().size());
        for (Row r : m.rows()) {
            line(sb, name(r.name()), Syntax.lower(r.bound().lo()), Syntax.upper(r.bound().hi()), expr(r.expr(), m));
        }
        line(sb, "OBJ", m.objective().sense() == Sense.MINIMIZE ? "min" : "max", expr(m.objective().expr(), m));
    }

    private static String expr(Expr e, Model m) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.constant()).append(' ').append(e.linear().size());
        for (LinearTerm t : e.linear()) {
            sb.append(' ').append(m.variables().get(t.var()).name()).append(' ').append(t.coef());
        }
        sb.append(' ').append(e.bilinear().size());
        for (BilinearTerm t : e.bilinear()) {
            sb.append(' ').append(m.variables().get(t.first()).name()).append(' ')
                    .append(m.variables().get(t.second()).name()).append(' ').append(t.coef());
        }
        return sb.toString();
    }

    private static void dual(StringBuilder sb, Dual d, List<Row> rows) {
        line(sb, "DUAL", rows.size());
        for (int r = 0; r < rows.size(); r++) {
            line(sb, rows.get(r).name(), d.plus().get(r), d.minus().get(r));
        }
    }

    private static void lemma(StringBuilder sb, Lemma l) {
        line(sb, "LEMMA", "units=" + l.units(), "eps=" + l.eps());
        line(sb, "PRICE", l.prices().size());
        for (PricePoint p : l.prices()) {
            line(sb, p.price(), String.join(" ", p.sellers()), String.join(" ", p.buyers()));
        }
    }

    private static void instance(StringBuilder sb, InstanceSection i) {
        line(sb, "INSTANCE", "units=" + i.units());
        atoms(sb, "SELLER", i.seller());
        atoms(sb, "BUYER", i.buyer());
    }

    private static void atoms(StringBuilder sb, String keyword, List<Atom> atoms) {
        line(sb, keyword, atoms.size());
        for (Atom a : atoms) {
            StringBuilder l = new StringBuilder().append(a.prob());
            a.values().forEach(v -> l.append(' ').append(v));
            line(sb, l);
        }
    }

    private static void basic(StringBuilder sb, BasicPrices b) {
        line(sb, "BASICPRICES", b.prices().size());
        b.prices().forEach(p -> line(sb, p));
    }

    private static void cover(StringBuilder sb, Cover v, boolean point) {
        line(sb, "PARAM", v.params().size());
        v.params().forEach(p -> line(sb, name(p)));
        line(sb, "COORD", v.coords().size());
        v.coords().forEach(k -> line(sb, name(k.name()), k.lo(), k.hi()));
        line(sb, "LET", v.lets().size());
        for (Cover.Let l : v.lets()) {
            StringBuilder args = new StringBuilder();
            l.args().forEach(a -> args.append(' ').append(a));
            line(sb, name(l.name()) + " " + l.op().keyword() + args);
        }
        line(sb, "FEASIBLE", v.feasible().size());
        v.feasible().forEach(f -> line(sb, name(f)));
        line(sb, "GOAL", name(v.goal()));
        if (point) {
            line(sb, "POINT", v.point().size());
            v.point().forEach(x -> line(sb, name(x.name()), x.value()));
            return;
        }
        line(sb, "CELL", v.cells().size());
        for (Cover.Cell cell : v.cells()) {
            StringBuilder head = new StringBuilder(cell.lo() + " " + cell.hi());
            cell.paramValues().forEach(x -> head.append(' ').append(x));
            line(sb, head.toString(), cell.nodes().size());
            for (Cover.Node n : cell.nodes()) {
                switch (n.kind()) {
                    case SPLIT -> line(sb, n.depth(), "S", name(n.name()), n.value());
                    case LEAF -> line(sb, n.depth(), "L", n.value());
                    case EMPTY -> line(sb, n.depth(), "E");
                    default -> throw new IllegalStateException();
                }
            }
        }
    }

    private static String name(String n) {
        if (!Syntax.isName(n)) {
            throw new IllegalArgumentException("not a certificate name: '" + n + "'");
        }
        return n;
    }

    private static void line(StringBuilder sb, Object... parts) {
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(parts[i]);
        }
        sb.append('\n');
    }
}
