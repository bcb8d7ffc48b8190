package tradebounds.family.ksfair.program;

import java.util.List;

/**
 * Ids of the programs of this package, for the claims registry. The fairness programs take the benchmarks Pi*, U*
 * as well as an instance, so the catalog names them and {@link KsFairPrograms} builds them.
 */
public final class KsFairCatalog {
    private static final List<String> IDS = List.of("ksfair-opt-fb", "ksfair-opt-sb", "ksfair-pi-star",
            "ksfair-u-star", "ksfair-gft", "ksfair-ks-solution", "ksfair-seller-optimal", "ksfair-buyer-optimal",
            "ksfair-equitable", "ksfair-interim", "ksfair-expost", "ksfair-weighted",
            // The continuous programs of Lemmas 5.4 and 5.8 (P_REG, P_MHR): named for the registry, not built yet.
            "ksfair-p-reg", "ksfair-p-mhr",
            // The closed-form examples (Examples 5.1-5.3, the intro's uniform example): evaluated, not LPs.
            "ksfair-examples");

    private KsFairCatalog() {
    }

    public static List<String> ids() {
        return IDS;
    }
}
