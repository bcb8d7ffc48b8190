package tradebounds.solve.ojalgo;

import tradebounds.solve.SolverAdapter;
import tradebounds.solve.SolverAdapterContract;

class OjalgoAdapterContractTest implements SolverAdapterContract {
    @Override
    public SolverAdapter adapter() {
        return new OjalgoAdapter();
    }
}
