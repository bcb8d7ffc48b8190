package tradebounds.family.robust.program;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tradebounds.model.Model;

/**
 * The grid programs of this package by id (those without a price parameter; (a) takes a price and is built by
 * {@link CouplingPrograms#worstCoupling} directly).
 */
public final class RobustCatalog {
    private static final Map<String, Function<RobustGrid, Model>> BUILDERS = new TreeMap<>(Map.of(
            "robust-b-maxmin", PricePrograms::maxMin,
            "robust-c-minmax", CouplingPrograms::minMax,
            "robust-d-mechanisms", MechanismPrograms::maxMin,
            "robust-e-regret-prices", PricePrograms::minMaxRegret,
            "robust-e-regret-mechanisms", MechanismPrograms::minMaxRegret));

    private RobustCatalog() {
    }

    public static List<String> ids() {
        return List.copyOf(BUILDERS.keySet());
    }

    public static Model build(String id, RobustGrid grid) {
        Function<RobustGrid, Model> b = BUILDERS.get(id);
        if (b == null) {
            throw new IllegalArgumentException("unknown robust program '" + id + "' (known: " + ids() + ")");
        }
        return b.apply(grid);
    }
}
