package tradebounds.cert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import tradebounds.cert.Certificate.BasicPrices;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Certificate.Dual;
import tradebounds.cert.Certificate.InstanceSection;
import tradebounds.cert.Certificate.Lemma;
import tradebounds.cert.Certificate.Meta;
import tradebounds.cert.Certificate.PricePoint;
import tradebounds.cert.Certificate.Program;
import tradebounds.cert.Certificate.Solution;
import tradebounds.cert.LineCursor.Line;
import tradebounds.instance.Atom;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.Objective;
import tradebounds.model.Rational;
import tradebounds.model.Row;
import tradebounds.model.Sense;
import tradebounds.model.Variable;

/**
 * Reads the text format of FORMAT.md in one forward pass. It checks syntax, section order, counts, name scoping
 * and the bit budget, and nothing mathematical: a certificate that reads is not yet a proof of anything.
 * Every failure is a {@link CertificateException} naming {@code file:line}.
 */
public final class CertificateReader {
    private final LineCursor in;

    private CertificateReader(LineCursor in) {
        this.in = in;
    }

    public static Certificate read(Path file) throws CertificateException {
        return read(file, Limits.DEFAULT);
    }

    /**
     * Reads a certificate file; a name ending in {@code .gz} is gunzipped first (large covers are stored that way).
     * The byte budget applies to the text after decompression, and decompression stops one byte past it, so a small
     * compressed file cannot expand without bound.
     */
    public static Certificate read(Path file, Limits limits) throws CertificateException {
        String name = file.toString();
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw new CertificateException(FormatError.BUDGET_EXCEEDED, name + ":0",
                        "file larger than " + limits.maxBytes() + " bytes");
            }
            if (!name.endsWith(".gz")) {
                return read(Files.readString(file, StandardCharsets.UTF_8), name, limits);
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
            if (bytes.length > limits.maxBytes()) {
                throw new CertificateException(FormatError.BUDGET_EXCEEDED, name + ":0",
                        "decompressed text larger than " + limits.maxBytes() + " bytes");
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
            return read(utf8.decode(ByteBuffer.wrap(bytes)).toString(), name, limits);
        } catch (IOException e) {
            throw new CertificateException(FormatError.UNREADABLE, name + ":0", "cannot read: " + e.getMessage());
        }
    }

    public static Certificate read(String text, String source) throws CertificateException {
        return read(text, source, Limits.DEFAULT);
    }

    public static Certificate read(String text, String source, Limits limits) throws CertificateException {
        if (text.length() > limits.maxBytes()) {
            throw new CertificateException(FormatError.BUDGET_EXCEEDED, source + ":0", "text too long");
        }
        return new CertificateReader(new LineCursor(text, source, limits)).certificate();
    }

    private Certificate certificate() throws CertificateException {
        Line head = in.next("the header TRADEBOUNDS <version>");
        if (!head.keyword().equals(Syntax.HEADER) || head.tokens().length != 2 || !Syntax.isCount(head.tokens()[1])) {
            throw in.error(FormatError.MALFORMED, head, "first line must be 'TRADEBOUNDS <version>'");
        }
        int version = Integer.parseInt(head.tokens()[1]);
        if (version != Certificate.VERSION) {
            throw in.error(FormatError.UNSUPPORTED_VERSION, head, "format version " + version + " is not supported");
        }
        Line typeLine = in.expect("TYPE", 2);
        CertificateType type = CertificateType.fromKeyword(typeLine.tokens()[1]).orElseThrow(
                () -> in.error(FormatError.MALFORMED, typeLine, "unknown TYPE '" + typeLine.tokens()[1] + "'"));
        List<Meta> meta = new ArrayList<>();
        while (in.at("META")) {
            Line m = in.take();
            if (m.tokens().length < 2 || !Syntax.isName(m.tokens()[1])) {
                throw in.error(FormatError.MALFORMED, m, "META needs a key name");
            }
            String text = String.join(" ", Arrays.copyOfRange(m.tokens(), 2, m.tokens().length));
            meta.add(new Meta(m.tokens()[1], text, m.number()));
        }
        if (type == CertificateType.INTERVAL_COVER || type == CertificateType.POINT_VALUE) {
            Cover cover = new CoverReader(in, type == CertificateType.POINT_VALUE).cover();
            List<Claim> claims = claims();
            return new Certificate(in.source(), version, type, typeLine.number(), meta, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(cover), claims);
        }
        Optional<Program> program = in.at("VAR") ? Optional.of(program(meta)) : Optional.empty();
        in.refuseHere("CON", "OBJ", "CON and OBJ need VAR before them");
        Optional<Solution> solution = in.at("SOL") ? Optional.of(solution(program)) : Optional.empty();
        Optional<Dual> dual = Optional.empty();
        if (in.at("DUAL")) {
            dual = Optional.of(dual(program.orElseThrow(() -> in.error(FormatError.MALFORMED, in.peek(),
                    "DUAL needs a program (VAR, CON, OBJ) before it"))));
        }
        Optional<Lemma> lemma = Optional.empty();
        if (in.at("LEMMA")) {
            lemma = Optional.of(lemma(solution.orElseThrow(() -> in.error(FormatError.MALFORMED, in.peek(),
                    "LEMMA needs SOL before it"))));
        }
        Optional<InstanceSection> instance = Optional.empty();
        if (in.at("INSTANCE")) {
            if (lemma.isPresent()) {
                throw in.error(FormatError.MALFORMED, in.peek(), "LEMMA and INSTANCE exclude each other");
            }
            instance = Optional.of(instance());
        }
        Optional<BasicPrices> basic = in.at("BASICPRICES") ? Optional.of(basicPrices()) : Optional.empty();
        List<Claim> claims = claims();
        return new Certificate(in.source(), version, type, typeLine.number(), meta, program, solution, dual, lemma,
                instance, basic, Optional.empty(), claims);
    }

