package tradebounds.cert;

/** Why a certificate could not be read; stable keys, mapped one to one onto the checker's outcomes. */
public enum FormatError {
    /** Bad syntax, a section out of order, a bad number or a bad keyword. */
    MALFORMED,
    /** A count that does not match the lines or tokens that follow (e.g. a dropped line). */
    DIMENSION,
    /** A reference to a name not defined earlier. */
    UNKNOWN_NAME,
    /** A name defined twice, or an entry given twice. */
    DUPLICATE_NAME,
    /** A number or the whole file exceeds the bit budget; nothing was computed. */
    BUDGET_EXCEEDED,
    /** A well-formed header naming a format version this reader does not know. */
    UNSUPPORTED_VERSION,
    /** The file could not be read at all. */
    UNREADABLE
}
