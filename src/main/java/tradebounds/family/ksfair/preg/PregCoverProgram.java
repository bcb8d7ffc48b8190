package tradebounds.family.ksfair.preg;

import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.Cover.Coord;
import tradebounds.cert.Cover.Let;
import tradebounds.cert.Cover;
import tradebounds.cert.CoverOp;
import tradebounds.engine.cover.LetProgram;
import tradebounds.model.Rational;

/**
 * P_REG[s, l, alpha] (App. E of seed 000, with H = 1 and L = L_hi by Lemma E.1) as the LET program of an interval
 * cover (FORMAT.md section 4): coordinates (q_m, t, u) as in {@link PregCell} (q = q_lo + t(1 - q_lo),
 * v0 = u v_max), parameter alpha, goal the inner minimum over M in [M_lo, M_hi],
 * min(alpha (1 + 1/(1 + M_hi + L_hi)), 1/(1 + L_hi/(1 + M_lo))).
 *
 * <p>The rewritings are those of {@link PregCell}'s javadoc, in the cover's operations: the removable
 * singularities at q = 1 and y = 0 go through {@code logrel} (g(q) = logrel(q - 1), k(y) = logrel(-y) - 1), and
 * rho(t, u), discontinuous at (1, 1), is {@code share(1 - t, (1 - u) t, 1 - alpha)}. One step is not an identity
 * of formulas but of the feasible set: y = (q - q0)/q is replaced by min(y, 1 - q_m/q), which equals y because
 * q0 &gt;= q_m whenever v0 &lt;= v_max. A test compares the program with {@link PregFormulas#dInner} at points.
 *
 * <p>q_m = 0 is not in any cell's domain here (ln(q/q_m) is unbounded), so the first cell must start above 0.
 */
public final class PregCoverProgram {
    /** The LET names a cover search may split besides the coordinates (see PregFastBound#yPieces for why y). */
    public static final List<String> SPLIT_HINTS = List.of("y");

    private final List<Let> lets = new ArrayList<>();

    private PregCoverProgram() {
    }

    /** The program; the first coordinate's domain is [qmLo, qmHi], to be cut into cells. */
    public static Cover program(Rational qmLo, Rational qmHi) {
        PregCoverProgram p = new PregCoverProgram();
        p.sharedLets();
        p.let("rho", CoverOp.SHARE, "omt", "omut", "oma");
        p.let("d1", CoverOp.MUL, "oma", "omqm");
        p.let("d2", CoverOp.MUL, "d1", "dd");
        p.let("d", CoverOp.MUL, "d2", "rho");                // q - q0
        p.let("yraw", CoverOp.DIV, "d", "q");
        p.let("qmq", CoverOp.DIV, "qm", "q");
        p.let("ymax", CoverOp.SUB, "1", "qmq");
        p.let("y", CoverOp.MIN, "yraw", "ymax");             // = yraw on the feasible set (q0 >= q_m)
        p.let("omy", CoverOp.SUB, "1", "y");
        p.let("q0", CoverOp.MUL, "q", "omy");
        p.let("r0", CoverOp.DIV, "q0", "qm");
        p.let("lr0", CoverOp.LOG, "r0");                     // ln(q0/q_m)
        p.let("ny", CoverOp.NEG, "y");
        p.let("l1py", CoverOp.LOG1P, "ny");
        p.let("nl", CoverOp.NEG, "l1py");                    // ln(1/(1-y))
        p.let("m1", CoverOp.MUL, "v0", "nl");
        p.let("kk", CoverOp.LOGREL, "ny");
        p.let("km1", CoverOp.SUB, "kk", "1");                // k(y)
        p.let("kq", CoverOp.ADD, "km1", "omq");
        p.let("oq", CoverOp.DIV, "oma", "q");
        p.let("m2", CoverOp.MUL, "oq", "kq");
        p.let("mhi0", CoverOp.ADD, "lr0", "m1");
        p.let("mhi", CoverOp.ADD, "mhi0", "m2");             // M_hi
        p.let("nym", CoverOp.NEG, "ymax");
        p.let("gq", CoverOp.LOGREL, "nym");                  // g(q_m/q)
        p.let("a1", CoverOp.MUL, "omqm", "dd");
        p.let("a2", CoverOp.MUL, "oma", "qm");
        p.let("a3", CoverOp.ADD, "a1", "a2");
        p.let("a4", CoverOp.DIV, "gq", "q");
        p.let("a5", CoverOp.MUL, "a4", "a3");
        p.let("mlo", CoverOp.SUB, "a5", "oma");              // M_lo
        p.let("s1", CoverOp.ADD, "1", "mhi");
        p.let("s2", CoverOp.ADD, "s1", "lhi");
        p.let("i1", CoverOp.DIV, "1", "s2");
        p.let("f1a", CoverOp.ADD, "1", "i1");
        p.let("f1", CoverOp.MUL, "alpha", "f1a");            // alpha (S+1)/S at M = M_hi
        p.let("p1", CoverOp.ADD, "1", "mlo");
        p.let("p2", CoverOp.DIV, "lhi", "p1");
        p.let("p3", CoverOp.ADD, "1", "p2");
        p.let("f2", CoverOp.DIV, "1", "p3");                 // (1+M)/S at M = M_lo
        p.let("objective", CoverOp.MIN, "f1", "f2");
        return new Cover(List.of("alpha"), List.of(new Coord("qm", qmLo, qmHi, 0),
                new Coord("t", Rational.ZERO, Rational.ONE, 0), new Coord("u", Rational.ZERO, Rational.ONE, 0)),
                p.lets, List.of(), "objective", 0, List.of());
    }

