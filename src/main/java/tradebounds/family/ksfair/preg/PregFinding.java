package tradebounds.family.ksfair.preg;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tradebounds.family.ksfair.KsFairFinding.Status;
import tradebounds.family.ksfair.KsFairFinding;

/**
 * The registry findings for Theorem 5.3. {@link #programValue}: claim bfm-thm5.3 (C = value of P_REG &gt;= 0.851) from
 * the stored interval covers of {@link PregCertificates}. {@link #table1}: claim bfm-thm5.3-table1 (the paper's own
 * certificate, Table 1) from the Table 1 audit: HOLDS only if every cell is PROVED; REFUTED if some
 * cell has an exactly re-checked point below 0.851 (the paper's certificate is then wrong, not necessarily the
 * theorem: another partition or alpha may still certify it); NOT_CHECKED otherwise (budget exhausted). A refuted
 * cell bounds that cell's program, not C (the max over alpha), so no upper end is reported.
 */
public final class PregFinding {
    private static final int AUX_POINTS = 500;
    private static final long AUX_SEED = 54;

    private PregFinding() {
    }

    /** HOLDS when the stored main and tail covers are P_REG's and claim at least 0.851 (the auditor runs the checker). */
    public static KsFairFinding programValue() {
        PregCertificates.ProgramValue v = PregCertificates.programValue(PregCertificates.MAIN, PregCertificates.TAIL);
        if (v.problem() != null) {
            return new KsFairFinding("bfm-thm5.3", Status.NOT_CHECKED, Optional.empty(), Optional.empty(),
                    v.certificates(), "stored P_REG covers unusable: " + v.problem());
        }
        BigDecimal lower = v.bound().toDecimal(6, false);
        Status status = lower.compareTo(PregAudit.TARGET) >= 0 ? Status.HOLDS : Status.NOT_CHECKED;
        return new KsFairFinding("bfm-thm5.3", status, Optional.of(lower), Optional.empty(), v.certificates(),
                "P_REG >= " + v.bound().toDisplay() + " by interval covers with the tool's own partition ("
                        + (v.cells() - 1) + " cells of q_m in [1e-6, 1] with own alphas, and a tail cover for q_m <= 1e-6), each LET program"
                        + " compared with the builder's; the paper's own Table 1 certificate is audited in"
                        + " bfm-thm5.3-table1; " + auxiliary());
    }

    /**
     * Item 5b rides along with the program's value: it does not change the status (Lemma E.1 fixes L = L_hi, so the
     * wrong L_lo never enters P_REG[s,l,alpha]), but the row should say which printed bounds are what they claim.
     */
    private static String auxiliary() {
        return PregAuxiliaryAudit.summary(PregAuxiliaryAudit.audit(PregAuxiliaryAudit.randomPoints(AUX_POINTS,
                AUX_SEED)), AUX_POINTS);
    }

    /**
     * The verdict rests on the stored refutations ({@link PregRefutations}): when each is Table 1's cell program with
     * the printed alpha and claims value &lt; 0.851 (the auditor then has the checker prove each point), the finding is
     * REFUTED whatever the branch and bound's budget allowed this time; the branch and bound is the regenerated
     * evidence. If a stored refutation is missing or differs, the finding is NOT_CHECKED (never REFUTED on the strength
     * of the covers, which prove other cells).
     */
    public static KsFairFinding table1(int maxBoxes, long maxMillisPerCell) {
        List<PregBranchAndBound.CellResult> rows = PregAudit.auditTable1(maxBoxes, maxMillisPerCell);
        boolean refuted = rows.stream().anyMatch(r -> r.outcome() == PregBranchAndBound.Decision.REFUTED);
        boolean allProved = rows.stream().allMatch(r -> r.outcome() == PregBranchAndBound.Decision.PROVED);
        List<String> diffs = PregRefutations.REFUTED_CELLS.stream()
                .map(k -> PregRefutations.difference(PregRefutations.file(k), k)).flatMap(Optional::stream).toList();
        boolean stored = diffs.isEmpty();
        Status status = stored ? Status.REFUTED : allProved ? Status.HOLDS : Status.NOT_CHECKED;
        Optional<BigDecimal> lower = allProved ? rows.stream().map(PregBranchAndBound.CellResult::lowestBound)
                .min(BigDecimal::compareTo) : Optional.empty();
        String table = rows.stream().map(PregBranchAndBound.CellResult::row).collect(Collectors.joining("; "));
        String counts = count(rows, PregBranchAndBound.Decision.REFUTED) + " cells refuted, "
                + count(rows, PregBranchAndBound.Decision.PROVED) + " cells proved, "
                + count(rows, PregBranchAndBound.Decision.UNDECIDED) + " cells undecided: ";
        String lead = (stored ? "Table 1 certificate fails: cells 1, 3, 4, 5, 6 each have a stored point-value"
                + " certificate (an exact point of the cell's P_REG program, its LET program compared with the builder's,"
                + " the printed alpha) whose value the checker encloses below 0.851; "
                : "stored Table 1 refutations unusable (" + String.join("; ", diffs) + "); ")
                + "regenerated branch and bound this run: " + (refuted ? "refutes a cell; " : "") + counts;
        List<Path> certs = new ArrayList<>();
        if (stored) {
            certs.addAll(PregRefutations.files());
        }
        certs.add(PregCertificates.TABLE1_CELL2);
        certs.add(PregCertificates.TABLE1_CELLS7_8);
        return new KsFairFinding("bfm-thm5.3-table1", status, lower, Optional.empty(), certs, lead + table
                + "; the cells that hold (2, 7, 8) are certified by stored interval covers");
    }

    private static long count(List<PregBranchAndBound.CellResult> rows, PregBranchAndBound.Decision o) {
        return rows.stream().filter(r -> r.outcome() == o).count();
    }
}
