package tradebounds.cert;

/**
 * The work budget checked while reading, before any arithmetic (lean-soplex style). A number's text may not
 * be longer than {@code bitsPerNumber} characters, its value may not need more than {@code bitsPerNumber}
 * bits (numerator plus denominator), all numbers together not more than {@code totalBits}, and the file not
 * more than {@code maxBytes}.
 */
public record Limits(int bitsPerNumber, long totalBits, long maxBytes) {
    /** 10000 bits per number, 2^24 bits in all (ample for ~30k terms), 256 MiB. */
    public static final Limits DEFAULT = new Limits(10_000, 1L << 24, 256L << 20);

    public Limits {
        if (bitsPerNumber <= 0 || totalBits <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
