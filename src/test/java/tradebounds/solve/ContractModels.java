package tradebounds.solve;

import java.util.List;
import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * Tiny hand-checked models with exact optima, shared by every adapter's contract test (MathOpt's
 * {@code test_models.h}). Each optimum is derived in the javadoc of its factory; each feasible model has an
 * infeasible and an unbounded twin.
 */
public final class ContractModels {
    private ContractModels() {
    }

    /**
     * A case: the model, the termination a correct solver must give, and for OPTIMAL the exact optimum, the
     * unique optimal point and (for LPs with a unique dual) the exact row multipliers in DualBound's convention.
     */
    public record Case(String name, Model model, Termination expected, Rational optimum, Rational[] point,
                       Rational[] duals) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Rational q(long n, long d) {
        return Rational.of(n, d);
    }

    static Rational q(long n) {
        return Rational.of(n);
    }

    /**
     * min 11/5 x + 13/10 y + c s.t. cover: x + y &gt;= 2, spread: -1 &lt;= x - y &lt;= 1, x, y &gt;= 0.
     * The cheaper y is pushed up until spread's lower end binds: (1/2, 3/2), value 61/20 + c.
     * Duals from c = A'y: y_cover + y_spread = 11/5, y_cover - y_spread = 13/10, so (7/4, 9/20), both on
     * active lower ends, hence &gt;= 0.
     */
    public static Model lpMin(Rational offset, Sense sense, boolean withCap) {
        ModelBuilder m = new ModelBuilder("lp_min");
        int x = m.addVariable("x", Bound.nonNegative());
        int y = m.addVariable("y", Bound.nonNegative());
        m.objective(sense, Expr.builder().add(x, q(11, 5)).add(y, q(13, 10)).constant(offset).build());
        m.addRow("cover", Expr.builder().add(x, q(1)).add(y, q(1)).build(), Bound.atLeast(q(2)));
        m.addRow("spread", Expr.builder().add(x, q(1)).add(y, q(-1)).build(), Bound.between(q(-1), q(1)));
        if (withCap) {
            m.addRow("cap", Expr.builder().add(x, q(1)).add(y, q(1)).build(), Bound.atMost(q(1)));
        }
        return m.build();
    }

    /**
     * max 11/5 x + 13/10 y + c s.t. budget: x + y &lt;= 4, mix: 1 &lt;= 2x + y &lt;= 6, 0 &lt;= x, y &lt;= 10.
     * Vertices (0,4): 26/5, (3,0): 33/5, (2,2): 7; optimum 7 + c at (2,2). Duals y = d(obj)/d(bound):
     * y_budget + 2 y_mix = 11/5, y_budget + y_mix = 13/10, so (2/5, 9/10), &gt;= 0 on active upper ends of a max.
     */
    public static Model lpMax(Rational offset, boolean withFloor) {
        ModelBuilder m = new ModelBuilder("lp_max");
        int x = m.addVariable("x", Bound.between(q(0), q(10)));
        int y = m.addVariable("y", Bound.between(q(0), q(10)));
        m.objective(Sense.MAXIMIZE, Expr.builder().add(x, q(11, 5)).add(y, q(13, 10)).constant(offset).build());
        m.addRow("budget", Expr.builder().add(x, q(1)).add(y, q(1)).build(), Bound.atMost(q(4)));
        m.addRow("mix", Expr.builder().add(x, q(2)).add(y, q(1)).build(), Bound.between(q(1), q(6)));
        if (withFloor) {
            m.addRow("floor", Expr.builder().add(x, q(1)).add(y, q(1)).build(), Bound.atLeast(q(5)));
        }
        return m.build();
    }

    /** lp_max with budget turned into x - y &lt;= 4 and no upper bounds: x = y = t is a ray, unbounded. */
    public static Model lpMaxUnbounded() {
        ModelBuilder m = new ModelBuilder("lp_max_unbounded");
        int x = m.addVariable("x", Bound.nonNegative());
        int y = m.addVariable("y", Bound.nonNegative());
        m.objective(Sense.MAXIMIZE, Expr.builder().add(x, q(11, 5)).add(y, q(13, 10)).build());
        m.addRow("budget", Expr.builder().add(x, q(1)).add(y, q(-1)).build(), Bound.atMost(q(4)));
        m.addRow("mix", Expr.builder().add(x, q(2)).add(y, q(1)).build(), Bound.atLeast(q(1)));
        return m.build();
    }

    /**
     * Free variables with a row constant: min z s.t. up: z - x + 1/2 &gt;= 3/2, down: z + x &gt;= -2, x, z free.
     * z &gt;= max(1 + x, -2 - x) is least at x = -3/2: optimum -1/2 at (-3/2, -1/2); duals (1/2, 1/2).
     */
    public static Model lpFree(Sense sense, boolean withCap) {
        ModelBuilder m = new ModelBuilder("lp_free");
        int x = m.addVariable("x", Bound.free());
        int z = m.addVariable("z", Bound.free());
        m.objective(sense, Expr.variable(z));
        m.addRow("up", Expr.builder().add(z, q(1)).add(x, q(-1)).constant(q(1, 2)).build(), Bound.atLeast(q(3, 2)));
        m.addRow("down", Expr.builder().add(z, q(1)).add(x, q(1)).build(), Bound.atLeast(q(-2)));
        if (withCap) {
            m.addRow("cap", Expr.variable(z), Bound.atMost(q(-1)));
        }
        return m.build();
    }

