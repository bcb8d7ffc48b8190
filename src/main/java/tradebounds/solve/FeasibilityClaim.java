package tradebounds.solve;

/** What a solver claims about a returned primal or dual vector. A claim, not a fact. */
public enum FeasibilityClaim {
    FEASIBLE,
    INFEASIBLE,
    UNDETERMINED
}
