package tradebounds.cert;

import java.util.List;
import tradebounds.model.Rational;

/**
 * A guarantee-tree certificate (FORMAT.md section 5): a claim that program (4.1) of Giambartolomei and de
 * Keijzer, with the given basic prices, has no feasible point at the stated r, proved by a partition of the
 * buyer's survival coordinates y_t = sum_{j>=t} b_j into boxes, each closed by exact Lagrange multipliers.
 *
 * <p>The header is read whole; the preorder node stream is read lazily by {@link TreeCertificateReader} so that a
 * certificate with millions of nodes is checked in constant memory.
 *
 * @param program the program keyword ({@code qcp41-seller-eliminated}, or {@code qcp51-seller-dualised} for (5.1))
 * @param units   k, the number of units: 1 for (4.1); the y coordinates are y_t(q), numbered (q-1) n + t
 * @param prices  basic prices 0 = p_1 &lt; ... &lt; p_n
 * @param r       the claimed infeasibility level: the program has no feasible point with objective r
 * @param nodes   the number of node lines that follow (checked against the stream)
 */
public record TreeCertificate(String program, int units, List<Rational> prices, Rational r, long nodes) {
    public TreeCertificate {
        prices = List.copyOf(prices);
    }

    /** The number of box coordinates: k n. */
    public int dimension() {
        return units * prices.size();
    }

    /** One line of the preorder stream. */
    public sealed interface Node permits Split, Leaf, Empty, Open {
        /** 1-based line number in the file. */
        int line();
    }

    /**
     * The current box is cut at {@code y_coordinate = point}: the first child (next in the stream) keeps
     * {@code y_coordinate <= point}, the second {@code y_coordinate >= point}.
     */
    public record Split(int line, int coordinate, Rational point) implements Node {
    }

    /**
     * Multipliers that close the current box: lambda_t &gt;= 0 on the rows (a_t), mu &gt;= 0 on the OPT row, and
     * weights w_{i,k} &gt;= 0 on the order rows y_k - y_{k+1} &gt;= 0 used for seller vertex i. Sparse: absent
     * entries are zero. Indices are 1-based as in the paper.
     */
    public record Leaf(int line, Rational mu, int[] lambdaIndex, Rational[] lambda, int[] weightVertex,
                       int[] weightRow, Rational[] weight, SideRow[] sideRow, Rational[] nu, Slope[] slopes)
            implements Node {
        /** A leaf with constant multipliers (slopes only in version-3 (4.1) trees). */
        public Leaf(int line, Rational mu, int[] lambdaIndex, Rational[] lambda, int[] weightVertex, int[] weightRow,
                    Rational[] weight, SideRow[] sideRow, Rational[] nu) {
            this(line, mu, lambdaIndex, lambda, weightVertex, weightRow, weight, sideRow, nu, new Slope[0]);
        }

        /** A (4.1) leaf: no seller-row multipliers. */
        public Leaf(int line, Rational mu, int[] lambdaIndex, Rational[] lambda, int[] weightVertex, int[] weightRow,
                    Rational[] weight) {
            this(line, mu, lambdaIndex, lambda, weightVertex, weightRow, weight, new SideRow[0], new Rational[0]);
        }
    }

    /**
     * Version 3, (4.1) only: lambda_t varies on the leaf's box as lambda_t + value_t (y_coordinate - c), c the
     * midpoint of the tightened box in that coordinate (sparse; values may be negative).
     */
    public record Slope(int coordinate, int[] index, Rational[] value) {
    }

    /**
     * A row of (5.1) on one side only, weighted by a leaf (1-based unit q and price index t as printed). Seller
     * rows ({@code buyer} false): {@code E q} sum_i p_i s_i(q) &lt;= sum_i p_i s_i(q+1) (q &lt; k); {@code D q t}
     * sum_{i&lt;=t-1} s_i(q+1) &lt;= sum_{i&lt;=t} s_i(q) (q &lt; k, 2 &lt;= t &lt;= n-1); {@code P q} sum_{i&lt;=n-1} s_i(q)
     * &lt;= 1; {@code S q j} (symmetric trees only, weight of any sign) s_j(q) = b_j(k-q+1). Buyer rows ({@code buyer} true, written BE, BD, BH): {@code E q} sum_j p_j b_j(q) &gt;= sum_j p_j
     * b_j(q+1); {@code D q t} sum_{j&lt;=t-1} b_j(q) &lt;= sum_{j&lt;=t} b_j(q+1); {@code H q} sum_{j&lt;=n-1} b_j(q) &lt;= 1.
     */
    public record SideRow(boolean buyer, char kind, int unit, int price) {
        @Override
        public String toString() {
            return (buyer ? "B" : "") + kind + unit + (kind == 'D' || kind == 'S' ? "." + price : "");
        }
    }

    /** The current box meets no decreasing y (the checker proves it from the bounds alone). */
    public record Empty(int line) implements Node {
    }

    /** A box the prover did not close: a partial certificate (for resume); the checker rejects it. */
    public record Open(int line) implements Node {
    }
}
