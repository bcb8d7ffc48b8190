package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static tradebounds.check.Twins.drop;
import static tradebounds.check.Twins.lineOf;
import static tradebounds.check.Twins.proved;
import static tradebounds.check.Twins.rejected;
import static tradebounds.check.Twins.replace;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Limits;
import tradebounds.model.Rational;

/**
 * Corrupted twins of every example certificate, built by line edits of the good text, each with the reason the
 * checker must give. Where the reason depends on the checking order, the test says why.
 */
class CorruptedTwinsTest {

    @Nested
    class LpOptimum {
        final String good = Twins.example("lp-optimum-toy.cert");

        @Test
        void goodIsProved() {
            proved(good);
        }

        @Test
        void pointViolatingANonFirstRowNamesThatRow() {
            // (1, 1/4) satisfies c1 (5/4 >= 1) and violates only c2 (3/4 > 1/2): the VIPR i/j bug would miss it.
            String t = replace(good, "x 3/4", "x 1");
            Rejected r = rejected(t, Reason.ROW_VIOLATED, lineOf(t, "c2 -inf 1/2 0 2 x 1 y -1 0"));
            assertEquals(true, r.detail().contains("row c2"), r::toString);
        }

        @Test
        void perturbedRational() {
            String t = replace(good, "x 3/4", "x 3/5");
            rejected(t, Reason.ROW_VIOLATED, lineOf(t, "c1 1 inf 0 2 x 1 y 1 0"));
        }

        @Test
        void flippedSignInARow() {
            String t = replace(good, "c2 -inf 1/2 0 2 x 1 y -1 0", "c2 -inf 1/2 0 2 x 1 y 1 0");
            rejected(t, Reason.ROW_VIOLATED, lineOf(t, "c2 -inf 1/2 0 2 x 1 y 1 0"));
        }

        @Test
        void negativeSplitDualPart() {
            String t = replace(good, "c1 3/2 0", "c1 -3/2 0");
            rejected(t, Reason.DUAL_SIGN, lineOf(t, "c1 -3/2 0"));
        }

        @Test
        void dualWithWrongSignIsVoid() {
            // y_c2 = +1/2 would need the lower end of c2, which is -inf: no bound at all.
            String t = replace(good, "c2 0 1/2", "c2 1/2 0");
            rejected(t, Reason.BOUND_NOT_IMPLIED, lineOf(t, "CLAIM objective >= 5/4"));
        }

        @Test
        void swappedIndexInARow() {
            // c2 becomes y - x <= 1/2: SOL still feasible, but c - A'y = (-1, 1) leans on x <= inf.
            String t = replace(good, "c2 -inf 1/2 0 2 x 1 y -1 0", "c2 -inf 1/2 0 2 y 1 x -1 0");
            rejected(t, Reason.BOUND_NOT_IMPLIED, lineOf(t, "CLAIM objective >= 5/4"));
        }

        @Test
        void claimsBeyondTruth() {
            String raised = replace(good, "CLAIM objective >= 5/4", "CLAIM objective >= 13/10");
            rejected(raised, Reason.BOUND_NOT_IMPLIED, lineOf(raised, "CLAIM objective >= 13/10"));
            String lowered = replace(good, "CLAIM objective <= 5/4", "CLAIM objective <= 6/5");
            rejected(lowered, Reason.OBJECTIVE_ABOVE_CLAIM, lineOf(lowered, "CLAIM objective <= 6/5"));
        }

        @Test
        void droppedLine() {
            String t = drop(good, "y 1/4");
            rejected(t, Reason.DIMENSION, lineOf(t, "SOL 2"));
            String d = drop(good, "c2 0 1/2");
            rejected(d, Reason.DIMENSION, lineOf(d, "DUAL 2"));
        }

        @Test
        void unknownName() {
            String t = replace(good, "c2 -inf 1/2 0 2 x 1 y -1 0", "c2 -inf 1/2 0 2 x 1 z -1 0");
            rejected(t, Reason.UNKNOWN_NAME, lineOf(t, "c2 -inf 1/2 0 2 x 1 z -1 0"));
        }

