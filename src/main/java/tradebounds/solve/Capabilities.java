package tradebounds.solve;

import java.util.Set;
import tradebounds.model.Feature;
import tradebounds.model.Model;

/**
 * What an adapter accepts and what its output is worth.
 *
 * @param accepts       model features the adapter can take
 * @param dualsTrusted  whether duals are returned and believed to be real row multipliers
 * @param global        whether OPTIMAL on a nonconvex model claims global optimality
 * @param nativeLibrary whether a native library must load (OR-Tools)
 */
public record Capabilities(Set<Feature> accepts, boolean dualsTrusted, boolean global, boolean nativeLibrary) {
    public boolean accepts(Feature f) {
        return accepts.contains(f);
    }

    public boolean accepts(Model m) {
        return accepts.containsAll(m.features());
    }
}
