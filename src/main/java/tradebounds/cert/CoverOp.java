package tradebounds.cert;

import java.util.Optional;

/** The operations of a cover's LET program (FORMAT.md section 4); the checker gives each its interval rule. */
public enum CoverOp {
    ADD("add", 2), SUB("sub", 2), MUL("mul", 2), DIV("div", 2), NEG("neg", 1), POS("pos", 1), MIN("min", 2),
    MAX("max", 2), LOG("log", 1), LOG1P("log1p", 1), EXP("exp", 1), EXPREL("exprel", 1), LOGREL("logrel", 1),
    SHARE("share", 3), LAMBERTW("lambertw", 1);

    private final String keyword;
    private final int arity;

    CoverOp(String keyword, int arity) {
        this.keyword = keyword;
        this.arity = arity;
    }

    public String keyword() {
        return keyword;
    }

    public int arity() {
        return arity;
    }

    public static Optional<CoverOp> fromKeyword(String word) {
        for (CoverOp op : values()) {
            if (op.keyword.equals(word)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
