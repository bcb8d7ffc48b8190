package tradebounds.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tradebounds.family.ksfair.OfferMechanisms;
import tradebounds.family.ksfair.program.DiscreteTrade;
import tradebounds.family.ksfair.program.KsFairPrograms;
import tradebounds.instance.BilateralInstance;
import tradebounds.instance.BilateralInstanceReader;
import tradebounds.json.InputException;
import tradebounds.model.Model;
import tradebounds.model.Rational;

/**
 * Resolves {@code --program ksfair-... --instance FILE} (a {@code "bilateral"} instance file) to one of the mechanism
 * LPs of seed 000. The fairness programs need Pi* and U* before the LP (Sec. 3); they are taken exactly from the
 * seller- and buyer-offer mechanisms, which attain them (Myerson), as the KS-fair audit does.
 */
final class KsFairOption {
    /** The LPs a file can feed; the other ksfair ids (P_REG, P_MHR, the examples) are not LPs over an instance. */
    static final List<String> IDS = List.of("ksfair-opt-fb", "ksfair-opt-sb", "ksfair-pi-star", "ksfair-u-star",
            "ksfair-gft", "ksfair-ks-solution", "ksfair-seller-optimal", "ksfair-buyer-optimal", "ksfair-equitable",
            "ksfair-interim", "ksfair-expost", "ksfair-weighted");

    private KsFairOption() {
    }

    /** Whether the options ask for a KS-fair LP (so that {@link ProgramOption} hands them here). */
    static boolean applies(Args a) {
        String program = a.get("program", null);
        return a.get("instance", null) != null || (program != null && program.startsWith("ksfair-"));
    }

    static Model resolve(Args a, String command) {
        String program = a.get("program", null);
        String file = a.get("instance", null);
        for (String k : new String[] {"claim", "prices", "pair", "cells", "placement", "units"}) {
            if (a.get(k, null) != null) {
                throw new UsageException(command + ": --" + k + " does not apply to the KS-fair LPs (--program ID "
                        + "--instance FILE)");
            }
        }
        if (program == null || !IDS.contains(program)) {
            throw new UsageException(command + ": --instance FILE takes --program, one of " + IDS
                    + (program == null ? "" : "; got '" + program + "'"));
        }
        if (file == null) {
            throw new UsageException(command + ": KS-fair program " + program + " needs --instance FILE (an instance "
                    + "of kind \"bilateral\")");
        }
        if (a.get("weights", null) != null && !program.equals("ksfair-weighted")) {
            throw new UsageException(command + ": --weights applies to ksfair-weighted only");
        }
        DiscreteTrade t = trade(read(file, command));
        return switch (program) {
            case "ksfair-opt-fb" -> KsFairPrograms.firstBest(t);
            case "ksfair-opt-sb" -> KsFairPrograms.secondBest(t);
            case "ksfair-pi-star" -> KsFairPrograms.sellerIdeal(t);
            case "ksfair-u-star" -> KsFairPrograms.buyerIdeal(t);
            case "ksfair-gft" -> KsFairPrograms.ksFairGft(t, piStar(t), uStar(t));
            case "ksfair-ks-solution" -> KsFairPrograms.ksSolution(t, piStar(t), uStar(t));
            case "ksfair-seller-optimal" -> KsFairPrograms.ksFairSeller(t, piStar(t), uStar(t));
            case "ksfair-buyer-optimal" -> KsFairPrograms.ksFairBuyer(t, piStar(t), uStar(t));
            case "ksfair-equitable" -> KsFairPrograms.equitable(t);
            case "ksfair-interim" -> {
                Rational[][] ideal = OfferMechanisms.interimIdeals(t);
                yield KsFairPrograms.interimKsFair(t, ideal[0], ideal[1]);
            }
            case "ksfair-expost" -> KsFairPrograms.expostKsFair(t);
            case "ksfair-weighted" -> weighted(t, a.get("weights", null), command);
            default -> throw new IllegalStateException(program);
        };
    }

    static BilateralInstance read(String file, String command) {
        try {
            return BilateralInstanceReader.read(Path.of(file));
        } catch (InputException e) {
            throw new UsageException(command + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException(command + ": " + file + ": cannot read: " + e.getMessage());
        }
    }

    /** The reader's rules (sorted, distinct, positive masses summing to 1) are DiscreteTrade's. */
    static DiscreteTrade trade(BilateralInstance i) {
        return new DiscreteTrade(i.buyer().values(), i.buyer().masses(), i.seller().values(), i.seller().masses());
    }

    static Rational piStar(DiscreteTrade t) {
        return OfferMechanisms.sellerOffer(t).seller();
    }

    static Rational uStar(DiscreteTrade t) {
        return OfferMechanisms.buyerOffer(t).buyer();
    }

    private static Model weighted(DiscreteTrade t, String spec, String command) {
        if (spec == null) {
            throw new UsageException(command + ": ksfair-weighted needs --weights W_SELLER,W_BUYER (exact rationals)");
        }
        String[] w = spec.split(",", -1);
        try {
            if (w.length != 2) {
                throw new NumberFormatException("expected two weights, got " + w.length);
            }
            return KsFairPrograms.weighted(t, Rational.parse(w[0].trim()), Rational.parse(w[1].trim()));
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --weights \"" + spec + "\": " + e.getMessage());
        }
    }
}
