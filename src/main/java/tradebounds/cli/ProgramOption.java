package tradebounds.cli;

import java.io.IOException;
import java.nio.file.Path;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.json.InputException;
import tradebounds.model.Model;
import tradebounds.programs.ProgramCatalog;

/** Resolves {@code --program ID --prices SPEC} or {@code --claim ID} to a model, for solve and compare. */
final class ProgramOption {
    static final String HELP = """
              --program ID      one of %s
              --prices SPEC     prop41 | prop42 | generic:n,alpha,beta,last | comma-separated list (0,0.5,1000)
              --claim ID        take program and prices from the claims registry entry ID instead
              --registry DIR    claims registry (default programs)
            """.formatted(ProgramCatalog.ids());

    private ProgramOption() {
    }

    static Model resolve(Args a, String command) {
        String claimId = a.get("claim", null);
        String program = a.get("program", null);
        String prices = a.get("prices", null);
        if (claimId != null) {
            if (program != null || prices != null) {
                throw new UsageException(command + ": give either --claim or --program/--prices, not both");
            }
            Path file = Path.of(a.get("registry", "programs")).resolve("fixedprice").resolve(claimId + ".json");
            Claim c;
            try {
                c = ClaimRegistry.read(file);
            } catch (IOException e) {
                throw new UsageException(command + ": --claim " + claimId + ": cannot read " + file + ": " + e.getMessage());
            } catch (InputException e) {
                throw new UsageException(command + ": " + e.getMessage());
            }
            if (c.priceSpec() == null) {
                throw new UsageException(command + ": claim " + claimId + " has no program to build: " + c.unavailable());
            }
            program = c.programId();
            prices = c.priceSpec();
        }
        if (program == null || prices == null) {
            throw new UsageException(command + ": need --program and --prices (or --claim)");
        }
        try {
            return ProgramCatalog.build(program, ProgramCatalog.prices(prices));
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
    }
}
