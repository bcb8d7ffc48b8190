package tradebounds.solve.ortools;

import tradebounds.solve.SolverAdapter;
import tradebounds.solve.SolverAdapterContract;

class ScipAdapterContractTest implements SolverAdapterContract {
    @Override
    public SolverAdapter adapter() {
        return new ScipAdapter();
    }

    @Override
    public double tolerance() {
        return 1e-5;
    }
}
