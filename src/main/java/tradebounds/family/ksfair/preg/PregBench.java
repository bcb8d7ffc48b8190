package tradebounds.family.ksfair.preg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.engine.cover.CoverSearch;
import tradebounds.model.Rational;

/**
 * Benchmark rows for the P_REG interval work (run by {@code scripts/bench ... covers}, never by tests): per Table 1
 * cell the fast double branch-and-bound (boxes, time) and the cover search (tree lines, evaluations, time), and per
 * stored cover the checker's replay time.
 */
public final class PregBench {
    private PregBench() {
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder("| P_REG cell | B&B outcome | B&B boxes | B&B ms | cover | tree lines |"
                + " evaluations | cover ms |\n|---|---|---|---|---|---|---|---|\n");
        for (PregCell cell : PregAudit.TABLE_1) {
            PregBranchAndBound.CellResult bb = PregBranchAndBound.run(cell, PregAudit.TARGET, 4_000_000, 20_000);
            String cover = "-";
            String lines = "-";
            String evals = "-";
            String ms = "-";
            if (cell.s().signum() > 0) {
                CoverSearch search = new CoverSearch(PregCoverProgram.program(Rational.of(cell.s()),
                        Rational.of(cell.l())), PregCoverProgram.SPLIT_HINTS, Rational.of(PregAudit.TARGET), 30_000);
                CoverSearch.CellResult r = search.cell(Rational.of(cell.s()), Rational.of(cell.l()),
                        List.of(Rational.of(cell.alpha())));
                cover = r.outcome().toString();
                lines = "" + r.nodes().size();
                evals = "" + r.evaluations();
                ms = "" + r.millis();
            }
            sb.append("| ").append(cell).append(" | ").append(bb.outcome()).append(" | ").append(bb.boxes())
                    .append(" | ").append(bb.millis()).append(" | ").append(cover).append(" | ").append(lines)
                    .append(" | ").append(evals).append(" | ").append(ms).append(" |\n");
        }
        sb.append("\n| stored cover | outcome | check seconds |\n|---|---|---|\n");
        List<Path> files = new ArrayList<>(List.of(PregCertificates.TABLE1_CELL2, PregCertificates.TABLE1_CELLS7_8,
                PregCertificates.MAIN, PregCertificates.TAIL));
        for (Path f : files) {
            long t0 = System.nanoTime();
            CheckOutcome o = Checker.check(f);
            double s = (System.nanoTime() - t0) / 1e9;
            String what = o instanceof Proved p ? "PROVED (" + String.join("; ", p.notes()) + ")" : o.toString();
            sb.append("| ").append(f).append(" | ").append(what).append(" | ").append(String.format("%.2f", s))
                    .append(" |\n");
        }
        return sb.toString();
    }
}
