package tradebounds.cert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import tradebounds.model.Rational;

/**
 * Reads a guarantee-tree certificate (FORMAT.md section 5): the header at once, then the node stream one line
 * at a time. Numbers are charged to the {@link Limits} budget as they are read; a number over the per-number
 * budget or a stream over the total budget stops the read with {@code BUDGET_EXCEEDED}. Files ending in
 * {@code .gz} are decompressed transparently.
 */
public final class TreeCertificateReader implements AutoCloseable {
    public static final String TYPE = "guarantee-tree";
    public static final String PROGRAM = "qcp41-seller-eliminated";
    /** Program (5.1) with k units, its seller rows weighted in the leaves (version 2 only). */
    public static final String PROGRAM_51 = "qcp51-seller-dualised";
    /** (5.1) restricted to the diagonal b_j(q) = s_j(k-q+1) (Cor 5.1): the same leaves plus rows Sq.j of any sign. */
    public static final String PROGRAM_51_SYM = "qcp51-sym-seller-dualised";

    private final BufferedReader in;
    private final String source;
    private final Limits limits;
    private int lineNumber;
    private long bits;
    /** The bit budget of the whole stream: the reader's, or 16384 bits per declared node if that is more. */
    private long budget;
    private TreeCertificate header;
    private long nodesRead;
    private boolean ended;

    /** Bits a tree may spend per declared node (a leaf of 32 prices with order weights needs about 7000). */
    public static final long BITS_PER_NODE = 16_384;
    public static final long MAX_NODES = 100_000_000;

    private TreeCertificateReader(BufferedReader in, String source, Limits limits) {
        this.in = in;
        this.source = source;
        this.limits = limits;
        this.budget = limits.totalBits();
    }

