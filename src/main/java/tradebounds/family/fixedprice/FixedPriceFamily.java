package tradebounds.family.fixedprice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tradebounds.claims.DevTool;
import tradebounds.claims.Family;
import tradebounds.claims.FamilyAuditor;
import tradebounds.compare.SuiteProgram;
import tradebounds.family.fixedprice.audit.FixedPriceAuditor;
import tradebounds.family.fixedprice.falsify.MultiUnitFalsifier;
import tradebounds.family.fixedprice.program.ProgramCatalog;
import tradebounds.family.fixedprice.table.BeyondTableMain;
import tradebounds.family.fixedprice.table.Table1Main;
import tradebounds.family.fixedprice.witness.WitnessSearchMain;

/** Seed 003: fixed-price mechanisms for bilateral trade (single and multi-unit), registered for the audit. */
public final class FixedPriceFamily implements Family {
    @Override
    public String id() {
        return "fixedprice";
    }

    @Override
    public String name() {
        return "fixed-price mechanisms for bilateral trade (Cai-Wu; Gerstgrasser-Dutting-Kesselheim)";
    }

    @Override
    public String seed() {
        return "003_a8b523a92edac525.txt";
    }

    @Override
    public String registryFolder() {
        return "fixedprice";
    }

    @Override
    public List<FamilyAuditor> auditors() {
        return List.of(new FixedPriceAuditor());
    }

    @Override
    public Set<String> programIds() {
        Set<String> ids = new LinkedHashSet<>(ProgramCatalog.ids());
        ids.addAll(ProgramCatalog.multiUnitIds());
        return ids;
    }

    /** Fixed-price programs are built on a price list, so {@code prices} is required and must parse. */
    @Override
    public void checkProgram(String programId, int units, String priceSpec, boolean hasPrices) {
        if (units > 1 && !ProgramCatalog.multiUnitIds().contains(programId)) {
            throw new IllegalArgumentException("program " + programId + " is single-unit");
        }
        if (!hasPrices) {
            throw new IllegalArgumentException("fixed-price program " + programId + " needs \"prices\"");
        }
        if (priceSpec != null) {
            ProgramCatalog.prices(priceSpec);
        }
    }

    /**
     * The RLT relaxation of (4.1) (the family's LP) and the bilinear programs (4.1), (4.2) whose feasible points are
     * the guarantee and hardness witnesses (only SCIP takes them). Sizes: a hand-sized list of 4 prices, lists of the
     * generic form of Prop. 4.2 with n prices, and the printed lists of Props. 4.1 (32 prices) and 4.2 (50), which
     * SCIP does not close within a suite's time limit (the point of the prover).
     */
    @Override
    public List<SuiteProgram> comparisonPrograms(String suite) {
        boolean quick = suite.equals("quick");
        String small = "0,0.3,0.6,2";
        List<SuiteProgram> out = new java.util.ArrayList<>();
        for (String spec : quick ? List.of(small) : List.of(small, "generic:8,29,100,4000", "prop41")) {
            out.add(program("qcp41-rlt", spec));
        }
        for (String spec : quick ? List.of(small) : List.of(small, "generic:6,29,100,2", "prop42")) {
            out.add(program("qcp42", spec));
        }
        for (String spec : quick ? List.of(small) : List.of(small, "generic:6,29,100,2", "prop41")) {
            out.add(program("qcp41", spec));
        }
        return out;
    }

    private SuiteProgram program(String id, String spec) {
        var prices = ProgramCatalog.prices(spec);
        return new SuiteProgram(id(), id, "n=" + prices.size(), "prices " + spec,
                () -> ProgramCatalog.build(id, prices));
    }

    @Override
    public Map<String, DevTool> devTools() {
        Map<String, DevTool> m = new TreeMap<>();
        m.put("fixedprice-witness42", DevTool.of("[seconds=60] [seed=1] [out=witness42.txt] [maxStarts]: (4.2) witness"
                + " search on the Prop 4.2 support, exact point written", WitnessSearchMain::run));
        m.put("fixedprice-guarantee-upper", DevTool.of("CLAIM_FILE OUT [seconds=120] [seed=1] [maxStarts]: feasible"
                + " point of the claim's guarantee program (4.1)/(5.1)/symmetric (5.1) with small r by alternating LPs,"
                + " written as a qcp-witness (upper end of r_k; replaces OUT only if smaller)",
                tradebounds.family.fixedprice.witness.GuaranteeUpperMain::run));
        m.put("fixedprice-multiunit-falsify", DevTool.of("seconds seed atoms: k = 2 falsification run against"
                + " Prop 5.2", MultiUnitFalsifier::run));
        m.put("fixedprice-table1", DevTool.of("regenerate Table 1 rows by witness search (see Table1Main)",
                Table1Main::run));
        m.put("fixedprice-beyond-table", DevTool.of("search supports beyond Table 1 and write improved/k*.cert"
                + " (see BeyondTableMain)", BeyondTableMain::run));
        m.put("fixedprice-hardness-supports", DevTool.of("ladder OUT PROGRAM K START SECONDS n:alpha:beta:last... |"
                + " table OUT DOC: (4.2)/(6.1) hardness certificates on larger supports, and their n-vs-ratio table"
                + " (see HardnessSupportsMain)", tradebounds.family.fixedprice.table.HardnessSupportsMain::run));
        m.put("fixedprice-printed-refutation", DevTool.of("claimFile [seconds=30]: write a printed-refutation claim's"
                + " stored qcp-witness (program (6.1) as printed below 1 - 1/e)",
                tradebounds.family.fixedprice.audit.FixedPriceAuditor::writePrintedRefutation));
        m.put("fixedprice-pricelists", DevTool.of("estimate LIST | run NMIN NMAX STEP [searchSeconds] [outDir]:"
                + " search price lists by r_1 of (4.1) and certify them (see PriceListMain)",
                tradebounds.family.fixedprice.guarantee.PriceListMain::run));
        m.put("fixedprice-tree-compact", DevTool.of("IN OUT: rewrite a guarantee tree with the shortest leaf"
                + " multipliers that the checker's leaf test accepts (same splits, program, prices and r)",
                tradebounds.family.fixedprice.guarantee.TreeCompactor::run));
        return m;
    }
}