    /**
     * A bilinear row: min x + 4y s.t. product: x y &gt;= 1, 0 &lt;= x, y &lt;= hi. On the curve y = 1/x the
     * objective x + 4/x is least at x = 2 (AM-GM): optimum 4 at (2, 1/2) when hi &gt;= 2. With hi = 1/2 the
     * product is at most 1/4: infeasible. With hi = null and MAXIMIZE: unbounded.
     */
    public static Model bilinearRow(Rational hi, Sense sense) {
        ModelBuilder m = new ModelBuilder("bilinear_row");
        Bound b = hi == null ? Bound.nonNegative() : Bound.between(q(0), hi);
        int x = m.addVariable("x", b);
        int y = m.addVariable("y", b);
        m.objective(sense, Expr.builder().add(x, q(1)).add(y, q(4)).build());
        m.addRow("product", Expr.builder().add(x, y, q(1)).build(), Bound.atLeast(q(1)));
        return m.build();
    }

    /** A bilinear objective: max x y + 1/3 s.t. budget: x + y &lt;= 1, x, y &gt;= 0; optimum 1/4 + 1/3 = 7/12 at (1/2, 1/2). */
    public static Model bilinearObjective() {
        ModelBuilder m = new ModelBuilder("bilinear_objective");
        int x = m.addVariable("x", Bound.nonNegative());
        int y = m.addVariable("y", Bound.nonNegative());
        m.objective(Sense.MAXIMIZE, Expr.builder().add(x, y, q(1)).constant(q(1, 3)).build());
        m.addRow("budget", Expr.builder().add(x, q(1)).add(y, q(1)).build(), Bound.atMost(q(1)));
        return m.build();
    }

    /**
     * The model with every variable bound intersected with [-r, r]. A safe dual bound needs finite variable
     * bounds wherever the reduced-cost residual of floating duals is nonzero; boxing at r far outside every
     * optimal point leaves each optimum of this file unchanged.
     */
    public static Model boxed(Model m, Rational r) {
        List<tradebounds.model.Variable> vars = new java.util.ArrayList<>();
        for (tradebounds.model.Variable v : m.variables()) {
            Rational lo = v.bound().lo() == null ? r.negate() : v.bound().lo().max(r.negate());
            Rational hi = v.bound().hi() == null ? r : v.bound().hi().min(r);
            vars.add(new tradebounds.model.Variable(v.name(), Bound.between(lo, hi)));
        }
        return new Model(m.name() + "_boxed", vars, m.rows(), m.objective(), m.provenance());
    }

    public static List<Case> linearOptimal() {
        Rational[] minPoint = {q(1, 2), q(3, 2)};
        Rational[] minDuals = {q(7, 4), q(9, 20)};
        Rational[] maxPoint = {q(2), q(2)};
        Rational[] maxDuals = {q(2, 5), q(9, 10)};
        return List.of(
                new Case("lp_min", lpMin(Rational.ZERO, Sense.MINIMIZE, false), Termination.OPTIMAL, q(61, 20),
                        minPoint, minDuals),
                new Case("lp_min_offset", lpMin(q(7, 4), Sense.MINIMIZE, false), Termination.OPTIMAL, q(24, 5),
                        minPoint, minDuals),
                new Case("lp_max", lpMax(Rational.ZERO, false), Termination.OPTIMAL, q(7), maxPoint, maxDuals),
                new Case("lp_max_offset", lpMax(q(-1, 3), false), Termination.OPTIMAL, q(20, 3), maxPoint, maxDuals),
                new Case("lp_free", lpFree(Sense.MINIMIZE, false), Termination.OPTIMAL, q(-1, 2),
                        new Rational[] {q(-3, 2), q(-1, 2)}, new Rational[] {q(1, 2), q(1, 2)}));
    }

    public static List<Case> linearInfeasible() {
        return List.of(
                new Case("lp_min_infeasible", lpMin(Rational.ZERO, Sense.MINIMIZE, true), Termination.INFEASIBLE,
                        null, null, null),
                new Case("lp_max_infeasible", lpMax(Rational.ZERO, true), Termination.INFEASIBLE, null, null, null),
                new Case("lp_free_infeasible", lpFree(Sense.MINIMIZE, true), Termination.INFEASIBLE, null, null, null));
    }

    public static List<Case> linearUnbounded() {
        return List.of(
                new Case("lp_min_unbounded", lpMin(Rational.ZERO, Sense.MAXIMIZE, false), Termination.UNBOUNDED,
                        null, null, null),
                new Case("lp_max_unbounded", lpMaxUnbounded(), Termination.UNBOUNDED, null, null, null),
                new Case("lp_free_unbounded", lpFree(Sense.MAXIMIZE, false), Termination.UNBOUNDED, null, null, null));
    }

    public static Case bilinearRowOptimal() {
        return new Case("bilinear_row", bilinearRow(q(4), Sense.MINIMIZE), Termination.OPTIMAL, q(4),
                new Rational[] {q(2), q(1, 2)}, null);
    }

    public static Case bilinearRowInfeasible() {
        return new Case("bilinear_row_infeasible", bilinearRow(q(1, 2), Sense.MINIMIZE), Termination.INFEASIBLE,
                null, null, null);
    }

    public static Case bilinearRowUnbounded() {
        return new Case("bilinear_row_unbounded", bilinearRow(null, Sense.MAXIMIZE), Termination.UNBOUNDED,
                null, null, null);
    }

    public static Case bilinearObjectiveOptimal() {
        return new Case("bilinear_objective", bilinearObjective(), Termination.OPTIMAL, q(7, 12),
                new Rational[] {q(1, 2), q(1, 2)}, null);
    }
}
