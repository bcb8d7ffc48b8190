package tradebounds.family.groups;

import java.util.List;

/**
 * Everything established about one printed number: the evidence under each relevant reading, and which label is
 * the paper's stated reading (masked to the options that matter for this entry).
 */
public record Finding(Table1.Entry entry, List<Evidence> evidence, String statedReading) {
    public double printed() {
        return entry.printed().toDouble();
    }

    /** Evidence under the stated reading, or null when it was not evaluated (e.g. unit truncation at n = 10^4). */
    public Evidence stated() {
        return evidence.stream().filter(e -> e.reading().equals(statedReading)).findFirst().orElse(null);
    }

    /** Labels of the readings whose value agrees with the printed number. */
    public List<String> reproducing() {
        return evidence.stream().filter(e -> e.agrees(printed())).map(Evidence::reading).distinct().toList();
    }

    /** The evidence to show first: stated reading if it agrees, else the first agreeing, else the stated one. */
    public Evidence best() {
        Evidence s = stated();
        if (s != null && s.agrees(printed())) {
            return s;
        }
        return evidence.stream().filter(e -> e.agrees(printed())).findFirst()
                .orElse(s != null ? s : evidence.get(0));
    }

    /** CERTIFIED / REFUTED in the sense of the issue (4 SE), under the stated reading; NOT_EVALUATED if absent. */
    public String statedVerdict() {
        Evidence s = stated();
        if (s == null) {
            return "NOT_EVALUATED";
        }
        if (!s.rigorous()) {
            return s.agrees(printed()) ? "CONSISTENT(MC)" : "INCONSISTENT(MC)";
        }
        return s.agrees(printed()) ? "CERTIFIED" : "REFUTED";
    }
}