        @Test
        void wrongVersion() {
            // A well-formed header with another version is not wrong, only not understood: Unchecked, exit 3.
            CheckOutcome o = Checker.check(replace(good, "TRADEBOUNDS 1", "TRADEBOUNDS 2"), "twin");
            Unchecked u = assertInstanceOf(Unchecked.class, o, o::toString);
            assertEquals(Unchecked.Cause.UNSUPPORTED_VERSION, u.cause());
            assertEquals(3, Checker.exitCode(o));
            // A garbled header is malformed: Rejected, exit 2.
            String garbled = replace(good, "TRADEBOUNDS 1", "TRADEBOUNDS one");
            assertEquals(2, Checker.exitCode(rejected(garbled, Reason.MALFORMED, 1)));
        }

        @Test
        void overBudget() {
            String big = "1" + "0".repeat(4000);
            CheckOutcome o = Checker.check(replace(good, "x 3/4", "x " + big), "twin");
            assertEquals(Unchecked.Cause.BUDGET_EXCEEDED, assertInstanceOf(Unchecked.class, o).cause());
            CheckOutcome tight = Checker.check(good, "twin", new Limits(10_000, 20, 1 << 20));
            assertEquals(Unchecked.Cause.BUDGET_EXCEEDED, assertInstanceOf(Unchecked.class, tight).cause());
        }
    }

    /** The max case of FORMAT.md: y > 0 pairs with a row's upper end, and DUAL proves {@code objective <=}. */
    @Nested
    class LpMaximize {
        // max x + y s.t. c1: x + 2y <= 4, c2: 3x + y <= 6. Optimum (8/5, 6/5) = 14/5;
        // y = (2/5, 1/5) gives A'y = (1, 1) = c and the bound 4 * 2/5 + 6 * 1/5 = 14/5.
        final String good = """
                TRADEBOUNDS 1
                TYPE lp-optimum
                VAR 2
                x 0 inf
                y 0 inf
                CON 2
                c1 -inf 4 0 2 x 1 y 2 0
                c2 -inf 6 0 2 x 3 y 1 0
                OBJ max 0 2 x 1 y 1 0
                SOL 2
                x 8/5
                y 6/5
                DUAL 2
                c1 2/5 0
                c2 1/5 0
                CLAIM objective <= 14/5
                CLAIM objective >= 14/5
                """;

        @Test
        void goodIsProved() {
            Proved p = proved(good);
            assertEquals(Rational.of(14, 5), p.values().get(Quantity.DUAL_UPPER_BOUND));
            assertEquals(Rational.of(14, 5), p.values().get(Quantity.OBJECTIVE));
        }

        @Test
        void dualWithWrongSign() {
            String t = replace(good, "c2 1/5 0", "c2 0 1/5");
            rejected(t, Reason.BOUND_NOT_IMPLIED, lineOf(t, "CLAIM objective <= 14/5"));
        }

        @Test
        void claimsBeyondTruth() {
            String low = replace(good, "CLAIM objective <= 14/5", "CLAIM objective <= 27/10");
            rejected(low, Reason.BOUND_NOT_IMPLIED, lineOf(low, "CLAIM objective <= 27/10"));
            String high = replace(good, "CLAIM objective >= 14/5", "CLAIM objective >= 29/10");
            rejected(high, Reason.OBJECTIVE_BELOW_CLAIM, lineOf(high, "CLAIM objective >= 29/10"));
        }

        @Test
        void pointViolatingTheSecondRow() {
            String t = replace(good, "x 8/5", "x 2");
            rejected(t, Reason.ROW_VIOLATED, lineOf(t, "c2 -inf 6 0 2 x 3 y 1 0"));
        }
    }

    @Nested
    class QcpWitness {
        final String good = Twins.example("qcp-witness-toy.cert");

        @Test
        void pointViolatingANonFirstRow() {
            // (2, 1): c1 = 2 >= 1 holds, c2 = 3 > 5/2 does not.
            String t = replace(good, "x 1", "x 2");
            rejected(t, Reason.ROW_VIOLATED, lineOf(t, "c2 -inf 5/2 0 2 x 1 y 1 0"));
        }

        @Test
        void variableBoundViolated() {
            String t = replace(replace(good, "x 1", "x -1"), "y 1", "y -1");
            rejected(t, Reason.BOUND_VIOLATED, lineOf(t, "x 0 2"));
        }

        @Test
        void flippedSignInABilinearTerm() {
            String t = replace(good, "c1 1 inf 0 0 1 x y 1", "c1 1 inf 0 0 1 x y -1");
            rejected(t, Reason.ROW_VIOLATED, lineOf(t, "c1 1 inf 0 0 1 x y -1"));
        }

