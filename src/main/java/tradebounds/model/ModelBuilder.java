package tradebounds.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable builder for {@link Model}; names must be unique among variables and among rows. */
public final class ModelBuilder {
    private final String name;
    private final List<Variable> variables = new ArrayList<>();
    private final Map<String, Integer> variableIndex = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> provenance = new LinkedHashMap<>();
    private Objective objective = new Objective(Sense.MINIMIZE, Expr.zero());

    public ModelBuilder(String name) {
        this.name = name;
    }

    public int addVariable(String varName, Bound bound) {
        if (variableIndex.containsKey(varName)) {
            throw new IllegalArgumentException("duplicate variable name: " + varName);
        }
        variables.add(new Variable(varName, bound));
        variableIndex.put(varName, variables.size() - 1);
        return variables.size() - 1;
    }

    public int variable(String varName) {
        Integer i = variableIndex.get(varName);
        if (i == null) {
            throw new IllegalArgumentException("unknown variable: " + varName);
        }
        return i;
    }

    public ModelBuilder addRow(String rowName, Expr expr, Bound bound) {
        rows.add(new Row(rowName, expr, bound));
        return this;
    }

    public ModelBuilder objective(Sense sense, Expr expr) {
        objective = new Objective(sense, expr);
        return this;
    }

    public ModelBuilder provenance(String key, String value) {
        provenance.put(key, value);
        return this;
    }

    public Model build() {
        Model m = new Model(name, variables, rows, objective, provenance);
        ModelValidator.requireValid(m);
        return m;
    }
}
