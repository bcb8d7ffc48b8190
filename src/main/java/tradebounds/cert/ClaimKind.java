package tradebounds.cert;

import java.util.Optional;

/** The statement a {@code CLAIM} line makes; see the claims table of FORMAT.md. */
public enum ClaimKind {
    /** The program's optimum is at most c. */
    OBJECTIVE_AT_MOST("objective", "<="),
    /** The program's optimum is at least c. */
    OBJECTIVE_AT_LEAST("objective", ">="),
    /** sup_p SW(I, p) &lt;= c * OPT(I) for the certificate's instance. */
    RATIO_AT_MOST("ratio", "<="),
    /** SW(I, M) &lt; c * OPT(I) for the mechanism M of Definition 4.1 (strict). */
    MECHANISM_RATIO_BELOW("mechanism-ratio", "<"),
    /** The cover's goal is at least c at every point of every cell (interval-cover). */
    MINIMUM_AT_LEAST("minimum", ">="),
    /** The point-value program's GOAL at its POINT is below, at most, above or at least c. */
    VALUE_BELOW("value", "<"), VALUE_AT_MOST("value", "<="), VALUE_ABOVE("value", ">"), VALUE_AT_LEAST("value", ">=");

    private final String subject;
    private final String relation;

    ClaimKind(String subject, String relation) {
        this.subject = subject;
        this.relation = relation;
    }

    public String subject() {
        return subject;
    }

    public String relation() {
        return relation;
    }

    public static Optional<ClaimKind> of(String subject, String relation) {
        for (ClaimKind k : values()) {
            if (k.subject.equals(subject) && k.relation.equals(relation)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
