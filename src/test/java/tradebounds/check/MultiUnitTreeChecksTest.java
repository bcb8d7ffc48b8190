package tradebounds.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tradebounds.model.Rational;

/**
 * The (5.1) guarantee tree (FORMAT.md section 5, version 2) on its toy certificate: program (5.1) with k = 2
 * units and prices 0, 1/3, 2/3, 1000 has no feasible point at r = 1/4 (SCIP's best point has r about 1/3). Its
 * corrupted twins must be rejected. The algebra against the printed rows is tested in the family's
 * {@code MultiUnitLeavesTest}.
 */
class MultiUnitTreeChecksTest {
    static final String TOY = "guarantee-tree-51-toy.cert";
    static final String LEAF_NU = "L 0 3:2681673/4194304 4:1512631/4194304 / 7:3:1396705/16777216 | E1:3/4 "
            + "D1.2:1398101/16777216";

    @Test
    void toyIsProvedWithItsLevelAndUnits() {
        CheckOutcome o = Checker.check(Twins.EXAMPLES.resolve(TOY));
        Proved p = assertInstanceOf(Proved.class, o, o::toString);
        assertEquals(Rational.of(1, 4), p.values().get(Quantity.INFEASIBLE_AT));
        assertTrue(p.notes().get(0).contains("(5.1) with k = 2 units"), p.notes()::toString);
        assertTrue(p.notes().get(0).contains("r_2 >= r"), p.notes()::toString);
    }

    @Test
    void corruptedTwinsAreRejected() {
        String good = Twins.example(TOY);
        assertTrue(good.contains(LEAF_NU + "\n"), "the toy changed: update the twins");
        // the seller-row multipliers are needed: without them some leaf fails
        TreeChecksTest.rejected(good.replaceAll(" \\| [^\n]*", ""), Reason.LEAF_BOUND);
        // a negative seller-row multiplier
        TreeChecksTest.rejected(Twins.replace(good, LEAF_NU, LEAF_NU.replace("E1:3/4", "E1:-3/4")),
                Reason.DUAL_SIGN);
        // a row that (5.1) does not have: dominance at t = n (only 2 <= t <= n-1), expectation of the last unit
        TreeChecksTest.rejected(Twins.replace(good, LEAF_NU, LEAF_NU.replace("D1.2:", "D1.4:")), Reason.DIMENSION);
        TreeChecksTest.rejected(Twins.replace(good, LEAF_NU, LEAF_NU.replace("E1:", "E2:")), Reason.DIMENSION);
        // the same row twice
        TreeChecksTest.rejected(Twins.replace(good, LEAF_NU, LEAF_NU + " E1:1/4"), Reason.DUPLICATE_NAME);
        // a different number of units: the third unit's coordinates keep their root box and no leaf closes it
        TreeChecksTest.rejected(Twins.replace(good, "UNITS 2", "UNITS 3"), Reason.LEAF_BOUND);
        // a changed r or price
        TreeChecksTest.rejected(Twins.replace(good, "R 1/4", "R 1/2"), Reason.LEAF_BOUND);
        TreeChecksTest.rejected(Twins.replace(good, "PRICES 0 1/3 2/3 1000", "PRICES 0 1/3 2/3 10"),
                Reason.LEAF_BOUND);
        // seller rows in a (4.1) tree, (5.1) under version 1, an unknown version
        TreeChecksTest.rejected(Twins.replace(Twins.replace(Twins.replace(good, "VER 2", "VER 1"),
                "PROGRAM qcp51-seller-dualised", "PROGRAM qcp41-seller-eliminated"), "UNITS 2", ""), Reason.DIMENSION);
        TreeChecksTest.rejected(Twins.replace(good, "VER 2", "VER 1"), Reason.MALFORMED);
        assertInstanceOf(Unchecked.class, TreeChecksTest.check(Twins.replace(good, "VER 2", "VER 4")));
        // a split on a coordinate beyond k n
        TreeChecksTest.rejected(Twins.replace(good, "S 4 1001/2000", "S 9 1001/2000"), Reason.DIMENSION);
        // a diagonal row (symmetric program only) in a plain (5.1) tree
        TreeChecksTest.rejected(Twins.replace(good, LEAF_NU, LEAF_NU + " S1.1:1/4"), Reason.MALFORMED);
    }

    /**
     * Cor 5.1's symmetric program on the same toy prices: (5.1) on the diagonal b_j(q) = s_j(3-q) has no feasible
     * point at r = 1/2, where the plain (5.1) toy is feasible (its optimum is about 1/3), so the diagonal rows S q.j
     * carry the proof. Twins: without them, moved into a plain tree, a weight's sign flipped, indices out of range.
     */
    static final String SYM_TOY = "guarantee-tree-51-sym-toy.cert";
    static final String SYM_LEAF = "S1.4:126929/256";

    @Test
    void symmetricToyIsProvedAndItsTwinsAreRejected() {
        CheckOutcome o = Checker.check(Twins.EXAMPLES.resolve(SYM_TOY));
        Proved p = assertInstanceOf(Proved.class, o, o::toString);
        assertEquals(Rational.of(1, 2), p.values().get(Quantity.INFEASIBLE_AT));
        assertTrue(p.notes().get(0).contains("on the diagonal"), p.notes()::toString);
        String good = Twins.example(SYM_TOY);
        assertTrue(good.contains(" " + SYM_LEAF + " "), "the symmetric toy changed: update the twins");
        TreeChecksTest.rejected(good.replaceAll(" S\\d\\.\\d:[^ \n]*", ""), Reason.LEAF_BOUND);
        TreeChecksTest.rejected(Twins.replace(good, "PROGRAM qcp51-sym-seller-dualised",
                "PROGRAM qcp51-seller-dualised"), Reason.MALFORMED);
        // (Twins.replace works on whole lines; these edit one entry of one leaf)
        TreeChecksTest.rejected(good.replace(" " + SYM_LEAF, " S1.4:-126929/256"), Reason.LEAF_BOUND);
        TreeChecksTest.rejected(good.replace(" " + SYM_LEAF, " S3.4:126929/256"), Reason.DIMENSION);
        TreeChecksTest.rejected(good.replace(" " + SYM_LEAF, " S1.5:126929/256"), Reason.DIMENSION);
        TreeChecksTest.rejected(good.replace(" " + SYM_LEAF, " " + SYM_LEAF + " S1.4:1"), Reason.DUPLICATE_NAME);
        TreeChecksTest.rejected(Twins.replace(good, "R 1/2", "R 3/4"), Reason.LEAF_BOUND);
    }
}
