package tradebounds.instance;

/**
 * A k-unit bilateral trade instance with independent seller and buyer, each given as a distribution over
 * marginal vectors of length {@code units}.
 */
public record FixedPriceInstance(int units, Distribution seller, Distribution buyer) {
}
