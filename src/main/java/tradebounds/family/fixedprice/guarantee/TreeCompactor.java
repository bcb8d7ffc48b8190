package tradebounds.family.fixedprice.guarantee;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tradebounds.cert.TreeCertificate;
import tradebounds.check.MultiUnitLeaves;
import tradebounds.check.TreeChecks;
import tradebounds.model.Rational;

/**
 * Rewrites a stored guarantee tree with shorter leaf multipliers; the splits, the tree's shape, the program, the
 * prices and r are copied unchanged.
 *
 * <p>Why this is sound without trusting it: every leaf inequality is homogeneous of degree one in the leaf's
 * multipliers, and the prover's LP leaves a positive margin, so multipliers rounded to a few significant bits
 * usually still close the same box. Each rewritten leaf is accepted only if the checker's own leaf test
 * ({@link TreeChecks#leafFailure} or {@link MultiUnitLeaves#leafFailure}) passes on the replayed, tightened box;
 * otherwise the original leaf is kept. The output is then an ordinary certificate, re-proved by {@code check}.
 *
 * <p>Why it pays: the prover writes 30-bit dyadic multipliers and dense order weights, most of which carry no
 * margin; prop41-r0.71 shrinks from 2.57 MB (gzip) by dropping weights and keeping the fewest bits that close.
 */
public final class TreeCompactor {
    /** Significant bits tried in order; the first (smallest) that closes the leaf is kept. */
    private static final int[] BITS = {4, 6, 8, 10, 12, 14, 16, 20, 24};

    private final LeafText codec = new LeafText();
    private List<Rational> prices;
    private Rational r;
    private Rational cap;
    private int units;
    private int n;
    long leaves;
    long rewritten;
    long kept;

