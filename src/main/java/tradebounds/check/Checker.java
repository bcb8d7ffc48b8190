package tradebounds.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Certificate.Dual;
import tradebounds.cert.Certificate.Program;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Limits;
import tradebounds.cert.TreeCertificateReader;
import tradebounds.instance.FixedPriceInstance;
import tradebounds.model.Model;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * The exact checker: one forward pass over one certificate, no global state, no solver, no search. The
 * semantics are those of {@code certificates/FORMAT.md}; the order of the pass is: read (syntax, names, budget),
 * type rules, SOL feasibility, objective claims, dual, instance (explicit or by Lemma 3.3 / 6.1), ratio claims.
 * The first failure is reported, with the line at fault.
 */
public final class Checker {
    private Checker() {
    }

    public static CheckOutcome check(Path file) {
        return check(file, Limits.DEFAULT);
    }

    public static CheckOutcome check(Path file, Limits limits) {
        if (TreeCertificateReader.isTreeFile(file)) {
            return TreeChecks.check(file, limits);
        }
        try {
            return check(CertificateReader.read(file, limits));
        } catch (CertificateException e) {
            return unreadable(e);
        }
    }

    /** Checks certificate text; {@code source} is used in {@code file:line}. */
    public static CheckOutcome check(String text, String source) {
        return check(text, source, Limits.DEFAULT);
    }

    public static CheckOutcome check(String text, String source, Limits limits) {
        try {
            return check(CertificateReader.read(text, source, limits));
        } catch (CertificateException e) {
            return unreadable(e);
        }
    }

    /** Exit code for the CLI: 0 proved, 1 rejected, 2 malformed (structural rejection), 3 unchecked. */
    public static int exitCode(CheckOutcome outcome) {
        if (outcome instanceof Proved) {
            return 0;
        }
        if (outcome instanceof Rejected r) {
            return r.reason().structural() ? 2 : 1;
        }
        return 3;
    }

    /** Checks a certificate already read (or built in memory). */
    public static CheckOutcome check(Certificate c) {
        Map<Quantity, Rational> values = new EnumMap<>(Quantity.class);
        List<String> notes = new ArrayList<>();
        try {
            TypeRules.require(c);
            if (c.type() == CertificateType.INTERVAL_COVER) {
                Covers.check(c, values, notes);
                return new Proved(c.source(), c.type(), c.claims(), values, notes);
            }
            if (c.type() == CertificateType.POINT_VALUE) {
                PointValues.check(c, values, notes);
                return new Proved(c.source(), c.type(), c.claims(), values, notes);
            }
            Optional<Rational> objective = Optional.empty();
            if (c.program().isPresent() && c.solution().isPresent()) {
                objective = Optional.of(feasibleObjective(c, c.program().get(), values));
            }
            Optional<Rational> dualBound = Optional.empty();
            if (c.dual().isPresent()) {
                dualBound = dualBound(c, c.program().orElseThrow(), c.dual().get(), values);
            }
            for (Claim claim : c.claims()) {
                if (claim.kind() == ClaimKind.OBJECTIVE_AT_MOST || claim.kind() == ClaimKind.OBJECTIVE_AT_LEAST) {
                    objectiveClaim(c, claim, objective, dualBound);
                }
            }
            Optional<FixedPriceInstance> instance = instance(c, values, notes);
            if (instance.isPresent()) {
                Ratios.check(c, instance.get(), values, notes);
            }
        } catch (Refusal r) {
            return r.toRejected();
        }
        return new Proved(c.source(), c.type(), c.claims(), values, notes);
    }

    /** Every variable bound and every row holds exactly at SOL; returns the objective value there. */
    private static Rational feasibleObjective(Certificate c, Program p, Map<Quantity, Rational> values)
            throws Refusal {
        Model m = p.model();
        Rational[] x = c.solution().get().point(m);
        PointCheck.Violation v = PointCheck.maxViolation(m, x);
        if (!v.feasible()) {
            // PointCheck names the worst violation "variable <name>" or "row <name>"; names have no spaces.
            String[] kindAndName = v.where().split(" ", 2);
            boolean row = kindAndName[0].equals("row");
            int line = row ? p.rowLines().get(rowIndex(m, kindAndName[1]))
                    : p.variableLines().get(m.indexOf(kindAndName[1]));
            throw new Refusal(row ? Reason.ROW_VIOLATED : Reason.BOUND_VIOLATED, c.where(line),
                    v.where() + " is violated by " + v.amount() + " at SOL");
        }
        Rational obj = PointCheck.objectiveValue(m, x);
        values.put(Quantity.MAX_VIOLATION, Rational.ZERO);
        values.put(Quantity.OBJECTIVE, obj);
        return obj;
    }

