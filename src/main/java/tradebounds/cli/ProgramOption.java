package tradebounds.cli;

import java.io.IOException;
import java.nio.file.Path;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimRegistry;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.robust.Discretization;
import tradebounds.family.robust.RobustAudit;
import tradebounds.family.robust.program.RobustCatalog;
import tradebounds.family.robust.program.RobustGrid;
import tradebounds.json.InputException;
import tradebounds.model.Model;

/**
 * Resolves {@code --program ID --prices SPEC}, {@code --program ID --pair NAME --cells N [--placement P]} (robust
 * grid programs of seed 004), {@code --program ksfair-... --instance FILE} (mechanism LPs of seed 000, {@link
 * KsFairOption}) or {@code --claim ID} to a model, for solve and compare.
 */
final class ProgramOption {
    /** Largest grid accepted: (c) has about n^3/3 nonzeros, so 400 cells is already tens of millions. */
    static final int MAX_CELLS = 400;
    /** Option keys this class reads; commands add them to their own. */
    static final java.util.Set<String> KEYS = java.util.Set.of("program", "prices", "units", "claim", "registry", "pair",
            "cells", "placement", "instance", "weights");
    static final String HELP = """
              --program ID      fixed price: one of %s
                                robust (seed 004): one of %s
              --prices SPEC     fixed price: prop41 | prop42 | generic:n,alpha,beta,last | comma-separated list
              --pair NAME       robust: marginal pair, one of %s
              --cells N         robust: cells per side of the grid, 1..%d
              --placement P     robust: pessimistic (default; value <= the continuous one) | optimistic (>=)
              --units K         number of units for the k-unit programs (qcp51, qcp51-sym, qcp61, qcp61-strict, qcp61-sym)
              --claim ID        take program, prices and units from the claims registry entry ID instead
              --registry DIR    claims registry (default claims)
              --instance FILE   KS-fair (seed 000): with --program one of %s,
                                the mechanism LP on a {"kind":"bilateral"} instance file (Pi*, U* exact)
              --weights A,B     ksfair-weighted: maximize A Pi + B U
                                seed 001: --program %s
                                --instance FILE (kind "pareto-iid") --weights A,B: the mechanism LP max A Pi + B U
            """.formatted(ProgramCatalog.ids(), RobustCatalog.ids(), pairIds(), MAX_CELLS, KsFairOption.IDS,
            String.join("|", ParetoOption.IDS));

    private ProgramOption() {
    }

    /** The registry file {@code <id>.json} anywhere below the registry directory. */
    private static Path findClaim(Path registry, String id, String command) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(registry)) {
            return s.filter(p -> p.getFileName().toString().equals(id + ".json")).findFirst()
                    .orElseThrow(() -> new UsageException(command + ": --claim: no claim '" + id + "' under " + registry));
        } catch (IOException e) {
            throw new UsageException(command + ": --claim: cannot read " + registry + ": " + e.getMessage());
        }
    }

    static Model resolve(Args a, String command) {
        if (ParetoOption.applies(a)) {
            return ParetoOption.resolve(a, command);
        }
        if (KsFairOption.applies(a)) {
            return KsFairOption.resolve(a, command);
        }
        if (a.get("weights", null) != null) {
            throw new UsageException(command + ": --weights applies to ksfair-weighted only");
        }
        String claimId = a.get("claim", null);
        String program = a.get("program", null);
        String prices = a.get("prices", null);
        int units = (int) a.integer("units", 1);
        if (claimId != null) {
            if (program != null || prices != null) {
                throw new UsageException(command + ": give either --claim or --program/--prices, not both");
            }
            Path file = findClaim(Path.of(a.get("registry", "claims")), claimId, command);
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
            units = c.units();
        }
        if (program != null && RobustCatalog.ids().contains(program)) {
            return robust(a, command, program);
        }
        for (String k : new String[] {"pair", "cells", "placement"}) {
            if (a.get(k, null) != null) {
                throw new UsageException(command + ": --" + k + " applies to robust programs only ("
                        + RobustCatalog.ids() + ")");
            }
        }
        if (program == null || prices == null) {
            throw new UsageException(command + ": need --program and --prices (or --claim)");
        }
        try {
            return ProgramCatalog.multiUnitIds().contains(program)
                    ? ProgramCatalog.build(program, ProgramCatalog.prices(prices), units)
                    : ProgramCatalog.build(program, ProgramCatalog.prices(prices));
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
    }

    /** A robust grid program on the discretized standard pair (rule in {@code robust.Discretization}). */
    static Model robust(Args a, String command, String program) {
        if (a.get("prices", null) != null) {
            throw new UsageException(command + ": robust program " + program + " takes --pair and --cells, not --prices");
        }
        String pairId = a.get("pair", null);
        String cellsText = a.get("cells", null);
        if (pairId == null || cellsText == null) {
            throw new UsageException(command + ": robust program " + program + " needs --pair (one of " + pairIds()
                    + ") and --cells N");
        }
        RobustAudit.Pair pair = RobustAudit.standardPairs().stream().filter(p -> p.id().equals(pairId)).findFirst()
                .orElseThrow(() -> new UsageException(command + ": unknown --pair '" + pairId + "' (known: "
                        + pairIds() + ")"));
        int cells;
        try {
            cells = Integer.parseInt(cellsText);
        } catch (NumberFormatException e) {
            cells = -1;
        }
        if (cells < 1 || cells > MAX_CELLS) {
            throw new UsageException(command + ": --cells must be an integer in 1.." + MAX_CELLS + ", got \""
                    + cellsText + "\"");
        }
        String placement = a.get("placement", "pessimistic");
        RobustGrid grid = switch (placement) {
            case "pessimistic" -> Discretization.pessimistic(pair.buyer(), pair.seller(), cells);
            case "optimistic" -> Discretization.optimistic(pair.buyer(), pair.seller(), cells);
            default -> throw new UsageException(command + ": --placement must be pessimistic or optimistic, got \""
                    + placement + "\"");
        };
        return RobustCatalog.build(program, grid);
    }

    static java.util.List<String> pairIds() {
        return RobustAudit.standardPairs().stream().map(RobustAudit.Pair::id).toList();
    }
}
