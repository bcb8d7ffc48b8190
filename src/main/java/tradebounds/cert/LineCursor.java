package tradebounds.cert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Rational;

/**
 * The reader's lexical layer: logical lines (comments and blank lines removed, tokens split), a position, and the
 * checks every section shares: keywords, counts, names, bounds, and exact numbers charged to the bit budget.
 */
final class LineCursor {
    private final String source;
    private final Limits limits;
    private final List<Line> lines;
    private int pos;
    private long bitsUsed;

    LineCursor(String text, String source, Limits limits) {
        this.source = source;
        this.limits = limits;
        this.lines = logicalLines(text);
    }

    /** A non-blank line with comments removed, split into tokens. */
    record Line(int number, String[] tokens) {
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

    String source() {
        return source;
    }

    boolean done() {
        return pos >= lines.size();
    }

    /** The next line, consumed; callers check {@link #done()} or {@link #at} first. */
    Line take() {
        return lines.get(pos++);
    }

    /** The line before the current one (for errors at a section's end). */
    Line previous() {
        return lines.get(pos - 1);
    }

    /** An error at the last line of the file (for a missing section at the end). */
    CertificateException errorAtEnd(FormatError e, String reason) {
        return new CertificateException(e, source + ":" + lastLine(), reason);
    }

    /** Reads a section header {@code KEYWORD <count>} and exactly count entry lines after it. */
    List<Line> entries(String keyword) throws CertificateException {
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

    Line expect(String keyword, int tokenCount) throws CertificateException {
        Line l = next(keyword);
        if (!l.keyword().equals(keyword)) {
            throw error(FormatError.MALFORMED, l, "expected " + keyword + ", found '" + l.keyword() + "'");
        }
        tokens(l, tokenCount);
        return l;
    }

    Line expectAtLeast(String keyword, int tokenCount) throws CertificateException {
        Line l = next(keyword);
        if (!l.keyword().equals(keyword)) {
            throw error(FormatError.MALFORMED, l, "expected " + keyword + ", found '" + l.keyword() + "'");
        }
        if (l.tokens.length < tokenCount) {
            throw error(FormatError.DIMENSION, l, keyword + " line too short");
        }
        return l;
    }

    void tokens(Line l, int n) throws CertificateException {
        if (l.tokens.length != n) {
            throw error(FormatError.DIMENSION, l, "expected " + n + " tokens, found " + l.tokens.length);
        }
    }

    Line next(String what) throws CertificateException {
        if (pos >= lines.size()) {
            throw new CertificateException(FormatError.MALFORMED, source + ":" + lastLine(),
                    "unexpected end of file, expected " + what);
        }
        return lines.get(pos++);
    }

    Line peek() {
        return lines.get(pos);
    }

    boolean at(String keyword) {
        return pos < lines.size() && peek().keyword().equals(keyword);
    }

    void refuseHere(String a, String b, String why) throws CertificateException {
        if (at(a) || at(b)) {
            throw error(FormatError.MALFORMED, peek(), why);
        }
    }

    int lastLine() {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number;
    }

    String newName(Line l, String token, java.util.Collection<String> taken) throws CertificateException {
        if (!Syntax.isName(token)) {
            throw error(FormatError.MALFORMED, l, "not a name: '" + token + "'");
        }
        if (taken.contains(token)) {
            throw error(FormatError.DUPLICATE_NAME, l, "'" + token + "' is defined twice");
        }
        return token;
    }



    Bound bound(Line l, int at) throws CertificateException {
        String lo = l.tokens[at];
        String hi = l.tokens[at + 1];
        Rational a = lo.equals(Syntax.MINUS_INF) ? null : number(l, lo);
        Rational b = hi.equals(Syntax.INF) || hi.equals("+inf") ? null : number(l, hi);
        if (a != null && b != null && a.compareTo(b) > 0) {
            throw error(FormatError.MALFORMED, l, "empty bound [" + a + ", " + b + "]");
        }
        return new Bound(a, b);
    }

    String keyValue(Line l, String token, String key) throws CertificateException {
        if (!token.startsWith(key + "=")) {
            throw error(FormatError.MALFORMED, l, "expected " + key + "=<value>, found '" + token + "'");
        }
        return token.substring(key.length() + 1);
    }

    int count(Line l, String token) throws CertificateException {
        if (!Syntax.isCount(token)) {
            throw error(FormatError.MALFORMED, l, "not a count: '" + token + "'");
        }
        return Integer.parseInt(token);
    }

    int positive(Line l, String token) throws CertificateException {
        int k = count(l, token);
        if (k < 1) {
            throw error(FormatError.MALFORMED, l, "units must be at least 1");
        }
        return k;
    }

    /** Parses an exact number, charging it to the budget before and after parsing. */
    Rational number(Line l, String token) throws CertificateException {
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

    CertificateException error(FormatError e, Line l, String reason) {
        return new CertificateException(e, source + ":" + l.number, reason);
    }
}
