package tradebounds.family.groups;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebounds.claims.DevTool;
import tradebounds.claims.Family;
import tradebounds.claims.FamilyAuditor;

/** Seed 002: non-excludable trade between groups (Xu, Zhang and Conitzer), registered for the audit. */
public final class GroupsFamily implements Family {
    @Override
    public String id() {
        return "groups";
    }

    @Override
    public String name() {
        return "non-excludable trade between groups (Xu, Zhang and Conitzer)";
    }

    @Override
    public String seed() {
        return "002_68034aeba72048b5.txt";
    }

    @Override
    public String registryFolder() {
        return "groups";
    }

    @Override
    public List<FamilyAuditor> auditors() {
        return List.of(new GroupsFamilyAuditor());
    }

    @Override
    public Map<String, DevTool> devTools() {
        return Map.of("groups-point-values", DevTool.of(": write seed 002's Bernoulli IR point-value certificates"
                + " (certificates/groups/, seconds)", IrPointValues::run));
    }

    @Override
    public Set<String> programIds() {
        return Set.of("groups-forced-trade");
    }
}
