package tradebounds.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable, solver-neutral optimization model with exact rational data:
 * optimize objective over x subject to var.bound for each variable and row.bound for each row.
 *
 * <p>{@code provenance} records where the model came from (program id, paper, equation, parameters),
 * so every number computed from it can be traced back.
 */
public record Model(String name, List<Variable> variables, List<Row> rows, Objective objective,
                    Map<String, String> provenance) {
    public Model {
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
        provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    public int variableCount() {
        return variables.size();
    }

    public int indexOf(String variableName) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(variableName)) {
                return i;
            }
        }
        return -1;
    }

    /** The features this model uses, for matching against adapter capabilities. */
    public Set<Feature> features() {
        Set<Feature> f = EnumSet.noneOf(Feature.class);
        for (Row r : rows) {
            f.add(r.expr().isLinear() ? Feature.LINEAR_ROWS : Feature.BILINEAR_ROWS);
        }
        if (!objective.expr().isLinear()) {
            f.add(Feature.BILINEAR_OBJECTIVE);
        }
        return f;
    }

    public boolean isLinear() {
        Set<Feature> f = features();
        return !f.contains(Feature.BILINEAR_ROWS) && !f.contains(Feature.BILINEAR_OBJECTIVE);
    }
}
