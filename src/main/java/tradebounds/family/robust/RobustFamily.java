package tradebounds.family.robust;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tradebounds.claims.DevTool;
import tradebounds.claims.Family;
import tradebounds.claims.FamilyAuditor;
import tradebounds.compare.SuiteProgram;
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

    /**
     * Every grid LP of the catalog on the pessimistic grid of the first standard pair (buyer U[0,1], seller
     * U[0,1/2]), at a few cells per side.
     */
    @Override
    public List<SuiteProgram> comparisonPrograms(String suite) {
        RobustAudit.Pair pair = RobustAudit.standardPairs().get(0);
        List<SuiteProgram> out = new java.util.ArrayList<>();
        for (String id : RobustCatalog.ids()) {
            for (int n : suite.equals("quick") ? new int[] {4} : new int[] {10, 20}) {
                out.add(new SuiteProgram(id(), id, "cells=" + n, "pair " + pair.id() + ", pessimistic grid",
                        () -> RobustCatalog.build(id, Discretization.pessimistic(pair.buyer(), pair.seller(), n))));
            }
        }
        return out;
    }

    @Override
    public Map<String, DevTool> devTools() {
        Map<String, DevTool> m = new TreeMap<>();
        m.put("robust-bench", DevTool.of("[sizes=25,50,100,200] [convergence sizes=10,25,50,100]: grid LP timings",
                RobustBench::run));
        m.put("robust-report", DevTool.of("DIR SIZES MECHANISMS_UP_TO: the robust audit report, certificates in DIR",
                RobustAudit::run));
        m.put("robust-sandwich", DevTool.of("[PAIR...]: the certified brackets [lo, hi] of the continuous values "
                + "(certificates/robust/sandwich)", Sandwich::run));
        m.put("robust-closed-forms", DevTool.of(": Prop. 1's A for the standard pairs as point-value and cover "
                + "certificates (certificates/robust/closed-forms)", ClosedFormA::run));
        return m;
    }
}
