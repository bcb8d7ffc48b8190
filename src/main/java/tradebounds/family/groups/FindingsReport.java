package tradebounds.family.groups;

import java.util.List;
import java.util.Locale;
import tradebounds.family.groups.exact.Interval;

/** Renders Table 1 findings as Markdown (the table of docs/findings-seed002.md) and the exact rationals as text. */
public final class FindingsReport {
    private FindingsReport() {
    }

    static String decimal(Evidence e) {
        if (e.exact() != null) {
            return e.exact().toDecimal(9, false).toPlainString();
        }
        Interval v = e.value();
        if (!e.rigorous()) {
            return String.format(Locale.ROOT, "%.6f (est.)", v.lo());
        }
        return v.width() == 0 ? String.format(Locale.ROOT, "%.9f", v.lo())
                : String.format(Locale.ROOT, "[%.6f, %.6f]", v.lo(), v.hi());
    }

    static String width(Evidence e) {
        if (e.exact() != null) {
            return "0 (exact)";
        }
        if (!e.rigorous()) {
            return String.format(Locale.ROOT, "est. SE %.1e", e.ownSe());
        }
        return String.format(Locale.ROOT, "%.1e", e.value().width());
    }

    public static String table(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        sb.append("Exact decimals are rounded down to 9 digits; intervals are rigorous enclosures; (est.) marks "
                + "Monte Carlo estimates. z is (printed - nearest point of the value) / SE, 0 inside; 'agrees' means "
                + "|z| <= 4 after allowing 5e-7 for the 6-decimal print.\n\n");
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        long none = 0;
        for (Finding f : findings) {
            counts.merge(f.statedVerdict(), 1L, Long::sum);
            none += f.reproducing().isEmpty() ? 1 : 0;
        }
        sb.append("Under the stated reading: ").append(counts).append(". Cells that no implemented reading reproduces: ")
                .append(none).append(".\n\n");
        sb.append("| id | printed | value under stated reading | width | SE@1e6 | z | verdict (stated) "
                + "| readings that reproduce (value, z) | method |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Finding f : findings) {
            Evidence s = f.stated();
            double p = f.printed();
            StringBuilder repro = new StringBuilder();
            for (Evidence e : f.evidence()) {
                if (e.agrees(p)) {
                    repro.append(repro.length() == 0 ? "" : "; ").append(e.reading()).append(" ")
                            .append(decimal(e)).append(String.format(Locale.ROOT, " z=%+.2f", e.z(p)));
                }
            }
            sb.append("| ").append(f.entry().id()).append(" | ").append(f.entry().printed().toDecimal(6, false))
                    .append(" | ").append(s == null ? "not evaluated" : decimal(s))
                    .append(" | ").append(s == null ? "" : width(s))
                    .append(" | ").append(s == null ? "" : String.format(Locale.ROOT, "%.1e", s.paperSe()))
                    .append(" | ").append(s == null ? "" : String.format(Locale.ROOT, "%+.2f", s.z(p)))
                    .append(" | ").append(f.statedVerdict())
                    .append(" | ").append(repro.length() == 0 ? "**none**" : repro)
                    .append(" | ").append(s == null ? f.evidence().get(0).method() : s.method()).append(" |\n");
        }
        return sb.toString();
    }

    /** Every evidence line (all readings), for the appendix. */
    public static String allReadings(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        sb.append("| id | printed | reading | value | width | SE@1e6 (how) | z | agrees |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (Finding f : findings) {
            double p = f.printed();
            for (Evidence e : f.evidence()) {
                sb.append("| ").append(f.entry().id()).append(" | ").append(f.entry().printed().toDecimal(6, false))
                        .append(" | ").append(e.reading()).append(" | ").append(decimal(e)).append(" | ")
                        .append(width(e)).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1e (%s)", e.paperSe(), e.seMethod())).append(" | ")
                        .append(String.format(Locale.ROOT, "%+.2f", e.z(p))).append(" | ")
                        .append(e.agrees(p) ? "yes" : "no").append(" |\n");
            }
        }
        return sb.toString();
    }

    /** The exact rationals, one per line: id, reading, num/den. */
    public static String exactValues(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            for (Evidence e : f.evidence()) {
                if (e.exact() != null) {
                    sb.append(f.entry().id()).append(' ').append(e.reading()).append(' ')
                            .append(e.exact().toDecimal(15, false).toPlainString()).append(' ')
                            .append(e.exact()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
