package tradebounds.solve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tradebounds.model.Model;
import tradebounds.solve.commonsmath.CommonsMathAdapter;
import tradebounds.solve.ojalgo.OjalgoAdapter;
import tradebounds.solve.ortools.ClpAdapter;
import tradebounds.solve.ortools.GlopAdapter;
import tradebounds.solve.ortools.HighsAdapter;
import tradebounds.solve.ortools.PdlpAdapter;
import tradebounds.solve.ortools.ScipAdapter;

/**
 * Every adapter by registry id, in a fixed order. Adapters are built on demand and cheap to build: the
 * OR-Tools native library loads only on the first solve or version query.
 */
public final class AdapterRegistry {
    private static final Map<String, Supplier<SolverAdapter>> ADAPTERS = new LinkedHashMap<>();

    static {
        ADAPTERS.put("glop", GlopAdapter::new);
        ADAPTERS.put("pdlp", PdlpAdapter::new);
        ADAPTERS.put("highs", HighsAdapter::new);
        ADAPTERS.put("clp", ClpAdapter::new);
        ADAPTERS.put("scip", ScipAdapter::new);
        ADAPTERS.put("ojalgo", OjalgoAdapter::new);
        ADAPTERS.put("cmath", CommonsMathAdapter::new);
    }

    private AdapterRegistry() {
    }

    public static List<String> ids() {
        return List.copyOf(ADAPTERS.keySet());
    }

    /** @throws IllegalArgumentException naming the unknown id and every known one */
    public static SolverAdapter get(String id) {
        Supplier<SolverAdapter> s = ADAPTERS.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown solver '" + id + "' (known: " + String.join(", ", ids()) + ")");
        }
        return s.get();
    }

    public static List<SolverAdapter> all() {
        return ADAPTERS.values().stream().map(Supplier::get).toList();
    }

    /** The adapters whose capabilities accept every feature the model uses, in registry order. */
    public static List<SolverAdapter> accepting(Model model) {
        return all().stream().filter(a -> a.capabilities().accepts(model)).toList();
    }
}
