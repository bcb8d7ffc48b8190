package tradebounds.family.groups;

import java.util.ArrayList;
import java.util.List;
import tradebounds.family.groups.mechanism.Cell;
import tradebounds.family.groups.mechanism.Shape;
import tradebounds.model.Rational;

/**
 * Table 1 of the paper exactly as printed (72 numbers): rows (shape, n), columns (mean pair, IR | efficiency).
 * The mean pairs are m1 = (0.6, 0.4), m2 = (0.55, 0.45), m3 = (0.51, 0.49).
 */
public final class Table1 {
    public static final int[] SIZES = {5, 100, 10_000};
    public static final Rational[][] MEANS = {
        {Rational.parse("0.6"), Rational.parse("0.4")},
        {Rational.parse("0.55"), Rational.parse("0.45")},
        {Rational.parse("0.51"), Rational.parse("0.49")},
    };
    private static final Shape[] SHAPES = {Shape.NORMAL, Shape.UNIFORM, Shape.BERNOULLI, Shape.MIXED};
    /** Rows in printed order; each row is IR, Eff for m1, m2, m3. */
    private static final String[][] PRINTED = {
        {"0.804033", "0.992350", "0.539705", "0.899567", "0.302261", "0.359552"},
        {"1.000000", "1.000000", "0.995614", "0.999999", "0.510591", "0.870741"},
        {"1.000000", "1.000000", "1.000000", "1.000000", "1.000000", "1.000000"},
        {"0.684952", "0.972358", "0.464824", "0.823521", "0.288943", "0.290061"},
        {"0.999992", "1.000000", "0.969823", "0.999900", "0.445284", "0.788148"},
        {"1.000000", "1.000000", "1.000000", "1.000000", "0.999989", "1.000000"},
        {"0.465557", "0.809241", "0.351963", "0.558944", "0.268607", "0.150281"},
        {"0.966587", "0.999779", "0.749410", "0.975987", "0.382188", "0.512118"},
        {"1.000000", "1.000000", "1.000000", "1.000000", "0.955986", "0.999752"},
        {"0.566107", "0.909725", "0.401324", "0.694859", "0.277582", "0.208867"},
        {"0.997254", "0.999999", "0.870417", "0.997094", "0.382296", "0.655883"},
        {"1.000000", "1.000000", "1.000000", "1.000000", "0.997250", "1.000000"},
    };

    /** One printed number. */
    public record Entry(Cell cell, int meanPair, Quantity quantity, Rational printed) {
        /** Registry id, e.g. {@code xzc-table1-bern-n5-m1-ir}. */
        public String id() {
            return "xzc-table1-" + cell.key(meanPair) + "-" + quantity.key();
        }
    }

    private Table1() {
    }

    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (int s = 0; s < SHAPES.length; s++) {
            for (int k = 0; k < SIZES.length; k++) {
                String[] row = PRINTED[s * SIZES.length + k];
                for (int m = 0; m < MEANS.length; m++) {
                    Cell cell = new Cell(SHAPES[s], SIZES[k], MEANS[m][0], MEANS[m][1]);
                    out.add(new Entry(cell, m + 1, Quantity.IR, Rational.parse(row[2 * m])));
                    out.add(new Entry(cell, m + 1, Quantity.EFFICIENCY, Rational.parse(row[2 * m + 1])));
                }
            }
        }
        return out;
    }
}
