package tradebounds.family.ksfair;

import java.math.BigDecimal;
import java.util.function.Function;
import tradebounds.engine.interval.Interval;
import tradebounds.model.Rational;

/**
 * Rigorous evaluations (exact rationals or outward-rounded {@link Interval}s) of every number the paper states about
 * its examples. Zero-value seller throughout, so OPT_SB = OPT_FB = E[v] = U* (Sec. 5).
 * <ul>
 *   <li>Introduction, F = U[0,1]: price 1/5 is KS-fair with ratios 16/25 and GFT 12/25 = 96% of 1/2.</li>
 *   <li>Example 5.1 (not regular): OPT_SB, Pi* = sqrt(ln K), the KS-fair lambda-ROM and the KS-fair fixed price.</li>
 *   <li>Example 5.2 (regular), Lemma 5.6 and Lemma 5.2: q* of (2) through W, the same q* found independently as
 *       the root of alpha(q) = beta(q), the value (3), and the KS-fair (unbiased) ROM.</li>
 *   <li>Example 5.3 (MHR), Lemma 5.9: p* and the maximum of program (4).</li>
 * </ul>
 */
public final class PaperExamples {
    private static final Interval ONE = Interval.point(BigDecimal.ONE);
    private static final Interval E = Interval.exp(BigDecimal.ONE);

    private PaperExamples() {
    }

    /** The introduction's uniform example, exactly. */
    public record Uniform(Rational price, Rational seller, Rational buyer, Rational sellerIdeal, Rational buyerIdeal,
                          Rational gftRatio) {
    }

    /**
     * F = U[0,1]: Pi(p) = p(1-p), Pi* = 1/4 (price 1/2), U(p) = (1-p)^2/2, U* = 1/2 (price 0). KS-fairness
     * 4p(1-p) = (1-p)^2 has the unique root p = 1/5 in (0,1).
     */
    public static Uniform uniform() {
        Rational p = Rational.of(1, 5);
        Rational q = Rational.ONE.subtract(p);
        Rational seller = p.multiply(q);
        Rational buyer = q.multiply(q).divide(Rational.of(2));
        return new Uniform(p, seller, buyer, Rational.of(1, 4), Rational.of(1, 2),
                seller.add(buyer).divide(Rational.of(1, 2)));
    }

    /**
     * Example 5.1 at K &gt;= e^1 (so s = sqrt(ln K) &gt;= 1). With v† = K/(s+1): 1 - F(v) = 1/v on [1, v†],
     * ln K / (v + (s-1) K) on [v†, K], atom s/K at K. Hence E[v] = 1 + ln v† + ln K ln((s+1)/s), Pi* = s (price K),
     * U* = E[v] (price 0). SOM trades only at the atom (GFT s, U 0) and BOM posts 0 (Pi 0), so the KS-fair lambda is
     * 1/2 and the lambda-ROM has ratio 1/2 + s/(2 E[v]). Revenue is 1 on [1, v†] and U falls strictly there, so
     * the unique KS-fair fixed price solves U(p) = E[v]/s: ln p_f = ln v† + ln K ln((s+1)/s) - E[v]/s, with GFT
     * ratio (1 + E[v]/s)/E[v] (Prop. 5.1's "epsilon fraction").
     */
    public record Example51(long k, Interval optimum, Interval sellerIdeal, Interval optimumOverLogK,
                            Interval romRatio, Interval fixedPrice, Interval fixedPriceRatio) {
    }

    public static Example51 example51(long k) {
        Interval kk = Interval.of(Rational.of(k));
        Interval logK = Interval.log(kk);
        Interval s = sqrt(logK);
        Interval vDagger = kk.divide(s.add(ONE));
        Interval tail = logK.multiply(Interval.log(s.add(ONE).divide(s)));
        Interval opt = ONE.add(Interval.log(vDagger)).add(tail);
        Interval two = Interval.of(Rational.of(2));
        Interval rom = ONE.divide(two).add(s.divide(two.multiply(opt)));
        Interval logPf = Interval.log(vDagger).add(tail).subtract(opt.divide(s));
        Interval pf = Interval.exp(logPf);
        if (pf.lo().compareTo(BigDecimal.ONE) < 0 || !pf.below(vDagger)) {
            throw new ArithmeticException("KS-fair price " + pf + " is not inside [1, v†] at K = " + k);
        }
        return new Example51(k, opt, s, opt.divide(logK), rom, pf, ONE.add(opt.divide(s)).divide(opt));
    }

