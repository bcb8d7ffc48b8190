package tradebounds.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tradebounds.check.DualBound;
import tradebounds.check.PointCheck;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Sense;
import tradebounds.solve.DualTrust;
import tradebounds.solve.ResultValidator;
import tradebounds.solve.SolveResult;

/**
 * One adapter's candidate, measured exactly.
 *
 * @param result        the untrusted candidate
 * @param violation     exact maximum violation of the returned point (empty without a point)
 * @param safeBound     exact bound implied by the returned duals (empty: no duals, nonlinear, or -inf)
 * @param dualsVerdict  plain words: "none", "tight", "valid but loose by X", "useless (-inf)"
 * @param breaches      status-contract breaches found by the result validator
 */
public record Assessment(String adapterId, SolveResult result, Optional<PointCheck.Violation> violation,
                         Optional<Rational> safeBound, String dualsVerdict, java.util.List<String> breaches) {
    /** Relative gap under which a safe bound counts as meeting the objective. */
    public static final double TIGHT = 1e-6;

    public static Assessment of(Model model, SolveResult r) {
        Optional<PointCheck.Violation> v = r.point().map(x -> PointCheck.maxViolation(model, x));
        Optional<Rational> bound = Optional.empty();
        String duals = "none";
        if (r.duals().isPresent() && model.isLinear()) {
            bound = DualBound.bound(model, projected(model, r.duals().get()));
            if (bound.isEmpty()) {
                duals = "useless (bound -inf)";
            } else if (r.objective().isPresent()) {
                double obj = r.objective().get();
                double b = bound.get().toDouble();
                double gap = model.objective().sense() == Sense.MINIMIZE ? obj - b : b - obj;
                if (Math.abs(gap) <= TIGHT * Math.max(1, Math.abs(obj))) {
                    duals = "tight";
                } else if (gap > 0) {
                    duals = String.format("valid, loose by %.3g", gap);
                } else {
                    duals = String.format("bound beyond objective by %.3g", -gap);
                }
            } else {
                duals = "bound " + bound.get().toDisplay();
            }
            if (r.dualTrust() == DualTrust.KNOWN_DEFECT) {
                duals += " [known defect]";
            }
        }
        return new Assessment(r.adapterId(), r, v, bound, duals, ResultValidator.breaches(model, r));
    }

    /**
     * The duals with each multiplier that leans on an infinite row end set to zero. Any y gives a valid bound, so
     * this only turns a -inf bound caused by a tiny wrong-signed multiplier into a finite one (Neumaier-Shcherbina).
     */
    public static double[] projected(Model model, double[] y) {
        double[] p = y.clone();
        boolean max = model.objective().sense() == Sense.MAXIMIZE;
        for (int i = 0; i < p.length; i++) {
            var b = model.rows().get(i).bound();
            double lean = max ? -p[i] : p[i];
            if ((lean > 0 && b.lo() == null) || (lean < 0 && b.hi() == null)) {
                p[i] = 0;
            }
        }
        return p;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("solver", adapterId);
        m.put("version", result.solverVersion());
        m.put("termination", result.termination().toString());
        m.put("objective", result.objective().orElse(null));
        m.put("bestBound", result.bestBound().orElse(null));
        m.put("seconds", result.elapsed().toMillis() / 1000.0);
        m.put("maxViolation", violation.map(x -> x.amount().toDisplay()).orElse(null));
        m.put("worstAt", violation.map(PointCheck.Violation::where).orElse(null));
        m.put("dualTrust", result.dualTrust().toString());
        m.put("safeBound", safeBound.map(Rational::toDisplay).orElse(null));
        m.put("duals", dualsVerdict);
        m.put("contractBreaches", breaches);
        return m;
    }
}
