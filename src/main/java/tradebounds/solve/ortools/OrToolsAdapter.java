package tradebounds.solve.ortools;

import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;
import java.util.Optional;
import tradebounds.model.Model;
import tradebounds.solve.AdapterFailure;
import tradebounds.solve.Capabilities;
import tradebounds.solve.DualTrust;
import tradebounds.solve.FeasibilityClaim;
import tradebounds.solve.InfeasibilityRay;
import tradebounds.solve.SolveOptions;
import tradebounds.solve.SolveResult;
import tradebounds.solve.SolverAdapter;
import tradebounds.solve.Termination;
import tradebounds.solve.UnsupportedModelException;

/**
 * The shared body of every OR-Tools adapter: map with {@link MpModelMapper}, solve with the static
 * {@code MPSolver.solveWithProto} (the only OR-Tools entry point that passes quadratic constraints through),
 * map the status with {@link OrToolsStatus} and read the answer back in model order.
 *
 * <p>Duals: on OPTIMAL, {@code dual_value} is returned with the adapter's declared {@link DualTrust}. For both
 * senses OR-Tools reports y = d(objective)/d(row bound), which is exactly {@code check.DualBound}'s convention,
 * so no sign is changed (checked by the contract tests on min and max models). On INFEASIBLE the solver's
 * {@code dual_value} is kept only if {@link InfeasibilityRay} verifies it exactly as a Farkas ray; then the
 * duals are TRUSTED and the termination is INFEASIBLE even where the solver's status was ambiguous. Unverified
 * duals of an infeasible model (GLOP with presolve returns zeros) are dropped.
 *
 * <p>Points are kept for OPTIMAL and LIMIT only; PDLP returns an iterate with INFEASIBLE, which is no point of
 * the model.
 */
public abstract class OrToolsAdapter implements SolverAdapter {
    private final String id;
    private final MPModelRequest.SolverType solverType;
    private final Capabilities capabilities;
    private final DualTrust optimalDualTrust;
    private volatile String version;

    protected OrToolsAdapter(String id, MPModelRequest.SolverType solverType, Capabilities capabilities,
                             DualTrust optimalDualTrust) {
        this.id = id;
        this.solverType = solverType;
        this.capabilities = capabilities;
        this.optimalDualTrust = optimalDualTrust;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public final String solverVersion() {
        String v = version;
        if (v == null) {
            v = describeVersion();
            version = v;
        }
        return v;
    }

    /** The solver's name and version; computed once, after the native library is loaded. */
    protected abstract String describeVersion();

    /** Text for {@code solver_specific_parameters}, in the solver's own syntax; empty for none. */
    protected abstract String solverSpecificParameters(SolveOptions options);

    /**
     * Whether this solver's {@code MPSOLVER_INFEASIBLE} may silently mean "infeasible or unbounded". GLOP's
     * proto solver folds its INFEASIBLE_OR_UNBOUNDED into INFEASIBLE without a status text.
     */
    protected boolean infeasibleMayMeanUnbounded() {
        return false;
    }

    @Override
    public final SolveResult solve(Model model, SolveOptions options) {
        UnsupportedModelException.requireAccepted(id, capabilities, model);
        NativeLibrary.ensureLoaded();
        MpModelMapper.Mapped mapped = MpModelMapper.map(model, options.hint());
        double seconds = options.timeLimit().toMillis() / 1000.0;
        MPModelRequest.Builder request = MPModelRequest.newBuilder().setModel(mapped.proto())
                .setSolverType(solverType).setSolverTimeLimitSeconds(seconds)
                .setEnableInternalSolverOutput(options.verbose());
        String params = solverSpecificParameters(options);
        if (!params.isEmpty()) {
            request.setSolverSpecificParameters(params);
        }
        long start = System.nanoTime();
        MPSolutionResponse response;
        try {
            MPModelRequest built = request.build();
            response = NativeStdout.toStderr(() -> MPSolver.solveWithProto(built));
        } catch (RuntimeException | LinkageError e) {
            throw new AdapterFailure(id + ": solveWithProto failed", e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return read(model, mapped, response, elapsed, elapsed.toMillis() >= 0.9 * seconds * 1000.0);
    }

    private SolveResult read(Model model, MpModelMapper.Mapped mapped, MPSolutionResponse response, Duration elapsed,
                             boolean timeRanOut) {
        String raw = response.getStatus().name()
                + (response.getStatusStr().isEmpty() ? "" : ": " + response.getStatusStr());
        OrToolsStatus.Mapping mapping = OrToolsStatus.map(response.getStatus(), response.getStatusStr(), timeRanOut);
        if (mapping.bridgeBroken()) {
            throw new AdapterFailure(id + ": request rejected by OR-Tools (" + raw + ")");
        }
        Termination termination = mapping.termination();
        Optional<double[]> point = Optional.empty();
        Optional<Double> objective = Optional.empty();
        if ((termination == Termination.OPTIMAL || termination == Termination.LIMIT)
                && response.getVariableValueCount() == model.variableCount()) {
            double[] x = new double[model.variableCount()];
            for (int j = 0; j < x.length; j++) {
                x[j] = response.getVariableValue(j);
            }
            point = Optional.of(x);
            if (response.hasObjectiveValue()) {
                objective = Optional.of(response.getObjectiveValue());
            }
        }
        Optional<double[]> solverDuals = MpModelMapper.dualsInModelOrder(mapped, response.getDualValueList());
        Optional<double[]> duals = Optional.empty();
        DualTrust trust = DualTrust.NONE;
        FeasibilityClaim dualClaim = FeasibilityClaim.UNDETERMINED;
        if (termination == Termination.OPTIMAL && optimalDualTrust != DualTrust.NONE && solverDuals.isPresent()) {
            duals = solverDuals;
            trust = optimalDualTrust;
            dualClaim = FeasibilityClaim.FEASIBLE;
        } else if (termination == Termination.INFEASIBLE || termination == Termination.INFEASIBLE_OR_UNBOUNDED) {
            Optional<double[]> ray = solverDuals.flatMap(y -> InfeasibilityRay.proving(model, y));
            if (ray.isPresent()) {
                duals = ray;
                trust = DualTrust.TRUSTED;
                termination = Termination.INFEASIBLE;
            } else if (termination == Termination.INFEASIBLE && infeasibleMayMeanUnbounded()) {
                termination = Termination.INFEASIBLE_OR_UNBOUNDED;
            }
        }
        FeasibilityClaim primalClaim = switch (termination) {
            case OPTIMAL -> FeasibilityClaim.FEASIBLE;
            case LIMIT -> point.isPresent() ? FeasibilityClaim.FEASIBLE : FeasibilityClaim.UNDETERMINED;
            case INFEASIBLE -> FeasibilityClaim.INFEASIBLE;
            default -> FeasibilityClaim.UNDETERMINED;
        };
        Optional<Double> bestBound = response.hasBestObjectiveBound() && point.isPresent()
                ? Optional.of(response.getBestObjectiveBound()) : Optional.empty();
        return new SolveResult(id, solverVersion(), termination, mapping.limit(), primalClaim, dualClaim, point,
                duals, trust, objective, bestBound, raw, elapsed);
    }
}
