package tradebounds.family.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover;
import tradebounds.cert.CoverOp;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Proved;
import tradebounds.claims.CheckedFiles;
import tradebounds.engine.cover.CoverPrograms;
import tradebounds.engine.cover.CoverSearch;
import tradebounds.engine.cover.LetProgram;
import tradebounds.model.Rational;

/**
 * Proposition 1's A = max_p W(p) for the standard pairs as stored certificates (FORMAT.md sections 4 and 6), the
 * closed forms derived in malik-prop1's notes:
 * <ul>
 *   <li>F = U[0,1], G = U[0,t]: x(p) = t p; y(p) = p/t for p &lt;= t (1 above); W(p) = p^2 (1-t)^2 (1+t)/(2 t^2) on
 *       [0, t] (increasing) and (1 - p^2)(1 - t)/2 on [t, 1] (decreasing), so p* = t and
 *       A = (1-t)^2 (1+t)/2: 3/16 at t = 1/2, 7/128 at t = 3/4. Both are doubles and every step is exact, so the
 *       point-value encloses A in the point [A, A].</li>
 *   <li>F(v) = v^2 on [0,1], G = U[0,1]: x(p) = p^2, y(p) = sqrt p, and with p = s^2 (s in [0, 1] covers every price
 *       with G(p) &gt; F(p); W = 0 elsewhere) W = (2/3)(s^3 - s^6) - (s^4 - s^8)/2. W'(s) = 2 s^2 (1 - s)
 *       (1 - 2 s^3 (1 + s)), so the maximizer is the root s* ~ 0.66911 of 2 s^4 + 2 s^3 = 1, and A ~ 0.0597514591,
 *       which has no short closed form. Lower end: a point-value of W at s0 = 0.6691066 (any point bounds a max from
 *       below). Upper end: an interval cover of hi - W(s) &gt;= 0 over all of s in [0, 1] (no use of s*).</li>
 * </ul>
 * The audit compares each stored program, point and claim with the ones built here, and the checker proves them.
 */
public final class ClosedFormA {
    public static final Path DIR = Path.of("certificates", "robust", "closed-forms");

    private ClosedFormA() {
    }

    /** One stored enclosure of A for a pair: the files and the certificates that belong in them. */
    public record Form(String pairId, Path lowerFile, Certificate lower, Path upperFile, Certificate upper) {
        public List<Path> files() {
            return lowerFile.equals(upperFile) ? List.of(lowerFile) : List.of(lowerFile, upperFile);
        }
    }

    private static Cover.Let let(String name, CoverOp op, String... args) {
        return LetProgram.line(name, op, (Object[]) args);
    }

    /** A = (1-t)^2 (1+t)/2 for U[0,1] against U[0,t], as a LET program in the parameter t. */
    public static Cover uniformProgram() {
        List<Cover.Let> l = List.of(let("omt", CoverOp.SUB, "1", "t"), let("sq", CoverOp.MUL, "omt", "omt"),
                let("opt", CoverOp.ADD, "1", "t"), let("num", CoverOp.MUL, "sq", "opt"),
                let("A", CoverOp.DIV, "num", "2"));
        return new Cover(List.of("t"), List.of(), l, List.of(), "A", 0, List.of());
    }

    /** W(s^2) = (2/3)(s^3 - s^6) - (s^4 - s^8)/2 for F(v) = v^2 against U[0,1], in the coordinate or parameter s. */
    static List<Cover.Let> vsquaredLets() {
        return List.of(let("s2", CoverOp.MUL, "s", "s"), let("s3", CoverOp.MUL, "s2", "s"),
                let("s4", CoverOp.MUL, "s2", "s2"), let("s6", CoverOp.MUL, "s3", "s3"),
                let("s8", CoverOp.MUL, "s4", "s4"), let("d36", CoverOp.SUB, "s3", "s6"),
                let("buyers", CoverOp.MUL, "d36", "2/3"), let("d48", CoverOp.SUB, "s4", "s8"),
                let("sellers", CoverOp.DIV, "d48", "2"), let("W", CoverOp.SUB, "buyers", "sellers"));
    }

    public static Cover vsquaredPointProgram() {
        return new Cover(List.of("s"), List.of(), vsquaredLets(), List.of(), "W", 0, List.of());
    }

