package tradebounds.family.pareto;

/**
 * Which mechanism class the LPs optimise over; they differ only in the lowest type's utility u_1.
 * <ul>
 *   <li>{@link #PRINTED}: the class of Sec. 2 as printed: BIC, interim IR, and payments p_i in R_+ (nonnegative).
 *       Interim payments P_j = v_j x_j - u_j, and P_j &gt;= 0 for all j reduces to P_1 &gt;= 0 (BIC makes P
 *       nondecreasing when values are &gt;= 0), so u_1 is a variable in [0, v_1 x_1].</li>
 *   <li>{@link #FORMULA2}: u_1 = 0, as the revenue formula (2) (Pi = n E[x R']) and the proofs assume.</li>
 * </ul>
 * <ul><li>{@link #MYERSON}: formula (2) itself on a discrete law. There BIC leaves each rent step
 *       u_j - u_{j-1} in [(v_j - v_{j-1}) x_{j-1}, (v_j - v_{j-1}) x_j] (revenue equivalence fails), and (2), which
 *       makes Pi a function of x alone (Pi = n sum f_j psi_j x_j with the discrete virtual value psi_j), corresponds
 *       to every downward row binding. This is the model of the paper's proofs, so the structure theorems are
 *       checked under it.</li></ul>
 * When v_1 = 0 the first two give u_1 = 0 and coincide; when v_1 &gt; 0 the printed class also contains e.g. posting a
 * price below v_1, so U* (and possibly the whole frontier) differs. A third reading, payments of any sign, would
 * let the seller hand every buyer a lump sum and make U* equal to the first-best welfare on every law; it is not
 * what Sec. 2 prints (p_i maps to R_+), so it is not offered.
 */
public enum Reading {
    PRINTED("printed class: u_1 in [0, v_1 x_1] (payments >= 0)"),
    FORMULA2("formula (2): u_1 = 0"),
    MYERSON("formula (2) on a discrete law: Myerson payments (u_1 = 0, every downward BIC row binding)");

    private final String words;

    Reading(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
