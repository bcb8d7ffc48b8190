package tradebounds.cert;

import java.io.IOException;
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
import tradebounds.cert.Certificate.BasicPrices;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Certificate.Dual;
import tradebounds.cert.Certificate.InstanceSection;
import tradebounds.cert.Certificate.Lemma;
import tradebounds.cert.Certificate.Meta;
import tradebounds.cert.Certificate.PricePoint;
import tradebounds.cert.Certificate.Program;
import tradebounds.cert.Certificate.Solution;
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
    private final Limits limits;
    private String source;
    private List<Line> lines;
    private int pos;
    private long bitsUsed;

    private CertificateReader(Limits limits) {
        this.limits = limits;
    }

    public static Certificate read(Path file) throws CertificateException {
        return read(file, Limits.DEFAULT);
    }

    public static Certificate read(Path file, Limits limits) throws CertificateException {
        String name = file.toString();
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw new CertificateException(FormatError.BUDGET_EXCEEDED, name + ":0",
                        "file larger than " + limits.maxBytes() + " bytes");
            }
            return read(Files.readString(file, StandardCharsets.UTF_8), name, limits);
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
        CertificateReader r = new CertificateReader(limits);
        r.source = source;
        r.lines = logicalLines(text);
        return r.certificate();
    }

    /** A non-blank line with comments removed, split into tokens. */
    private record Line(int number, String[] tokens) {
        String keyword() {
            return tokens[0];
        }
    }

    private static List<Line> logicalLines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r?\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String[] t = raw[i].trim().split("[ \t]+");
            int keep = 0;
            while (keep < t.length && !t[keep].isEmpty() && !t[keep].startsWith("#")) {
                keep++;
            }
            if (keep > 0) {
                out.add(new Line(i + 1, Arrays.copyOf(t, keep)));
            }
        }
        return out;
    }

    private Certificate certificate() throws CertificateException {
        Line head = next("the header TRADEBOUNDS <version>");
        if (!head.keyword().equals(Syntax.HEADER) || head.tokens.length != 2 || !Syntax.isCount(head.tokens[1])) {
            throw error(FormatError.MALFORMED, head, "first line must be 'TRADEBOUNDS <version>'");
        }
        int version = Integer.parseInt(head.tokens[1]);
        if (version != Certificate.VERSION) {
            throw error(FormatError.UNSUPPORTED_VERSION, head, "format version " + version + " is not supported");
        }
        Line typeLine = expect("TYPE", 2);
        CertificateType type = CertificateType.fromKeyword(typeLine.tokens[1]).orElseThrow(
                () -> error(FormatError.MALFORMED, typeLine, "unknown TYPE '" + typeLine.tokens[1] + "'"));
        List<Meta> meta = new ArrayList<>();
        while (at("META")) {
            Line m = lines.get(pos++);
            if (m.tokens.length < 2 || !Syntax.isName(m.tokens[1])) {
                throw error(FormatError.MALFORMED, m, "META needs a key name");
            }
            String text = String.join(" ", Arrays.copyOfRange(m.tokens, 2, m.tokens.length));
            meta.add(new Meta(m.tokens[1], text, m.number));
        }
        Optional<Program> program = at("VAR") ? Optional.of(program(meta)) : Optional.empty();
        refuseHere("CON", "OBJ", "CON and OBJ need VAR before them");
        Optional<Solution> solution = at("SOL") ? Optional.of(solution(program)) : Optional.empty();
        Optional<Dual> dual = Optional.empty();
        if (at("DUAL")) {
            dual = Optional.of(dual(program.orElseThrow(() -> error(FormatError.MALFORMED, peek(),
                    "DUAL needs a program (VAR, CON, OBJ) before it"))));
        }
        Optional<Lemma> lemma = Optional.empty();
        if (at("LEMMA")) {
            lemma = Optional.of(lemma(solution.orElseThrow(() -> error(FormatError.MALFORMED, peek(),
                    "LEMMA needs SOL before it"))));
        }
        Optional<InstanceSection> instance = Optional.empty();
        if (at("INSTANCE")) {
            if (lemma.isPresent()) {
                throw error(FormatError.MALFORMED, peek(), "LEMMA and INSTANCE exclude each other");
            }
            instance = Optional.of(instance());
        }
        Optional<BasicPrices> basic = at("BASICPRICES") ? Optional.of(basicPrices()) : Optional.empty();
        List<Claim> claims = new ArrayList<>();
        while (at("CLAIM")) {
            claims.add(claim(lines.get(pos++)));
        }
        if (pos < lines.size()) {
            throw error(FormatError.MALFORMED, peek(), "unexpected '" + peek().keyword()
                    + "' (sections must follow the order of FORMAT.md)");
        }
        if (claims.isEmpty()) {
            throw new CertificateException(FormatError.MALFORMED, source + ":" + lastLine(), "no CLAIM line");
        }
        return new Certificate(source, version, type, typeLine.number, meta, program, solution, dual, lemma,
                instance, basic, claims);
    }

    private Program program(List<Meta> meta) throws CertificateException {
        Line varHead = lines.get(pos);
        List<Line> varLines = entries("VAR");
        Map<String, Integer> index = new HashMap<>();
        List<Variable> vars = new ArrayList<>();
        List<Integer> varNumbers = new ArrayList<>();
        for (Line l : varLines) {
            tokens(l, 3);
            String name = newName(l, l.tokens[0], index.keySet());
            index.put(name, vars.size());
            vars.add(new Variable(name, bound(l, 1)));
            varNumbers.add(l.number);
        }
        if (!at("CON")) {
            throw error(FormatError.MALFORMED, pos < lines.size() ? peek() : varHead, "VAR must be followed by CON");
        }
        List<Row> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Map<String, Integer> rowIndex = new HashMap<>();
        for (Line l : entries("CON")) {
            if (l.tokens.length < 5) {
                throw error(FormatError.DIMENSION, l, "a CON line needs at least name, lo, hi, const, nlin");
            }
            String name = newName(l, l.tokens[0], rowIndex.keySet());
            rowIndex.put(name, rows.size());
            Bound b = bound(l, 1);
            rows.add(new Row(name, expr(l, 3, index), b));
            rowNumbers.add(l.number);
        }
        Line obj = expectAtLeast("OBJ", 4);
        Sense sense = switch (obj.tokens[1]) {
            case "min" -> Sense.MINIMIZE;
            case "max" -> Sense.MAXIMIZE;
            default -> throw error(FormatError.MALFORMED, obj, "OBJ sense must be min or max");
        };
        Objective objective = new Objective(sense, expr(obj, 2, index));
        Map<String, String> provenance = new LinkedHashMap<>();
        meta.forEach(m -> provenance.putIfAbsent(m.key(), m.text()));
        Model model = new Model("certificate", vars, rows, objective, provenance);
        return new Program(model, varNumbers, rowNumbers, obj.number);
    }

    /** const nlin (var coef)* nquad (var var coef)*, which must end the line exactly. */
    private Expr expr(Line l, int at, Map<String, Integer> index) throws CertificateException {
        String[] t = l.tokens;
        Expr.Builder e = Expr.builder().constant(number(l, t[at]));
        int i = at + 1;
        int nlin = count(l, t[i++]);
        if ((long) i + 2L * nlin + 1 > t.length) {
            throw error(FormatError.DIMENSION, l, "nlin = " + nlin + " but the line is too short");
        }
        for (int k = 0; k < nlin; k++, i += 2) {
            e.add(known(l, t[i], index), number(l, t[i + 1]));
        }
        int nquad = count(l, t[i++]);
        if ((long) i + 3L * nquad != t.length) {
            throw error(FormatError.DIMENSION, l, "nquad = " + nquad + " does not match the "
                    + (t.length - i) + " tokens that follow");
        }
        for (int k = 0; k < nquad; k++, i += 3) {
            e.add(known(l, t[i], index), known(l, t[i + 1], index), number(l, t[i + 2]));
        }
        return e.build();
    }

    private Solution solution(Optional<Program> program) throws CertificateException {
        Line head = peek();
        List<String> names = new ArrayList<>();
        List<Rational> values = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Line l : entries("SOL")) {
            tokens(l, 2);
            String name = newName(l, l.tokens[0], names);
            if (program.isPresent() && program.get().model().indexOf(name) < 0) {
                throw error(FormatError.UNKNOWN_NAME, l, "SOL names '" + name + "', which is not a VAR");
            }
            names.add(name);
            values.add(number(l, l.tokens[1]));
            numbers.add(l.number);
        }
        if (program.isPresent() && names.size() != program.get().model().variableCount()) {
            throw error(FormatError.DIMENSION, head, "SOL has " + names.size() + " entries, VAR declares "
                    + program.get().model().variableCount());
        }
        return new Solution(names, values, numbers, head.number);
    }

    private Dual dual(Program program) throws CertificateException {
        Line head = peek();
        List<Row> rows = program.model().rows();
        Rational[] plus = new Rational[rows.size()];
        Rational[] minus = new Rational[rows.size()];
        Integer[] numbers = new Integer[rows.size()];
        List<Line> entries = entries("DUAL");
        if (entries.size() != rows.size()) {
            throw error(FormatError.DIMENSION, head, "DUAL has " + entries.size() + " entries, CON declares "
                    + rows.size());
        }
        for (Line l : entries) {
            tokens(l, 3);
            int r = rowIndex(rows, l.tokens[0]);
            if (r < 0) {
                throw error(FormatError.UNKNOWN_NAME, l, "DUAL names '" + l.tokens[0] + "', which is not a CON row");
            }
            if (numbers[r] != null) {
                throw error(FormatError.DUPLICATE_NAME, l, "row '" + l.tokens[0] + "' appears twice in DUAL");
            }
            plus[r] = number(l, l.tokens[1]);
            minus[r] = number(l, l.tokens[2]);
            numbers[r] = l.number;
        }
        return new Dual(List.of(plus), List.of(minus), List.of(numbers), head.number);
    }

    private Lemma lemma(Solution sol) throws CertificateException {
        Line l = expect("LEMMA", 3);
        int units = positive(l, keyValue(l, l.tokens[1], "units"));
        Rational eps = number(l, keyValue(l, l.tokens[2], "eps"));
        List<PricePoint> prices = new ArrayList<>();
        for (Line p : entries("PRICE")) {
            tokens(p, 1 + 2 * units);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 2 * units; i++) {
                if (!sol.names().contains(p.tokens[i])) {
                    throw error(FormatError.UNKNOWN_NAME, p, "PRICE names '" + p.tokens[i] + "', not in SOL");
                }
                names.add(p.tokens[i]);
            }
            prices.add(new PricePoint(number(p, p.tokens[0]), names.subList(0, units),
                    names.subList(units, 2 * units), p.number));
        }
        return new Lemma(units, eps, prices, l.number);
    }

    private InstanceSection instance() throws CertificateException {
        Line l = expect("INSTANCE", 2);
        int units = positive(l, keyValue(l, l.tokens[1], "units"));
        List<Integer> sellerLines = new ArrayList<>();
        List<Atom> seller = atoms("SELLER", units, sellerLines);
        List<Integer> buyerLines = new ArrayList<>();
        List<Atom> buyer = atoms("BUYER", units, buyerLines);
        return new InstanceSection(units, seller, sellerLines, buyer, buyerLines, l.number);
    }

    private List<Atom> atoms(String keyword, int units, List<Integer> numbers) throws CertificateException {
        if (!at(keyword)) {
            throw error(FormatError.MALFORMED, pos < lines.size() ? peek() : lines.get(pos - 1),
                    "expected " + keyword);
        }
        List<Atom> atoms = new ArrayList<>();
        for (Line l : entries(keyword)) {
            tokens(l, 1 + units);
            List<Rational> values = new ArrayList<>();
            for (int q = 1; q <= units; q++) {
                values.add(number(l, l.tokens[q]));
            }
            atoms.add(new Atom(number(l, l.tokens[0]), values));
            numbers.add(l.number);
        }
        return atoms;
    }

    private BasicPrices basicPrices() throws CertificateException {
        Line head = peek();
        List<Rational> prices = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Line l : entries("BASICPRICES")) {
            tokens(l, 1);
            prices.add(number(l, l.tokens[0]));
            numbers.add(l.number);
        }
        return new BasicPrices(prices, numbers, head.number);
    }

    private Claim claim(Line l) throws CertificateException {
        tokens(l, 4);
        ClaimKind kind = ClaimKind.of(l.tokens[1], l.tokens[2]).orElseThrow(() -> error(FormatError.MALFORMED, l,
                "unknown claim '" + l.tokens[1] + " " + l.tokens[2] + "'"));
        return new Claim(kind, number(l, l.tokens[3]), l.number);
    }

    // ---- lexical helpers ----

    /** Reads a section header {@code KEYWORD <count>} and exactly count entry lines after it. */
    private List<Line> entries(String keyword) throws CertificateException {
        Line head = expect(keyword, 2);
        int n = count(head, head.tokens[1]);
        List<Line> out = new ArrayList<>();
        while (out.size() < n) {
            if (pos >= lines.size() || Syntax.KEYWORDS.contains(peek().keyword())) {
                throw error(FormatError.DIMENSION, head, keyword + " declares " + n + " entries, found " + out.size());
            }
            out.add(lines.get(pos++));
        }
        if (pos < lines.size() && !Syntax.KEYWORDS.contains(peek().keyword())) {
            throw error(FormatError.DIMENSION, peek(), keyword + " declares " + n + " entries, but more follow");
        }
        return out;
    }

    private Line expect(String keyword, int tokenCount) throws CertificateException {
        Line l = next(keyword);
        if (!l.keyword().equals(keyword)) {
            throw error(FormatError.MALFORMED, l, "expected " + keyword + ", found '" + l.keyword() + "'");
        }
        tokens(l, tokenCount);
        return l;
    }

    private Line expectAtLeast(String keyword, int tokenCount) throws CertificateException {
        Line l = next(keyword);
        if (!l.keyword().equals(keyword)) {
            throw error(FormatError.MALFORMED, l, "expected " + keyword + ", found '" + l.keyword() + "'");
        }
        if (l.tokens.length < tokenCount) {
            throw error(FormatError.DIMENSION, l, keyword + " line too short");
        }
        return l;
    }

    private void tokens(Line l, int n) throws CertificateException {
        if (l.tokens.length != n) {
            throw error(FormatError.DIMENSION, l, "expected " + n + " tokens, found " + l.tokens.length);
        }
    }

    private Line next(String what) throws CertificateException {
        if (pos >= lines.size()) {
            throw new CertificateException(FormatError.MALFORMED, source + ":" + lastLine(),
                    "unexpected end of file, expected " + what);
        }
        return lines.get(pos++);
    }

    private Line peek() {
        return lines.get(pos);
    }

    private boolean at(String keyword) {
        return pos < lines.size() && peek().keyword().equals(keyword);
    }

    private void refuseHere(String a, String b, String why) throws CertificateException {
        if (at(a) || at(b)) {
            throw error(FormatError.MALFORMED, peek(), why);
        }
    }

    private int lastLine() {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number;
    }

    private String newName(Line l, String token, java.util.Collection<String> taken) throws CertificateException {
        if (!Syntax.isName(token)) {
            throw error(FormatError.MALFORMED, l, "not a name: '" + token + "'");
        }
        if (taken.contains(token)) {
            throw error(FormatError.DUPLICATE_NAME, l, "'" + token + "' is defined twice");
        }
        return token;
    }

    private int known(Line l, String token, Map<String, Integer> index) throws CertificateException {
        Integer i = index.get(token);
        if (i == null) {
            throw error(FormatError.UNKNOWN_NAME, l, "'" + token + "' is not a VAR defined earlier");
        }
        return i;
    }

    private static int rowIndex(List<Row> rows, String name) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).name().equals(name)) {
                return r;
            }
        }
        return -1;
    }

    private Bound bound(Line l, int at) throws CertificateException {
        String lo = l.tokens[at];
        String hi = l.tokens[at + 1];
        Rational a = lo.equals(Syntax.MINUS_INF) ? null : number(l, lo);
        Rational b = hi.equals(Syntax.INF) || hi.equals("+inf") ? null : number(l, hi);
        if (a != null && b != null && a.compareTo(b) > 0) {
            throw error(FormatError.MALFORMED, l, "empty bound [" + a + ", " + b + "]");
        }
        return new Bound(a, b);
    }

    private String keyValue(Line l, String token, String key) throws CertificateException {
        if (!token.startsWith(key + "=")) {
            throw error(FormatError.MALFORMED, l, "expected " + key + "=<value>, found '" + token + "'");
        }
        return token.substring(key.length() + 1);
    }

    private int count(Line l, String token) throws CertificateException {
        if (!Syntax.isCount(token)) {
            throw error(FormatError.MALFORMED, l, "not a count: '" + token + "'");
        }
        return Integer.parseInt(token);
    }

    private int positive(Line l, String token) throws CertificateException {
        int k = count(l, token);
        if (k < 1) {
            throw error(FormatError.MALFORMED, l, "units must be at least 1");
        }
        return k;
    }

    /** Parses an exact number, charging it to the budget before and after parsing. */
    private Rational number(Line l, String token) throws CertificateException {
        if (token.length() > limits.bitsPerNumber()) {
            throw error(FormatError.BUDGET_EXCEEDED, l, "number text longer than " + limits.bitsPerNumber());
        }
        if (!Syntax.isNumber(token)) {
            throw error(FormatError.MALFORMED, l, "not an exact number: '" + token + "'");
        }
        Rational v = Rational.parse(token);
        int bits = v.bitLength();
        bitsUsed += bits;
        if (bits > limits.bitsPerNumber()) {
            throw error(FormatError.BUDGET_EXCEEDED, l, "number needs " + bits + " bits, budget "
                    + limits.bitsPerNumber());
        }
        if (bitsUsed > limits.totalBits()) {
            throw error(FormatError.BUDGET_EXCEEDED, l, "numbers exceed the total budget of "
                    + limits.totalBits() + " bits");
        }
        return v;
    }

    private CertificateException error(FormatError e, Line l, String reason) {
        return new CertificateException(e, source + ":" + l.number, reason);
    }
}
