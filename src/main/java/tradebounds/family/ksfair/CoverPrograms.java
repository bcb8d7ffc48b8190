package tradebounds.family.ksfair;

import java.util.Optional;
import tradebounds.cert.Cover;

/**
 * The audit's half of an interval cover's trust (README, "Trust model", item 3): the checker proves the bound for
 * the LET program written in the certificate, and this comparison establishes that the program is the builder's,
 * i.e. the paper's program after the documented rewrites.
 */
public final class CoverPrograms {
    private CoverPrograms() {
    }

    /** The first difference between a stored certificate's program and the builder's (cells and lines ignored). */
    public static Optional<String> difference(Cover stored, Cover built) {
        // one comparison for every family (engine.cover), so seeds 000 and 001 judge stored programs alike
        return tradebounds.engine.cover.CoverPrograms.difference(stored, built);
    }
}
