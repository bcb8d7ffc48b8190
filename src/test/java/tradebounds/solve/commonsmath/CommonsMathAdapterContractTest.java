package tradebounds.solve.commonsmath;

import tradebounds.solve.SolverAdapter;
import tradebounds.solve.SolverAdapterContract;

class CommonsMathAdapterContractTest implements SolverAdapterContract {
    @Override
    public SolverAdapter adapter() {
        return new CommonsMathAdapter();
    }
}
