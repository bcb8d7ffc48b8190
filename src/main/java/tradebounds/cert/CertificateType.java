package tradebounds.cert;

import java.util.Optional;

/** What a certificate is for; fixes which sections it must and may carry (FORMAT.md, "Types"). */
public enum CertificateType {
    /** A feasible point of a (possibly bilinear) program bounding its optimum; optionally a LEMMA instance. */
    QCP_WITNESS("qcp-witness"),
    /** A linear program with a dual witness (and optionally a primal one) bounding its optimum. */
    LP_OPTIMUM("lp-optimum"),
    /** An instance (explicit or by Lemma 3.3 / 6.1) on which every fixed price does badly. */
    INSTANCE_HARDNESS("instance-hardness"),
    /** An explicit instance on which the basic-price mechanism of Definition 4.1 does badly. */
    MECHANISM_COUNTEREXAMPLE("mechanism-counterexample"),
    /** A bisection tree per cell whose leaves bound a LET program from below (FORMAT.md section 4). */
    INTERVAL_COVER("interval-cover"),
    /** A LET program evaluated at one exact point, bounding its value there (FORMAT.md section 6). */
    POINT_VALUE("point-value"),
    /** A partition of the buyer region of (4.1) into boxes closed by exact multipliers (FORMAT.md section 5). */
    GUARANTEE_TREE("guarantee-tree");

    private final String keyword;

    CertificateType(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static Optional<CertificateType> fromKeyword(String word) {
        for (CertificateType t : values()) {
            if (t.keyword.equals(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