        @Test
        void claimLoweredBeyondTruth() {
            String t = replace(good, "CLAIM objective <= 2", "CLAIM objective <= 19/10");
            rejected(t, Reason.OBJECTIVE_ABOVE_CLAIM, lineOf(t, "CLAIM objective <= 19/10"));
        }

        @Test
        void dualSideClaimNeedsADual() {
            String t = replace(good, "CLAIM objective <= 2", "CLAIM objective >= 2");
            rejected(t, Reason.MISSING_SECTION, lineOf(t, "CLAIM objective >= 2"));
        }

        @Test
        void ratioClaimNeedsAnInstance() {
            String t = replace(good, "CLAIM objective <= 2", "CLAIM ratio <= 1");
            rejected(t, Reason.MISSING_SECTION, lineOf(t, "CLAIM ratio <= 1"));
        }

        @Test
        void unusedSectionIsRefused() {
            String t = replace(good, "CLAIM objective <= 2", "DUAL 2\nc1 0 0\nc2 0 0\nCLAIM objective <= 2");
            rejected(t, Reason.UNUSED_SECTION, 2);
        }

        @Test
        void sectionsOutOfOrder() {
            String t = replace(good, "SOL 2", "CLAIM objective <= 1000\nSOL 2");
            Rejected r = rejected(t, Reason.MALFORMED, lineOf(t, "SOL 2"));
            assertEquals(true, r.detail().contains("order"), r::toString);
        }
    }

    @Nested
    class Lemma {
        final String good = Twins.example("lemma-hardness-toy.cert");

        @Test
        void flippedDigitInAnSValue() {
            // The program is checked first: the seller_mass row catches it before the lemma replay.
            String t = replace(good, "s1 1/2", "s1 1/3");
            rejected(t, Reason.ROW_VIOLATED, lineOf(t, "seller_mass 1 1 0 3 s1 1 s2 1 s3 1 0"));
        }

        @Test
        void rLoweredBelowTheTruth() {
            // r = 7/8 < sw2 = 15/16; sw1 = 7/8 still holds, so only a non-first row is violated.
            String t = replace(good, "r 15/16", "r 7/8");
            rejected(t, Reason.ROW_VIOLATED, lineOf(t, "sw2 -inf 0 0 3 s2 1 s3 4 r -1 2 s1 b3 4 s2 b3 3"));
        }

        @Test
        void epsTooLarge() {
            String t = replace(good, "LEMMA units=1 eps=1/8", "LEMMA units=1 eps=1");
            rejected(t, Reason.EPS_TOO_LARGE, lineOf(t, "LEMMA units=1 eps=1"));
            String zero = replace(good, "LEMMA units=1 eps=1/8", "LEMMA units=1 eps=0");
            rejected(zero, Reason.EPS_NOT_POSITIVE, lineOf(zero, "LEMMA units=1 eps=0"));
        }

        @Test
        void swappedPricesBreakTheOrder() {
            String t = replace(replace(good, "1 s2 b2", "4 s2 b2"), "4 s3 b3", "1 s3 b3");
            rejected(t, Reason.PRICE_ORDER, lineOf(t, "1 s3 b3"));
        }

        @Test
        void swappedBuyerIndexStillDescribesAValidInstance() {
            // Not a corruption the checker can or should refuse: the claim is about the instance the certificate
            // describes, and that instance (buyer 0 w.p. 1/4, 1 w.p. 5/8, 4 w.p. 1/8) has ratio 146/169 <= 67/74.
            String t = replace(replace(good, "0 s1 b1", "0 s1 b2"), "1 s2 b2", "1 s2 b1");
            assertEquals(Rational.of(146, 169), proved(t).values().get(Quantity.RATIO));
        }

        @Test
        void ratioClaimBeyondTruth() {
            String t = replace(good, "CLAIM ratio <= 67/74", "CLAIM ratio <= 9/10");
            rejected(t, Reason.RATIO_ABOVE_CLAIM, lineOf(t, "CLAIM ratio <= 9/10"));
        }

        @Test
        void droppedPriceLine() {
            String t = drop(good, "4 s3 b3");
            rejected(t, Reason.DIMENSION, lineOf(t, "PRICE 3"));
        }

        @Test
        void unknownNameInAPriceLine() {
            String t = replace(good, "4 s3 b3", "4 s4 b3");
            rejected(t, Reason.UNKNOWN_NAME, lineOf(t, "4 s4 b3"));
        }

