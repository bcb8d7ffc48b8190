package tradebounds.solve;

import java.util.EnumSet;
import java.util.Set;
import tradebounds.model.Feature;
import tradebounds.model.Model;

/** The model uses a feature this adapter does not take: try another adapter. */
public final class UnsupportedModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedModelException(String message) {
        super(message);
    }

    /** Throws, naming the adapter and every refused feature, unless the capabilities accept the model. */
    public static void requireAccepted(String adapterId, Capabilities caps, Model model) {
        Set<Feature> refused = EnumSet.noneOf(Feature.class);
        refused.addAll(model.features());
        refused.removeAll(caps.accepts());
        if (!refused.isEmpty()) {
            throw new UnsupportedModelException(adapterId + " does not accept " + refused + " (model " + model.name() + ")");
        }
    }
}
