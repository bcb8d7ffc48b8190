package tradebounds.claims;

import java.util.Locale;

/**
 * What a verdict is about (issue 13, item 5). A CERTIFIED or REFUTED verdict states something checked about exactly
 * this kind of object, and nothing more:
 * <ul>
 *   <li>{@link #PROGRAM_VALUE}: the optimum (or value at a point) of a finite-dimensional program as built from the
 *       paper's printed formulas;</li>
 *   <li>{@link #CONSTANT}: a closed-form number printed in the paper (enclosed; an exact rational that is not a double
 *       can only be bracketed, so CERTIFIED then means "the bracket contains the published value");</li>
 *   <li>{@link #FINITE_INSTANCE}: an explicit finite instance or mechanism, every constraint checked exactly;</li>
 *   <li>{@link #GRID_ANALOGUE}: a finite grid version of a continuous statement (a different instance);</li>
 *   <li>{@link #THEOREM_ON_FAMILY}: a universal theorem tested on a family of instances, which can only be REFUTED
 *       (by a checked counterexample) or OPEN, never CERTIFIED or NUMERIC.</li>
 * </ul>
 * A registry claim names its kind in {@code method.statementKind}; otherwise the method type decides.
 */
public enum StatementKind {
    PROGRAM_VALUE("program value"),
    CONSTANT("constant"),
    FINITE_INSTANCE("finite instance"),
    GRID_ANALOGUE("grid analogue"),
    THEOREM_ON_FAMILY("theorem on a family");

    private final String label;

    StatementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The registry key, e.g. {@code program-value}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static StatementKind parse(String key) {
        for (StatementKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("statementKind must be one of program-value, constant, finite-instance,"
                + " grid-analogue, theorem-on-family; got \"" + key + "\"");
    }

    /** The claim's kind: {@code method.statementKind} if given, else by method type. */
    public static StatementKind of(Claim c) {
        String explicit = c.method().get("statementKind");
        if (explicit != null) {
            return parse(explicit);
        }
        return switch (c.methodType()) {
            case "falsify" -> FINITE_INSTANCE;
            case "ksfair-lp" -> THEOREM_ON_FAMILY;
            case "robust-grid" -> GRID_ANALOGUE;
            // a Monte Carlo table cell: the exact or enclosed value of a finite model under a stated reading
            case "groups-table1" -> CONSTANT;
            default -> PROGRAM_VALUE;
        };
    }

    /** The verdicts this kind admits: a theorem tested on a family is only ever REFUTED or OPEN. */
    public boolean admits(Verdict v) {
        return this != THEOREM_ON_FAMILY || v == Verdict.REFUTED || v == Verdict.OPEN;
    }
}
