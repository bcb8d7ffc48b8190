package tradebounds.json;

/**
 * A malformed input file: the user's fault, deterministic, and reported on one line naming the file and either
 * the position ({@code inst.json:3:17: ...}) or the field ({@code inst.json: seller[1].values[0]: ...}).
 * The CLI maps it to exit code 2 (malformed input or usage), distinct from "rejected" and "unchecked".
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final int line;
    private final int column;
    private final String detail;

    private InputException(String file, String field, int line, int column, String detail) {
        super(format(file, field, line, column, detail));
        this.file = file;
        this.field = field;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** A syntax error at a 1-based line and column. */
    public static InputException atPosition(String file, int line, int column, String detail) {
        return new InputException(file, "", line, column, detail);
    }

    /** A well-formed document whose field (a path such as {@code seller[2].prob}, or "" for the root) is wrong. */
    public static InputException atField(String file, String field, String detail) {
        return new InputException(file, field, 0, 0, detail);
    }

    private static String format(String file, String field, int line, int column, String detail) {
        if (line > 0) {
            return file + ":" + line + ":" + column + ": " + detail;
        }
        return file + ": " + (field.isEmpty() ? "(document)" : field) + ": " + detail;
    }

    public String file() {
        return file;
    }

    /** The field path, or "" for a syntax error. */
    public String field() {
        return field;
    }

    /** 1-based line of a syntax error, 0 for a field error. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without file and location. */
    public String detail() {
        return detail;
    }
}
