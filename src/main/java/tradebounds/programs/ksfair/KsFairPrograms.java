package tradebounds.programs.ksfair;

import tradebounds.model.Bound;
import tradebounds.model.Expr;
import tradebounds.model.Model;
import tradebounds.model.ModelBuilder;
import tradebounds.model.Rational;
import tradebounds.model.Sense;

/**
 * The LPs of Sec. 2-3 over a {@link DiscreteTrade}, all maximizations. Every program except {@link #firstBest} lives
 * on {@link MechanismSpace} (BIC, IIR, ex-ante WBB). The KS-fair ones add the row
 * {@code ks_fair: U* . Pi(M) - Pi* . U(M) = 0} (Def. 3.1 cleared of denominators), with the benchmarks Pi*, U*
 * given exactly by the caller (the paper computes them before the LP, Sec. 3).
 */
public final class KsFairPrograms {
    private KsFairPrograms() {
    }

    /**
     * OPT_FB = E[(v - c)^+]: max GFT over x_i_j in [0,1] with no incentive rows (the First-Best benchmark is
     * the full-information optimum, so this LP has only the allocation variables).
     */
    public static Model firstBest(DiscreteTrade t) {
        ModelBuilder b = new ModelBuilder("ksfair-opt-fb");
        Expr.Builder gft = Expr.builder();
        for (int i = 0; i < t.buyers(); i++) {
            for (int j = 0; j < t.sellers(); j++) {
                int x = b.addVariable("x_" + i + "_" + j, Bound.between(Rational.ZERO, Rational.ONE));
                gft.add(x, t.f(i).multiply(t.g(j)).multiply(t.v(i).subtract(t.c(j))));
            }
        }
        return b.objective(Sense.MAXIMIZE, gft.build()).build();
    }

    /** OPT_SB: max GFT over M_{F,G}. */
    public static Model secondBest(DiscreteTrade t) {
        MechanismSpace s = MechanismSpace.of(t, "ksfair-opt-sb");
        return s.builder().objective(Sense.MAXIMIZE, s.gainsFromTrade()).build();
    }

    /** Pi*: max Pi(M) over M_{F,G} (the seller's ideal utility). */
    public static Model sellerIdeal(DiscreteTrade t) {
        MechanismSpace s = MechanismSpace.of(t, "ksfair-pi-star");
        return s.builder().objective(Sense.MAXIMIZE, s.sellerUtility()).build();
    }

    /** U*: max U(M) over M_{F,G} (the buyer's ideal utility). */
    public static Model buyerIdeal(DiscreteTrade t) {
        MechanismSpace s = MechanismSpace.of(t, "ksfair-u-star");
        return s.builder().objective(Sense.MAXIMIZE, s.buyerUtility()).build();
    }

    /** The GFT-optimal KS-fair mechanism: max GFT over KS-fair members of M_{F,G}. */
    public static Model ksFairGft(DiscreteTrade t, Rational piStar, Rational uStar) {
        MechanismSpace s = fair(t, "ksfair-gft", piStar, uStar);
        return s.builder().objective(Sense.MAXIMIZE, s.gainsFromTrade()).build();
    }

    /** The KS solution: max Pi(M) + U(M) over KS-fair members of M_{F,G} (App. A.1.2). */
    public static Model ksSolution(DiscreteTrade t, Rational piStar, Rational uStar) {
        MechanismSpace s = fair(t, "ksfair-ks-solution", piStar, uStar);
        Expr sum = Expr.builder().addAll(s.sellerUtility(), Rational.ONE).addAll(s.buyerUtility(), Rational.ONE)
                .build();
        return s.builder().objective(Sense.MAXIMIZE, sum).build();
    }

    /** The seller-optimal KS-fair mechanism: max Pi(M) over KS-fair members of M_{F,G}. */
    public static Model ksFairSeller(DiscreteTrade t, Rational piStar, Rational uStar) {
        MechanismSpace s = fair(t, "ksfair-seller-optimal", piStar, uStar);
        return s.builder().objective(Sense.MAXIMIZE, s.sellerUtility()).build();
    }

    /** The buyer-optimal KS-fair mechanism: max U(M) over KS-fair members of M_{F,G}. */
    public static Model ksFairBuyer(DiscreteTrade t, Rational piStar, Rational uStar) {
        MechanismSpace s = fair(t, "ksfair-buyer-optimal", piStar, uStar);
        return s.builder().objective(Sense.MAXIMIZE, s.buyerUtility()).build();
    }

    private static MechanismSpace fair(DiscreteTrade t, String name, Rational piStar, Rational uStar) {
        if (piStar.signum() <= 0 || uStar.signum() <= 0) {
            throw new IllegalArgumentException("KS-fairness needs Pi* > 0 and U* > 0 (got " + piStar + ", " + uStar
                    + "): the ratios of Def. 3.1 are undefined otherwise");
        }
        MechanismSpace s = MechanismSpace.of(t, name);
        Expr row = Expr.builder().addAll(s.sellerUtility(), uStar).addAll(s.buyerUtility(), piStar.negate()).build();
        s.builder().addRow("ks_fair", row, Bound.exactly(Rational.ZERO))
                .provenance("Pi*", piStar.toString()).provenance("U*", uStar.toString());
        return s;
    }
}
