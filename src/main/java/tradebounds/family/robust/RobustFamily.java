package tradebounds.family.robust;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tradebounds.claims.Family;
import tradebounds.claims.FamilyAuditor;
import tradebounds.family.robust.program.RobustCatalog;

/** Seed 004: robust posted prices with known marginals (Malik 2023), registered for the audit. */
public final class RobustFamily implements Family {
    @Override
    public String id() {
        return "robust";
    }

    @Override
    public String name() {
        return "robust bilateral trade with known marginals (Malik)";
    }

    @Override
    public String seed() {
        return "004_01bb2df43da1167c.txt";
    }

    @Override
    public String registryFolder() {
        return "robust";
    }

    @Override
    public List<FamilyAuditor> auditors() {
        return List.of(new RobustAuditor());
    }

    @Override
    public Set<String> programIds() {
        return new LinkedHashSet<>(RobustCatalog.ids());
    }
}