    /**
     * Example 5.2 at K: quantile q of price v(q) = K(1-q)/((K-1)q); alpha(q) = K(1-q)/(K-1),
     * beta(q) = 1 + ln q / ln K, Pi* = 1, U* = K ln K/(K-1). Program (1) is alpha + min(alpha, beta) U*: below the
     * crossing its q-derivative is K/(K-1) (1/q - 1) &gt; 0, above it alpha (1 + U*) falls, so the maximum is at
     * alpha(q*) = beta(q*), where the ratio is alpha(q*) (1 + U*)/U*.
     *
     * @param qStarFormula  q* from (2) with W enclosed by {@link LambertW}
     * @param qStarCrossing q* as the root of alpha = beta, by rigorous bisection (independent of (2))
     * @param valueFormula  expression (3)
     * @param valueCrossing alpha(q*) (1 + U*)/U* on {@code qStarCrossing}
     * @param romRatio      the KS-fair lambda-ROM (lambda = 1/2 here): 1/2 + (K-1)/(2 K ln K) (Lemma 5.2)
     */
    public record Example52(long k, Interval qStarFormula, Interval qStarCrossing, Interval valueFormula,
                            Interval valueCrossing, Interval romRatio) {
    }

    public static Example52 example52(long k) {
        Interval kk = Interval.of(Rational.of(k));
        Interval km1 = Interval.of(Rational.of(k - 1));
        Interval logK = Interval.log(kk);
        Interval y = Interval.exp(kk.divide(km1).multiply(logK)).multiply(logK).divide(km1);
        Interval w = LambertW.principal(y);
        Interval kLogK = kk.multiply(logK);
        Interval qFormula = km1.multiply(w).divide(kLogK);
        Interval bracket = kk.divide(km1).add(ONE.divide(logK));
        Interval valueFormula = kLogK.subtract(km1.multiply(w)).divide(kLogK).multiply(bracket);
        Function<BigDecimal, Interval> h = q -> {
            Interval qi = Interval.point(q);
            return kk.multiply(ONE.subtract(qi)).divide(km1).subtract(ONE).subtract(Interval.log(qi).divide(logK));
        };
        Interval qCross = decreasingRoot(h, Interval.of(Rational.of(1, k)).hi(), BigDecimal.ONE);
        Interval uStar = kLogK.divide(km1);
        Interval alpha = kk.multiply(ONE.subtract(qCross)).divide(km1);
        Interval valueCross = alpha.multiply(ONE.add(uStar)).divide(uStar);
        Interval two = Interval.of(Rational.of(2));
        Interval rom = ONE.divide(two).add(km1.divide(two.multiply(kLogK)));
        return new Example52(k, qFormula, qCross, valueFormula, valueCross, rom);
    }

    /**
     * Example 5.3: 1 - F(v) = e^{-v/e} on [0, e), atom 1/e at e. Pi* = 1 (price e), U* = E[v] = e - 1 (the paper
     * prints U* = e^{-1}; its own formula for (4) divides by e - 1). alpha(p) = p e^{-p/e} rises on [0, e] and
     * U* beta(p) = e^{1-p/e} - 1 falls; below the crossing (4) is e alpha / (e-1), rising; above it
     * (alpha + U* beta)/(e-1) has derivative -p e^{-p/e}/(e(e-1)) &lt; 0. So the maximum is at the root p_s of
     * (e-1) p e^{-p/e} = e^{1-p/e} - 1, with value e p_s e^{-p_s / e} / (e-1).
     */
    public record Example53(Interval pStar, Interval value, Interval buyerIdeal) {
    }