    /** GOAL = HI - W(s) over s in [0, 1]. */
    public static Cover vsquaredCoverProgram() {
        List<Cover.Let> l = new ArrayList<>(vsquaredLets());
        l.add(let("margin", CoverOp.SUB, VSQ_HI.toString(), "W"));
        return new Cover(List.of(), List.of(new Cover.Coord("s", Rational.ZERO, Rational.ONE, 0)), l, List.of(),
                "margin", 0, List.of());
    }

    static final Rational VSQ_POINT = Rational.parse("0.6691066");
    static final Rational VSQ_LO = Rational.parse("0.05975145907");
    /** 1e-6 above A: the cover's leaves then need no more than about a thousand bisections. */
    static final Rational VSQ_HI = Rational.parse("0.059752");

    /** value &gt;= lo, and value &lt;= hi unless hi is null. */
    private static Certificate pointValue(String source, Cover at, Rational lo, Rational hi) {
        List<ClaimKind> kinds = List.of(ClaimKind.VALUE_AT_LEAST, ClaimKind.VALUE_AT_MOST);
        return CoverPrograms.pointValue(source, "tradebounds.family.robust.ClosedFormA", at,
                hi == null ? kinds.subList(0, 1) : kinds, hi == null ? List.of(lo) : List.of(lo, hi));
    }

    private static Form uniform(String pairId, Rational t, Rational a) {
        Path f = DIR.resolve(pairId + "-A.cert");
        Certificate c = pointValue("seed 004 (Malik 2023), Prop. 1, U[0,1] vs U[0," + t + "]: A = (1-t)^2 (1+t)/2",
                uniformProgram().at(List.of(new Cover.Value("t", t, 0))), a, a);
        return new Form(pairId, f, c, f, c);
    }

    /** The vsquared cover, searched (untrusted; under a second), or empty if the search stalls. */
    static Optional<Certificate> vsquaredCover() {
        Cover program = vsquaredCoverProgram();
        CoverSearch search = new CoverSearch(program, List.of(), Rational.ZERO, 200_000);
        CoverSearch.CellResult r = search.cell(Rational.ZERO, Rational.ONE, List.of());
        if (r.outcome() != CoverSearch.Decision.PROVED) {
            return Optional.empty();
        }
        Cover cover = search.cover(List.of(new Cover.Cell(Rational.ZERO, Rational.ONE, List.of(), List.of(), 0)),
                List.of(r));
        return Optional.of(CertificateBuilder.of(CertificateType.INTERVAL_COVER)
                .meta("source", "seed 004 (Malik 2023), Prop. 1, F(v) = v^2 vs U[0,1]: A = max over s in [0,1] of "
                        + "W(s^2) <= " + VSQ_HI + " (GOAL = " + VSQ_HI + " - W)")
                .meta("built", "tradebounds.family.robust.ClosedFormA")
                .cover(cover).claim(ClaimKind.MINIMUM_AT_LEAST, Rational.ZERO).build());
    }

    /** The forms of the three standard pairs; {@code withCover} searches the vsquared cover (else null upper). */
    public static List<Form> forms(boolean withCover) {
        Path vl = DIR.resolve("vsquared-U01-A-lower.cert");
        Certificate lower = pointValue("seed 004 (Malik 2023), Prop. 1, F(v) = v^2 vs U[0,1]: W(s^2) at s = "
                + VSQ_POINT + " (a lower bound on A = max W)", vsquaredPointProgram().at(List.of(new Cover.Value("s",
                VSQ_POINT, 0))), VSQ_LO, null);
        return List.of(uniform("U01-U0half", Rational.of(1, 2), Rational.of(3, 16)),
                uniform("U01-U0threequarters", Rational.of(3, 4), Rational.of(7, 128)),
                new Form("vsquared-U01", vl, lower, DIR.resolve("vsquared-U01-A-upper-cover.cert"),
                        withCover ? vsquaredCover().orElseThrow() : null));
    }

    /** A replayed enclosure [lo, hi] of A, or the first failure. */
    public record Enclosure(String pairId, Optional<Rational> lo, Optional<Rational> hi, List<Path> files,
                            Optional<String> failure) {
        public boolean proved() {
            return failure.isEmpty() && lo.isPresent() && hi.isPresent();
        }
    }