    /** The CLAIM lines that end every certificate. */
    private List<Claim> claims() throws CertificateException {
        List<Claim> claims = new ArrayList<>();
        while (in.at("CLAIM")) {
            claims.add(claim(in.take()));
        }
        if (!in.done()) {
            throw in.error(FormatError.MALFORMED, in.peek(), "unexpected '" + in.peek().keyword()
                    + "' (sections must follow the order of FORMAT.md)");
        }
        if (claims.isEmpty()) {
            throw in.errorAtEnd(FormatError.MALFORMED, "no CLAIM line");
        }
        return claims;
    }

    private Program program(List<Meta> meta) throws CertificateException {
        Line varHead = in.peek();
        List<Line> varLines = in.entries("VAR");
        Map<String, Integer> index = new HashMap<>();
        List<Variable> vars = new ArrayList<>();
        List<Integer> varNumbers = new ArrayList<>();
        for (Line l : varLines) {
            in.tokens(l, 3);
            String name = in.newName(l, l.tokens()[0], index.keySet());
            index.put(name, vars.size());
            vars.add(new Variable(name, in.bound(l, 1)));
            varNumbers.add(l.number());
        }
        if (!in.at("CON")) {
            throw in.error(FormatError.MALFORMED, in.done() ? varHead : in.peek(), "VAR must be followed by CON");
        }
        List<Row> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Map<String, Integer> rowIndex = new HashMap<>();
        for (Line l : in.entries("CON")) {
            if (l.tokens().length < 5) {
                throw in.error(FormatError.DIMENSION, l, "a CON line needs at least name, lo, hi, const, nlin");
            }
            String name = in.newName(l, l.tokens()[0], rowIndex.keySet());
            rowIndex.put(name, rows.size());
            Bound b = in.bound(l, 1);
            rows.add(new Row(name, expr(l, 3, index), b));
            rowNumbers.add(l.number());
        }
        Line obj = in.expectAtLeast("OBJ", 4);
        Sense sense = switch (obj.tokens()[1]) {
            case "min" -> Sense.MINIMIZE;
            case "max" -> Sense.MAXIMIZE;
            default -> throw in.error(FormatError.MALFORMED, obj, "OBJ sense must be min or max");
        };
        Objective objective = new Objective(sense, expr(obj, 2, index));
        Map<String, String> provenance = new LinkedHashMap<>();
        meta.forEach(m -> provenance.putIfAbsent(m.key(), m.text()));
        Model model = new Model("certificate", vars, rows, objective, provenance);
        return new Program(model, varNumbers, rowNumbers, obj.number());
    }

    /** const nlin (var coef)* nquad (var var coef)*, which must end the line exactly. */
    private Expr expr(Line l, int at, Map<String, Integer> index) throws CertificateException {
        String[] t = l.tokens();
        Expr.Builder e = Expr.builder().constant(in.number(l, t[at]));
        int i = at + 1;
        int nlin = in.count(l, t[i++]);
        if ((long) i + 2L * nlin + 1 > t.length) {
            throw in.error(FormatError.DIMENSION, l, "nlin = " + nlin + " but the line is too short");
        }
        for (int k = 0; k < nlin; k++, i += 2) {
            e.add(known(l, t[i], index), in.number(l, t[i + 1]));
        }
        int nquad = in.count(l, t[i++]);
        if ((long) i + 3L * nquad != t.length) {
            throw in.error(FormatError.DIMENSION, l, "nquad = " + nquad + " does not match the "
                    + (t.length - i) + " tokens that follow");
        }
        for (int k = 0; k < nquad; k++, i += 3) {
            e.add(known(l, t[i], index), known(l, t[i + 1], index), in.number(l, t[i + 2]));
        }
        return e.build();
    }