    /**
     * A lower bound of P_REG's inner value for q_m in [0, s0], for the cell next to q_m = 0, where M is unbounded
     * and the program above cannot be evaluated: with f1 = alpha(1 + 1/(1+M+L)) &gt;= alpha and, since
     * M_lo = ln(q/q_m)(1 + (1-alpha) q_m/(q-q_m)) - 1 + alpha &gt;= ln(q/s0) - 1 + alpha for q_m &lt;= s0 and f2
     * increases in M, f2 &gt;= 1/(1 + L_hi/(alpha + ln(q/s0))). The goal is min(alpha, that). A test checks it stays
     * below {@link PregFormulas#dInner} at points.
     */
    public static Cover tail(Rational s0) {
        PregCoverProgram p = new PregCoverProgram();
        p.sharedLets();
        p.let("qs", CoverOp.DIV, "q", s0.toString());
        p.let("lqs", CoverOp.LOG, "qs");
        p.let("m1lo", CoverOp.ADD, "alpha", "lqs");          // a lower bound of 1 + M_lo
        p.let("p2", CoverOp.DIV, "lhi", "m1lo");
        p.let("p3", CoverOp.ADD, "1", "p2");
        p.let("f2", CoverOp.DIV, "1", "p3");
        p.let("bound", CoverOp.MIN, "alpha", "f2");
        return new Cover(List.of("alpha"), List.of(new Coord("qm", Rational.ZERO, s0, 0),
                new Coord("t", Rational.ZERO, Rational.ONE, 0), new Coord("u", Rational.ZERO, Rational.ONE, 0)),
                p.lets, List.of(), "bound", 0, List.of());
    }

    /**
     * The gap L_lo - L_hi between App. E's printed auxiliary bounds on L, over the same coordinates (q_m in [0, 1]):
     * L_lo = alpha/(1-q) ln(1/q) = alpha g(q) as printed, L_hi as in {@link #program}. The proof uses L in [L_lo, L_hi],
     * so the gap must be &lt;= 0 wherever the program is defined; a point-value certificate shows it is positive.
     */
    public static Cover printedLowerLGap() {
        PregCoverProgram p = new PregCoverProgram();
        p.sharedLets();
        p.let("llo", CoverOp.MUL, "alpha", "g");           // L_lo as printed
        p.let("gap", CoverOp.SUB, "llo", "lhi");
        return new Cover(List.of("alpha"), List.of(new Coord("qm", Rational.ZERO, Rational.ONE, 0),
                new Coord("t", Rational.ZERO, Rational.ONE, 0), new Coord("u", Rational.ZERO, Rational.ONE, 0)),
                p.lets, List.of(), "gap", 0, List.of());
    }

    /**
     * The LETs both programs share: the map (q_m, t, u) -&gt; (q, v0), alpha - v0 and L_hi; the names are part of the
     * certificate format, so both programs must emit exactly these.
     */
    private void sharedLets() {
        let("oma", CoverOp.SUB, "1", "alpha");
        let("omt", CoverOp.SUB, "1", "t");
        let("at", CoverOp.MUL, "alpha", "omt");
        let("dd", CoverOp.SUB, "1", "at");                 // D = 1 - alpha(1-t)
        let("omqm", CoverOp.SUB, "1", "qm");
        let("aomqm", CoverOp.MUL, "alpha", "omqm");
        let("omq", CoverOp.MUL, "aomqm", "omt");           // 1 - q = alpha(1-q_m)(1-t)
        let("q", CoverOp.SUB, "1", "omq");
        let("alt", CoverOp.MUL, "alpha", "t");
        let("vmax", CoverOp.DIV, "alt", "dd");             // v_max = alpha t / D
        let("v0", CoverOp.MUL, "u", "vmax");
        let("omu", CoverOp.SUB, "1", "u");
        let("omut", CoverOp.MUL, "omu", "t");
        let("w1", CoverOp.MUL, "oma", "omt");
        let("den", CoverOp.ADD, "w1", "omut");
        let("aden", CoverOp.MUL, "alpha", "den");
        let("amv0", CoverOp.DIV, "aden", "dd");            // alpha - v0
        let("lnq", CoverOp.LOG, "q");
        let("lninvq", CoverOp.NEG, "lnq");
        let("qm1", CoverOp.SUB, "q", "1");
        let("g", CoverOp.LOGREL, "qm1");                   // ln(1/q)/(1-q)
        let("gm1", CoverOp.SUB, "g", "1");
        let("l1", CoverOp.MUL, "v0", "lninvq");
        let("l2", CoverOp.MUL, "amv0", "gm1");
        let("lhi", CoverOp.ADD, "l1", "l2");               // L_hi
    }

    private void let(String name, CoverOp op, String... args) {
        lets.add(LetProgram.line(name, op, (Object[]) args));
    }
}