    public static Example53 example53() {
        Interval em1 = E.subtract(ONE);
        Function<BigDecimal, Interval> g = p -> {
            Interval pi = Interval.point(p);
            Interval decay = Interval.exp(pi.divide(E).negate());
            return em1.multiply(pi).multiply(decay).subtract(E.multiply(decay)).add(ONE);
        };
        Function<BigDecimal, Interval> minusG = p -> g.apply(p).negate();
        Interval p = decreasingRoot(minusG, BigDecimal.ZERO, BigDecimal.ONE);
        Interval value = E.multiply(p).multiply(Interval.exp(p.divide(E).negate())).divide(em1);
        return new Example53(p, value, em1);
    }

    /**
     * Two mechanisms against Lemma C.1 (App. C), each checked exactly or by enclosure here.
     * <ul>
     *   <li>Ex post, F = U[0,1] (atomless, Example C.3 with [0,1]): posted price 1/2 (x = 1{v &gt;= 1/2},
     *       p = x/2) and the seller paid p~(v) = (v - 1/2)^+. Both ex-post benchmarks are v (seller value 0), and
     *       both ex-post utilities are (v - 1/2)^+, so it is ex-post KS-fair; BIC and IIR hold (a posted price);
     *       E[p] = 1/4 &gt;= E[p~] = 1/8 (ex-ante WBB); GFT = 3/8 = 3/4 of OPT_SB = 1/2.</li>
     *   <li>Interim, Example 5.3's F (the single atom at the top that Sec. 2 admits): x(v) = 1/2, p(v) = 0 below e;
     *       x(e) = 1, p(e) = e/2; p~ = E[p] = 1/2. Then u(v) = v/2 = U*(v)/2 for every v (the type e is indifferent
     *       to reporting lower), pi(0) = 1/2 = Pi* . 1/2: interim KS-fair with ratio 1/2, GFT = (e - 2)/2 + 1 = e/2,
     *       a fraction e/(2(e-1)) ~ 0.791 of OPT_SB. The proof's step "p(v) = 0 for every v" fails at the atom.</li>
     * </ul>
     */
    public record LemmaC1(Rational expostBuyerPays, Rational expostSellerGets, Rational expostGftRatio,
                          Interval interimGftRatio) {
    }

    public static LemmaC1 lemmaC1() {
        Rational half = Rational.of(1, 2);
        // Over U[0,1]: E[1{v >= 1/2}/2] = 1/4, E[(v-1/2)^+] = (1/2)^2/2 = 1/8, E[v 1{v >= 1/2}] = (1 - 1/4)/2 = 3/8.
        Rational pays = half.multiply(half);
        Rational gets = half.multiply(half).multiply(half);
        Rational gft = Rational.ONE.subtract(half.multiply(half)).multiply(half);
        Interval two = Interval.of(Rational.of(2));
        Interval interim = E.divide(two.multiply(E.subtract(ONE)));
        return new LemmaC1(pays, gets, gft.divide(half), interim);
    }

    /**
     * An enclosure of the root of a strictly decreasing h on [a, b] with h(a) &gt; 0 &gt; h(b), by bisection on
     * rigorous signs: a midpoint whose enclosure h(m) straddles 0 ends the search (the root is within
     * the current bracket either way).
     */
    static Interval decreasingRoot(Function<BigDecimal, Interval> h, BigDecimal a, BigDecimal b) {
        if (h.apply(a).lo().signum() <= 0 || h.apply(b).hi().signum() >= 0) {
            throw new ArithmeticException("no proved sign change on [" + a + ", " + b + "]");
        }
        BigDecimal lo = a;
        BigDecimal hi = b;
        for (int k = 0; k < 120; k++) {
            BigDecimal m = lo.add(hi).divide(BigDecimal.valueOf(2));
            Interval v = h.apply(m);
            if (v.lo().signum() > 0) {
                lo = m;
            } else if (v.hi().signum() < 0) {
                hi = m;
            } else {
                break;
            }
        }
        return new Interval(lo, hi);
    }

    /** sqrt of a positive interval as exp(ln(x)/2), monotone. */
    static Interval sqrt(Interval x) {
        return Interval.exp(Interval.log(x).divideByPositive(BigDecimal.valueOf(2)));
    }
}
