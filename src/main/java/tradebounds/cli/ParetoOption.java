package tradebounds.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tradebounds.family.pareto.MechanismLp;
import tradebounds.family.pareto.ParetoInstance;
import tradebounds.family.pareto.ParetoInstanceReader;
import tradebounds.family.pareto.Reading;
import tradebounds.json.InputException;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Resolves {@code --program pareto-weighted[-formula2|-myerson] --instance FILE --weights A,B} (a
 * {@code "pareto-iid"} instance, seed 001) to the mechanism LP max A Pi + B U, the LP each frontier step solves.
 */
final class ParetoOption {
    static final List<String> IDS = List.of("pareto-weighted", "pareto-weighted-formula2", "pareto-weighted-myerson");

    private ParetoOption() {
    }

    static boolean applies(Args a) {
        String program = a.get("program", null);
        return program != null && program.startsWith("pareto-");
    }

    static Model resolve(Args a, String command) {
        String program = a.get("program", null);
        if (!IDS.contains(program)) {
            throw new UsageException(command + ": --program must be one of " + IDS + ", got '" + program + "'");
        }
        String file = a.get("instance", null);
        if (file == null) {
            throw new UsageException(command + ": " + program + " needs --instance FILE (kind \""
                    + ParetoInstanceReader.KIND + "\")");
        }
        String spec = a.get("weights", null);
        if (spec == null) {
            throw new UsageException(command + ": " + program + " needs --weights A,B (maximize A Pi + B U)");
        }
        String[] w = spec.split(",", -1);
        Rational wPi;
        Rational wU;
        try {
            if (w.length != 2) {
                throw new NumberFormatException("expected two weights, got " + w.length);
            }
            wPi = Rational.parse(w[0].trim());
            wU = Rational.parse(w[1].trim());
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --weights \"" + spec + "\": " + e.getMessage());
        }
        ParetoInstance in;
        try {
            in = ParetoInstanceReader.read(Path.of(file));
        } catch (InputException e) {
            throw new UsageException(command + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException(command + ": " + file + ": cannot read: " + e.getMessage());
        }
        Reading r = program.endsWith("-formula2") ? Reading.FORMULA2
                : program.endsWith("-myerson") ? Reading.MYERSON : Reading.PRINTED;
        return MechanismLp.weighted(in, r, wPi, wU, null);
    }
}
