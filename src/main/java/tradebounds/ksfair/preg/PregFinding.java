package tradebounds.ksfair.preg;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tradebounds.ksfair.KsFairFinding;
import tradebounds.ksfair.KsFairFinding.Status;

/**
 * The registry finding for claim bfm-thm5.3 from the Table 1 audit: HOLDS only if every cell is PROVED; REFUTED if some
 * cell has an exactly re-checked point below 0.851 (the paper's certificate is then wrong, not necessarily the
 * theorem: another partition or alpha may still certify it); NOT_CHECKED otherwise (budget exhausted). A refuted
 * cell bounds that cell's program, not C (the max over alpha), so no upper end is reported.
 */
public final class PregFinding {
    private static final int AUX_POINTS = 500;
    private static final long AUX_SEED = 54;

    private PregFinding() {
    }

    public static KsFairFinding theorem53(int maxBoxes, long maxMillisPerCell) {
        List<PregBranchAndBound.CellResult> rows = PregAudit.auditTable1(maxBoxes, maxMillisPerCell);
        boolean refuted = rows.stream().anyMatch(r -> r.outcome() == PregBranchAndBound.Outcome.REFUTED);
        boolean allProved = rows.stream().allMatch(r -> r.outcome() == PregBranchAndBound.Outcome.PROVED);
        Status status = refuted ? Status.REFUTED : allProved ? Status.HOLDS : Status.NOT_CHECKED;
        Optional<BigDecimal> lower = allProved ? rows.stream().map(PregBranchAndBound.CellResult::lowestBound)
                .min(BigDecimal::compareTo) : Optional.empty();
        String table = rows.stream().map(PregBranchAndBound.CellResult::row).collect(Collectors.joining("; "));
        String counts = count(rows, PregBranchAndBound.Outcome.REFUTED) + " cells refuted, "
                + count(rows, PregBranchAndBound.Outcome.PROVED) + " cells proved, "
                + count(rows, PregBranchAndBound.Outcome.UNDECIDED) + " cells undecided: ";
        String lead = (refuted ? "Table 1 certificate fails (the printed P_REG[s,l,alpha] drops below 0.851 in a cell); "
                : allProved ? "every Table 1 cell proved >= 0.851; " : "Table 1 cells not all decided; ") + counts;
        // Item 5b rides along: it does not change the status (Lemma E.1 fixes L = L_hi, so the wrong L_lo never
        // enters P_REG[s,l,alpha]), but the registry row should say which printed bounds are what they claim.
        String aux = PregAuxiliaryAudit.summary(PregAuxiliaryAudit.audit(PregAuxiliaryAudit.randomPoints(
                AUX_POINTS, AUX_SEED)), AUX_POINTS);
        return new KsFairFinding("bfm-thm5.3", status, lower, Optional.empty(), List.of(), lead + table + "; " + aux);
    }

    private static long count(List<PregBranchAndBound.CellResult> rows, PregBranchAndBound.Outcome o) {
        return rows.stream().filter(r -> r.outcome() == o).count();
    }
}