        /** The same lemma without the program: the replay itself must catch bad masses. */
        String withoutProgram() {
            String t = replace(good, "TYPE qcp-witness", "TYPE instance-hardness");
            t = drop(t, "CLAIM objective <= 15/16");
            int from = lineOf(t, "VAR 7");
            int to = lineOf(t, "OBJ min 0 1 r 1 0");
            java.util.List<String> lines = new java.util.ArrayList<>(t.lines().toList());
            lines.subList(from - 1, to).clear();
            return String.join("\n", lines) + "\n";
        }

        @Test
        void replayWithoutProgramIsProved() {
            assertEquals(Rational.of(67, 74), proved(withoutProgram()).values().get(Quantity.RATIO));
        }

        @Test
        void negativeMass() {
            String t = replace(replace(replace(withoutProgram(), "s1 1/2", "s1 1"), "s2 1/2", "s2 1/2"),
                    "s3 0", "s3 -1/2");
            rejected(t, Reason.NEGATIVE_MASS, lineOf(t, "4 s3 b3"));
        }

        @Test
        void massNotOne() {
            String t = replace(withoutProgram(), "s1 1/2", "s1 1/3");
            rejected(t, Reason.MASS_NOT_ONE, lineOf(t, "LEMMA units=1 eps=1/8"));
        }
    }

    @Nested
    class Instance {
        final String good = Twins.example("instance-ratio-toy.cert");

        @Test
        void negativeMass() {
            String t = replace(replace(good, "1/2 0 0", "-1/2 0 0"), "1/2 2 2", "3/2 2 2");
            rejected(t, Reason.NEGATIVE_MASS, lineOf(t, "-1/2 0 0"));
        }

        @Test
        void massNotOne() {
            String t = replace(good, "1/2 2 2", "1/3 2 2");
            rejected(t, Reason.MASS_NOT_ONE, lineOf(t, "INSTANCE units=2"));
        }

        @Test
        void negativeValue() {
            String t = replace(good, "1/2 0 0", "1/2 -1 0");
            rejected(t, Reason.NEGATIVE_VALUE, lineOf(t, "1/2 -1 0"));
        }

        @Test
        void nonMonotoneVectors() {
            String seller = replace(good, "1/2 2 2", "1/2 2 0");
            rejected(seller, Reason.NOT_REALIZABLE, lineOf(seller, "1/2 2 0"));
            String buyer = replace(good, "1/2 1 1", "1/2 1 3");
            rejected(buyer, Reason.NOT_REALIZABLE, lineOf(buyer, "1/2 1 3"));
        }

        @Test
        void claimBeyondTruth() {
            String t = replace(good, "CLAIM ratio <= 8/9", "CLAIM ratio <= 88/100");
            rejected(t, Reason.RATIO_ABOVE_CLAIM, lineOf(t, "CLAIM ratio <= 88/100"));
        }

        @Test
        void wrongVectorLength() {
            String t = replace(good, "1/2 0 0", "1/2 0");
            rejected(t, Reason.DIMENSION, lineOf(t, "1/2 0"));
        }
    }

    @Nested
    class Mechanism {
        final String good = Twins.example("mechanism-counterexample-toy.cert");

        @Test
        void strictClaimAtEquality() {
            String t = replace(good, "CLAIM mechanism-ratio < 5/8", "CLAIM mechanism-ratio < 8/13");
            rejected(t, Reason.RATIO_ABOVE_CLAIM, lineOf(t, "CLAIM mechanism-ratio < 8/13"));
        }

        @Test
        void perturbedBasicPriceFindsTheGoodPrice() {
            // 8/13 * OPT = 2: seller 1 trades with every buyer, SW = 3, ratio 12/13.
            String t = replace(good, "1/13", "8/13");
            rejected(t, Reason.RATIO_ABOVE_CLAIM, lineOf(t, "CLAIM mechanism-ratio < 5/8"));
        }

        @Test
        void basicPricesMustStartAtZero() {
            String t = replace(good, "0", "1/100");
            rejected(t, Reason.PRICE_ORDER, lineOf(t, "1/100"));
        }

        @Test
        void unusedSection() {
            String t = replace(good, "INSTANCE units=1", "SOL 0\nINSTANCE units=1");
            rejected(t, Reason.UNUSED_SECTION, 2);
        }
    }
}