    public static TreeCertificateReader open(Path file, Limits limits) throws CertificateException {
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw new CertificateException(FormatError.BUDGET_EXCEEDED, file + ":0", "file larger than "
                        + limits.maxBytes() + " bytes");
            }
            InputStream raw = Files.newInputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) {
                raw = new GZIPInputStream(raw, 1 << 16);
            }
            TreeCertificateReader r = new TreeCertificateReader(
                    new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16),
                    file.toString(), limits);
            r.readHeader();
            return r;
        } catch (IOException e) {
            throw new CertificateException(FormatError.UNREADABLE, file + ":0", e.getMessage());
        }
    }

    public static TreeCertificateReader open(String text, String source, Limits limits) throws CertificateException {
        TreeCertificateReader r = new TreeCertificateReader(new BufferedReader(new StringReader(text)), source, limits);
        r.readHeader();
        return r;
    }

    public TreeCertificate header() {
        return header;
    }

    public String source() {
        return source;
    }

    /** True if the file (plain or .gz) names TYPE guarantee-tree in its first lines. */
    public static boolean isTreeFile(Path file) {
        try (InputStream raw0 = Files.newInputStream(file)) {
            InputStream raw = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw0) : raw0;
            byte[] head = raw.readNBytes(512);
            return isTree(new String(head, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    /** True if the text names TYPE guarantee-tree in its first lines (used to route a file to this reader). */
    public static boolean isTree(String firstLines) {
        for (String l : firstLines.split("\n")) {
            String[] t = l.trim().split("[ \t]+");
            if (t.length == 2 && t[0].equals("TYPE")) {
                return t[1].equals(TYPE);
            }
        }
        return false;
    }

    private String[] nextTokens() throws CertificateException {
        try {
            String raw;
            while ((raw = in.readLine()) != null) {
                lineNumber++;
                int hash = raw.indexOf('#');
                String body = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
                if (!body.isEmpty()) {
                    return body.split("[ \t]+");
                }
            }
            return null;
        } catch (IOException e) {
            throw error(FormatError.UNREADABLE, e.getMessage());
        }
    }

    private CertificateException error(FormatError e, String reason) {
        return new CertificateException(e, source + ":" + lineNumber, reason);
    }

    private String[] expect(String keyword, int tokens) throws CertificateException {
        String[] t = nextTokens();
        if (t == null) {
            throw error(FormatError.DIMENSION, "expected " + keyword + ", found the end of the file");
        }
        if (!t[0].equals(keyword) || t.length != tokens) {
            throw error(FormatError.MALFORMED, "expected '" + keyword + "' with " + (tokens - 1) + " value(s), found '"
                    + String.join(" ", t) + "'");
        }
        return t;
    }

    private Rational number(String text) throws CertificateException {
        if (text.length() > limits.bitsPerNumber()) {
            throw error(FormatError.BUDGET_EXCEEDED, "number longer than " + limits.bitsPerNumber() + " characters");
        }
        Rational v;
        try {
            v = Rational.parse(text);
        } catch (RuntimeException e) {
            throw error(FormatError.MALFORMED, "not an exact rational: '" + text + "'");
        }
        int b = v.bitLength();
        if (b > limits.bitsPerNumber()) {
            throw error(FormatError.BUDGET_EXCEEDED, "number needs " + b + " bits");
        }
        bits += b;
        if (bits > budget) {
            throw error(FormatError.BUDGET_EXCEEDED, "numbers exceed the total budget of " + budget + " bits");
        }
        return v;
    }

    private int integer(String text, int lo, int hi) throws CertificateException {
        int v;
        try {
            v = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(FormatError.MALFORMED, "not an integer: '" + text + "'");
        }
        if (v < lo || v > hi) {
            throw error(FormatError.DIMENSION, "index " + v + " outside [" + lo + ", " + hi + "]");
        }
        return v;
    }

    private void readHeader() throws CertificateException {
        String[] ver = expect("VER", 2);
        if (!ver[1].equals("1") && !ver[1].equals("2") && !ver[1].equals("3")) {
            throw error(FormatError.UNSUPPORTED_VERSION, "guarantee-tree version " + ver[1] + " (this reader: 1-3)");
        }
        slopesAllowed = ver[1].equals("3");
        String[] type = expect("TYPE", 2);
        if (!type[1].equals(TYPE)) {
            throw error(FormatError.MALFORMED, "TYPE " + type[1] + " is not " + TYPE);
        }
        String[] program = expect("PROGRAM", 2);
        // Version 1 knows (4.1) only; version 2 adds (5.1) with a UNITS line.
        boolean v2 = !ver[1].equals("1");
        boolean multiUnit = program[1].equals(PROGRAM_51) || program[1].equals(PROGRAM_51_SYM);
        if (!program[1].equals(PROGRAM) && !(v2 && multiUnit)) {
            throw error(FormatError.MALFORMED, "unknown PROGRAM " + program[1] + " for version " + ver[1]);
        }
        int units = 1;
        if (multiUnit) {
            units = integer(expect("UNITS", 2)[1], 1, 64);
        }
        String[] pricesLine = nextTokens();
        if (pricesLine == null || !pricesLine[0].equals("PRICES") || pricesLine.length < 3) {
            throw error(FormatError.MALFORMED, "expected 'PRICES p_1 ... p_n' with n >= 2");
        }
        List<Rational> prices = new ArrayList<>();
        for (int i = 1; i < pricesLine.length; i++) {
            prices.add(number(pricesLine[i]));
        }
        Rational r = number(expect("R", 2)[1]);
        String[] nodes = expect("NODES", 2);
        long count;
        try {
            count = Long.parseLong(nodes[1]);
        } catch (NumberFormatException e) {
            throw error(FormatError.MALFORMED, "NODES needs an integer");
        }
        if (count < 1 || count > MAX_NODES) {
            throw error(FormatError.DIMENSION, "NODES must lie in [1, " + MAX_NODES + "]");
        }
        // A tree's work is linear in its nodes, so its budget scales with the size it declares (and is then
        // enforced number by number); the header alone is charged to the reader's own budget.
        budget = Math.max(limits.totalBits(), BITS_PER_NODE * count);
        header = new TreeCertificate(program[1], units, prices, r, count);
    }

    /**
     * The next node of the preorder stream, or null after the END line. Throws if the stream ends early, if
     * more nodes appear than NODES declares, or if anything follows END.
     */
    /** Version 3 allows slopes in (4.1) leaves. */
    private boolean slopesAllowed;

    public TreeCertificate.Node next() throws CertificateException {
        if (ended) {
            return null;
        }
        String[] t = nextTokens();
        if (t == null) {
            throw error(FormatError.DIMENSION, "the node stream ends without END after " + nodesRead + " nodes");
        }
        if (t[0].equals("END")) {
            if (t.length != 1) {
                throw error(FormatError.MALFORMED, "END takes no values");
            }
            if (nodesRead != header.nodes()) {
                throw error(FormatError.DIMENSION, "NODES declares " + header.nodes() + " nodes, found " + nodesRead);
            }
            if (nextTokens() != null) {
                throw error(FormatError.MALFORMED, "text after END");
            }
            ended = true;
            return null;
        }
        nodesRead++;
        if (nodesRead > header.nodes()) {
            throw error(FormatError.DIMENSION, "more nodes than NODES declares (" + header.nodes() + ")");
        }
        int n = header.prices().size();
        int dim = header.dimension();
        switch (t[0]) {
            case "S":
                if (t.length != 3) {
                    throw error(FormatError.MALFORMED, "S takes a coordinate and a point");
                }
                return new TreeCertificate.Split(lineNumber, integer(t[1], 1, dim), number(t[2]));
            case "E":
                if (t.length != 1) {
                    throw error(FormatError.MALFORMED, "E takes no values");
                }
                return new TreeCertificate.Empty(lineNumber);
            case "O":
                if (t.length != 1) {
                    throw error(FormatError.MALFORMED, "O takes no values");
                }
                return new TreeCertificate.Open(lineNumber);
            case "L":
                return leaf(t, n);
            default:
                throw error(FormatError.MALFORMED, "unknown node keyword '" + t[0] + "' (S, L, E, O or END)");
        }
    }

    /** {@code L mu t:lambda_t ... [/ v:k:w_{v,k} ...] [| row:nu ...]} (rows only for (5.1); seller and buyer rows). */
    private TreeCertificate.Leaf leaf(String[] t, int n) throws CertificateException {
        int units = header.units();
        boolean rows51 = header.units() > 1 || !header.program().equals(PROGRAM);
        List<TreeCertificate.SideRow> rowIds = new ArrayList<>();
        List<Rational> nus = new ArrayList<>();
        java.util.Set<String> seenRows = new java.util.HashSet<>();
        if (t.length < 2) {
            throw error(FormatError.MALFORMED, "L needs mu");
        }
        Rational mu = number(t[1]);
        List<int[]> li = new ArrayList<>();
        List<Rational> lv = new ArrayList<>();
        List<int[]> wi = new ArrayList<>();
        List<Rational> wv = new ArrayList<>();
        boolean weights = false;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        boolean sellerRows = false;
        List<TreeCertificate.Slope> slopes = new ArrayList<>();
        int slopeStart = t.length;
        for (int k = 2; k < t.length; k++) {
            if (t[k].equals("@")) {
                slopeStart = k;
                break;
            }
            if (t[k].equals("/")) {
                if (weights || sellerRows) {
                    throw error(FormatError.MALFORMED, "a second '/' or '/' after '|' in a leaf");
                }
                weights = true;
                continue;
            }
            if (t[k].equals("|")) {
                if (sellerRows || !rows51) {
                    throw error(FormatError.MALFORMED, "'|' (row weights) twice, or in a (4.1) tree");
                }
                sellerRows = true;
                continue;
            }
            String[] parts = t[k].split(":", -1);
            if (sellerRows) {
                if (parts.length != 2 || parts[0].isEmpty()) {
                    throw error(FormatError.MALFORMED, "row entry '" + t[k] + "' is not row:value");
                }
                TreeCertificate.SideRow row = sellerRow(parts[0], n, units);
                if (!seenRows.add(row.toString())) {
                    throw error(FormatError.DUPLICATE_NAME, "row " + row + " given twice");
                }
                rowIds.add(row);
                nus.add(number(parts[1]));
            } else if (!weights) {
                if (parts.length != 2) {
                    throw error(FormatError.MALFORMED, "lambda entry '" + t[k] + "' is not t:value");
                }
                int idx = integer(parts[0], 1, n);
                if (!seen.add((long) idx)) {
                    throw error(FormatError.DUPLICATE_NAME, "lambda_" + idx + " given twice");
                }
                li.add(new int[] {idx});
                lv.add(number(parts[1]));
            } else {
                if (parts.length != 3) {
                    throw error(FormatError.MALFORMED, "weight entry '" + t[k] + "' is not i:k:value");
                }
                int i = integer(parts[0], 1, n * units);
                int row = integer(parts[1], 1, n - 1);
                if (!seen.add(-((long) i * (n + 1) + row))) {
                    throw error(FormatError.DUPLICATE_NAME, "w_" + i + "," + row + " given twice");
                }
                wi.add(new int[] {i, row});
                wv.add(number(parts[2]));
            }
        }
        int[] lIdx = new int[li.size()];
        for (int k = 0; k < lIdx.length; k++) {
            lIdx[k] = li.get(k)[0];
        }
        int[] wVertex = new int[wi.size()];
        int[] wRow = new int[wi.size()];
        for (int k = 0; k < wVertex.length; k++) {
            wVertex[k] = wi.get(k)[0];
            wRow[k] = wi.get(k)[1];
        }
        // "@ k t:s ...": slopes of lambda in coordinate k (version 3, (4.1) only); each coordinate once.
        for (int k = slopeStart; k < t.length; ) {
            if (!slopesAllowed || rows51) {
                throw error(FormatError.MALFORMED, "slopes '@' need VER 3 and a (4.1) tree");
            }
            if (k + 1 >= t.length || t[k + 1].contains(":")) {
                throw error(FormatError.MALFORMED, "'@' needs a coordinate");
            }
            int coordinate = integer(t[k + 1], 1, n);
            if (!seen.add(-1_000_000_000L - coordinate)) {
                throw error(FormatError.DUPLICATE_NAME, "slopes in y_" + coordinate + " given twice");
            }
            List<Integer> si = new ArrayList<>();
            List<Rational> sv = new ArrayList<>();
            java.util.Set<Integer> seenT = new java.util.HashSet<>();
            for (k += 2; k < t.length && !t[k].equals("@"); k++) {
                String[] parts = t[k].split(":", -1);
                if (parts.length != 2) {
                    throw error(FormatError.MALFORMED, "slope entry '" + t[k] + "' is not t:value");
                }
                int idx = integer(parts[0], 1, n);
                if (!seenT.add(idx)) {
                    throw error(FormatError.DUPLICATE_NAME, "slope of lambda_" + idx + " in y_" + coordinate
                            + " given twice");
                }
                si.add(idx);
                sv.add(number(parts[1]));
            }
            slopes.add(new TreeCertificate.Slope(coordinate, si.stream().mapToInt(Integer::intValue).toArray(),
                    sv.toArray(new Rational[0])));
        }
        return new TreeCertificate.Leaf(lineNumber, mu, lIdx, lv.toArray(new Rational[0]), wVertex, wRow,
                wv.toArray(new Rational[0]), rowIds.toArray(new TreeCertificate.SideRow[0]),
                nus.toArray(new Rational[0]), slopes.toArray(new TreeCertificate.Slope[0]));
    }

    /**
     * {@code Eq}, {@code Dq.t}, {@code Pq} (seller), {@code BEq}, {@code BDq.t}, {@code BHq} (buyer), or in a
     * symmetric tree {@code Sq.j}: the diagonal row s_j(q) = b_j(k-q+1).
     */
    private TreeCertificate.SideRow sellerRow(String id, int n, int units) throws CertificateException {
        boolean buyer = id.startsWith("B") && id.length() > 1;
        String body = buyer ? id.substring(1) : id;
        char kind = body.charAt(0);
        String rest = body.substring(1);
        if (kind == 'S' && !buyer) {
            String[] qj = rest.split("\\.", -1);
            if (qj.length != 2 || !header.program().equals(PROGRAM_51_SYM)) {
                throw error(FormatError.MALFORMED, "diagonal row '" + id + "' is not Sq.j in a symmetric tree");
            }
            return new TreeCertificate.SideRow(false, 'S', integer(qj[0], 1, units), integer(qj[1], 1, n));
        }
        if (kind == 'E') {
            return new TreeCertificate.SideRow(buyer, 'E', integer(rest, 1, units - 1), 0);
        }
        if (kind == (buyer ? 'H' : 'P')) {
            return new TreeCertificate.SideRow(buyer, kind, integer(rest, 1, units), 0);
        }
        if (kind == 'D') {
            String[] qt = rest.split("\\.", -1);
            if (qt.length != 2) {
                throw error(FormatError.MALFORMED, "dominance row '" + id + "' is not Dq.t");
            }
            return new TreeCertificate.SideRow(buyer, 'D', integer(qt[0], 1, units - 1), integer(qt[1], 2, n - 1));
        }
        throw error(FormatError.MALFORMED, "unknown row '" + id + "' (E, D, P, BE, BD, BH or S)");
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a reader loses nothing
        }
    }
}
