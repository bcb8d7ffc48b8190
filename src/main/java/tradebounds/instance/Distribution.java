package tradebounds.instance;

import java.util.List;

/** A finite distribution over marginal vectors; masses are exact and sum to one (checked by the reader). */
public record Distribution(List<Atom> atoms) {
    public Distribution {
        atoms = List.copyOf(atoms);
    }
}
