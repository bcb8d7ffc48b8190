package tradebounds.claims;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * One paper family (one seed): what the registry, the audit driver and the CLI need to know about it, found at run
 * time through {@link ServiceLoader} (file {@code META-INF/services/tradebounds.claims.Family}), so that adding a
 * family edits no core file. Implementations live in {@code tradebounds.family.<id>}.
 */
public interface Family {
    /** Short stable id, also the name of the family's package under {@code tradebounds.family}. */
    String id();

    /** The paper (or papers) in words, for listings. */
    String name();

    /** The seed file under {@code seeds/} the family was built from. */
    String seed();

    /** The folder under the claims registry ({@code claims/<folder>}) that holds this family's claims. */
    String registryFolder();

    /** The auditors of this family's registry methods ({@code method.type}); no two families share a method. */
    List<FamilyAuditor> auditors();

    /** The registry {@code program.id} values this family can build. */
    Set<String> programIds();

    /**
     * Validates the program fields of a registry entry whose program id is in {@link #programIds()}.
     *
     * @param units     {@code program.units}, 1 when absent
     * @param priceSpec the {@code program.prices} specification, or null when there is none (or it is unavailable)
     * @param hasPrices whether the entry has a {@code program.prices} object at all
     * @throws IllegalArgumentException with the reason, when the fields do not fit the program
     */
    default void checkProgram(String programId, int units, String priceSpec, boolean hasPrices) {
        if (units > 1) {
            throw new IllegalArgumentException("program " + programId + " is single-unit");
        }
    }

    /**
     * The family's exploration and regeneration programs, by name, for {@code tradebounds dev NAME}. Names are
     * unique over all families (prefix them with the family's topic).
     */
    default Map<String, DevTool> devTools() {
        return Map.of();
    }

    /**
     * The programs this family contributes to the solver comparison suite {@code suite} (a name in
     * {@link tradebounds.compare.Suite#names()}), for {@code tradebounds compare --suite}. Empty by default: a family
     * without solver programs contributes none.
     */
    default List<tradebounds.compare.SuiteProgram> comparisonPrograms(String suite) {
        return List.of();
    }

    /**
     * The pictures of one of this family's claims for the report page, computed from stored data or from small exact
     * computations: the report calls this while it writes the site, so it must return in well under a second per
     * claim and never start a search. Empty by default (the report then draws what the audit row allows).
     */
    default List<ClaimPicture> pictures(Claim claim) {
        return List.of();
    }

    /** Every registered family, sorted by id (a stable order for listings and audits). */
    static List<Family> all() {
        return ServiceLoader.load(Family.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Family::id)).toList();
    }
}
