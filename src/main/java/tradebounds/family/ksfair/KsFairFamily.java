package tradebounds.family.ksfair;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tradebounds.claims.DevTool;
import tradebounds.claims.Family;
import tradebounds.claims.FamilyAuditor;
import tradebounds.compare.SuiteProgram;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.family.ksfair.pmhr.PmhrAuxiliaryAudit;
import tradebounds.family.ksfair.pmhr.PmhrCovers;
import tradebounds.family.ksfair.pmhr.PmhrExplorer;
import tradebounds.family.ksfair.preg.PregAudit;
import tradebounds.family.ksfair.preg.PregAuxiliaryAudit;
import tradebounds.family.ksfair.preg.PregCertificates;
import tradebounds.family.ksfair.preg.PregCovers;
import tradebounds.family.ksfair.preg.PregPartitionSearch;
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

    /**
     * OPT_SB and the GFT-optimal KS-fair LP (all-pairs BIC rows, as printed) on the bench instance of
     * {@link KsFairBench#uniform} (n values per side, U[0,1] against U[0,1/2]); Pi*, U* exact from the offer
     * mechanisms.
     */
    @Override
    public List<SuiteProgram> comparisonPrograms(String suite) {
        List<SuiteProgram> out = new java.util.ArrayList<>();
        int[] sizes = suite.equals("quick") ? new int[] {4} : new int[] {5, 10, 20};
        for (int n : sizes) {
            out.add(new SuiteProgram(id(), "ksfair-opt-sb", "n=" + n, "uniform bench instance, U[0,1] vs U[0,1/2]",
                    () -> KsFairPrograms.secondBest(KsFairBench.uniform(n))));
        }
        for (int n : sizes) {
            out.add(new SuiteProgram(id(), "ksfair-gft", "n=" + n, "uniform bench instance, U[0,1] vs U[0,1/2]",
                    () -> {
                        DiscreteTrade t = KsFairBench.uniform(n);
                        return KsFairPrograms.ksFairGft(t, OfferMechanisms.sellerOffer(t).seller(),
                                OfferMechanisms.buyerOffer(t).buyer());
                    }));
        }
        return out;
    }

    @Override
    public Map<String, DevTool> devTools() {
        Map<String, DevTool> m = new TreeMap<>();
        m.put("ksfair-example52-grid", DevTool.of("[K] [sizes]: Example 5.2 convergence table (certified grid LP,"
                + " exact reduction, continuous optimum)", Example52Grid::run));
        m.put("ksfair-bench-child", DevTool.of("--child PROGRAM N IC ADAPTER CAP_MILLIS DIR: one bench solve (used by"
                + " tradebounds bench ksfair)", KsFairBench::runChild));
        m.put("preg-certificates", DevTool.of("[target]: regenerate the stored P_REG covers (minutes)",
                PregCertificates::run));
        m.put("preg-refutations", DevTool.of(": write the Table 1 refutations (point-value certificates, seconds)",
                tradebounds.family.ksfair.preg.PregRefutations::run));
        m.put("ksfair-point-values", DevTool.of(": write the closed-form point-value certificates (seconds)",
                ClosedForms::run));
        m.put("preg-audit", DevTool.of("[maxBoxes] [secondsPerCell]: P_REG branch and bound with larger budgets",
                PregAudit::run));
        m.put("preg-covers", DevTool.of("target maxNodes out.cert s:l:alpha ...: one P_REG cover", PregCovers::run));
        m.put("preg-auxiliary", DevTool.of("[points] [seed]: P_REG auxiliary bounds by quadrature",
                PregAuxiliaryAudit::run));
        m.put("preg-partition-search", DevTool.of("target s0 maxNodes: search a P_REG partition",
                PregPartitionSearch::run));
        m.put("pmhr-covers", DevTool.of("variant cells target maxNodes out.cert [firstCell lastCell]: a P_MHR cover",
                PmhrCovers::run));
        m.put("pmhr-explorer", DevTool.of("explore max-min over alpha of P_MHR in doubles", PmhrExplorer::run));
        m.put("pmhr-auxiliary", DevTool.of("P_MHR auxiliary bounds by quadrature", PmhrAuxiliaryAudit::run));
        return m;
    }
}
