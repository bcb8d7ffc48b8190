package tradebounds.family.ksfair;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tradebounds.claims.Family;
import tradebounds.claims.FamilyAuditor;
import tradebounds.family.ksfair.program.KsFairCatalog;

/** Seed 000: KS-fair bilateral trade (Babaioff, Feng and Manaker Morag), registered for the audit. */
public final class KsFairFamily implements Family {
    @Override
    public String id() {
        return "ksfair";
    }

    @Override
    public String name() {
        return "KS-fair bilateral trade (Babaioff, Feng, Manaker Morag)";
    }

    @Override
    public String seed() {
        return "000_c3d512069ab02405.txt";
    }

    @Override
    public String registryFolder() {
        return "ksfair";
    }

    @Override
    public List<FamilyAuditor> auditors() {
        return List.of(new KsFairAuditor());
    }

    @Override
    public Set<String> programIds() {
        return new LinkedHashSet<>(KsFairCatalog.ids());
    }
}
