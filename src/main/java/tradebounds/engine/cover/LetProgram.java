package tradebounds.engine.cover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tradebounds.cert.Cover;
import tradebounds.cert.Cover.Arg;
import tradebounds.cert.Cover.Let;
import tradebounds.cert.CoverOp;
import tradebounds.model.Rational;

/**
 * A straight-line LET program under construction (FORMAT.md sections 4 and 6), written the way a printed formula
 * reads: one {@link #let} a line, arguments as names or numbers. One builder for every family's point values and
 * covers, so that they spell arguments alike (the audit compares stored programs with rebuilt ones text for text).
 */
public final class LetProgram {
    private final List<String> params = new ArrayList<>();
    private final List<Let> lets = new ArrayList<>();
    private final List<String> feasible = new ArrayList<>();

    /** Adds PARAM names, in order (a point-value's POINT gives each a value). */
    public LetProgram param(String... names) {
        params.addAll(List.of(names));
        return this;
    }

    /** Adds FEASIBLE names: LETs that must be &gt;= 0 at the point. */
    public LetProgram feasible(String... names) {
        feasible.addAll(List.of(names));
        return this;
    }

    /** Appends {@code LET name = op(args)}; see {@link #arg} for how an argument is read. */
    public LetProgram let(String name, CoverOp op, Object... args) {
        lets.add(line(name, op, args));
        return this;
    }

    /** One LET line, for programs that assemble their lists themselves. */
    public static Let line(String name, CoverOp op, Object... args) {
        List<Arg> a = new ArrayList<>();
        for (Object o : args) {
            a.add(arg(o));
        }
        return new Let(name, op, a, 0);
    }

    /**
     * An argument: a {@link Rational} is a number; a string is a number when it starts with a digit or '-' (a name
     * starts with a letter or _, FORMAT.md), else a name.
     */
    public static Arg arg(Object o) {
        if (o instanceof Rational r) {
            return Arg.of(r);
        }
        String s = (String) o;
        return Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' ? Arg.of(Rational.parse(s)) : Arg.of(s);
    }

    public List<Let> lets() {
        return List.copyOf(lets);
    }

    /** The program with this goal at a point: each PARAM's value from {@code point}. */
    public Cover at(String goal, Map<String, Rational> point) {
        List<Cover.Value> values = new ArrayList<>();
        for (String p : params) {
            values.add(new Cover.Value(p, point.get(p), 0));
        }
        return new Cover(params, List.of(), lets, feasible, goal, 0, List.of()).at(values);
    }

    /** The program with this goal as an interval cover over these coordinates (cells to be added by a search). */
    public Cover over(List<Cover.Coord> coords, String goal) {
        return new Cover(params, coords, lets, feasible, goal, 0, List.of());
    }
}
