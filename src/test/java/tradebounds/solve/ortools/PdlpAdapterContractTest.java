package tradebounds.solve.ortools;

import tradebounds.solve.SolverAdapter;
import tradebounds.solve.SolverAdapterContract;

class PdlpAdapterContractTest implements SolverAdapterContract {
    @Override
    public SolverAdapter adapter() {
        return new PdlpAdapter();
    }

    @Override
    public double tolerance() {
        return 1e-3;
    }

    @Override
    public boolean reportsUnboundedness() {
        return false;
    }
}
