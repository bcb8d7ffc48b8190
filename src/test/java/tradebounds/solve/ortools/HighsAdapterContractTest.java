package tradebounds.solve.ortools;

import tradebounds.solve.SolverAdapter;
import tradebounds.solve.SolverAdapterContract;

class HighsAdapterContractTest implements SolverAdapterContract {
    @Override
    public SolverAdapter adapter() {
        return new HighsAdapter();
    }
}
