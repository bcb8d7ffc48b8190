package tradebounds.family.groups.mechanism;

/**
 * The four distribution families of the experiments (Sec. 6). With mean mu: NORMAL is N(mu, (1/5)^2) truncated as
 * a {@link Truncation} says; UNIFORM is U[mu - 2/5, mu + 2/5]; BERNOULLI is Ber(mu); MIXED is the equal-weight
 * mixture (1/3 each) of the other three with the same mu.
 */
public enum Shape {
    NORMAL,
    UNIFORM,
    BERNOULLI,
    MIXED;

    /** Lower-case key used in claim ids ({@code bern}, {@code unif}, ...). */
    public String key() {
        return switch (this) {
            case NORMAL -> "norm";
            case UNIFORM -> "unif";
            case BERNOULLI -> "bern";
            case MIXED -> "mixed";
        };
    }
}
