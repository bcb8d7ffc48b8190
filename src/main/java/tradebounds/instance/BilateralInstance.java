package tradebounds.instance;

/**
 * A single-unit bilateral-trade instance given by two independent discrete laws, the seller's value law and the
 * buyer's (seed 000's model, Sec. 2.1): {@code seller} and {@code buyer} have strictly increasing nonnegative values
 * and positive masses summing to exactly 1 (checked by {@link BilateralInstanceReader}).
 */
public record BilateralInstance(Marginal seller, Marginal buyer) {
}
