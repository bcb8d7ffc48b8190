package tradebounds.solve;

/** Why the solver stopped (MathOptInterface's TerminationStatus, trimmed). Says nothing about proof. */
public enum Termination {
    OPTIMAL,
    INFEASIBLE,
    UNBOUNDED,
    INFEASIBLE_OR_UNBOUNDED,
    LOCALLY_SOLVED,
    IMPRECISE,
    LIMIT,
    NUMERICAL_ERROR,
    OTHER_ERROR
}
