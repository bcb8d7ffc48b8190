package tradebounds.family.fixedprice.audit;

import java.nio.file.Path;
import java.util.Optional;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.claims.CheckedFiles;
import tradebounds.claims.ProgramMatch;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * A certificate judged twice: by the exact checker, and by whether its program is the registry's program.
 * Only evidence that is {@link #counts() counted} may support a verdict.
 *
 * @param path     the certificate file
 * @param outcome  the checker's outcome
 * @param mismatch the first difference between the certificate's program and the expected one, if any
 */
record Evidence(Path path, CheckOutcome outcome, Optional<String> mismatch) {
    static Evidence judge(Path path, Model expected) {
        CheckOutcome o = CheckedFiles.check(path);
        Optional<String> mismatch = Optional.empty();
        if (o instanceof Proved && expected != null) {
            try {
                Certificate c = CertificateReader.read(path);
                mismatch = c.program().isEmpty() ? Optional.of("certificate carries no program")
                        : ProgramMatch.firstDifference(expected, c.program().get().model());
            } catch (CertificateException e) {
                mismatch = Optional.of("unreadable after proof: " + e.getMessage());
            }
        }
        return new Evidence(path, o, mismatch);
    }

    boolean counts() {
        return outcome instanceof Proved && mismatch.isEmpty();
    }

    Optional<Rational> value(Quantity q) {
        return counts() ? ((Proved) outcome).value(q) : Optional.empty();
    }

    String describe() {
        if (outcome instanceof Proved) {
            return mismatch.map(m -> "proved, but not the registry's program: " + m).orElse("proved");
        }
        return outcome.toString();
    }
}