    /**
     * Replays a pair's stored enclosure: each file checked, its program (and point) compared with the builder's, and
     * the claims read: the lower end is the point-value's 'value &gt;=' claim, the upper end its 'value &lt;=' claim or,
     * for the cover, the constant in the LET 'margin = HI - W' with 'minimum &gt;= 0'.
     */
    public static Enclosure replay(String pairId, Path root) {
        Form f = forms(false).stream().filter(x -> x.pairId().equals(pairId)).findFirst().orElseThrow();
        try {
            Certificate lower = read(root.resolve(f.lowerFile()));
            samePoint(f.lowerFile(), lower, f.lower());
            Rational lo = bound(lower, ClaimKind.VALUE_AT_LEAST, f.lowerFile());
            Rational hi;
            if (f.upperFile().equals(f.lowerFile())) {
                hi = bound(lower, ClaimKind.VALUE_AT_MOST, f.lowerFile());
            } else {
                Certificate upper = read(root.resolve(f.upperFile()));
                Optional<String> d = CoverPrograms.difference(upper.cover().orElseThrow(), vsquaredCoverProgram());
                if (d.isPresent()) {
                    throw new IllegalStateException(f.upperFile() + ": " + d.get());
                }
                if (bound(upper, ClaimKind.MINIMUM_AT_LEAST, f.upperFile()).signum() < 0) {
                    throw new IllegalStateException(f.upperFile() + ": claims a negative minimum");
                }
                hi = VSQ_HI;
            }
            for (Path p : f.files()) {
                CheckOutcome o = CheckedFiles.check(root.resolve(p));
                if (!(o instanceof Proved)) {
                    throw new IllegalStateException(p + " is not proved by the checker: " + o);
                }
            }
            return new Enclosure(pairId, Optional.of(lo), Optional.of(hi), f.files(), Optional.empty());
        } catch (IllegalStateException | CertificateException e) {
            return new Enclosure(pairId, Optional.empty(), Optional.empty(), f.files(), Optional.of(e.getMessage()));
        }
    }

    private static Certificate read(Path p) throws CertificateException {
        if (!Files.exists(p)) {
            throw new IllegalStateException(p + " does not exist (run: tradebounds dev robust-closed-forms)");
        }
        return CertificateReader.read(p);
    }

    private static void samePoint(Path file, Certificate stored, Certificate built) {
        Cover s = stored.cover().orElseThrow();
        Cover b = built.cover().orElseThrow();
        Optional<String> d = CoverPrograms.difference(s, b);
        if (d.isPresent()) {
            throw new IllegalStateException(file + ": " + d.get());
        }
        if (!values(s).equals(values(b))) {
            throw new IllegalStateException(file + ": POINT differs from the builder's " + values(b));
        }
    }

    /** The largest lower / smallest upper bound among the claims of one kind. */
    private static Rational bound(Certificate c, ClaimKind kind, Path file) {
        Optional<Rational> best = Optional.empty();
        for (Certificate.Claim cl : c.claims()) {
            if (cl.kind() == kind) {
                Rational b = cl.bound();
                boolean lower = kind != ClaimKind.VALUE_AT_MOST;
                best = best.isEmpty() ? Optional.of(b) : Optional.of(lower ? best.get().max(b) : best.get().min(b));
            }
        }
        return best.orElseThrow(() -> new IllegalStateException(file + " has no claim " + kind));
    }

    private static Map<String, Rational> values(Cover c) {
        Map<String, Rational> m = new TreeMap<>();
        c.point().forEach(v -> m.put(v.name(), v.value()));
        return m;
    }

    /** Dev tool {@code robust-closed-forms}: writes every enclosure of A and replays it. */
    public static void run(String[] args) throws IOException {
        for (Form f : forms(true)) {
            CertificateWriter.write(f.lower(), f.lowerFile());
            if (!f.upperFile().equals(f.lowerFile())) {
                CertificateWriter.write(f.upper(), f.upperFile());
            }
            Enclosure e = replay(f.pairId(), Path.of("."));
            System.out.println(f.pairId() + ": " + (e.proved() ? "A in [" + e.lo().get() + ", " + e.hi().get() + "]"
                    : "FAILED " + e.failure().orElse("")) + " (" + f.files() + ")");
        }
    }
}
