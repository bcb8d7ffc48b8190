package tradebounds.model;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Structural validation run before any adapter sees a model (MathOpt style). */
public final class ModelValidator {
    private ModelValidator() {
    }

    /** The first problem found, or empty if the model is well formed. */
    public static Optional<String> firstProblem(Model m) {
        Set<String> names = new HashSet<>();
        for (Variable v : m.variables()) {
            if (v.name() == null || v.name().isEmpty() || v.name().chars().anyMatch(Character::isWhitespace)) {
                return Optional.of("variable name must be non-empty without spaces: '" + v.name() + "'");
            }
            if (!names.add(v.name())) {
                return Optional.of("duplicate variable name " + v.name());
            }
        }
        Set<String> rowNames = new HashSet<>();
        int n = m.variableCount();
        for (Row r : m.rows()) {
            if (r.name() == null || r.name().isEmpty() || r.name().chars().anyMatch(Character::isWhitespace)) {
                return Optional.of("row name must be non-empty without spaces: '" + r.name() + "'");
            }
            if (!rowNames.add(r.name())) {
                return Optional.of("duplicate row name " + r.name());
            }
            Optional<String> p = indexProblem(r.expr(), n, "row " + r.name());
            if (p.isPresent()) {
                return p;
            }
        }
        return indexProblem(m.objective().expr(), n, "objective");
    }

    public static void requireValid(Model m) {
        firstProblem(m).ifPresent(p -> {
            throw new ModelError("model " + m.name() + ": " + p);
        });
    }

    private static Optional<String> indexProblem(Expr e, int n, String where) {
        for (LinearTerm t : e.linear()) {
            if (t.var() < 0 || t.var() >= n) {
                return Optional.of(where + " refers to variable index " + t.var() + " of " + n);
            }
        }
        for (BilinearTerm t : e.bilinear()) {
            if (t.first() < 0 || t.second() >= n) {
                return Optional.of(where + " refers to variable index " + t.second() + " of " + n);
            }
        }
        return Optional.empty();
    }
}
