package tradebounds.family.pareto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tradebounds.engine.certify.CertifiedValue;
import tradebounds.engine.certify.GridCertifier;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Solves an LP with an adapter and turns the answer into an exact optimum through an {@code lp-optimum}
 * certificate (exact feasible point SOL + Neumaier-Shcherbina safe dual bound DUAL) that the checker replays
 * ({@link GridCertifier}). An optimum counts as exact only when the checker proved both sides and they are equal.
 * The certificates are written under {@code dir} as {@code prefix-NNN.cert}.
 */
public final class ExactLp {
    private final String adapter;
    private final Path dir;
    private final String prefix;
    private final List<CertifiedValue> done = new ArrayList<>();

    public ExactLp(String adapter, Path dir, String prefix) {
        this.adapter = adapter;
        this.dir = dir;
        this.prefix = prefix;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary directory (eval, tests). */
    public static ExactLp temporary(String adapter) {
        try {
            return new ExactLp(adapter, Files.createTempDirectory("tradebounds-pareto"), "lp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact optimum and an exact optimal point, certified; throws when no exact certificate is obtained. */
    public Solved solve(Model model, String label) {
        Path file = dir.resolve(String.format("%s-%03d-%s.cert", prefix, done.size() + 1, label));
        CertifiedValue c = GridCertifier.certify(model, adapter, file);
        if (!c.exact()) {
            c = GridCertifier.certifyWithDualLp(model, adapter, file);
        }
        done.add(c);
        if (!c.exact() || c.point().isEmpty()) {
            throw new IllegalStateException("no exact lp-optimum certificate for " + label + " (" + adapter
                    + "): lower " + c.lower() + ", upper " + c.upper() + ", checker " + c.outcome());
        }
        return new Solved(c.value().get(), c.point().get(), c.certificate());
    }

    /** An exact optimum with its point and the replayed certificate. */
    public record Solved(Rational value, Rational[] point, Path certificate) {
    }

    public List<CertifiedValue> certified() {
        return List.copyOf(done);
    }

    public String adapter() {
        return adapter;
    }
}
