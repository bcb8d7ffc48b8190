package tradebounds.solve;

class ScriptedAdapterContractTest implements SolverAdapterContract {
    @Override
    public SolverAdapter adapter() {
        return new ScriptedAdapter();
    }
}
