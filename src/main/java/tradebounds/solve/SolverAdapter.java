package tradebounds.solve;

import tradebounds.model.Model;

/**
 * One solver behind one interface. Expected outcomes (infeasible, unbounded, limit) are results,
 * never exceptions. Exceptions are for the three failure kinds only.
 */
public interface SolverAdapter {
    /** Registry id, lower case: glop, pdlp, highs, clp, scip, ojalgo, cmath. */
    String id();

    /** The solver's name and version as the library reports it. */
    String solverVersion();

    Capabilities capabilities();

    /**
     * Solves the model.
     *
     * @throws UnsupportedModelException if the model uses a feature this adapter does not accept
     * @throws AdapterFailure            if the bridge to the solver is broken
     */
    SolveResult solve(Model model, SolveOptions options);
}