    /** `dev fixedprice-tree-compact IN OUT`: rewrites IN to OUT (temp file, then rename; gzip when .gz). */
    public static void run(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: dev fixedprice-tree-compact IN OUT");
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        TreeCompactor c = new TreeCompactor();
        long t0 = System.nanoTime();
        c.compact(in, out);
        System.out.printf("%s -> %s: %d leaves, %d rewritten, %d kept as written; %d -> %d bytes; %.1f s%n", in, out,
                c.leaves, c.rewritten, c.kept, Files.size(in), Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    void compact(Path in, Path out) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(in), StandardCharsets.UTF_8));
             Writer writer = new BufferedWriter(new OutputStreamWriter(create(tmp, gzipped(out)),
                     StandardCharsets.UTF_8))) {
            compact(reader, writer);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean gzipped(Path p) {
        return p.getFileName().toString().endsWith(".gz");
    }

    private static java.io.InputStream open(Path p) throws IOException {
        java.io.InputStream s = Files.newInputStream(p);
        return gzipped(p) ? new GZIPInputStream(s, 1 << 16) : s;
    }

    private static java.io.OutputStream create(Path p, boolean gzip) throws IOException {
        java.io.OutputStream s = Files.newOutputStream(p);
        return gzip ? new GZIPOutputStream(s, 1 << 16) : s;
    }

    void compact(BufferedReader reader, Writer writer) throws IOException {
        String line;
        Deque<Rational[][]> pending = null;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("PRICES ")) {
                prices = new ArrayList<>();
                for (String t : line.substring(7).trim().split(" +")) {
                    prices.add(Rational.parse(t));
                }
                n = prices.size();
                cap = Rational.ONE.add(Rational.ONE.divide(prices.get(n - 1)));
            } else if (line.startsWith("UNITS ")) {
                units = Integer.parseInt(line.substring(6).trim());
            } else if (line.startsWith("R ")) {
                r = Rational.parse(line.substring(2).trim());
            } else if (line.startsWith("NODES ")) {
                int dim = n * Math.max(units, 1);
                Rational[] lo = new Rational[dim];
                Rational[] hi = new Rational[dim];
                for (int k = 0; k < dim; k++) {
                    lo[k] = k % n == 0 ? Rational.ONE : Rational.ZERO;
                    hi[k] = cap;
                }
                pending = new ArrayDeque<>();
                pending.push(new Rational[][] {lo, hi});
            } else if (pending != null && (line.startsWith("S ") || line.startsWith("L ") || line.equals("E")
                    || line.equals("O"))) {
                Rational[][] box = pending.pop();
                Rational[] l = box[0];
                Rational[] u = box[1];
                int emptyAt = TreeChecks.tighten(l, u, n);
                if (line.startsWith("S ")) {
                    String[] t = line.split(" ");
                    int k = Integer.parseInt(t[1]) - 1;
                    Rational x = Rational.parse(t[2]);
                    Rational[] upperLo = l.clone();
                    upperLo[k] = x;
                    Rational[] lowerHi = u.clone();
                    lowerHi[k] = x;
                    pending.push(new Rational[][] {upperLo, u});
                    pending.push(new Rational[][] {l, lowerHi});
                } else if (line.startsWith("L ")) {
                    leaves++;
                    if (emptyAt < 0) {
                        line = "L " + codec.write(shorter(codec.read(line.substring(2)), l, u));
                    }
                }
            }
            writer.write(line);
            writer.write('\n');
        }
    }

    /** The shortest rounding of the leaf that the checker's leaf test accepts on this box, else the leaf. */
    TreeCertificate.Leaf shorter(TreeCertificate.Leaf leaf, Rational[] lo, Rational[] hi) {
        Rational largest = leaf.mu().abs();
        for (Rational q : leaf.lambda()) {
            largest = largest.max(q.abs());
        }
        if (largest.isZero()) {
            kept++;
            return leaf;
        }
        for (int bits : BITS) {
            // grid = 2^(e - bits) with 2^e <= largest multiplier < 2^(e+1)
            int e = largest.numerator().bitLength() - largest.denominator().bitLength();
            for (boolean dropWeights : new boolean[] {true, false}) {
                if (!dropWeights && leaf.weight().length == 0) {
                    continue;
                }
                TreeCertificate.Leaf candidate = rounded(leaf, e - bits, dropWeights);
                if (closes(candidate, lo, hi)) {
                    rewritten++;
                    return candidate;
                }
            }
        }
        kept++;
        return leaf;
    }

    private boolean closes(TreeCertificate.Leaf leaf, Rational[] lo, Rational[] hi) {
        String failure = units == 0 ? TreeChecks.leafFailure(leaf, prices, r, cap, lo.clone(), hi.clone())
                : MultiUnitLeaves.leafFailure(leaf, prices, r, cap, units, lo.clone(), hi.clone());
        return failure == null;
    }

    /** Every multiplier rounded to the nearest multiple of 2^exponent (zeros dropped), weights dropped if asked. */
    static TreeCertificate.Leaf rounded(TreeCertificate.Leaf leaf, int exponent, boolean dropWeights) {
        Rational mu = round(leaf.mu(), exponent);
        List<Integer> li = new ArrayList<>();
        List<Rational> lv = new ArrayList<>();
        for (int e = 0; e < leaf.lambda().length; e++) {
            Rational q = round(leaf.lambda()[e], exponent);
            if (!q.isZero()) {
                li.add(leaf.lambdaIndex()[e]);
                lv.add(q);
            }
        }
        List<int[]> wi = new ArrayList<>();
        List<Rational> wv = new ArrayList<>();
        if (!dropWeights) {
            for (int e = 0; e < leaf.weight().length; e++) {
                Rational q = round(leaf.weight()[e], exponent);
                if (!q.isZero()) {
                    wi.add(new int[] {leaf.weightVertex()[e], leaf.weightRow()[e]});
                    wv.add(q);
                }
            }
        }
        TreeCertificate.Leaf plain = LeafText.leaf(mu, li, lv, wi, wv);
        TreeCertificate.Slope[] slopes = new TreeCertificate.Slope[leaf.slopes().length];
        for (int m = 0; m < slopes.length; m++) {
            TreeCertificate.Slope s = leaf.slopes()[m];
            List<Integer> si = new ArrayList<>();
            List<Rational> sv = new ArrayList<>();
            for (int e = 0; e < s.index().length; e++) {
                Rational q = round(s.value()[e], exponent);
                if (!q.isZero()) {
                    si.add(s.index()[e]);
                    sv.add(q);
                }
            }
            slopes[m] = new TreeCertificate.Slope(s.coordinate(), si.stream().mapToInt(Integer::intValue).toArray(),
                    sv.toArray(new Rational[0]));
        }
        if (slopes.length > 0) {
            return new TreeCertificate.Leaf(0, mu, plain.lambdaIndex(), plain.lambda(), plain.weightVertex(),
                    plain.weightRow(), plain.weight(), new TreeCertificate.SideRow[0], new Rational[0], slopes);
        }
        if (leaf.sideRow().length == 0) {
            return plain;
        }
        List<TreeCertificate.SideRow> rows = new ArrayList<>();
        List<Rational> nus = new ArrayList<>();
        for (int e = 0; e < leaf.nu().length; e++) {
            Rational q = round(leaf.nu()[e], exponent);
            if (!q.isZero()) {
                rows.add(leaf.sideRow()[e]);
                nus.add(q);
            }
        }
        return new TreeCertificate.Leaf(0, mu, plain.lambdaIndex(), plain.lambda(), plain.weightVertex(),
                plain.weightRow(), plain.weight(), rows.toArray(new TreeCertificate.SideRow[0]),
                nus.toArray(new Rational[0]));
    }

    /** q rounded to the nearest multiple of 2^exponent (exact; ties away from zero). */
    static Rational round(Rational q, int exponent) {
        BigInteger num = q.numerator();
        BigInteger den = q.denominator();
        // q / 2^exponent = num * 2^-exponent / den
        BigInteger scaledNum = exponent <= 0 ? num.shiftLeft(-exponent) : num;
        BigInteger scaledDen = exponent <= 0 ? den : den.shiftLeft(exponent);
        BigInteger[] qr = scaledNum.abs().multiply(BigInteger.TWO).add(scaledDen)
                .divideAndRemainder(scaledDen.multiply(BigInteger.TWO));
        BigInteger k = qr[0].multiply(BigInteger.valueOf(num.signum()));
        return exponent <= 0 ? Rational.of(k, BigInteger.ONE.shiftLeft(-exponent))
                : Rational.of(k.shiftLeft(exponent), BigInteger.ONE);
    }
}
