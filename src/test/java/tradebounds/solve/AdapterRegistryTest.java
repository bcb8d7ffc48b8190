package tradebounds.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

class AdapterRegistryTest {
    @Test
    void everyIdResolvesToAnAdapterWithThatId() {
        assertEquals(List.of("glop", "pdlp", "highs", "clp", "scip", "ojalgo", "cmath"), AdapterRegistry.ids());
        for (String id : AdapterRegistry.ids()) {
            assertEquals(id, AdapterRegistry.get(id).id());
        }
        assertEquals(AdapterRegistry.ids(), AdapterRegistry.all().stream().map(SolverAdapter::id).toList());
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdapterRegistry.get("gurobi"));
        assertEquals("unknown solver 'gurobi' (known: glop, pdlp, highs, clp, scip, ojalgo, cmath)", e.getMessage());
    }

    @Test
    void onlyScipAcceptsBilinearModels() {
        assertEquals(List.of("scip"), AdapterRegistry.accepting(ContractModels.bilinearRowOptimal().model()).stream()
                .map(SolverAdapter::id).toList());
        assertEquals(List.of("scip"), AdapterRegistry.accepting(ContractModels.bilinearObjectiveOptimal().model())
                .stream().map(SolverAdapter::id).toList());
        assertEquals(AdapterRegistry.ids(), AdapterRegistry.accepting(
                ContractModels.lpMin(Rational.ZERO, Sense.MINIMIZE, false)).stream().map(SolverAdapter::id).toList());
    }

    @Test
    void onlyScipClaimsGlobalOptimality() {
        assertEquals(List.of("scip"), AdapterRegistry.all().stream().filter(a -> a.capabilities().global())
                .map(SolverAdapter::id).toList());
    }
}
