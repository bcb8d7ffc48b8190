package tradebounds.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tradebounds.json.InputException;
import tradebounds.json.JsonReader;
import tradebounds.json.JsonValue;
import tradebounds.model.Rational;

/**
 * One row of {@code tradebounds audit --json}, as the report reads it back.
 *
 * @param claim       claim id
 * @param source      the paper's section
 * @param published   the published constant as printed by the audit (exact rational text, checked)
 * @param direction   {@code >=} or {@code <=}
 * @param regenerated what the audit established or found, in words
 * @param verdict     CERTIFIED, NUMERIC, REFUTED or OPEN
 * @param certificate repository-relative certificate path, or null
 * @param seconds     wall time the audit spent on the claim
 * @param established the exact certified bound (rational text, checked), or null
 * @param notes       one line each
 * @param family      the optional {@code family} member (rows of other tools may carry it), else null
 * @param statement   what kind of statement the verdict is about (the audit's {@code kind}: program-value,
 *                    constant, finite-instance, grid-analogue, theorem-on-family), or null in older audits
 * @param grid        the optional {@code grid} member: certified values of a grid analogue per grid size (empty
 *                    when absent; see {@link GridPoint})
 */
public record AuditEntry(String claim, String source, String published, String direction, String regenerated,
                         String verdict, String certificate, double seconds, String established, List<String> notes,
                         String family, String statement, List<GridPoint> grid) {
    /** The row without grid values (every audit before the {@code grid} member, and every non-grid claim). */
    public AuditEntry(String claim, String source, String published, String direction, String regenerated,
                      String verdict, String certificate, double seconds, String established, List<String> notes,
                      String family, String statement) {
        this(claim, source, published, direction, regenerated, verdict, certificate, seconds, established, notes,
                family, statement, List.of());
    }

    /**
     * One element of a row's optional {@code grid} array: {@code {"series": "U01-U0half", "cells": 25,
     * "pessimistic": "21/125", "optimistic": "273/1250", "constant": "3/16"}}. Every member but {@code cells} may be
     * missing or null (then that value is not drawn); numbers are exact rationals as text.
     *
     * @param series      which grid family (a marginal pair), or null for the row's only one
     * @param cells       the grid size
     * @param pessimistic the certified value on the pessimistic grid (a lower bound on the continuous constant)
     * @param optimistic  the certified value on the optimistic grid (an upper bound)
     * @param constant    the continuous constant of this series
     */
    public record GridPoint(String series, int cells, String pessimistic, String optimistic, String constant) {
    }

    /** The published value for reading: its decimal when short and exact, else 8 significant digits. */
    public String publishedShown() {
        return Rational.parse(published).toDisplay();
    }

    /** The certified bound rounded outward to 10 digits (up for "<=", down for ">="), or null. */
    public String establishedShown() {
        return established == null ? null : Rational.parse(established).toDecimal(10, direction.equals("<="))
                .stripTrailingZeros().toPlainString();
    }

    static final List<String> VERDICTS = List.of("CERTIFIED", "NUMERIC", "REFUTED", "OPEN");

    /** Reads the audit's JSON array; every defect is an {@link InputException} naming the file and the field. */
    public static List<AuditEntry> read(Path file) throws IOException, InputException {
        return parse(Files.readString(file), file.toString());
    }

    /** Parses the audit's JSON array; {@code name} names the source in errors. */
    public static List<AuditEntry> parse(String text, String name) throws InputException {
        JsonValue root = JsonReader.parse(text, name);
        if (!(root instanceof JsonValue.Arr arr)) {
            throw InputException.atField(name, "", "expected an array of audit rows, got " + root.typeName());
        }
        List<AuditEntry> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < arr.elements().size(); i++) {
            String at = "[" + i + "]";
            if (!(arr.elements().get(i) instanceof JsonValue.Obj o)) {
                throw InputException.atField(name, at, "expected an object, got " + arr.elements().get(i).typeName());
            }
            Fields f = new Fields(name, at, o.members());
            String verdict = f.text("verdict", false);
            if (!VERDICTS.contains(verdict)) {
                throw InputException.atField(name, at + ".verdict", "expected one of " + VERDICTS + ", got " + verdict);
            }
            if (!seen.add(f.text("claim", false))) {
                // One page per claim: a second row would silently overwrite the first one's page.
                throw InputException.atField(name, at + ".claim", "duplicate claim " + f.text("claim", false));
            }
            out.add(new AuditEntry(f.text("claim", false), f.text("source", true), f.rational("published", false),
                    f.text("direction", false), f.text("regenerated", true), verdict, f.text("certificate", true),
                    f.number("seconds"), f.rational("established", true), f.lines("notes"), f.text("family", true),
                    f.text("kind", true), grid(name, at, o.members().get("grid"))));
        }
        return out;
    }

    /** The optional grid member: absent or null is no grid values; a wrongly typed member is an error. */
    private static List<GridPoint> grid(String name, String at, JsonValue v) throws InputException {
        if (v == null || v instanceof JsonValue.Null) {
            return List.of();
        }
        if (!(v instanceof JsonValue.Arr a)) {
            throw InputException.atField(name, at + ".grid", "expected an array, got " + v.typeName());
        }
        List<GridPoint> out = new ArrayList<>();
        for (int j = 0; j < a.elements().size(); j++) {
            String here = at + ".grid[" + j + "]";
            if (!(a.elements().get(j) instanceof JsonValue.Obj o)) {
                throw InputException.atField(name, here, "expected an object, got " + a.elements().get(j).typeName());
            }
            Fields f = new Fields(name, here, o.members());
            double cells = f.number("cells");
            if (cells != Math.rint(cells) || cells < 1) {
                throw InputException.atField(name, here + ".cells", "expected a positive integer, got " + cells);
            }
            out.add(new GridPoint(f.text("series", true), (int) cells, f.rational("pessimistic", true),
                    f.rational("optimistic", true), f.rational("constant", true)));
        }
        return out;
    }

    /** Typed access to one row's members, with the file and field in every error. */
    private record Fields(String file, String at, Map<String, JsonValue> m) {
        String text(String key, boolean optional) throws InputException {
            JsonValue v = m.get(key);
            if (v == null || v instanceof JsonValue.Null) {
                if (optional) {
                    return null;
                }
                throw InputException.atField(file, at + "." + key, v == null ? "missing" : "must not be null");
            }
            if (v instanceof JsonValue.Str s) {
                return s.value();
            }
            throw InputException.atField(file, at + "." + key, "expected a string, got " + v.typeName());
        }

        /** An exact rational as the audit prints it ("14761/20000"), checked so the pages can draw it. */
        String rational(String key, boolean optional) throws InputException {
            String t = text(key, optional);
            if (t != null) {
                try {
                    Rational.parse(t);
                } catch (RuntimeException e) {
                    throw InputException.atField(file, at + "." + key, "not an exact rational: " + t);
                }
            }
            return t;
        }

        double number(String key) throws InputException {
            JsonValue v = m.get(key);
            if (v instanceof JsonValue.Num num) {
                return Double.parseDouble(num.text());
            }
            throw InputException.atField(file, at + "." + key, v == null ? "missing" : "expected a number, got "
                    + v.typeName());
        }

        List<String> lines(String key) throws InputException {
            JsonValue v = m.get(key);
            if (v == null || v instanceof JsonValue.Null) {
                return List.of();
            }
            if (!(v instanceof JsonValue.Arr a)) {
                throw InputException.atField(file, at + "." + key, "expected an array of strings, got " + v.typeName());
            }
            List<String> out = new ArrayList<>();
            for (int j = 0; j < a.elements().size(); j++) {
                if (!(a.elements().get(j) instanceof JsonValue.Str s)) {
                    throw InputException.atField(file, at + "." + key + "[" + j + "]", "expected a string, got "
                            + a.elements().get(j).typeName());
                }
                out.add(s.value());
            }
            return out;
        }
    }
}
