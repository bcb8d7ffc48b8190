package tradebounds.family.pareto;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimPicture;
import tradebounds.claims.DevTool;
import tradebounds.claims.Family;
import tradebounds.claims.FamilyAuditor;

/** Seed 001: the Pareto frontier of multi-buyer selling (Babaioff, Chen, Chen and Feng), registered for the audit. */
public final class ParetoFamily implements Family {
    @Override
    public String id() {
        return "pareto";
    }

    @Override
    public String name() {
        return "Pareto frontier of multi-buyer selling: KS, Nash, cross-side Nash (Babaioff, Chen, Chen and Feng)";
    }

    @Override
    public String seed() {
        return "001_9a84b35d0d8fec26.txt";
    }

    @Override
    public String registryFolder() {
        return "pareto";
    }

    @Override
    public List<FamilyAuditor> auditors() {
        return List.of(new ParetoAuditor());
    }

    @Override
    public Map<String, DevTool> devTools() {
        return Map.of("pareto-bench-child", DevTool.of("lp|frontier N ATOMS ADAPTER CAP_MILLIS DIR: one run of "
                + "scripts/bench pareto (in its own JVM)", ParetoBench::runChild),
                "pareto-point-values", DevTool.of(": write seed 001's closed-form point-value certificates (seconds)",
                        Constants::run));
    }

    @Override
    public List<ClaimPicture> pictures(Claim claim) {
        return ParetoPictures.of(claim);
    }

    @Override
    public Set<String> programIds() {
        return Set.of("pareto-mechanism-lp");
    }
}