    /** Split parts nonnegative, then the Neumaier-Shcherbina bound of {@link DualBound} (empty if void). */
    private static Optional<Rational> dualBound(Certificate c, Program p, Dual d, Map<Quantity, Rational> values)
            throws Refusal {
        Rational[] y = new Rational[d.plus().size()];
        for (int r = 0; r < y.length; r++) {
            if (d.plus().get(r).signum() < 0 || d.minus().get(r).signum() < 0) {
                throw new Refusal(Reason.DUAL_SIGN, c.where(d.lines().get(r)), "split dual parts of row "
                        + p.model().rows().get(r).name() + " must be >= 0, got " + d.plus().get(r) + " and "
                        + d.minus().get(r));
            }
            y[r] = d.plus().get(r).subtract(d.minus().get(r));
        }
        Optional<Rational> bound = DualBound.bound(p.model(), y);
        boolean min = p.model().objective().sense() == Sense.MINIMIZE;
        bound.ifPresent(b -> values.put(min ? Quantity.DUAL_LOWER_BOUND : Quantity.DUAL_UPPER_BOUND, b));
        return bound;
    }

    private static void objectiveClaim(Certificate c, Claim claim, Optional<Rational> objective,
                                       Optional<Rational> dualBound) throws Refusal {
        boolean min = c.program().orElseThrow().model().objective().sense() == Sense.MINIMIZE;
        boolean atMost = claim.kind() == ClaimKind.OBJECTIVE_AT_MOST;
        String at = c.where(claim.line());
        if (min == atMost) {
            // Primal side: a feasible point bounds a min from above and a max from below.
            Rational obj = objective.orElseThrow(() -> new Refusal(Reason.MISSING_SECTION, at,
                    "this claim is proved by SOL, and there is none"));
            int cmp = obj.compareTo(claim.bound());
            if (atMost ? cmp > 0 : cmp < 0) {
                throw new Refusal(atMost ? Reason.OBJECTIVE_ABOVE_CLAIM : Reason.OBJECTIVE_BELOW_CLAIM, at,
                        "objective at SOL is " + obj + ", claim is " + claim.bound());
            }
            return;
        }
        if (c.dual().isEmpty()) {
            throw new Refusal(Reason.MISSING_SECTION, at, "this claim is proved by DUAL, and there is none");
        }
        Rational b = dualBound.orElseThrow(() -> new Refusal(Reason.BOUND_NOT_IMPLIED, at,
                "the dual bound is void: a multiplier or reduced cost leans on an infinite end"));
        int cmp = b.compareTo(claim.bound());
        if (atMost ? cmp > 0 : cmp < 0) {
            throw new Refusal(Reason.BOUND_NOT_IMPLIED, at, "safe dual bound is " + b + ", claim is " + claim.bound());
        }
    }

    private static Optional<FixedPriceInstance> instance(Certificate c, Map<Quantity, Rational> values,
                                                         List<String> notes) throws Refusal {
        if (c.instance().isPresent()) {
            return Optional.of(Instances.fromSection(c, c.instance().get()));
        }
        if (c.lemma().isEmpty()) {
            return Optional.empty();
        }
        Certificate.Lemma lemma = c.lemma().get();
        FixedPriceInstance instance = Instances.fromLemma(c, lemma, c.solution().orElseThrow());
        values.put(Quantity.EPS, lemma.eps());
        c.solution().get().value("r").ifPresent(r -> values.put(Quantity.R_PLUS_EPS, r.add(lemma.eps())));
        return Optional.of(instance);
    }

    private static int rowIndex(Model m, String name) {
        for (int r = 0; r < m.rows().size(); r++) {
            if (m.rows().get(r).name().equals(name)) {
                return r;
            }
        }
        throw new IllegalStateException("PointCheck named an unknown row " + name);
    }

    static CheckOutcome unreadable(CertificateException e) {
        return switch (e.error()) {
            case BUDGET_EXCEEDED -> new Unchecked(Unchecked.Cause.BUDGET_EXCEEDED, e.where(), e.reason());
            case UNSUPPORTED_VERSION -> new Unchecked(Unchecked.Cause.UNSUPPORTED_VERSION, e.where(), e.reason());
            case MALFORMED -> new Rejected(Reason.MALFORMED, e.where(), e.reason());
            case DIMENSION -> new Rejected(Reason.DIMENSION, e.where(), e.reason());
            case UNKNOWN_NAME -> new Rejected(Reason.UNKNOWN_NAME, e.where(), e.reason());
            case DUPLICATE_NAME -> new Rejected(Reason.DUPLICATE_NAME, e.where(), e.reason());
            case UNREADABLE -> new Rejected(Reason.UNREADABLE, e.where(), e.reason());
        };
    }

    /** Which sections each TYPE needs and admits, and which claims it may make (FORMAT.md, "Types"). */
    static final class TypeRules {
        private TypeRules() {
        }

