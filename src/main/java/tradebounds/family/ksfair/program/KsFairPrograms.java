package tradebounds.family.ksfair.program;

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
        return secondBest(t, MechanismSpace.Ic.GLOBAL);
    }

    /** OPT_SB with the chosen BIC rows (same optimum, {@link MechanismSpace.Ic}). */
    public static Model secondBest(DiscreteTrade t, MechanismSpace.Ic ic) {
        MechanismSpace s = MechanismSpace.of(t, "ksfair-opt-sb", ic);
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

    /**
     * max (wSeller Pi(M) + wBuyer U(M)) over M_{F,G}: a supporting line of the utility region, used to trace the
     * Pareto frontier for the NSW-maximizing mechanism (Sec. 6).
     */
    public static Model weighted(DiscreteTrade t, Rational wSeller, Rational wBuyer) {
        MechanismSpace s = MechanismSpace.of(t, "ksfair-weighted");
        Expr e = Expr.builder().addAll(s.sellerUtility(), wSeller).addAll(s.buyerUtility(), wBuyer).build();
        return s.builder().provenance("weights", wSeller + " Pi + " + wBuyer + " U")
                .objective(Sense.MAXIMIZE, e).build();
    }

    /** The GFT-optimal KS-fair mechanism: max GFT over KS-fair members of M_{F,G}. */
    public static Model ksFairGft(DiscreteTrade t, Rational piStar, Rational uStar) {
        return ksFairGft(t, piStar, uStar, MechanismSpace.Ic.GLOBAL);
    }

    /** The GFT-optimal KS-fair mechanism with the chosen BIC rows (same optimum, {@link MechanismSpace.Ic}). */
    public static Model ksFairGft(DiscreteTrade t, Rational piStar, Rational uStar, MechanismSpace.Ic ic) {
        MechanismSpace s = fair(t, "ksfair-gft", piStar, uStar, ic);
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

    /** The GFT-optimal equitable mechanism (Def. A.4, App. B): max GFT subject to Pi(M) = U(M). */
    public static Model equitable(DiscreteTrade t) {
        MechanismSpace s = MechanismSpace.of(t, "ksfair-equitable");
        Expr row = Expr.builder().addAll(s.sellerUtility(), Rational.ONE).addAll(s.buyerUtility(), Rational.ONE.negate())
                .build();
        s.builder().addRow("equitable", row, Bound.exactly(Rational.ZERO));
        return s.builder().objective(Sense.MAXIMIZE, s.gainsFromTrade()).build();
    }

    /**
     * The GFT-optimal interim KS-fair mechanism (Def. C.1): one common ratio r in [0,1] (variable {@code r}) with
     * {@code iks_s_j: pi(c_j) - r Pi*(c_j) = 0} and {@code iks_b_i: u(v_i) - r U*(v_i) = 0}, where Pi*(c) and U*(v)
     * are the interim benchmarks (given by the caller, all positive: the ratios are undefined otherwise).
     */
    public static Model interimKsFair(DiscreteTrade t, Rational[] sellerIdeal, Rational[] buyerIdeal) {
        MechanismSpace s = MechanismSpace.of(t, "ksfair-interim");
        int r = s.builder().addVariable("r", Bound.between(Rational.ZERO, Rational.ONE));
        for (int j = 0; j < t.sellers(); j++) {
            positive(sellerIdeal[j], "Pi*(c_" + j + ")");
            Expr e = Expr.builder().addAll(s.sellerInterim(j, j), Rational.ONE).add(r, sellerIdeal[j].negate()).build();
            s.builder().addRow("iks_s_" + j, e, Bound.exactly(Rational.ZERO));
        }
        for (int i = 0; i < t.buyers(); i++) {
            positive(buyerIdeal[i], "U*(v_" + i + ")");
            Expr e = Expr.builder().addAll(s.buyerInterim(i, i), Rational.ONE).add(r, buyerIdeal[i].negate()).build();
            s.builder().addRow("iks_b_" + i, e, Bound.exactly(Rational.ZERO));
        }
        return s.builder().objective(Sense.MAXIMIZE, s.gainsFromTrade()).build();
    }

    /**
     * The GFT-optimal ex-post KS-fair mechanism (Def. C.2). For v &gt; c both ex-post benchmarks are v - c (full
     * information: trade at v or at c), so the condition is {@code eks_i_j: ps_ij - c_j x_ij = v_i x_ij - pb_ij}.
     * For v &lt;= c both benchmarks are 0 and the ratios are undefined; no row is imposed there (convention).
     */
    public static Model expostKsFair(DiscreteTrade t) {
        MechanismSpace s = MechanismSpace.of(t, "ksfair-expost");
        for (int i = 0; i < t.buyers(); i++) {
            for (int j = 0; j < t.sellers(); j++) {
                if (t.v(i).compareTo(t.c(j)) > 0) {
                    Expr e = Expr.builder().add(s.ps(i, j), Rational.ONE).add(s.pb(i, j), Rational.ONE)
                            .add(s.x(i, j), t.c(j).add(t.v(i)).negate()).build();
                    s.builder().addRow("eks_" + i + "_" + j, e, Bound.exactly(Rational.ZERO));
                }
            }
        }
        return s.builder().objective(Sense.MAXIMIZE, s.gainsFromTrade()).build();
    }

    private static void positive(Rational v, String what) {
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(what + " = " + v + ": interim KS-fairness needs positive benchmarks");
        }
    }

    private static MechanismSpace fair(DiscreteTrade t, String name, Rational piStar, Rational uStar) {
        return fair(t, name, piStar, uStar, MechanismSpace.Ic.GLOBAL);
    }

    private static MechanismSpace fair(DiscreteTrade t, String name, Rational piStar, Rational uStar,
                                       MechanismSpace.Ic ic) {
        if (piStar.signum() <= 0 || uStar.signum() <= 0) {
            throw new IllegalArgumentException("KS-fairness needs Pi* > 0 and U* > 0 (got " + piStar + ", " + uStar
                    + "): the ratios of Def. 3.1 are undefined otherwise");
        }
        MechanismSpace s = MechanismSpace.of(t, name, ic);
        Expr row = Expr.builder().addAll(s.sellerUtility(), uStar).addAll(s.buyerUtility(), piStar.negate()).build();
        s.builder().addRow("ks_fair", row, Bound.exactly(Rational.ZERO))
                .provenance("Pi*", piStar.toString()).provenance("U*", uStar.toString());
        return s;
    }
}
