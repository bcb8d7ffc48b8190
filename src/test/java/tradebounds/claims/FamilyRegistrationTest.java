package tradebounds.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a new family must get right to join the audit, checked on the registered ones: unique ids, a claims folder
 * and a seed file per family, no method handled twice, and every registered claim handled by exactly one auditor.
 */
class FamilyRegistrationTest {
    @Test
    void familiesAreFoundAndDistinct() {
        List<Family> families = Family.all();
        assertTrue(families.size() >= 3, "fixedprice, ksfair and robust register through ServiceLoader");
        Set<String> ids = new HashSet<>();
        Map<String, String> methodOwner = new HashMap<>();
        for (Family f : families) {
            assertTrue(ids.add(f.id()), "family id twice: " + f.id());
            assertTrue(Files.isDirectory(Path.of("claims", f.registryFolder())), "claims/" + f.registryFolder());
            assertTrue(f.seed().matches("\\d{3}_[0-9a-f]+\\.txt"), f.seed());
            for (FamilyAuditor a : f.auditors()) {
                for (String m : a.methods()) {
                    String before = methodOwner.put(m, f.id());
                    assertTrue(before == null, "method " + m + " claimed by " + before + " and " + f.id());
                }
            }
        }
    }

    @Test
    void everyClaimHasExactlyOneAuditor() throws Exception {
        Set<String> methods = new HashSet<>(Set.of("none", "implied-by"));
        for (Family f : Family.all()) {
            f.auditors().forEach(a -> methods.addAll(a.methods()));
        }
        List<Claim> claims = ClaimRegistry.load(Path.of("claims"));
        assertTrue(claims.size() >= 40, "the registry has 40 claims today, more as families are added");
        for (Claim c : claims) {
            assertTrue(methods.contains(c.methodType()), c.id() + ": no auditor for method " + c.methodType());
        }
    }
}
