package tradebounds.family.groups.mechanism;

import java.util.ArrayList;
import java.util.List;

/**
 * One reading of the ambiguous text of Sec. 3 and Sec. 6: how the normal law is truncated, whether "positive"
 * means &gt; 0 or &ge; 0, and how efficiency is averaged. The price of Algorithm 1 needs no option: for every
 * mean pair of Table 1, mu_F + mu_G = 1 and every law is symmetric about its mu after WINDOW truncation, so the
 * price is 1/2 whether one uses the parameters mu or the means of the truncated laws (under UNIT truncation the
 * law means move symmetrically about 1/2, so the midpoint is still 1/2).
 */
public record Reading(Truncation truncation, IrRule ir, Efficiency efficiency) {
    /** What the paper states: truncation to [0,1] (conditioning), total utility &gt; 0, E[GFT]/FB. */
    public static final Reading STATED = new Reading(Truncation.UNIT_CONDITION, IrRule.STRICT,
            Efficiency.RATIO_OF_MEANS);

    /** Every combination, STATED first. */
    public static List<Reading> all() {
        List<Reading> out = new ArrayList<>();
        out.add(STATED);
        for (Truncation t : Truncation.values()) {
            for (IrRule r : IrRule.values()) {
                for (Efficiency e : Efficiency.values()) {
                    Reading x = new Reading(t, r, e);
                    if (!x.equals(STATED)) {
                        out.add(x);
                    }
                }
            }
        }
        return out;
    }

    public String label() {
        return truncation.name().toLowerCase() + "/" + ir.name().toLowerCase() + "/"
                + efficiency.name().toLowerCase();
    }
}
