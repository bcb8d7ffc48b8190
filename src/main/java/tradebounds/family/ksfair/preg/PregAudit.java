package tradebounds.family.ksfair.preg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit of the paper's certificate for Theorem 5.3 (item 5a of issue 4): Table 1's partition of q_m in [0,1] and
 * alpha per cell, each cell's minimum of P_REG[s,l,alpha] compared with 0.851 by {@link PregBranchAndBound}.
 */
public final class PregAudit {
    public static final BigDecimal TARGET = new BigDecimal("0.851");

    /** Table 1 of seed 000 (App. E), transcribed: cells [s_k, l_k] and alpha_k. */
    public static final List<PregCell> TABLE_1 = List.of(
            new PregCell("0", "0.002", "0.8"), new PregCell("0.002", "0.008", "0.78"),
            new PregCell("0.008", "0.018", "0.76"), new PregCell("0.018", "0.034", "0.74"),
            new PregCell("0.034", "0.044", "0.72"), new PregCell("0.044", "0.078", "0.7"),
            new PregCell("0.078", "0.1", "0.68"), new PregCell("0.1", "1", "0.66"));

    private PregAudit() {
    }

    public static List<PregBranchAndBound.CellResult> auditTable1(int maxBoxes, long maxMillisPerCell) {
        List<PregBranchAndBound.CellResult> rows = new ArrayList<>();
        for (PregCell cell : TABLE_1) {
            rows.add(PregBranchAndBound.run(cell, TARGET, maxBoxes, maxMillisPerCell));
        }
        return rows;
    }

    /** Runs the audit with larger budgets: {@code main [maxBoxes] [secondsPerCell]}. */
    public static void run(String[] args) {
        int boxes = args.length > 0 ? Integer.parseInt(args[0]) : 20_000_000;
        long millis = args.length > 1 ? Long.parseLong(args[1]) * 1000 : 120_000;
        for (PregBranchAndBound.CellResult r : auditTable1(boxes, millis)) {
            System.out.println(r.row());
        }
    }
}