        static void require(Certificate c) throws Refusal {
            String at = c.where(c.typeLine());
            boolean program = c.program().isPresent();
            boolean sol = c.solution().isPresent();
            boolean dual = c.dual().isPresent();
            boolean lemma = c.lemma().isPresent();
            boolean inst = c.instance().isPresent();
            boolean basic = c.basicPrices().isPresent();
            boolean cover = c.cover().isPresent();
            boolean coverType = c.type() == CertificateType.INTERVAL_COVER || c.type() == CertificateType.POINT_VALUE;
            if (cover != coverType) {
                throw new Refusal(cover ? Reason.UNUSED_SECTION : Reason.MISSING_SECTION, at,
                        "the cover sections go with TYPE interval-cover or point-value and only with them");
            }
            Set<ClaimKind> allowed;
            switch (c.type()) {
                case QCP_WITNESS -> {
                    need(at, program && sol, "needs VAR, CON, OBJ and SOL");
                    refuse(at, dual || inst || basic, "does not use DUAL, INSTANCE or BASICPRICES");
                    allowed = EnumSet.of(ClaimKind.OBJECTIVE_AT_MOST, ClaimKind.OBJECTIVE_AT_LEAST,
                            ClaimKind.RATIO_AT_MOST);
                }
                case LP_OPTIMUM -> {
                    need(at, program && dual, "needs VAR, CON, OBJ and DUAL");
                    refuse(at, lemma || inst || basic, "does not use LEMMA, INSTANCE or BASICPRICES");
                    if (!c.program().get().model().isLinear()) {
                        throw new Refusal(Reason.CLAIM_NOT_ALLOWED, at, "lp-optimum needs a linear program");
                    }
                    allowed = EnumSet.of(ClaimKind.OBJECTIVE_AT_MOST, ClaimKind.OBJECTIVE_AT_LEAST);
                }
                case INSTANCE_HARDNESS -> {
                    need(at, lemma || inst, "needs LEMMA or INSTANCE");
                    refuse(at, dual || basic, "does not use DUAL or BASICPRICES");
                    allowed = EnumSet.of(ClaimKind.RATIO_AT_MOST, ClaimKind.OBJECTIVE_AT_MOST,
                            ClaimKind.OBJECTIVE_AT_LEAST);
                }
                case MECHANISM_COUNTEREXAMPLE -> {
                    need(at, inst && basic, "needs INSTANCE and BASICPRICES");
                    refuse(at, program || sol || dual || lemma, "does not use VAR, SOL, DUAL or LEMMA");
                    allowed = EnumSet.of(ClaimKind.MECHANISM_RATIO_BELOW, ClaimKind.RATIO_AT_MOST);
                }
                case INTERVAL_COVER -> {
                    refuse(at, program || sol || dual || lemma || inst || basic, "uses only the cover sections");
                    allowed = EnumSet.of(ClaimKind.MINIMUM_AT_LEAST);
                }
                case POINT_VALUE -> {
                    refuse(at, program || sol || dual || lemma || inst || basic, "uses only the point-value sections");
                    allowed = EnumSet.of(ClaimKind.VALUE_BELOW, ClaimKind.VALUE_AT_MOST, ClaimKind.VALUE_ABOVE,
                            ClaimKind.VALUE_AT_LEAST);
                }
                default -> throw new IllegalStateException("unknown type " + c.type());
            }
            for (Claim claim : c.claims()) {
                String where = c.where(claim.line());
                if (!allowed.contains(claim.kind())) {
                    throw new Refusal(Reason.CLAIM_NOT_ALLOWED, where, c.type().keyword() + " does not make '"
                            + claim.kind().subject() + " " + claim.kind().relation() + "' claims");
                }
                switch (claim.kind()) {
                    case OBJECTIVE_AT_MOST, OBJECTIVE_AT_LEAST -> need(where, program, "needs a program");
                    case RATIO_AT_MOST -> need(where, lemma || inst, "needs LEMMA or INSTANCE");
                    case MECHANISM_RATIO_BELOW -> need(where, inst && basic, "needs INSTANCE and BASICPRICES");
                    case MINIMUM_AT_LEAST -> need(where, cover, "needs the cover sections");
                    case VALUE_BELOW, VALUE_AT_MOST, VALUE_ABOVE, VALUE_AT_LEAST -> need(where, cover, "needs POINT");
                    default -> throw new IllegalStateException("unknown claim " + claim.kind());
                }
            }
        }

        private static void need(String where, boolean present, String what) throws Refusal {
            if (!present) {
                throw new Refusal(Reason.MISSING_SECTION, where, what);
            }
        }

        private static void refuse(String where, boolean present, String what) throws Refusal {
            if (present) {
                throw new Refusal(Reason.UNUSED_SECTION, where, what);
            }
        }
    }
}