    private Solution solution(Optional<Program> program) throws CertificateException {
        Line head = in.peek();
        List<String> names = new ArrayList<>();
        List<Rational> values = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Line l : in.entries("SOL")) {
            in.tokens(l, 2);
            String name = in.newName(l, l.tokens()[0], names);
            if (program.isPresent() && program.get().model().indexOf(name) < 0) {
                throw in.error(FormatError.UNKNOWN_NAME, l, "SOL names '" + name + "', which is not a VAR");
            }
            names.add(name);
            values.add(in.number(l, l.tokens()[1]));
            numbers.add(l.number());
        }
        if (program.isPresent() && names.size() != program.get().model().variableCount()) {
            throw in.error(FormatError.DIMENSION, head, "SOL has " + names.size() + " entries, VAR declares "
                    + program.get().model().variableCount());
        }
        return new Solution(names, values, numbers, head.number());
    }

    private Dual dual(Program program) throws CertificateException {
        Line head = in.peek();
        List<Row> rows = program.model().rows();
        Rational[] plus = new Rational[rows.size()];
        Rational[] minus = new Rational[rows.size()];
        Integer[] numbers = new Integer[rows.size()];
        List<Line> entries = in.entries("DUAL");
        if (entries.size() != rows.size()) {
            throw in.error(FormatError.DIMENSION, head, "DUAL has " + entries.size() + " entries, CON declares "
                    + rows.size());
        }
        for (Line l : entries) {
            in.tokens(l, 3);
            int r = rowIndex(rows, l.tokens()[0]);
            if (r < 0) {
                throw in.error(FormatError.UNKNOWN_NAME, l, "DUAL names '" + l.tokens()[0] + "', which is not a CON row");
            }
            if (numbers[r] != null) {
                throw in.error(FormatError.DUPLICATE_NAME, l, "row '" + l.tokens()[0] + "' appears twice in DUAL");
            }
            plus[r] = in.number(l, l.tokens()[1]);
            minus[r] = in.number(l, l.tokens()[2]);
            numbers[r] = l.number();
        }
        return new Dual(List.of(plus), List.of(minus), List.of(numbers), head.number());
    }

    private Lemma lemma(Solution sol) throws CertificateException {
        Line l = in.expect("LEMMA", 3);
        int units = in.positive(l, in.keyValue(l, l.tokens()[1], "units"));
        Rational eps = in.number(l, in.keyValue(l, l.tokens()[2], "eps"));
        List<PricePoint> prices = new ArrayList<>();
        for (Line p : in.entries("PRICE")) {
            in.tokens(p, 1 + 2 * units);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 2 * units; i++) {
                if (!sol.names().contains(p.tokens()[i])) {
                    throw in.error(FormatError.UNKNOWN_NAME, p, "PRICE names '" + p.tokens()[i] + "', not in SOL");
                }
                names.add(p.tokens()[i]);
            }
            prices.add(new PricePoint(in.number(p, p.tokens()[0]), names.subList(0, units),
                    names.subList(units, 2 * units), p.number()));
        }
        return new Lemma(units, eps, prices, l.number());
    }

    private InstanceSection instance() throws CertificateException {
        Line l = in.expect("INSTANCE", 2);
        int units = in.positive(l, in.keyValue(l, l.tokens()[1], "units"));
        List<Integer> sellerLines = new ArrayList<>();
        List<Atom> seller = atoms("SELLER", units, sellerLines);
        List<Integer> buyerLines = new ArrayList<>();
        List<Atom> buyer = atoms("BUYER", units, buyerLines);
        return new InstanceSection(units, seller, sellerLines, buyer, buyerLines, l.number());
    }

    private List<Atom> atoms(String keyword, int units, List<Integer> numbers) throws CertificateException {
        if (!in.at(keyword)) {
            throw in.error(FormatError.MALFORMED, in.done() ? in.previous() : in.peek(),
                    "expected " + keyword);
        }
        List<Atom> atoms = new ArrayList<>();
        for (Line l : in.entries(keyword)) {
            in.tokens(l, 1 + units);
            List<Rational> values = new ArrayList<>();
            for (int q = 1; q <= units; q++) {
                values.add(in.number(l, l.tokens()[q]));
            }
            atoms.add(new Atom(in.number(l, l.tokens()[0]), values));
            numbers.add(l.number());
        }
        return atoms;
    }

    private BasicPrices basicPrices() throws CertificateException {
        Line head = in.peek();
        List<Rational> prices = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Line l : in.entries("BASICPRICES")) {
            in.tokens(l, 1);
            prices.add(in.number(l, l.tokens()[0]));
            numbers.add(l.number());
        }
        return new BasicPrices(prices, numbers, head.number());
    }

    private Claim claim(Line l) throws CertificateException {
        in.tokens(l, 4);
        ClaimKind kind = ClaimKind.of(l.tokens()[1], l.tokens()[2]).orElseThrow(() -> in.error(FormatError.MALFORMED, l,
                "unknown claim '" + l.tokens()[1] + " " + l.tokens()[2] + "'"));
        return new Claim(kind, in.number(l, l.tokens()[3]), l.number());
    }
    private static int rowIndex(List<Row> rows, String name) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).name().equals(name)) {
                return r;
            }
        }
        return -1;
    }

    private int known(Line l, String token, Map<String, Integer> index) throws CertificateException {
        Integer i = index.get(token);
        if (i == null) {
            throw in.error(FormatError.UNKNOWN_NAME, l, "'" + token + "' is not a VAR defined earlier");
        }
        return i;
    }
}
