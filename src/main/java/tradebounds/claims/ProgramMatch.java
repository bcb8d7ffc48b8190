package tradebounds.claims;

import java.util.Optional;
import java.util.TreeMap;
import tradebounds.model.BilinearTerm;
import tradebounds.model.Expr;
import tradebounds.model.LinearTerm;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Whether a certificate's program is, term by term, the program the registry's builder produces. This is what
 * ties a checked certificate to the paper's printed program (trust item 3 of the README).
 */
public final class ProgramMatch {
    private ProgramMatch() {
    }

    /** The first difference, or empty if the two programs are identical up to the order of terms. */
    public static Optional<String> firstDifference(Model expected, Model actual) {
        if (expected.variableCount() != actual.variableCount()) {
            return Optional.of("variable count " + actual.variableCount() + ", expected " + expected.variableCount());
        }
        for (int j = 0; j < expected.variableCount(); j++) {
            if (!expected.variables().get(j).equals(actual.variables().get(j))) {
                return Optional.of("variable " + (j + 1) + " is " + actual.variables().get(j) + ", expected "
                        + expected.variables().get(j));
            }
        }
        if (expected.rows().size() != actual.rows().size()) {
            return Optional.of("row count " + actual.rows().size() + ", expected " + expected.rows().size());
        }
        for (int i = 0; i < expected.rows().size(); i++) {
            var e = expected.rows().get(i);
            var a = actual.rows().get(i);
            if (!e.name().equals(a.name()) || !e.bound().equals(a.bound()) || !sameExpr(e.expr(), a.expr())) {
                return Optional.of("row " + a.name() + " differs from the program's row " + e.name());
            }
        }
        if (expected.objective().sense() != actual.objective().sense()
                || !sameExpr(expected.objective().expr(), actual.objective().expr())) {
            return Optional.of("objective differs");
        }
        return Optional.empty();
    }

    private static boolean sameExpr(Expr a, Expr b) {
        return a.constant().equals(b.constant()) && canonical(a).equals(canonical(b));
    }

    private static TreeMap<String, Rational> canonical(Expr e) {
        TreeMap<String, Rational> m = new TreeMap<>();
        for (LinearTerm t : e.linear()) {
            m.merge("l" + t.var(), t.coef(), Rational::add);
        }
        for (BilinearTerm t : e.bilinear()) {
            m.merge("q" + t.first() + "_" + t.second(), t.coef(), Rational::add);
        }
        m.values().removeIf(Rational::isZero);
        return m;
    }
}
